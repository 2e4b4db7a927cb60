// The double-signing workflow in the workstation, driven as the readers
// would: 王医生 opens a study, writes the impression and signs; the outbox
// delivers it and the worklist shows Preliminary; 李主任 finds it in the
// review queue, verifies and countersigns; the worklist shows Final and the
// archive holds the printed report as Encapsulated PDF.
//
// The study is a copy of the demo CR with fresh UIDs, deleted at the end.

#include "app/MainWindow.h"
#include "app/ReportPanel.h"
#include "app/WorklistModel.h"
#include "viewer/widgets/SliceView.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/Outbox.h"
#include "reporting/DraftStore.h"
#include "reporting/widgets/ReportEditor.h"
#include "tests/cloudclient/ArchiveAdmin.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace yunyue;

namespace {

QString newUid() {
  const QByteArray bytes = QUuid::createUuid().toRfc4122();
  __extension__ unsigned __int128 n = 0;  // GCC and Clang: the UUID as one number
  for (char c : bytes) n = (n << 8) | quint8(c);
  QString digits;
  do {
    digits.prepend(QChar('0' + int(n % 10)));
    n /= 10;
  } while (n);
  return "2.25." + digits;
}

bool run(const QString& program, const QStringList& args, QByteArray* log) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
  *log = p.readAll();
  return ok;
}

}  // namespace

