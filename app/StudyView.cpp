#include "app/StudyView.h"

#include "viewer/DecodedImage.h"
#include "viewer/VolumeLoader.h"
#include "viewer/widgets/SliceView.h"
#include "viewer/widgets/VolumeView.h"

#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace yunyue {

StudyView::StudyView(SliceView* firstImage, QWidget* parent)
    : QStackedWidget(parent),
      m_firstImage(firstImage),
      m_mpr(new MprLayout),
      m_loading(new QFutureWatcher<std::shared_ptr<VolumeLoadOutcome>>(this)) {
  addWidget(m_firstImage);
  addWidget(m_mpr);
  setCurrentWidget(m_firstImage);
  connect(m_loading, &QFutureWatcherBase::finished, this, &StudyView::volumeLoaded);
}

StudyView::~StudyView() {
  // A load still running finishes before its watcher goes.
  m_loading->waitForFinished();
}

void StudyView::showFirstImage(const DecodedImage& image) {
  m_firstImage->setImage(image);
  setCurrentWidget(m_firstImage);
}

void StudyView::clear() {
  ++m_generation;
  m_seriesUid.clear();
  m_sliceSops.clear();
  m_firstImage->clearImage();
  setCurrentWidget(m_firstImage);
}

void StudyView::loadSeries(const QString& seriesUid, const QStringList& files, const MprSeriesInfo& info) {
  const quint64 generation = ++m_generation;
  m_info = info;
  m_seriesUid = seriesUid;
  // Decoding a series takes longer than a frame: never on the GUI thread.
  m_loading->setProperty("generation", generation);
  m_loading->setFuture(QtConcurrent::run([files] { return std::make_shared<VolumeLoadOutcome>(loadVolume(files)); }));
}

void StudyView::volumeLoaded() {
  if (m_loading->property("generation").toULongLong() != m_generation) return;  // stale
  const std::shared_ptr<VolumeLoadOutcome> loaded = m_loading->result();
  VolumeLoadOutcome& outcome = *loaded;
  if (!outcome.ok()) {
    emit volumeFailed(outcome.error.message);
    return;
  }
  m_sliceSops.clear();
  for (const VolumeSliceSource& s : outcome.slices) m_sliceSops << s.sopInstanceUid;
  MprSeriesInfo info = m_info;
  info.modality = outcome.modality;
  info.monochrome1 = outcome.monochrome1;
  if (outcome.windowWidth > 0) {
    info.windowCenter = outcome.windowCenter;
    info.windowWidth = outcome.windowWidth;
  }
  // The old 3D view reads the old volume: it goes first.
  QWidget* oldCell = m_mpr->freeSlotWidget();
  m_mpr->setFreeSlotWidget(nullptr);
  delete oldCell;
  m_volumeView = nullptr;
  m_volume = std::make_shared<Volume>(std::move(outcome.volume));
  m_info = info;
  m_mpr->setVolume(m_volume, info);
  m_mpr->setFreeSlotWidget(volumeRenderingButton());
  setCurrentWidget(m_mpr);
  m_mpr->view(MprLayout::View::Axial)->setFocus();
  emit volumeShown(m_seriesUid);
}

QWidget* StudyView::volumeRenderingButton() {
  auto* cell = new QWidget;
  cell->setObjectName(QStringLiteral("volumeRenderingCell"));
  cell->setStyleSheet(QStringLiteral("#volumeRenderingCell { background: black; }"));
  cell->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
  auto* button = new QPushButton(tr("Show 3D (volume rendering)"), cell);
  auto* layout = new QVBoxLayout(cell);
  layout->addStretch();
  layout->addWidget(button, 0, Qt::AlignCenter);
  layout->addStretch();
  connect(button, &QPushButton::clicked, this, &StudyView::showVolumeRendering);
  return cell;
}

VolumeView* StudyView::showVolumeRendering() {
  if (!m_volume || !showsVolume()) return nullptr;
  if (m_volumeView) return m_volumeView;
  QWidget* old = m_mpr->freeSlotWidget();
  m_volumeView = new VolumeView;
  const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  m_volumeView->setVolume(*m_volume, m_info.modality, language);
  m_mpr->setFreeSlotWidget(m_volumeView);
  if (old) old->deleteLater();
  return m_volumeView;
}

bool StudyView::imageAtCrosshair(QString* sopInstanceUid, int* sliceNumber) const {
  if (!showsVolume() || m_sliceSops.isEmpty()) return false;
  const std::shared_ptr<CrosshairModel> crosshair = m_mpr->crosshair();
  if (!crosshair) return false;
  const double k = crosshair->volume().patientToIndex(crosshair->centre()).z();
  const int slice = int(std::lround(k));
  if (slice < 0 || slice >= m_sliceSops.size() || m_sliceSops.at(slice).isEmpty()) return false;
  *sopInstanceUid = m_sliceSops.at(slice);
  if (sliceNumber) *sliceNumber = slice + 1;
  return true;
}

}  // namespace yunyue
