#include "app/StudyView.h"

#include "viewer/DecodedImage.h"
#include "viewer/VolumeLoader.h"
#include "viewer/WindowPresets.h"
#include "viewer/widgets/ComparisonLayout.h"
#include "viewer/widgets/FusionControls.h"
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
      m_fusionControls(new FusionControls(m_mpr)),
      m_mprPage(new QWidget),
      m_comparison(new ComparisonLayout),
      m_comparisonPage(m_comparison),
      m_loading(new QFutureWatcher<std::shared_ptr<VolumeLoadOutcome>>(this)) {
  addWidget(m_firstImage);
  auto* page = new QVBoxLayout(m_mprPage);
  page->setContentsMargins(0, 0, 0, 0);
  page->setSpacing(0);
  page->addWidget(m_fusionControls);
  page->addWidget(m_mpr, 1);
  m_fusionControls->hide();
  addWidget(m_mprPage);
  addWidget(m_comparisonPage);
  connect(m_mpr, &MprLayout::fusionTransformChanged, this,
          [this](const Eigen::Matrix4d& m) { emit priorAdjusted(RigidTransform::fromMatrix(m)); });
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
  m_files.clear();
  m_frameOfReferenceUid.clear();
  m_comparison->setCurrent(nullptr, {});  // and its prior
  m_mpr->clearFusion();
  m_fusionControls->hide();
  m_firstImage->clearImage();
  setCurrentWidget(m_firstImage);
}

void StudyView::loadSeries(const QString& seriesUid, const QStringList& files, const MprSeriesInfo& info) {
  const quint64 generation = ++m_generation;
  m_info = info;
  m_seriesUid = seriesUid;
  m_files = files;
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
  m_frameOfReferenceUid = outcome.frameOfReferenceUid;
  for (const VolumeSliceSource& s : outcome.slices) m_sliceSops << s.sopInstanceUid;
  MprSeriesInfo info = m_info;
  info.modality = outcome.modality;
  info.monochrome1 = outcome.monochrome1;
  if (outcome.windowWidth > 0) {
    info.windowCenter = outcome.windowCenter;
    info.windowWidth = outcome.windowWidth;
  }
  // A fusion or comparison belonged to the old series.
  m_fusionControls->hide();
  m_comparison->setCurrent(nullptr, {});
  // The old 3D view reads the old volume: it goes first.
  QWidget* oldCell = m_mpr->freeSlotWidget();
  m_mpr->setFreeSlotWidget(nullptr);
  delete oldCell;
  m_volumeView = nullptr;
  m_volume = std::make_shared<Volume>(std::move(outcome.volume));
  m_info = info;
  m_mpr->setVolume(m_volume, info);
  m_mpr->setFreeSlotWidget(volumeRenderingButton());
  setCurrentWidget(m_mprPage);
  m_mpr->view(MprLayout::View::Axial)->setFocus();
  applyHangingProtocol(outcome.bodyPartExamined);
  emit volumeShown(m_seriesUid);
}

void StudyView::applyHangingProtocol(const QString& bodyPartExamined) {
  m_protocolName.clear();
  const int chosen = chooseHangingProtocol(m_protocols, m_info.modality, bodyPartExamined, m_info.seriesDescription);
  if (chosen < 0) return;
  const HangingProtocol& protocol = m_protocols.at(chosen);
  m_protocolName = protocol.name;
  using View = MprLayout::View;
  const std::pair<HangingViewRole, View> roles[] = {
      {HangingViewRole::Axial, View::Axial}, {HangingViewRole::Coronal, View::Coronal}, {HangingViewRole::Sagittal, View::Sagittal}};
  const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  const QList<WindowPreset> presets = windowPresets(m_info.modality, language);
  // The layout links W/L across its views: the first view that names a
  // preset (axial before coronal before sagittal) sets the window of all.
  bool windowSet = false;
  for (const auto& [role, view] : roles) {
    const HangingViewSettings settings = protocol.view(role);
    MprView* mprView = m_mpr->view(view);
    mprView->setSlab(settings.slabMode, settings.slabThicknessMm);
    for (const WindowPreset& preset : presets)
      if (!windowSet && preset.id == settings.windowPreset) {
        mprView->setWindow(preset.level, preset.width);
        windowSet = true;
      }
  }
  switch (protocol.layout) {
    case HangingLayout::MprCoronal:
      m_mpr->setActiveView(View::Coronal);
      m_mpr->setLayout(MprLayout::ViewLayout::OneByOne);
      break;
    case HangingLayout::MprSagittal:
      m_mpr->setActiveView(View::Sagittal);
      m_mpr->setLayout(MprLayout::ViewLayout::OneByOne);
      break;
    case HangingLayout::SingleImage:  // a volume after all: its acquired plane
    case HangingLayout::MprAxial:
      m_mpr->setActiveView(View::Axial);
      m_mpr->setLayout(MprLayout::ViewLayout::OneByOne);
      break;
    case HangingLayout::MprAndVolume:
    case HangingLayout::CurrentVsPrior:
      m_mpr->setLayout(MprLayout::ViewLayout::TwoByTwo);
      break;
  }
  if (protocol.start3d && protocol.layout == HangingLayout::MprAndVolume) showVolumeRendering();
  emit hangingProtocolApplied(protocol.name, protocol.layout == HangingLayout::CurrentVsPrior);
}

ComparedSeries StudyView::currentSeries() const {
  ComparedSeries current;
  if (!m_volume) return current;
  current.volume = m_volume;
  current.info = m_info;
  current.seriesUid = m_seriesUid;
  current.frameOfReferenceUid = m_frameOfReferenceUid;
  current.files = m_files;
  return current;
}

void StudyView::showComparison(const ComparedSeries& prior, const Alignment& alignment) {
  if (!m_volume || !prior.volume) return;
  m_comparison->setCurrent(m_volume, m_info);
  m_comparison->setPrior(prior.volume, prior.info, alignment.currentToPrior.matrix(), alignment.text());
  setCurrentWidget(m_comparisonPage);
  m_comparison->currentView()->setFocus();
}

void StudyView::setAlignment(const Alignment& alignment) {
  if (m_comparison->hasPrior()) m_comparison->setAlignment(alignment.currentToPrior.matrix(), alignment.text());
  if (m_mpr->hasFusion()) m_mpr->setFusionTransform(alignment.currentToPrior.matrix());
}

void StudyView::showMpr() {
  if (m_volume) setCurrentWidget(m_mprPage);
}

void StudyView::fusePrior(const ComparedSeries& prior, const Alignment& alignment, bool on) {
  if (!on || !prior.volume || !m_volume) {
    m_mpr->clearFusion();
    m_fusionControls->hide();
    return;
  }
  FusionOptions options = m_mpr->fusionOptions();
  if (!m_mpr->hasFusion()) {
    // A prior of the same modality: grey-to-hot over its own window's soft tissue and above.
    options.colorMap = FusionColorMap::HotIron;
    options.lower = prior.info.windowCenter - prior.info.windowWidth / 2;
    options.upper = prior.info.windowCenter + prior.info.windowWidth / 2;
    options.opacity = 0.4;
  }
  const QString name = prior.info.studyDate.isEmpty() ? prior.info.seriesDescription
                                                      : prior.info.studyDate + QStringLiteral(" ") + prior.info.seriesDescription;
  m_mpr->setFusion(prior.volume, alignment.currentToPrior.matrix(), options, name);
  m_fusionControls->showOptions(options);
  m_fusionControls->show();
  showMpr();
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
