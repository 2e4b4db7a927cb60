#include "app/MainWindow.h"

#include "app/ArchiveUpload.h"
#include "app/LoginDialog.h"
#include "app/PresentationWindow.h"
#include "app/PriorComparison.h"
#include "app/PriorStudiesPanel.h"
#include "app/HangingProtocolDialog.h"
#include "app/SeriesStrip.h"
#include "app/PullProgressDelegate.h"
#include "app/ReportPanel.h"
#include "app/SettingsDialog.h"
#include "app/StudyOpener.h"
#include "app/StudyPrefetcher.h"
#include "app/StudyView.h"
#include "app/TeachingDialogs.h"
#include "app/WorklistFilter.h"
#include "app/WorklistModel.h"
#include "cloudclient/CredentialStore.h"
#include "cloudclient/Outbox.h"
#include "cloudclient/StudyCache.h"
#include "reporting/DraftStore.h"
#include "reporting/widgets/ReportEditor.h"
#include "viewer/WindowPresets.h"
#include "viewer/widgets/SliceView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcApp, "yunyue.app")

namespace yunyue {
namespace {

// Where this workstation keeps what must never be lost: drafts and the
// outbox (data, not cache: a cache may be wiped).
QString dataDirectory(const char* env, const QString& name) {
  const QString fromEnv = qEnvironmentVariable(env);
  if (!fromEnv.isEmpty()) return fromEnv;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/yunyue/") + name;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_worklist(new WorklistModel(this)),
      m_sorted(new WorklistFilter(this)),
      m_filterBar(new WorklistFilterBar(m_sorted, m_worklist)),
      m_countdown(new QTimer(this)),
      m_table(new QTableView),
      m_view(new SliceView),
      m_priors(new PriorStudiesPanel),
      m_strip(new SeriesStrip),
      m_status(new QLabel),
      m_outboxState(new QLabel) {
  setWindowTitle(tr("Yunyue Reading Station"));
  QSettings stored;
  m_settings = WorkstationSettings::load(stored);
  m_worklist->setTurnaroundPolicy(m_settings.turnaround);
  m_sorted->setSourceModel(m_worklist);
  m_sorted->setSortRole(WorklistModel::SortRole);
  m_table->setModel(m_sorted);
  m_table->setSortingEnabled(true);
  // The study closest to (or furthest past) its turnaround target first.
  m_table->sortByColumn(WorklistModel::TimeLeftColumn, Qt::AscendingOrder);
  connect(m_countdown, &QTimer::timeout, m_worklist, &WorklistModel::refreshTimeLeft);
  m_countdown->start(1000);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setAlternatingRowColors(true);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setWordWrap(false);
  m_table->setItemDelegateForColumn(WorklistModel::LocalCopyColumn, new PullProgressDelegate(m_table));
  connect(m_table, &QTableView::doubleClicked, this,
          [this](const QModelIndex& index) { openStudy(m_sorted->mapToSource(index).row()); });
  connect(m_table, &QTableView::activated, this,
          [this](const QModelIndex& index) { openStudy(m_sorted->mapToSource(index).row()); });

  m_drafts = std::make_unique<DraftStore>(dataDirectory("YUNYUE_DRAFTS_DIR", QStringLiteral("drafts")));
  m_report = new ReportPanel(m_drafts.get());
  m_study = new StudyView(m_view);
  connect(m_study, &StudyView::volumeShown, this, [this](const QString& seriesUid) {
    // Another series of the study: the prior's alignment was for the old one.
    if (m_comparison && !m_comparison->current().seriesUid.isEmpty() && m_comparison->current().seriesUid != seriesUid)
      m_comparison->cancel();
    if (m_fusePrior) m_fusePrior->setChecked(false);
    emit volumeShown();
  });
  connect(m_study, &StudyView::volumeFailed, this, [this](const QString& message) { showStatus(message, true); });
  connect(m_report, &ReportPanel::message, this, &MainWindow::showStatus);
  connect(m_report, &ReportPanel::reportStateChanged, m_worklist, &WorklistModel::setReportState);

  auto* worklistPane = new QWidget;
  auto* worklistLayout = new QVBoxLayout(worklistPane);
  worklistLayout->setContentsMargins(0, 0, 0, 0);
  worklistLayout->addWidget(m_filterBar);
  // The selected study's priors under the worklist (double-click: compare).
  auto* worklistSplit = new QSplitter(Qt::Vertical);
  worklistSplit->addWidget(m_table);
  worklistSplit->addWidget(m_priors);
  worklistSplit->setStretchFactor(0, 4);
  worklistSplit->setStretchFactor(1, 1);
  worklistLayout->addWidget(worklistSplit);
  m_priors->setMatching(m_settings.priorMatching);
  connect(m_priors, &PriorStudiesPanel::priorChosen, this, &MainWindow::comparePrior);
  connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
    const int row = m_sorted->mapToSource(index).row();
    if (m_client && row >= 0 && row < m_worklist->rowCount()) m_priors->showPriorsOf(m_client, m_worklist->study(row));
  });
  auto* splitter = new QSplitter;
  splitter->addWidget(worklistPane);
  splitter->addWidget(m_strip);
  splitter->addWidget(m_study);
  splitter->addWidget(m_report);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 0);
  splitter->setStretchFactor(2, 3);
  splitter->setStretchFactor(3, 2);
  // Worklist wide enough for its state columns, the series strip narrow, the image largest, the report beside it.
  splitter->setSizes({560, 200, 560, 380});
  connect(m_strip, &SeriesStrip::seriesOpened, this, &MainWindow::openSeries);
  connect(m_countdown, &QTimer::timeout, this, &MainWindow::refreshSeriesStrip);
  const HangingProtocolLoad hung = loadHangingProtocols(hangingProtocolsPath());
  m_study->setHangingProtocols(hung.protocols);
  if (hung.error.isError()) QTimer::singleShot(0, this, [this, hung] { showStatus(hung.error.message, true); });
  connect(m_study, &StudyView::hangingProtocolApplied, this, [this](const QString& name, bool wantsPrior) {
    showStatus(tr("Hanging protocol: %1").arg(name));
    if (wantsPrior && !m_priors->priors().isEmpty()) comparePrior(m_priors->priors().first());
  });
  setCentralWidget(splitter);
  m_sorted->setFilterKeyColumn(WorklistModel::ReportColumn);
  m_sorted->setFilterRole(WorklistModel::ReportStateRole);

