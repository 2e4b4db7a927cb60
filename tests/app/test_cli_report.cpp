// `yunyue report`, the real binary, against the test archive: a reader drafts
// and signs a report for a pulled study, sends it through the outbox, a
// reviewer countersigns it, and the archive's state follows — checked with
// DCMTK's own dsrdump and dcmsign as independent readers. Conflicts, wrong
// passphrases, the wrong role and tampering are refused.
//
// The study is a copy of the demo CR with fresh UIDs, deleted at the end, so
// the demo studies stay as the other tests expect them.

#include "tests/cloudclient/ArchiveAdmin.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

namespace {

struct Run {
  int exitCode = -1;
  QString out;  // stdout and stderr
};

Run run(const QString& program, const QStringList& args, int timeoutMs = 180000) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("YUNYUE_LANGUAGE", "en");
  env.remove("YUNYUE_KEY_PASSPHRASE");
  p.setProcessEnvironment(env);
  p.start(program, args);
  if (!p.waitForFinished(timeoutMs)) {
    p.kill();
    p.waitForFinished();
  }
  Run r;
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.out = QString::fromUtf8(p.readAll());
  return r;
}

QString newUid() {
  // 2.25 + a random 128-bit number in decimal (PS3.5 B.2).
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

}  // namespace

class TestCliReport : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  QString m_exe = YUNYUE_EXE;
  QString m_profile = qEnvironmentVariable("YUNYUE_TEST_CLOUD");
  QString m_studyUid = newUid();
  QString m_pki, m_cache, m_outbox;
  yunyue::test::ArchiveAdmin m_admin;
  QString m_finalUid;

  QString path(const QString& name) const { return m_tmp.filePath(name); }

  Run yunyue(const QStringList& args) { return run(m_exe, args); }

  QStringList signer(const QString& who) const {
    return {"--key", m_pki + "/" + who + ".key.pem", "--cert", m_pki + "/" + who + ".cert.pem", "--passphrase-file",
            m_pki + "/" + who + ".pass", "--trust", m_pki + "/center.ini"};
  }
  QStringList cloud() const { return {"--profile", m_profile, "--outbox", m_outbox, "--trust", m_pki + "/center.ini"}; }

  QString stateLine() {
    const Run r = yunyue(QStringList{"report", "status", m_studyUid} + cloud());
    if (r.exitCode != 0) return "status failed: " + r.out;
    const QRegularExpressionMatch m = QRegularExpression("state: (\\w+)").match(r.out);
    return m.hasMatch() ? m.captured(1) : r.out;
  }

  // A new report by `who`, drafted from the cache and signed.
  QString signedReport(const QString& who, const QString& name, const QString& impression) {
    const QString draft = path(who + "-draft.json");
    const QString signedFile = path(who + "-" + QString::number(qHash(impression)) + ".dcm");
    Run r = yunyue({"report", "draft", "--cache", m_cache, m_studyUid, "--out", draft, "--language", "zh_CN",
                    "--author-name", name, "--author-id", who.toUpper(), "--organisation", "云阅远程影像诊断中心",
                    "--impression", impression});
    if (r.exitCode != 0) return "draft failed: " + r.out;
    r = yunyue(QStringList{"report", "sign", draft, "--out", signedFile} + signer(who));
    if (r.exitCode != 0) return "sign failed: " + r.out;
    qInfo().noquote() << r.out.trimmed();
    return signedFile;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFile::exists(m_exe), qPrintable(m_exe));
    m_pki = path("pki");
    m_cache = path("cache");
    m_outbox = path("outbox");
    Run r = run(qEnvironmentVariable("YUNYUE_SOURCE_DIR") + "/scripts/center-pki", {m_pki});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));

    // The demo CR as a study of its own.
    const QDir cr(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/cr-skull/1");
    const QStringList files = cr.entryList({"*.dcm"});
    QVERIFY(!files.isEmpty());
    const QString copy = path("cr.dcm");
    QVERIFY(QFile::copy(cr.filePath(files.first()), copy));
    r = run("dcmodify", {"-nb", "-m", "StudyInstanceUID=" + m_studyUid, "-m", "SeriesInstanceUID=" + newUid(),
                         "-m", "SOPInstanceUID=" + newUid(), "-m", "AccessionNumber=RPT" + m_studyUid.right(8), copy});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(m_admin.upload(f.readAll()));
    r = yunyue({"pull", "--profile", m_profile, "--cache", m_cache, m_studyUid});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
  }

  void cleanupTestCase() { m_admin.deleteStudy(m_studyUid); }

  void draftCarriesTheStudy() {
    const QString draft = path("look.json");
    const Run r = yunyue({"report", "draft", "--cache", m_cache, m_studyUid, "--out", draft, "--author-name", "王^医生"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QFile f(draft);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    // The patient's name decoded from the file's character set; the CR template chosen.
    QVERIFY2(json.contains("李^娜") || json.contains("Li^Na=李^娜"), json.constData());
    QVERIFY(json.contains(m_studyUid.toUtf8()));
    QVERIFY2(json.contains("cr-skull"), json.constData());
    // Not in the cache: refused, nothing written.
    const Run missing = yunyue({"report", "draft", "--cache", m_cache, newUid(), "--out", path("none.json")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(path("none.json")));
  }

  void wrongPassphraseIsRefused() {
    const QString draft = path("look.json");
    QFile pass(path("wrong.pass"));
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write("not the passphrase\n");
    pass.close();
    QStringList args{"report", "sign", draft, "--out", path("never.dcm")};
    args += signer("wang");
    args[args.indexOf("--passphrase-file") + 1] = pass.fileName();
    const Run r = yunyue(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("passphrase", Qt::CaseInsensitive), qPrintable(r.out));
    QVERIFY(!QFile::exists(path("never.dcm")));
  }

  // The whole double-signing path, as the archive sees it.
  void readerSignsReviewerCountersigns() {
    QCOMPARE(stateLine(), QString("Unread"));
    const QString preliminary = signedReport("wang", "王^医生", "颅骨未见骨折。");
    QVERIFY2(QFile::exists(preliminary), qPrintable(preliminary));

    // Independent readers: DCMTK's dsrdump and dcmsign.
    Run r = run("dsrdump", {preliminary});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains("颅骨未见骨折"), qPrintable(r.out));
    QVERIFY2(r.out.contains("COMPLETE"), qPrintable(r.out));
    r = run("dcmsign", {"--verify", "+cf", m_pki + "/ca.pem", "+rs", preliminary});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));

    r = yunyue({"report", "verify", "--trust", m_pki + "/center.ini", preliminary});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains("王医生"), qPrintable(r.out));
    qInfo().noquote() << r.out.trimmed();

    r = yunyue(QStringList{"report", "submit", preliminary} + cloud());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QCOMPARE(stateLine(), QString("Preliminary"));

    // A reader cannot countersign.
    r = yunyue(QStringList{"report", "countersign", preliminary, "--name", "赵^医生", "--out", path("x.dcm")} +
               signer("zhao"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(path("x.dcm")));

    const QString final = path("final.dcm");
    r = yunyue(QStringList{"report", "countersign", preliminary, "--name", "李^主任", "--organisation",
                           "云阅远程影像诊断中心", "--out", final} + signer("li"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    qInfo().noquote() << r.out.trimmed();
    r = run("dcmsign", {"--verify", "+cf", m_pki + "/ca.pem", final});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    r = run("dsrdump", {final});
    QVERIFY2(r.out.contains("VERIFIED") && r.out.contains("李^主任"), qPrintable(r.out));

    r = yunyue(QStringList{"report", "submit", final} + cloud());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QCOMPARE(stateLine(), QString("Final"));
    // Sending again changes nothing (same SOP Instance UID).
    r = yunyue(QStringList{"report", "submit", final} + cloud());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    r = yunyue(QStringList{"report", "status", m_studyUid} + cloud());
    const QString finalUid = QRegularExpression("state: Final \\(([0-9.]+)\\)").match(r.out).captured(1);
    QVERIFY2(!finalUid.isEmpty(), qPrintable(r.out));
    m_finalUid = finalUid;
    // One line per report in the archive: the preliminary and the final.
    QCOMPARE(r.out.count(QRegularExpression("^[0-9.]+  \\d{4}-\\d\\d-", QRegularExpression::MultilineOption)), 2);
  }

  // Today's spot check draws the final report (all of them at 100 %), a
  // reviewer scores it, and the per-reader summary counts the score.
  void spotCheck() {
    QVERIFY(!m_finalUid.isEmpty());
    const QStringList archive{"--profile", m_profile, "--trust", m_pki + "/center.ini", "--study-days", "36500"};
    Run r = yunyue(QStringList{"report", "spot-check", "--percent", "100", "--seed", "7"} + archive);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(m_finalUid), qPrintable(r.out));
    // The same seed draws the same sample.
    QCOMPARE(yunyue(QStringList{"report", "spot-check", "--percent", "100", "--seed", "7"} + archive).out, r.out);
    r = yunyue(QStringList{"report", "score", m_studyUid, "--report", m_finalUid, "--score", "2a", "--name", "李^主任",
                           "--comment", "颅底显示欠佳。", "--percent", "100", "--seed", "7"} + cloud());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    r = yunyue(QStringList{"report", "spot-check", "--summary", "1"} + archive);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    qInfo().noquote() << r.out.trimmed();
    QVERIFY2(r.out.contains("1 report(s) reviewed") || r.out.contains("1 report reviewed"), qPrintable(r.out));
    QVERIFY2(QRegularExpression("王医生\\s+1\\s+0\\s+1\\s").match(r.out).hasMatch(), qPrintable(r.out));
    // The score is no report: the study stays Final.
    QCOMPARE(stateLine(), QString("Final"));
  }

  // Another reader's report for a study that is already final is not sent
  // silently over it.
  void conflictIsShown() {
    const QString other = signedReport("zhao", "赵^医生", "另一份报告。");
    QVERIFY2(QFile::exists(other), qPrintable(other));
    const Run r = yunyue(QStringList{"report", "submit", other} + cloud());
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("王^医生") || r.out.contains("王"), qPrintable(r.out));
    QCOMPARE(stateLine(), QString("Final"));
  }

  // An amendment of the final report, signed and countersigned, makes the
  // study Amended; the final stays in the archive as its predecessor.
  void amendment() {
    const QString draft = path("amend.json");
    Run r = yunyue({"report", "draft", "--cache", m_cache, m_studyUid, "--out", draft, "--author-name", "王^医生",
                    "--amends", path("final.dcm"), "--impression", "颅骨未见骨折。补充：鼻窦清晰。"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    const QString amended = path("amended.dcm");
    r = yunyue(QStringList{"report", "sign", draft, "--out", amended} + signer("wang"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    r = run("dsrdump", {amended});
    QVERIFY2(r.out.contains("Predecessor"), qPrintable(r.out));
    r = yunyue(QStringList{"report", "submit", amended} + cloud());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QCOMPARE(stateLine(), QString("Preliminary"));
    const QString amendedFinal = path("amended-final.dcm");
    r = yunyue(QStringList{"report", "countersign", amended, "--name", "李^主任", "--out", amendedFinal} + signer("li"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));

    // The archive is out of reach and the workstation is killed while it
    // waits: the report stays in the outbox and goes out on the next run.
    QFile down(path("down.ini"));
    QVERIFY(down.open(QIODevice::WriteOnly));
    down.write("[cloud]\ndicomweb=http://127.0.0.1:1/dicom-web\n");
    down.close();
    QProcess waiting;
    waiting.setProcessChannelMode(QProcess::MergedChannels);
    waiting.start(m_exe, {"report", "submit", amendedFinal, "--profile", down.fileName(), "--outbox", m_outbox, "--trust",
                          m_pki + "/center.ini", "--wait", "60"});
    QByteArray seen;
    QVERIFY2(QTest::qWaitFor([&] {
               seen += waiting.readAll();
               return seen.contains("queued the printed report");
             }, 60000), seen.constData());
    QVERIFY2(waiting.state() == QProcess::Running, seen.constData());
    ::kill(pid_t(waiting.processId()), SIGKILL);
    QVERIFY(waiting.waitForFinished(10000));
    QCOMPARE(stateLine(), QString("Preliminary"));  // nothing reached the archive
    r = yunyue(QStringList{"report", "submit"} + cloud());  // no files: what the outbox holds
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains("2 of 2 delivered"), qPrintable(r.out));
    QCOMPARE(stateLine(), QString("Amended"));
  }

  void tamperingIsCaught() {
    const QString tampered = path("tampered.dcm");
    QVERIFY(QFile::copy(path("final.dcm"), tampered));
    Run r = run("dcmodify", {"-nb", "-m", "PatientName=Someone^Else", tampered});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    r = yunyue({"report", "verify", "--trust", m_pki + "/center.ini", tampered});
    QCOMPARE(r.exitCode, 1);
    qInfo().noquote() << r.out.trimmed();
    r = yunyue(QStringList{"report", "submit", tampered} + cloud());
    QCOMPARE(r.exitCode, 1);
  }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
