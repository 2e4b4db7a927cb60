#pragma once
// The MPR reading layout: axial, coronal and sagittal MprViews on one shared
// CrosshairModel, 2×2 (axial top left, coronal top right, sagittal bottom
// left, a free slot bottom right for a 3D view) or 1×1 (the active view).
//
// Linked: moving or rotating the crosshair in one view redraws the others;
// a window/level change in one applies to all. Double-click on a view
// maximises it (1×1) and back. F1 or ? shows a help panel listing every
// mouse action and key (Esc or F1 again hides it).
// Fusion (setFusion) shows the same overlay in all three views; moving it
// with the adjustment tool or changing opacity, visibility or blend with
// the keys in one view applies to all, so they stay consistent.
//
// For the main window:
//   auto* mpr = new MprLayout;
//   mpr->setVolume(std::make_shared<const Volume>(std::move(outcome.volume)), info);
//   mpr->setFreeSlotWidget(new Some3dView);   // optional; a VtkOpenGLWidget works
//   mpr->setLayout(MprLayout::ViewLayout::TwoByTwo);
//   mpr->view(MprLayout::View::Axial)->setSlab(SlabMode::Mip, 10);
// The layout owns its views; the free slot widget is reparented to it.

#include "viewer/widgets/MprView.h"

#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace yunyue {

class MprLayout : public QWidget {
  Q_OBJECT
 public:
  using View = CrosshairModel::View;
  enum class ViewLayout { OneByOne, TwoByTwo };

  explicit MprLayout(QWidget* parent = nullptr);
  ~MprLayout() override;

  // Shows the volume in all three views with a new crosshair at its centre
  // (ends a fusion).
  void setVolume(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info);

  // Fusion in all three views (MprView::setFusion).
  void setFusion(std::shared_ptr<const Volume> overlay, const Eigen::Matrix4d& baseToOverlay,
                 const FusionOptions& options, const QString& overlayDescription);
  void clearFusion();
  bool hasFusion() const;
  void setFusionOptions(const FusionOptions& options);
  FusionOptions fusionOptions() const;
  void setFusionTransform(const Eigen::Matrix4d& baseToOverlay);
  Eigen::Matrix4d fusionTransform() const;
  std::shared_ptr<CrosshairModel> crosshair() const { return m_crosshair; }
  MprView* view(View view) const;

  // The bottom-right cell of the 2×2 layout (e.g. a 3D view); null: empty.
  void setFreeSlotWidget(QWidget* widget);
  QWidget* freeSlotWidget() const { return m_freeSlot; }

  using QWidget::setLayout;
  void setLayout(ViewLayout layout);
  ViewLayout viewLayout() const { return m_layout; }
  // The view 1×1 shows.
  void setActiveView(View view);
  View activeView() const { return m_active; }
  // 2×2 → 1×1 showing `view`; 1×1 → 2×2.
  void toggleMaximised(View view);

  void setHelpVisible(bool visible);
  bool isHelpVisible() const;
  // Every shortcut, one per line, translated.
  static QString helpText();

 signals:
  void layoutChanged(ViewLayout layout);
  // The reader adjusted the fusion in one of the views (already applied to all).
  void fusionTransformChanged(const Eigen::Matrix4d& baseToOverlay);
  void fusionOptionsChanged(const FusionOptions& options);

 protected:
  void keyPressEvent(QKeyEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

 private:
  void arrange();
  void linkWindows(MprView* source, double center, double width);
  void linkFusion(MprView* source);

  std::shared_ptr<CrosshairModel> m_crosshair;
  MprView* m_views[3];
  QWidget* m_freeSlot = nullptr;
  QWidget* m_emptySlot;
  QGridLayout* m_grid;
  QLabel* m_help;
  ViewLayout m_layout = ViewLayout::TwoByTwo;
  View m_active = View::Axial;
};

}  // namespace yunyue
