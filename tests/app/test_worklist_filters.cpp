// The worklist as a reader uses it, against the test cloud with a fixed
// clock: the countdown to each study's turnaround target (overdue in red,
// sorted by time left), the filter bar, prefetching of the next studies,
// the settings dialog, and the language chosen in the settings at start.

#include "app/MainWindow.h"
#include "app/SettingsDialog.h"
#include "app/StudyPrefetcher.h"
#include "app/WorklistFilter.h"
#include "app/WorklistModel.h"
#include "cloudclient/StudyCache.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace yunyue;

namespace {

ServerProfile testCloud() { return ServerProfile::fromCloudFile(qEnvironmentVariable("YUNYUE_TEST_CLOUD")); }

// 10:40 in China on 2026-11-21: the CR (taken 10:15:30 +08:00, 30 min) has
// 5:30 left; the MR, the CT and the CT prior are long overdue.
QDateTime fixedNow() { return QDateTime(QDate(2026, 11, 21), QTime(2, 40), Qt::UTC); }

const QString kCt = QStringLiteral("QS20261120001");
const QString kPrior = QStringLiteral("YX20250514007");
const QString kCr = QStringLiteral("YX20261121015");
const QString kMr = QStringLiteral("QS20261119023");

// Accession numbers in the order the table shows them.
QStringList viewOrder(const QTableView* table) {
  QStringList accessions;
  for (int r = 0; r < table->model()->rowCount(); ++r)
    accessions << table->model()->index(r, WorklistModel::AccessionColumn).data().toString();
  return accessions;
}

QString uidOf(const WorklistModel* model, const QString& accession) {
  return model->study(model->findStudy(accession)).studyInstanceUid;
}

QVariant cell(const WorklistModel* model, const QString& accession, int column, int role = Qt::DisplayRole) {
  return model->data(model->index(model->findStudy(accession), column), role);
}

void choose(QComboBox* box, const QVariant& data) {
  const int index = data.isValid() ? box->findData(data) : 0;
  QVERIFY2(index >= 0, qPrintable(data.toString()));
  box->setCurrentIndex(index);
}

}  // namespace

class TestWorklistFilters : public QObject {
  Q_OBJECT
  QTemporaryDir m_home;
  QTemporaryDir m_cache;

  // A workstation on the test cloud with the fixed clock, its worklist loaded.
  std::unique_ptr<MainWindow> openWorkstation() {
    auto window = std::make_unique<MainWindow>();
    window->worklist()->setClock(fixedNow);
    QSignalSpy loaded(window.get(), &MainWindow::worklistLoaded);
    window->show();
    window->connectTo(testCloud());
    if (!loaded.wait(20000) || loaded.first().first().toInt() != 4) return nullptr;
    return window;
  }

  void setPrefetch(int studies) {
    QSettings settings;
    settings.setValue(QStringLiteral("worklist/prefetchCount"), studies);
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_home.isValid() && m_cache.isValid());
    // This test's own settings, cache and (absent) trust file: no report
    // states from other tests' reports, every study unread.
    QCoreApplication::setOrganizationName(QStringLiteral("yunyue"));
    QCoreApplication::setApplicationName(QStringLiteral("yunyue"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath("config"));
    qputenv("YUNYUE_CACHE_DIR", m_cache.path().toUtf8());
    qputenv("YUNYUE_TRUST", m_home.filePath("no-trust.ini").toUtf8());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }

