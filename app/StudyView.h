#pragma once
// The study being read, in the middle of the main window. Progressive
// display: the first image shows as soon as it is in the cache while the
// series streams in; once the whole series is there it is loaded as a volume
// (off the GUI thread) and shown as MPR: axial, coronal, sagittal linked by
// one crosshair, 2×2 with the 3D view in the fourth cell, or 1×1. The 3D
// view starts on request (a button in its cell, or showVolumeRendering()):
// without a GPU a frame takes seconds, which the reader should not wait for
// on every study.
//
// With a prior (PriorComparison) the study view also shows current versus
// prior, 1×2, linked through their alignment (showComparison), and can fuse
// the prior over the current MPR in colour (fusePrior).

#include "app/HangingProtocol.h"
#include "app/PriorComparison.h"
#include "viewer/widgets/MprLayout.h"

#include <QFutureWatcher>
#include <QStackedWidget>

namespace yunyue {

class ComparisonLayout;
class FusionControls;
class SliceView;
class VolumeView;
struct DecodedImage;
struct VolumeLoadOutcome;

class StudyView : public QStackedWidget {
  Q_OBJECT
 public:
  // Takes the single-image view (it keeps its own shortcuts and signals).
  explicit StudyView(SliceView* firstImage, QWidget* parent = nullptr);
  ~StudyView() override;

  SliceView* firstImageView() const { return m_firstImage; }
  MprLayout* mpr() const { return m_mpr; }
  // The MPR views are on screen (the series is loaded).
  bool showsVolume() const { return currentWidget() == m_mprPage; }
  QString volumeSeriesUid() const { return m_seriesUid; }
  // The hanging protocols to choose from when a series is shown as a
  // volume (by modality, body part examined and series description).
  void setHangingProtocols(const QList<HangingProtocol>& protocols) { m_protocols = protocols; }
  // The protocol that hung the shown series; empty: none matched.
  QString hangingProtocolName() const { return m_protocolName; }

  // The shown series as one side of a comparison (empty volume before it is shown).
  ComparedSeries currentSeries() const;

  void showFirstImage(const DecodedImage& image);
  void clear();
  // Loads these files of one series (the cache's, in any order) as a volume
  // and shows it; a newer call or clear() makes an older load stale.
  void loadSeries(const QString& seriesUid, const QStringList& files, const MprSeriesInfo& info);

  // The acquired image at the crosshair (the axial view's slice), to mark as
  // a key image: false when the volume is not shown or the slice there was
  // interpolated.
  bool imageAtCrosshair(QString* sopInstanceUid, int* sliceNumber) const;

  // The volume rendering of the shown series in the 2×2 layout's fourth
  // cell; null before the series is shown.
  VolumeView* showVolumeRendering();
  VolumeView* volumeRendering() const { return m_volumeView; }

  // Current versus prior, 1×2 (the current series must be shown).
  void showComparison(const ComparedSeries& prior, const Alignment& alignment);
  // A new or hand-adjusted alignment of the prior already shown.
  void setAlignment(const Alignment& alignment);
  bool showsComparison() const { return currentWidget() == m_comparisonPage; }
  ComparisonLayout* comparison() const { return m_comparison; }
  FusionControls* fusionControls() const { return m_fusionControls; }
  // Back from 1×2 to the MPR layout.
  void showMpr();
  // The prior in colour over the current MPR views (on), or not (off).
  void fusePrior(const ComparedSeries& prior, const Alignment& alignment, bool on);

 signals:
  void volumeShown(const QString& seriesUid);
  void volumeFailed(const QString& message);
  // A hanging protocol laid out the shown series; wantsPrior: its layout is
  // current versus prior (the main window opens the newest prior).
  void hangingProtocolApplied(const QString& name, bool wantsPrior);
  // The reader moved the fused prior by hand (current frame → prior frame).
  void priorAdjusted(const yunyue::RigidTransform& currentToPrior);

 private:
  void volumeLoaded();
  void applyHangingProtocol(const QString& bodyPartExamined);
  // The fourth cell before 3D is asked for: a button that asks for it.
  QWidget* volumeRenderingButton();

  SliceView* m_firstImage;
  MprLayout* m_mpr;
  FusionControls* m_fusionControls;
  QWidget* m_mprPage;  // the fusion controls (while fused) above the MPR layout
  ComparisonLayout* m_comparison;
  QWidget* m_comparisonPage;
  // Move-only results (the volume) travel in a shared_ptr.
  QFutureWatcher<std::shared_ptr<VolumeLoadOutcome>>* m_loading;
  quint64 m_generation = 0;
  QString m_seriesUid;
  MprSeriesInfo m_info;
  std::shared_ptr<Volume> m_volume;  // shared by the MPR views and the 3D view
  VolumeView* m_volumeView = nullptr;
  QList<HangingProtocol> m_protocols;
  QString m_protocolName;
  QString m_frameOfReferenceUid;
  QStringList m_files;
  QStringList m_sliceSops;  // SOP Instance UID per volume slice k (empty: interpolated)
};

}  // namespace yunyue
