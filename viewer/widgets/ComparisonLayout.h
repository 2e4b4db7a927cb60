#pragma once
// Current versus prior, 1×2: the current series on the left, the patient's
// prior on the right, each in its own MprView on its own volume, linked
// through the alignment between the two frames of reference (identity when
// they share one, else a registration, e.g. from a Spatial Registration
// object). Scrolling, moving or rotating the crosshair in either view moves
// the other to the same anatomical position and plane; zoom, pan and (for
// the same modality) window/level follow too. Measurements are made in each
// view on its own volume, as in any MprView.
//
// The header above each view names the study (date, description) and, over
// the prior, how the two are aligned, so the reader knows whether "the same
// place" comes from a registration or only from the scanner's coordinates.

#include "viewer/widgets/MprView.h"

#include <Eigen/Core>
#include <QWidget>

#include <memory>

class QLabel;
class QButtonGroup;

namespace yunyue {

class ComparisonLayout : public QWidget {
  Q_OBJECT
 public:
  using View = CrosshairModel::View;

  explicit ComparisonLayout(QWidget* parent = nullptr);
  ~ComparisonLayout() override;

  // The left side. Clears the prior.
  void setCurrent(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info);
  // The right side. currentToPrior maps a point of the current series'
  // frame (patient LPS mm) to the same anatomy in the prior's frame;
  // alignment says in words where it comes from (shown over the prior).
  void setPrior(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info,
                const Eigen::Matrix4d& currentToPrior, const QString& alignment);
  void clearPrior();
  bool hasPrior() const;
  // A new or hand-adjusted alignment: the prior follows the current view again.
  void setAlignment(const Eigen::Matrix4d& currentToPrior, const QString& alignment);
  const Eigen::Matrix4d& currentToPrior() const { return m_currentToPrior; }
  QString alignmentText() const { return m_alignment; }

  MprView* currentView() const { return m_current; }
  MprView* priorView() const { return m_prior; }

  // Both sides show this plane (axial, coronal or sagittal; oblique once rotated).
  void setView(View view);
  View view() const { return m_view; }

  // Linked (default): the views follow each other. Unlinked: each on its own,
  // e.g. to find a lesion that moved.
  void setLinked(bool linked);
  bool isLinked() const { return m_linked; }

 signals:
  void linkChanged(bool linked);

 protected:
  void resizeEvent(QResizeEvent* e) override;

 private:
  // Carries one side's crosshair, zoom, pan and window to the other.
  void follow(MprView* leader, MprView* follower, const Eigen::Matrix4d& leaderToFollower);
  void followCurrent();
  void followPrior();
  void linkWindow(MprView* leader, double center, double width);
  void updateHeaders();

  MprView* m_current;
  MprView* m_prior;
  QLabel* m_currentHeader;
  QLabel* m_priorHeader;
  QLabel* m_alignmentLabel;
  QButtonGroup* m_planes;
  Eigen::Matrix4d m_currentToPrior = Eigen::Matrix4d::Identity();
  QString m_alignment;
  View m_view = View::Axial;
  bool m_linked = true;
  bool m_following = false;  // a follow in progress: the follower's own signals are not carried back
};

}  // namespace yunyue