class TestReportPanel : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  QString m_pki;
  QString m_studyUid = newUid();
  QString m_accession = "RPTGUI" + QString::number(QDateTime::currentSecsSinceEpoch() % 100000);
  test::ArchiveAdmin m_admin;

  // Who signs at this workstation now.
  void signAs(const QString& who, const QString& name) {
    SignerSettings s;
    s.keyFile = m_pki + "/" + who + ".key.pem";
    s.certificateFile = m_pki + "/" + who + ".cert.pem";
    s.trustFile = m_pki + "/center.ini";
    s.observer = {name, who.toUpper(), QStringLiteral("云阅远程影像诊断中心")};
    s.save();
  }

  void answerPassphrases(ReportPanel* panel) {
    panel->setPassphraseProvider([](const QString& certificateFile, QByteArray* passphrase) {
      QFile f(QString(certificateFile).replace(".cert.pem", ".pass"));
      if (!f.open(QIODevice::ReadOnly)) return false;
      *passphrase = f.readAll().trimmed();
      return true;
    });
  }

  static int stateOf(const WorklistModel* model, int row) {
    const QVariant v = model->data(model->index(row, WorklistModel::ReportColumn), WorklistModel::ReportStateRole);
    return v.isValid() ? v.toInt() : -1;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    // Settings of this test only.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath("settings"));
    m_pki = m_tmp.filePath("pki");
    QByteArray log;
    QVERIFY2(run(qEnvironmentVariable("YUNYUE_SOURCE_DIR") + "/scripts/center-pki", {m_pki}, &log), log.constData());

    const QDir cr(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/cr-skull/1");
    const QString copy = m_tmp.filePath("cr.dcm");
    QVERIFY(QFile::copy(cr.filePath(cr.entryList({"*.dcm"}).value(0)), copy));
    QVERIFY2(run("dcmodify", {"-nb", "-m", "StudyInstanceUID=" + m_studyUid, "-m", "SeriesInstanceUID=" + newUid(),
                              "-m", "SOPInstanceUID=" + newUid(), "-m", "AccessionNumber=" + m_accession, copy},
                 &log),
             log.constData());
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(m_admin.upload(f.readAll()));
  }

  void cleanupTestCase() { m_admin.deleteStudy(m_studyUid); }

  void readerSignsReviewerCountersigns() {
    signAs("wang", "王^医生");
    MainWindow window;
    ReportPanel* panel = window.reportPanel();
    answerPassphrases(panel);
    QVERIFY(window.outbox());
    QSignalSpy loaded(&window, &MainWindow::worklistLoaded);
    QSignalSpy pulled(&window, &MainWindow::studyPulled);
    QSignalSpy delivered(window.outbox(), &Outbox::delivered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectTo(test::testCloudProfile());
    QVERIFY(loaded.wait(20000));
    const WorklistModel* model = window.worklist();
    const int row = model->findStudy(m_accession);
    QVERIFY(row >= 0);
    // Nobody reported it yet.
    QVERIFY(QTest::qWaitFor([&] { return stateOf(model, row) == int(ReportState::Unread); }, 20000));

    window.openStudy(row);
    QVERIFY(pulled.wait(30000));
    QVERIFY(pulled.last().at(1).toBool());
    QVERIFY(QTest::qWaitFor([&] { return panel->isEnabled(); }, 10000));
    // The CR template was chosen from the image's modality and body part.
    auto* impression = panel->findChild<QPlainTextEdit*>("impression");
    QVERIFY(impression);
    impression->clear();
    impression->setFocus();
    QTest::keyClicks(impression, "No fracture.");
    QCOMPARE(panel->editor()->report().impression, QString("No fracture."));

    // The image on screen becomes a key image, referenced from the SR.
    QVERIFY(panel->markKeyImage(window.sliceView()->image().sopInstanceUid, "lateral"));
    QCOMPARE(panel->editor()->report().keyImages.size(), 1);
    QCOMPARE(panel->editor()->report().keyImages.first().sopInstanceUid, window.sliceView()->image().sopInstanceUid);
    QVERIFY(!panel->editor()->report().keyImages.first().sopClassUid.isEmpty());

    QVERIFY(panel->signAsAuthor());
    QVERIFY(delivered.wait(20000));
    // The draft is gone once the signed report is safely queued.
    QVERIFY(!DraftStore(qEnvironmentVariable("YUNYUE_DRAFTS_DIR")).contains(m_studyUid));
    QVERIFY(QTest::qWaitFor([&] { return stateOf(model, row) == int(ReportState::Preliminary); }, 20000));

    // The reviewer's turn: the review queue holds exactly this study.
    signAs("li", "李^主任");
    window.showReviewQueue(true);
    QCOMPARE(window.worklistView()->model()->rowCount(), 1);
    QCOMPARE(window.worklistView()->model()->index(0, WorklistModel::AccessionColumn).data().toString(), m_accession);
    window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath("test_report_panel-review.png"));

    delivered.clear();
    QVERIFY(panel->countersignCurrent());
    // The verified SR and its PDF.
    QVERIFY(QTest::qWaitFor([&] { return delivered.size() >= 2; }, 30000));
    panel->refreshArchive();
    QVERIFY(QTest::qWaitFor([&] { return stateOf(model, row) == int(ReportState::Final); }, 20000));
    window.showReviewQueue(false);
    window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath("test_report_panel-final.png"));

    // The reader amends the final report; the reviewer countersigns the amendment.
    signAs("wang", "王^医生");
    QVERIFY(panel->amendCurrent());
    QCOMPARE(panel->editor()->report().impression, QString("No fracture."));
    QCOMPARE(panel->editor()->report().predecessors.size(), 1);
    impression->setFocus();
    QTest::keyClicks(impression, " Sinuses clear.");
    delivered.clear();
    QVERIFY(panel->signAsAuthor());
    QVERIFY(delivered.wait(20000));
    QVERIFY(QTest::qWaitFor([&] { return stateOf(model, row) == int(ReportState::Preliminary); }, 20000));
    signAs("li", "李^主任");
    delivered.clear();
    QVERIFY(panel->countersignCurrent());
    QVERIFY(QTest::qWaitFor([&] { return delivered.size() >= 2; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return stateOf(model, row) == int(ReportState::Amended); }, 20000));

    // In the archive: the report's series (preliminary and final), the
    // amendment's, and the PDF of each final.
    DicomWebClient client(test::testCloudProfile());
    QList<SeriesRecord> series;
    bool done = false;
    client.searchSeries(m_studyUid, [&](QList<SeriesRecord> found, CloudError) {
      series = found;
      done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    QStringList modalities;
    for (const SeriesRecord& s : series) modalities << s.modality;
    modalities.sort();
    QCOMPARE(modalities, QStringList({"CR", "DOC", "DOC", "SR", "SR"}));
  }
};

QTEST_MAIN(TestReportPanel)
#include "test_report_panel.moc"
