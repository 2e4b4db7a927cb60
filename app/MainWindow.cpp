#include "app/MainWindow.h"

#include "app/LoginDialog.h"
#include "app/PullProgressDelegate.h"
#include "app/ReportPanel.h"
#include "app/StudyOpener.h"
#include "app/WorklistModel.h"
#include "cloudclient/Outbox.h"
#include "cloudclient/StudyCache.h"
#include "reporting/DraftStore.h"
#include "viewer/WindowPresets.h"
#include "viewer/widgets/SliceView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

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
      m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_view(new SliceView),
      m_status(new QLabel),
      m_outboxState(new QLabel) {
  setWindowTitle(tr("Yunyue Reading Station"));
  m_sorted->setSourceModel(m_worklist);
  m_sorted->setSortRole(WorklistModel::SortRole);
  m_table->setModel(m_sorted);
  m_table->setSortingEnabled(true);
  m_table->sortByColumn(WorklistModel::StudyDateTimeColumn, Qt::DescendingOrder);
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
  connect(m_report, &ReportPanel::message, this, &MainWindow::showStatus);
  connect(m_report, &ReportPanel::reportStateChanged, m_worklist, &WorklistModel::setReportState);

  auto* splitter = new QSplitter;
  splitter->addWidget(m_table);
  splitter->addWidget(m_view);
  splitter->addWidget(m_report);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 3);
  splitter->setStretchFactor(2, 2);
  // Worklist wide enough for its state columns, the image largest, the report beside it.
  splitter->setSizes({620, 580, 400});
  setCentralWidget(splitter);
  m_sorted->setFilterKeyColumn(WorklistModel::ReportColumn);
  m_sorted->setFilterRole(WorklistModel::ReportStateRole);

  QToolBar* tools = addToolBar(tr("Worklist"));
  tools->setObjectName(QStringLiteral("worklistToolBar"));
  tools->addAction(tr("Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
  tools->addAction(tr("Connect…"), this, [this] { showLogin(); });
  tools->addAction(tr("Key image"), QKeySequence(Qt::Key_K), this, [this] {
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
  delete m_opener;  // stops its pull before the cache goes
  m_opener = nullptr;
  delete m_report;  // saves its draft while the draft store is still there
  m_report = nullptr;
}

void MainWindow::connectTo(const ServerProfile& profile) {
  m_profile = profile;
  delete m_opener;
  delete m_client;
  m_client = new DicomWebClient(profile, this);
  m_opener = m_cache ? new StudyOpener(m_client, m_cache.get(), this) : nullptr;
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
  });
  connect(m_opener, &StudyOpener::firstImageReady, this,
          [this](const DecodedImage& image, const SeriesRecord& series) {
            m_view->setImage(image);
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
  m_view->clearImage();
  showStatus(tr("Opening %1…").arg(study.patientName.display()));
  m_opener->open(study);
  m_openStudyUid = study.studyInstanceUid;
  m_report->setEnabled(false);  // until the first image is in the cache
}

void MainWindow::showStatus(const QString& message, bool isError) {
  m_status->setText(message);
  m_status->setStyleSheet(isError ? QStringLiteral("color: #c03030;") : QString());
}

}  // namespace yunyue