  void countdownSortedByTimeLeft() {
    setPrefetch(0);
    auto window = openWorkstation();
    QVERIFY(window);
    const WorklistModel* model = window->worklist();
    // The archive gave the acquisition's offset from UTC: the clock runs in China time.
    QCOMPARE(model->study(model->findStudy(kCr)).timezoneOffsetFromUtc, QStringLiteral("+0800"));

    QCOMPARE(cell(model, kCr, WorklistModel::TimeLeftColumn).toString(), QStringLiteral("05:30"));
    QCOMPARE(cell(model, kCr, WorklistModel::TimeLeftColumn, WorklistModel::SortRole).toLongLong(), 330);
    QVERIFY(!cell(model, kCr, WorklistModel::TimeLeftColumn, Qt::ForegroundRole).isValid());
    // CT of 2026-11-20 09:35:12 +08:00, 60 min: due 10:35:12 the day before.
    QCOMPARE(cell(model, kCt, WorklistModel::TimeLeftColumn).toString(), QStringLiteral("overdue 24 h 04 min"));
    for (const QString& overdue : {kCt, kMr, kPrior}) {
      QVERIFY(cell(model, overdue, WorklistModel::TimeLeftColumn, WorklistModel::SortRole).toLongLong() < 0);
      QCOMPARE(cell(model, overdue, WorklistModel::TimeLeftColumn, Qt::ForegroundRole).value<QColor>(),
               QColor(0xc0, 0x30, 0x30));
    }
    // The table opens sorted by time left: furthest past the target first.
    QCOMPARE(viewOrder(window->worklistView()), QStringList({kPrior, kMr, kCt, kCr}));
    // The countdown runs: ten minutes later the CR is overdue and red too.
    window->worklist()->setClock([] { return fixedNow().addSecs(600); });
    QCOMPARE(cell(model, kCr, WorklistModel::TimeLeftColumn).toString(), QStringLiteral("overdue 5 min"));
    QVERIFY(cell(model, kCr, WorklistModel::TimeLeftColumn, Qt::ForegroundRole).isValid());
    // The study's own date and time, as the reader's language writes dates.
    QVERIFY2(cell(model, kCr, WorklistModel::StudyDateTimeColumn).toString().startsWith(QStringLiteral("Nov 21, 2026 10:15")),
             qPrintable(cell(model, kCr, WorklistModel::StudyDateTimeColumn).toString()));

    // A stricter CR target moves nothing but the CR's deadline.
    window->worklist()->setClock(fixedNow);
    TurnaroundPolicy policy;
    policy.setTargetMinutes(QStringLiteral("CR"), 20);
    window->worklist()->setTurnaroundPolicy(policy);
    QCOMPARE(cell(model, kCr, WorklistModel::TimeLeftColumn).toString(), QStringLiteral("overdue 5 min"));
    window->worklist()->setTurnaroundPolicy(TurnaroundPolicy());

    // First sightings (the clock's start for a study without a usable time)
    // survive a restart: an hour later the CR was still first seen at 10:40.
    QCOMPARE(model->firstSeen(uidOf(model, kCr)), fixedNow());
    window.reset();
    MainWindow later;
    later.worklist()->setClock([] { return fixedNow().addSecs(3600); });
    QSignalSpy loaded(&later, &MainWindow::worklistLoaded);
    later.connectTo(testCloud());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(later.worklist()->firstSeen(uidOf(later.worklist(), kCr)), fixedNow());
  }