  QToolBar* tools = addToolBar(tr("Worklist"));
  tools->setObjectName(QStringLiteral("worklistToolBar"));
  tools->addAction(tr("Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
  tools->addAction(tr("Connect…"), this, [this] { showLogin(); });
  QAction* settingsAction = tools->addAction(tr("Settings…"), this, &MainWindow::showSettings);
  settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
  tools->addAction(tr("Key image"), QKeySequence(Qt::Key_K), this, [this] {
    // In MPR: the acquired slice at the crosshair.
    QString sop;
    int slice = 0;
    if (m_study->imageAtCrosshair(&sop, &slice)) {
      if (!m_report->markKeyImage(sop, tr("Slice %1").arg(slice)))
        showStatus(tr("This image cannot be marked before it is in the local cache."), true);
      return;
    }
    if (!m_view->hasImage()) return;
    const DecodedImage& image = m_view->image();
    if (!m_report->markKeyImage(image.sopInstanceUid, image.seriesDescription))
      showStatus(tr("This image cannot be marked before it is in the local cache."), true);
  });
  // W/L presets on the number keys while the image has the focus (in the
  // report, a digit is a digit), for its modality (CT: 1 lung … 6 liver).
  m_view->setFocusPolicy(Qt::StrongFocus);
  for (int key = 1; key <= 9; ++key) {
    auto* preset = new QAction(m_view);
    preset->setShortcut(QKeySequence(Qt::Key_0 + key));
    preset->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(preset, &QAction::triggered, this, [this, key] { applyWindowPreset(key); });
    m_view->addAction(preset);
  }
  // MPR layouts (double-click on a view does the same for that view).
  tools->addAction(tr("1×1"), this, [this] { m_study->mpr()->setLayout(MprLayout::ViewLayout::OneByOne); })
      ->setToolTip(tr("One large view (the active one)"));
  tools->addAction(tr("2×2"), this, [this] { m_study->mpr()->setLayout(MprLayout::ViewLayout::TwoByTwo); })
      ->setToolTip(tr("Axial, coronal, sagittal and 3D"));
  auto askForPrior = [this] {
    showStatus(tr("Choose a prior study first: double-click it in the prior studies under the worklist."), true);
  };
  tools->addAction(tr("1×2"), this, [this, askForPrior] {
        if (m_comparison && m_comparison->prior().volume)
          return m_study->showComparison(m_comparison->prior(), m_comparison->alignment());
        askForPrior();
      })
      ->setToolTip(tr("Current and prior side by side, linked"));
  m_fusePrior = tools->addAction(tr("Fuse prior"), this, [this, askForPrior](bool on) {
    if (!m_comparison || !m_comparison->prior().volume) {
      m_fusePrior->setChecked(false);
      return askForPrior();
    }
    m_study->fusePrior(m_comparison->prior(), m_comparison->alignment(), on);
  });
  m_fusePrior->setCheckable(true);
  m_fusePrior->setToolTip(tr("The prior in colour over the current MPR (F shows or hides it, A adjusts it by hand)"));
  tools->addAction(tr("Save registration"), this, [this] {
    if (!m_comparison || !m_comparison->prior().volume) return;
    m_comparison->saveAlignment(m_comparison->alignment().currentToPrior, SignerSettings::load().observer.name);
  })->setToolTip(tr("Store the current alignment of the prior in the archive as a Spatial Registration object"));
  tools->addAction(tr("Hanging protocols…"), this, &MainWindow::showHangingProtocols)
      ->setToolTip(tr("How studies are laid out, per modality and body part"));
  tools->addAction(tr("Teaching case…"), QKeySequence(Qt::CTRL | Qt::Key_T), this, &MainWindow::markTeachingCase)
      ->setToolTip(tr("Save the open study, de-identified, as a teaching case"));
  tools->addAction(tr("Teaching library…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::showTeachingLibrary)
      ->setToolTip(tr("Teaching cases: search, and present them full screen"));
  QAction* review = tools->addAction(tr("Review queue"), this, &MainWindow::showReviewQueue);
  review->setCheckable(true);
  review->setToolTip(tr("Only studies whose preliminary report waits for a reviewer's signature"));

  m_status->setTextFormat(Qt::PlainText);
  statusBar()->addWidget(m_status, 1);
  statusBar()->addPermanentWidget(m_outboxState);
  // After a network outage the outbox waits up to a minute between attempts; the user need not.
  auto* sendNow = new QToolButton;
  sendNow->setText(tr("Send now"));
  sendNow->setToolTip(tr("Send the waiting reports now"));
  connect(sendNow, &QToolButton::clicked, this, [this] {
    if (m_outbox) m_outbox->retryNow();
  });
  statusBar()->addPermanentWidget(sendNow);
  resize(1600, 900);

  // The verified local cache: YUNYUE_CACHE_DIR, else the setting, else the
  // user's cache directory.
  const QSettings settings;
  const QString cacheRoot = qEnvironmentVariable(
      "YUNYUE_CACHE_DIR", settings.value(QStringLiteral("cache/directory"), StudyCache::defaultRoot()).toString());
  CloudError cacheError;
  m_cache = StudyCache::open(cacheRoot, &cacheError);
  if (m_cache) {
    m_cache->setSizeLimit(qint64(settings.value(QStringLiteral("cache/limitGiB"), 50).toDouble() * (1 << 30)));
  } else {
    qCWarning(lcApp) << "cache:" << cacheError.detail;
    showStatus(cacheError.message, true);
  }
  // Signed reports wait here until the archive has them, across restarts.
  CloudError outboxError;
  m_outbox = Outbox::open(dataDirectory("YUNYUE_OUTBOX_DIR", QStringLiteral("outbox")), &outboxError);
  if (m_outbox) {
    connect(m_outbox.get(), &Outbox::itemChanged, this, &MainWindow::showOutboxState);
    connect(m_outbox.get(), &Outbox::delivered, this, [this](const QString& sopInstanceUid) {
      const QString studyUid = m_outbox->item(sopInstanceUid).studyUid;
      bool unsent = false;
      for (const OutboxItem& item : m_outbox->items())
        unsent |= item.studyUid == studyUid && item.state != OutboxItem::Sent;
      if (m_cache && !unsent) m_cache->markUnsentReport(studyUid, false);
    });
    connect(m_outbox.get(), &Outbox::deliveryBlocked, this,
            [this](const CloudError& error) { showStatus(tr("Reports cannot be sent: %1").arg(error.message), true); });
    showOutboxState();
  } else {
    qCWarning(lcApp) << "outbox:" << outboxError.detail;
    showStatus(outboxError.message, true);
  }
}

MainWindow::~MainWindow() {
  delete m_prefetcher;  // stops its pull before the cache goes
  m_prefetcher = nullptr;
  delete m_comparison;  // stops its pull and registration before the cache and volumes go
  m_comparison = nullptr;
  delete m_opener;  // stops its pull before the cache goes
  m_opener = nullptr;
  delete m_report;  // saves its draft while the draft store is still there
  m_report = nullptr;
}

void MainWindow::connectTo(const ServerProfile& profile) {
  m_profile = profile;
  delete m_prefetcher;
  delete m_opener;
  delete m_comparison;
  delete m_client;
  m_client = new DicomWebClient(profile, this);
  m_comparison = m_cache ? new PriorComparison(m_client, m_cache.get(), this) : nullptr;
  connectPriorComparison();
  m_opener = m_cache ? new StudyOpener(m_client, m_cache.get(), this) : nullptr;
  m_prefetcher = m_cache ? new StudyPrefetcher(m_client, m_cache.get(), this) : nullptr;
  if (m_prefetcher) {
    m_prefetcher->setLimit(m_settings.prefetchCount);
    m_prefetcher->setCandidates([this] { return prefetchCandidates(); });
    connect(m_prefetcher, &StudyPrefetcher::pullProgress, m_worklist, &WorklistModel::setPullProgress);
    connect(m_prefetcher, &StudyPrefetcher::pullFinished, this, [this](const QString& studyUid, const PullResult& r) {
      m_worklist->setPullFinished(studyUid, r);
      if (!r.cancelled) m_cache->evictToLimit();
    });
  }
  m_report->setConnection(m_client, m_outbox.get(), m_cache.get());
  if (m_outbox) m_outbox->start(profile);
  refresh();
  if (!m_opener) return;
  connect(m_opener, &StudyOpener::pullProgress, m_worklist, &WorklistModel::setPullProgress);
  connect(m_opener, &StudyOpener::pullFinished, this, [this](const QString& studyUid, const PullResult& result) {
    m_worklist->setPullFinished(studyUid, result);
    if (!result.cancelled && result.error.isError()) showStatus(result.error.message, true);
    for (const SeriesPullResult& s : result.series)
      for (const SeriesWarning& w : s.warnings) showStatus(tr("Series %1: %2").arg(s.series.seriesNumber).arg(w.message), true);
    if (!result.cancelled) {
      const QStringList evicted = m_cache->evictToLimit();
      if (!evicted.isEmpty()) qCInfo(lcApp) << evicted.size() << "studies evicted from the cache";
    }
    emit studyPulled(studyUid, result.complete());
    // The whole series is in: read it as a volume (MPR).
    if (studyUid == m_openStudyUid && result.complete() && !m_openSeriesUid.isEmpty()) {
      m_study->loadSeries(m_openSeriesUid, m_cache->seriesFiles(m_openSeriesUid),
                          openSeriesInfo(m_view->image().seriesDescription));
    }
    // The reader's study is in: prefetch the next ones after it.
    if (m_prefetcher && studyUid == m_openStudyUid) m_prefetcher->start();
  });
  connect(m_opener, &StudyOpener::firstImageReady, this,
          [this](const DecodedImage& image, const SeriesRecord& series) {
            m_study->showFirstImage(image);
            m_openSeriesUid = series.seriesInstanceUid;
            m_openSeries = series;
            m_strip->setCurrentSeries(series.seriesInstanceUid);
            const int row = m_worklist->findStudy(m_openStudyUid);
            if (row >= 0) m_report->openStudy(m_worklist->study(row), image.sopInstanceUid, image.sliceThickness);
            showStatus(tr("Series %1: %2 (%n image(s))", nullptr, series.numberOfInstances)
                           .arg(series.seriesNumber)
                           .arg(series.seriesDescription));
            emit imageShown();
          });
  connect(m_opener, &StudyOpener::failed, this, [this](const QString& message, const QString& detail) {
    qCWarning(lcApp) << "open study failed:" << detail;
    showStatus(message, true);
    if (m_prefetcher && m_prefetcher->isPaused()) m_prefetcher->start();
    emit studyFailed(message);
  });
}

void MainWindow::showLogin(const QString& message) {
  LoginDialog dialog(m_profile, this);
  dialog.setMessage(message);
  if (dialog.exec() == QDialog::Accepted) connectTo(dialog.profile());
}

void MainWindow::refresh() {
  if (!m_client) return showLogin();
  showStatus(tr("Loading the worklist from %1…").arg(m_profile.dicomWebRoot.toString()));
  m_client->searchStudies({}, [this](QList<StudyRecord> studies, CloudError error) {
    if (error.isError()) {
      showStatus(error.message, true);
      emit worklistFailed(error.message);
      return;
    }
    m_worklist->setStudies(studies);
    m_table->resizeColumnsToContents();
    // Room for "Incomplete 123/456" and a progress bar before the first pull.
    m_table->setColumnWidth(WorklistModel::LocalCopyColumn,
                            std::max(m_table->columnWidth(WorklistModel::LocalCopyColumn), 120));
    showStatus(tr("%n study(ies) on %1", nullptr, int(studies.size())).arg(m_profile.name.isEmpty()
                                                                         ? m_profile.dicomWebRoot.host()
                                                                         : m_profile.name));
    emit worklistLoaded(int(studies.size()));
    lookUpReportStates();
    if (m_prefetcher && !m_prefetcher->isPaused()) m_prefetcher->start();
  });
}

void MainWindow::lookUpReportStates() {
  CenterTrust trust;
  ReportingError error;
  if (!CenterTrust::load(SignerSettings::load().trustFile, &trust, &error)) {
    qCInfo(lcApp) << "no trust settings, report states not shown:" << error.detail;
    return;
  }
  // The first screenful: each study costs a search and its reports' retrieval.
  for (int row = 0; row < std::min(m_worklist->rowCount(), 100); ++row) {
    const QString studyUid = m_worklist->study(row).studyInstanceUid;
    fetchArchivedReports(m_client, studyUid, trust, [this, studyUid](QList<ArchivedReportFile> found, CloudError e) {
      if (e.isError()) return;
      QList<ArchivedReport> summaries;
      for (const ArchivedReportFile& f : found) summaries.append(f.summary);
      m_worklist->setReportState(studyUid, deriveReportState(summaries, m_drafts->contains(studyUid)));
    });
  }
}

void MainWindow::applyWindowPreset(int key) {
  if (!m_view->hasImage()) return;
  const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  const QList<WindowPreset> presets = windowPresets(m_view->image().modality, language);
  const WindowPreset* preset = presetForKey(presets, key);
  if (!preset) return;
  m_view->setWindow(preset->level, preset->width);
  showStatus(tr("%1: W %2  L %3").arg(preset->name).arg(preset->width).arg(preset->level));
}

void MainWindow::showReviewQueue(bool on) {
  m_sorted->setFilterRegularExpression(on ? QStringLiteral("^%1$").arg(int(ReportState::Preliminary)) : QString());
}

void MainWindow::showOutboxState() {
  if (!m_outbox) return;
  int failed = 0;
  for (const OutboxItem& item : m_outbox->items()) failed += item.state == OutboxItem::Failed ? 1 : 0;
  const int pending = m_outbox->pendingCount();
  QString text = pending ? tr("Outbox: %n report(s) waiting", nullptr, pending) : tr("Outbox: all sent");
  if (failed) text += QStringLiteral(", ") + tr("%n refused", nullptr, failed);
  m_outboxState->setText(text);
  m_outboxState->setStyleSheet(failed ? QStringLiteral("color: #c03030;") : QString());
}

void MainWindow::openStudy(int modelRow) {
  if (!m_opener || modelRow < 0 || modelRow >= m_worklist->rowCount()) return;
  const StudyRecord& study = m_worklist->study(modelRow);
  m_table->selectRow(m_sorted->mapFromSource(m_worklist->index(modelRow, 0)).row());
  m_study->clear();
  m_openSeriesUid.clear();
  showStatus(tr("Opening %1…").arg(study.patientName.display()));
  if (m_prefetcher) m_prefetcher->pause();  // the reader's study goes first
  m_opener->open(study);
  m_openStudyUid = study.studyInstanceUid;
  if (m_comparison) m_comparison->cancel();
  if (m_fusePrior) m_fusePrior->setChecked(false);
  m_priors->showPriorsOf(m_client, study);
  m_strip->clear();
  m_openStudySeries.clear();
  const QString studyUid = study.studyInstanceUid;
  m_client->searchSeries(studyUid, [this, studyUid](QList<SeriesRecord> series, CloudError error) {
    if (error.isError() || studyUid != m_openStudyUid) return;
    m_openStudySeries = series;
    m_strip->setStudy(studyUid, series);
    refreshSeriesStrip();
  });
  m_report->setEnabled(false);  // until the first image is in the cache
}

QStringList MainWindow::prefetchCandidates() const {
  QStringList uids;
  for (int row = 0; row < m_sorted->rowCount(); ++row) {
    const QString uid = m_worklist->study(m_sorted->mapToSource(m_sorted->index(row, 0)).row()).studyInstanceUid;
    const std::optional<ReportState> state = m_worklist->reportState(uid);
    const bool unread = !state || *state == ReportState::Unread;
    if (unread && uid != m_openStudyUid && !m_worklist->isLocalCopyComplete(uid)) uids << uid;
  }
  return uids;
}

void MainWindow::showSettings() {
  WorkstationSettings shown = m_settings;
  if (shown.profiles.isEmpty() && m_profile.isComplete()) {
    // The server in use is the first profile (its secrets stay out).
    ServerProfile current = m_profile;
    current.password.clear();
    current.bearerToken.clear();
    shown.profiles << current;
    shown.activeProfile = 0;
  }
  SettingsDialog dialog(shown, this);
  if (dialog.exec() == QDialog::Accepted) applySettings(dialog.settings());
}

void MainWindow::applySettings(const WorkstationSettings& settings) {
  const bool languageChanged = settings.language != m_settings.language;
  const ServerProfile server = settings.activeServer();
  const bool serverChanged =
      server.isComplete() && (server.dicomWebRoot != m_profile.dicomWebRoot || server.user != m_profile.user);
  if (server.isComplete() && !serverChanged) m_profile.name = server.name;  // renamed only: no new login
  m_settings = settings;
  QSettings stored;
  m_settings.save(stored);
  m_worklist->setTurnaroundPolicy(settings.turnaround);
  m_priors->setMatching(settings.priorMatching);
  if (m_cache) {
    m_cache->setSizeLimit(settings.cacheLimitBytes());
    m_cache->evictToLimit();
  }
  if (m_prefetcher) {
    m_prefetcher->setLimit(settings.prefetchCount);
    if (!m_prefetcher->isPaused()) m_prefetcher->start();
  }
  if (languageChanged) showStatus(tr("The new language takes effect when the workstation starts next."));
  if (serverChanged) {
    // The password is not in the settings: ask for it.
    m_profile = server;
    showLogin(tr("Password for %1").arg(server.name.isEmpty() ? server.dicomWebRoot.host() : server.name));
  }
}

void MainWindow::showStatus(const QString& message, bool isError) {
  m_status->setText(message);
  m_status->setStyleSheet(isError ? QStringLiteral("color: #c03030;") : QString());
}

void MainWindow::markTeachingCase() {
  if (m_openStudyUid.isEmpty() || !m_cache) return showStatus(tr("Open a study first."), true);
  ServerProfile archive = m_settings.teachingProfile >= 0 ? m_settings.profiles.value(m_settings.teachingProfile) : ServerProfile();
  TeachingCaseDialog dialog(m_report->editor()->report().keyImages, archive.dicomWebRoot.isValid(), this);
  QStringList files;
  for (const QString& series : m_cache->studySeries(m_openStudyUid)) files << m_cache->seriesFiles(series);
  TeachingLibrary library(TeachingLibrary::defaultRoot());
  QDir().mkpath(library.root());
  // Until it is saved: text the export refuses (it names the patient) is
  // kept in the dialog for the teacher to correct.
  TeachingCase written;
  while (dialog.exec() == QDialog::Accepted) {
    TeachingCase draft = dialog.teachingCase();
    draft.author = readablePersonName(SignerSettings::load().observer.name, QLocale().bcp47Name());
    DeidentificationOptions options;
    options.patientName = QStringLiteral("TEACHING^") + draft.caseId;
    options.patientId = draft.caseId;
    QStringList warnings;
    ReportingError error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool saved = exportTeachingCase(draft, files, options, library.packagePath(draft.caseId), &written, &warnings, &error);
    QApplication::restoreOverrideCursor();
    if (!saved) {
      QMessageBox::warning(this, tr("Teaching case"), error.message);
      if (error.code == ReportingError::Code::IdentifyingText) continue;
      return;
    }
    for (const QString& w : std::as_const(warnings)) showStatus(w, true);
    showStatus(tr("Teaching case %1 saved: %n image(s)", nullptr, int(written.files.size())).arg(written.caseId));
    if (dialog.sendToTeachingArchive()) {
      CredentialStore().fillProfile(&archive);
      QList<QByteArray> parts;
      for (const QString& path : teachingPackageFiles(library.packagePath(written.caseId), written)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) parts << f.readAll();
      }
      QStringList said;
      const bool sent = storeFilesInBatches(archive, parts, [&said](const QString& line) { said << line; });
      showStatus(said.value(said.size() - 1), !sent);
    }
    return;
  }
}

void MainWindow::showTeachingLibrary() {
  TeachingLibrary library(TeachingLibrary::defaultRoot());
  auto* dialog = new TeachingLibraryDialog(library, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &TeachingLibraryDialog::presentRequested, this, [library, dialog](const QList<TeachingCase>& cases) {
    auto* presentation = new PresentationWindow(library, cases);
    presentation->setAttribute(Qt::WA_DeleteOnClose);
    presentation->showOnScreen(dialog->presentationScreen());
  });
  dialog->show();
}

}  // namespace yunyue

namespace yunyue {

void MainWindow::connectPriorComparison() {
  if (!m_comparison) return;
  connect(m_comparison, &PriorComparison::progress, this, &MainWindow::showPriorProgress);
  connect(m_comparison, &PriorComparison::message, this, &MainWindow::showStatus);
  connect(m_comparison, &PriorComparison::failed, this, [this](const QString& message) {
    showPriorProgress({}, 100);
    showStatus(message, true);
    emit priorFailed(message);
  });
  connect(m_comparison, &PriorComparison::priorReady, this, [this] {
    m_study->showComparison(m_comparison->prior(), m_comparison->alignment());
    if (m_fusePrior->isChecked()) m_study->fusePrior(m_comparison->prior(), m_comparison->alignment(), true);
    showStatus(tr("Prior %1: %2").arg(m_comparison->prior().info.studyDate, m_comparison->alignment().text()),
               m_comparison->alignment().source == AlignmentSource::VolumeCentres);
    emit priorShown();
  });
  connect(m_comparison, &PriorComparison::alignmentChanged, this,
          [this] { m_study->setAlignment(m_comparison->alignment()); });
  connect(m_study, &StudyView::priorAdjusted, m_comparison, &PriorComparison::setAdjustedByHand,
          Qt::UniqueConnection);
}

void MainWindow::comparePrior(const StudyRecord& prior) {
  if (!m_comparison) return showLogin();
  const ComparedSeries current = m_study->currentSeries();
  if (!current.volume) {
    showStatus(tr("Open the current study and wait for its series to load, then choose the prior."), true);
    emit priorFailed(tr("no current series"));
    return;
  }
  // The panel lists the selected row's priors, which need not be the open study's.
  const int openRow = m_worklist->findStudy(m_openStudyUid);
  if (openRow < 0 || !isSamePatient(m_worklist->study(openRow), prior, m_settings.priorMatching)) {
    showStatus(tr("That study is not a prior of the open study's patient: select the open study to see its priors."), true);
    emit priorFailed(tr("not the same patient"));
    return;
  }
  ComparedSeries withStudy = current;
  withStudy.studyUid = m_openStudyUid;
  m_comparison->open(withStudy, m_openSeries, prior);
}

void MainWindow::showPriorProgress(const QString& step, int percent) {
  if (!step.isEmpty()) showStatus(step);
  // Registration takes seconds: a dialog that can stop it.
  if (m_comparison && m_comparison->isRegistering() && percent >= 0 && percent < 100) {
    if (!m_registration) {
      m_registration = new QProgressDialog(this);
      m_registration->setWindowTitle(tr("Registration"));
      m_registration->setCancelButtonText(tr("Stop"));
      m_registration->setMinimumDuration(0);
      m_registration->setAutoClose(false);
      m_registration->setAutoReset(false);
      connect(m_registration, &QProgressDialog::canceled, this, [this] {
        if (m_comparison) m_comparison->stopRegistration();
      });
    }
    m_registration->setLabelText(step);
    m_registration->setValue(percent);
    m_registration->show();
  } else if (m_registration && !(m_comparison && m_comparison->isRegistering())) {
    m_registration->hide();
  }
}

}  // namespace yunyue

namespace yunyue {

MprSeriesInfo MainWindow::openSeriesInfo(const QString& seriesDescription) const {
  MprSeriesInfo info;
  const int row = m_worklist->findStudy(m_openStudyUid);
  if (row >= 0) {
    const StudyRecord& study = m_worklist->study(row);
    info.patientName = study.patientName.display();
    info.patientId = study.patientId;
    info.studyDate = mediumDate(study.studyDate, QLocale());
    info.studyDescription = study.studyDescription;
  }
  info.seriesDescription = seriesDescription;
  return info;
}

void MainWindow::refreshSeriesStrip() {
  if (!m_cache || m_openStudySeries.isEmpty()) return;
  for (const SeriesRecord& s : m_openStudySeries)
    m_strip->setSeriesFiles(s.seriesInstanceUid, m_cache->seriesFiles(s.seriesInstanceUid), s.numberOfInstances);
}

void MainWindow::openSeries(const QString& seriesUid) {
  if (seriesUid == m_study->volumeSeriesUid() && m_study->showsVolume()) return;
  const auto it = std::find_if(m_openStudySeries.cbegin(), m_openStudySeries.cend(),
                               [&](const SeriesRecord& s) { return s.seriesInstanceUid == seriesUid; });
  if (it == m_openStudySeries.cend() || !m_cache) return;
  const QStringList files = m_cache->seriesFiles(seriesUid);
  if (files.size() < it->numberOfInstances || files.isEmpty()) {
    showStatus(tr("Series %1 is not in the local cache yet.").arg(it->seriesNumber), true);
    return;
  }
  m_openSeries = *it;
  m_openSeriesUid = seriesUid;
  m_strip->setCurrentSeries(seriesUid);
  if (files.size() >= 3) {
    m_study->loadSeries(seriesUid, files, openSeriesInfo(it->seriesDescription));
    return;
  }
  // One or two images (a radiograph): the image itself.
  const DecodeOutcome decoded = decodeDicomFile(files.first());
  if (!decoded.ok()) return showStatus(decoded.error.message, true);
  m_study->clear();
  m_study->showFirstImage(decoded.image);
}

void MainWindow::showHangingProtocols() {
  const HangingProtocolLoad current = loadHangingProtocols(hangingProtocolsPath());
  HangingProtocolDialog dialog(current.protocols, hangingProtocolsPath(), this);
  if (dialog.exec() == QDialog::Accepted) m_study->setHangingProtocols(dialog.protocols());
}

}  // namespace yunyue
