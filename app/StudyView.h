#pragma once
// The study being read, in the middle of the main window. Progressive
// display: the first image shows as soon as it is in the cache while the
// series streams in; once the whole series is there it is loaded as a volume
// (off the GUI thread) and shown as MPR: axial, coronal, sagittal linked by
// one crosshair, 2×2 with the 3D view in the fourth cell, or 1×1. The 3D
// view starts on request (a button in its cell, or showVolumeRendering()):
// without a GPU a frame takes seconds, which the reader should not wait for
// on every study.

#include "viewer/widgets/MprLayout.h"

#include <QFutureWatcher>
#include <QStackedWidget>

namespace yunyue {

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
  bool showsVolume() const { return currentWidget() == m_mpr; }
  QString volumeSeriesUid() const { return m_seriesUid; }

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

 signals:
  void volumeShown(const QString& seriesUid);
  void volumeFailed(const QString& message);

 private:
  void volumeLoaded();
  // The fourth cell before 3D is asked for: a button that asks for it.
  QWidget* volumeRenderingButton();

  SliceView* m_firstImage;
  MprLayout* m_mpr;
  // Move-only results (the volume) travel in a shared_ptr.
  QFutureWatcher<std::shared_ptr<VolumeLoadOutcome>>* m_loading;
  quint64 m_generation = 0;
  QString m_seriesUid;
  MprSeriesInfo m_info;
  std::shared_ptr<Volume> m_volume;  // shared by the MPR views and the 3D view
  VolumeView* m_volumeView = nullptr;
  QStringList m_sliceSops;  // SOP Instance UID per volume slice k (empty: interpolated)
};

}  // namespace yunyue