  void filterBar() {
    setPrefetch(0);
    auto window = openWorkstation();
    QVERIFY(window);
    QTableView* table = window->worklistView();
    WorklistFilterBar* bar = window->worklistFilterBar();

    choose(bar->modalityBox(), QStringLiteral("CT"));
    QCOMPARE(viewOrder(table), QStringList({kPrior, kCt}));
    choose(bar->modalityBox(), QStringLiteral("MR"));
    QCOMPARE(viewOrder(table), QStringList({kMr}));
    choose(bar->modalityBox(), {});
    QCOMPARE(viewOrder(table).size(), 4);

    // Free text: patient name (either form), patient ID, accession.
    bar->textEdit()->setText(QStringLiteral("张伟"));  // typed through an input method
    QCOMPARE(viewOrder(table), QStringList({kPrior, kCt}));
    bar->textEdit()->clear();
    QTest::keyClicks(bar->textEdit(), QStringLiteral("p2002"));
    QCOMPARE(viewOrder(table), QStringList({kCr}));
    bar->textEdit()->clear();
    QTest::keyClicks(bar->textEdit(), QStringLiteral("Wang"));
    QCOMPARE(viewOrder(table), QStringList({kMr}));
    bar->textEdit()->setText(kCt);
    QCOMPARE(viewOrder(table), QStringList({kCt}));
    bar->textEdit()->clear();

    choose(bar->institutionBox(), QStringLiteral("云溪县中医院"));
    QCOMPARE(viewOrder(table), QStringList({kPrior, kCr}));
    // With the modality too: both filters hold.
    choose(bar->modalityBox(), QStringLiteral("CR"));
    QCOMPARE(viewOrder(table), QStringList({kCr}));
    choose(bar->modalityBox(), {});
    choose(bar->institutionBox(), {});

    // Waiting a day or more: all but the CR taken 25 minutes ago.
    choose(bar->waitingBox(), 24 * 60);
    QCOMPARE(viewOrder(table), QStringList({kPrior, kMr, kCt}));
    choose(bar->waitingBox(), 0);
    choose(bar->urgencyBox(), int(Urgency::Stat));
    QCOMPARE(viewOrder(table), QStringList());
    choose(bar->urgencyBox(), int(Urgency::Routine));
    QCOMPARE(viewOrder(table).size(), 4);
    choose(bar->urgencyBox(), {});
    choose(bar->reportStateBox(), int(ReportState::Unread));
    QCOMPARE(viewOrder(table).size(), 4);
    choose(bar->reportStateBox(), int(ReportState::Final));
    QCOMPARE(viewOrder(table), QStringList());
    choose(bar->reportStateBox(), {});

    choose(bar->institutionBox(), QStringLiteral("青山县人民医院"));
    QTest::qWait(100);
    const QString shot = QDir::current().absoluteFilePath("test_worklist_filters.png");
    QVERIFY(window->grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
  }

  // The next N unread studies in the table's order, one at a time, then no more.
  void prefetchStopsAtN() {
    QVERIFY(QDir(m_cache.path()).removeRecursively());
    setPrefetch(2);
    auto window = openWorkstation();
    QVERIFY(window);
    StudyPrefetcher* prefetcher = window->prefetcher();
    QVERIFY(prefetcher);
    QCOMPARE(prefetcher->limit(), 2);
    QSignalSpy idle(prefetcher, &StudyPrefetcher::idle);
    QSignalSpy started(prefetcher, &StudyPrefetcher::pullProgress);
    QVERIFY(idle.count() > 0 || idle.wait(120000));
    const WorklistModel* model = window->worklist();
    // Table order: prior, MR, CT, CR; the first two are prefetched.
    QCOMPARE(prefetcher->thisRound(), QStringList({uidOf(model, kPrior), uidOf(model, kMr)}));
    QStringList cached = window->cache()->cachedStudies();
    cached.sort();
    QStringList expected{uidOf(model, kPrior), uidOf(model, kMr)};
    expected.sort();
    QCOMPARE(cached, expected);
    QCOMPARE(cell(model, kPrior, WorklistModel::LocalCopyColumn).toString(), QStringLiteral("Complete"));
    QCOMPARE(cell(model, kMr, WorklistModel::LocalCopyColumn).toString(), QStringLiteral("Complete"));
    QVERIFY(!cell(model, kCt, WorklistModel::LocalCopyColumn).isValid());
    // And it stays at two.
    QTest::qWait(1500);
    QVERIFY(!prefetcher->isRunning());
    QCOMPARE(window->cache()->cachedStudies().size(), 2);

    // One more ahead (settings change): the CT starts; opening the CR stops
    // it at once, the CR is pulled, then the CT is taken up again.
    WorkstationSettings more = window->settings();
    more.prefetchCount = 3;
    QSignalSpy ctProgress(prefetcher, &StudyPrefetcher::pullProgress);
    window->applySettings(more);
    QCOMPARE(prefetcher->limit(), 3);
    QVERIFY(prefetcher->isRunning());
    QCOMPARE(prefetcher->currentStudy(), uidOf(model, kCt));
    QSignalSpy pulled(window.get(), &MainWindow::studyPulled);
    window->openStudy(model->findStudy(kCr));
    QVERIFY(prefetcher->isPaused());
    QVERIFY(!prefetcher->isRunning());
    QVERIFY(pulled.wait(60000));
    QCOMPARE(pulled.first().at(0).toString(), uidOf(model, kCr));
    QCOMPARE(pulled.first().at(1).toBool(), true);
    idle.clear();
    QVERIFY(idle.wait(120000));
    QCOMPARE(cell(model, kCt, WorklistModel::LocalCopyColumn).toString(), QStringLiteral("Complete"));
    QCOMPARE(window->cache()->cachedStudies().size(), 4);
  }

  void settingsRoundTrip() {
    setPrefetch(3);
    auto window = openWorkstation();
    QVERIFY(window);
    // Settings… with no profile saved: the server in use is offered as the
    // first one, in use, without its password.
    QStringList offered;
    QString offeredPassword = QStringLiteral("?");
    QTimer::singleShot(0, window.get(), [&] {
      auto* shown = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
      if (!shown) return;
      for (int i = 0; i < shown->profileList()->count(); ++i) offered << shown->profileList()->item(i)->text();
      offeredPassword = shown->settings().activeServer().password;
      shown->reject();
    });
    window->showSettings();
    QCOMPARE(offered.size(), 1);
    QVERIFY2(offered.first().contains(testCloud().dicomWebRoot.toString()), qPrintable(offered.first()));
    QVERIFY2(offered.first().contains(QStringLiteral("(in use)")), qPrintable(offered.first()));
    QCOMPARE(offeredPassword, QString());

    SettingsDialog dialog(window->settings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.prefetchBox()->setValue(4);
    dialog.cacheLimitBox()->setValue(7);
    choose(dialog.languageBox(), QStringLiteral("zh_CN"));
    QTest::qWait(100);
    const QString shot = QDir::current().absoluteFilePath("test_worklist_filters-settings.png");
    QVERIFY(dialog.grab().save(shot));
    auto* tabs = dialog.findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(QDir::current().absoluteFilePath("test_worklist_filters-settings-reading.png")));
    const WorkstationSettings chosen = dialog.settings();
    QCOMPARE(chosen.turnaround.targetMinutes({QStringLiteral("CR")}), 30);  // the table read back
    QCOMPARE(chosen.turnaround.targetMinutes({QStringLiteral("MR")}), 60);
    window->applySettings(chosen);
    QCOMPARE(window->prefetcher()->limit(), 4);
    QCOMPARE(window->cache()->sizeLimit(), qint64(7) << 30);
    QSettings stored;
    QCOMPARE(stored.value(QStringLiteral("worklist/prefetchCount")).toInt(), 4);
    QCOMPARE(stored.value(QStringLiteral("cache/limitGiB")).toDouble(), 7.0);
    QCOMPARE(stored.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    // A new workstation starts with them.
    dialog.close();
    window.reset();
    MainWindow next;
    QCOMPARE(next.settings().prefetchCount, 4);
    QCOMPARE(next.settings().language, QStringLiteral("zh_CN"));
    QCOMPARE(next.cache()->sizeLimit(), qint64(7) << 30);
  }

  // The real binary, in a fresh home: the language setting picks the
  // translator at start; without one the system locale does.
  void languageAtStart_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("title");
    QTest::newRow("Chinese set, English system") << "zh_CN" << "en_US.UTF-8" << QStringLiteral("云阅诊断工作站");
    QTest::newRow("English set, Chinese system") << "en" << "zh_CN.UTF-8" << QStringLiteral("Yunyue Reading Station");
    QTest::newRow("system Chinese") << "" << "zh_CN.UTF-8" << QStringLiteral("云阅诊断工作站");
    QTest::newRow("system English") << "" << "en_US.UTF-8" << QStringLiteral("Yunyue Reading Station");
  }
  void languageAtStart() {
    QFETCH(QString, setting);
    QFETCH(QString, systemLocale);
    QFETCH(QString, title);
    QTemporaryDir home;
    if (!setting.isEmpty()) {
      QSettings conf(home.filePath("config/yunyue/yunyue.conf"), QSettings::IniFormat);
      conf.setValue(QStringLiteral("ui/language"), setting);
    }
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("HOME", home.path());
    env.insert("XDG_CONFIG_HOME", home.filePath("config"));
    env.insert("XDG_DATA_HOME", home.filePath("data"));
    env.insert("YUNYUE_CACHE_DIR", home.filePath("cache"));
    env.insert("LC_ALL", systemLocale);
    env.insert("LANG", systemLocale);
    env.insert("LANGUAGE", QString());
    app.setProcessEnvironment(env);
    const QString png = home.filePath("shot.png");
    app.start(QStringLiteral(YUNYUE_EXE),
              {"--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD"), "--screenshot", png});
    QVERIFY(app.waitForFinished(90000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    const QImage shot(png);
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.text(QStringLiteral("Title")), title);
    if (QTest::currentDataTag() == QLatin1String("Chinese set, English system"))
      shot.save(QDir::current().absoluteFilePath("test_worklist_filters-zh.png"));
  }
};

QTEST_MAIN(TestWorklistFilters)
#include "test_worklist_filters.moc"
