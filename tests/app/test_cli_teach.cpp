// Teaching files with the real binary: the demo head CT, pulled from the test
// archive by `yunyue pull`, becomes a de-identified case package with
// `yunyue teach export`. dcmdump (an independent reader) finds none of the
// original identifiers or UIDs in any file, the key images point at files in
// the package, and the readable note shows HTML in the teacher's text as
// text. The package goes into a teaching library, is found by search and
// tag, re-imports without change, and a damaged copy is refused. Text that
// names the patient is refused before anything is written. `teach send`
// stores the de-identified study in the (teaching) archive, where QIDO finds
// it under the case's pseudonym; the test deletes it again.

#include "cloudclient/DicomWebClient.h"
#include "tests/app/CliRun.h"
#include "tests/cloudclient/ArchiveAdmin.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;
using test::runYunyue;
using Run = test::CliRun;

namespace {

QString dcmdump(const QStringList& files) {
  QProcess p;
  p.start(QStringLiteral("dcmdump"), QStringList{"+U8", "-q"} + files);
  p.waitForFinished(120000);
  return QString::fromUtf8(p.readAllStandardOutput());
}

// The value of one attribute in a dcmdump text, e.g. "(0010,0020)".
QString dumpedValue(const QString& dump, const QString& tag) {
  const QRegularExpression re(QRegularExpression::escape(tag) + R"(\s+\w\w\s+\[([^\]]*)\])");
  return re.match(dump).captured(1);
}

QStringList dicomFilesUnder(const QString& dir) {
  QStringList files;
  QDirIterator it(dir, {"*.dcm"}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << it.next();
  files.sort();
  return files;
}

QJsonObject caseJson(const QString& package) {
  QFile f(package + "/case.json");
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

class TestCliTeach : public QObject {
  Q_OBJECT
  QTemporaryDir m_work;
  QString m_cache;
  QString m_library;
  QString m_package;
  QStringList m_originalFiles;
  QString m_sent;  // de-identified study stored in the archive, deleted at the end

 private slots:
  void initTestCase() {
    QVERIFY(m_work.isValid());
    m_cache = m_work.filePath("cache");
    m_library = m_work.filePath("library");
    const Run pull = runYunyue({"pull", "--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD"), "--cache", m_cache,
                                "QS20261120001"});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.errors));
    m_originalFiles = dicomFilesUnder(m_cache);
    QVERIFY(m_originalFiles.size() >= 108);
  }

  void exportHasNoIdentifiers() {
    const QString first = dcmdump({m_originalFiles.first()});
    const QString study = dumpedValue(first, "(0020,000d)");
    QVERIFY(study.startsWith("2.25."));
    // Two key images of the CT, named by SOP Instance UID.
    QStringList sops;
    for (const QString& f : m_originalFiles.mid(40, 2)) sops << dumpedValue(dcmdump({f}), "(0008,0018)");
    m_package = m_work.filePath("package");
    const Run r = runYunyue({"teach", "export", study, "--cache", m_cache, "--library", m_library, "--case-id", "TC-TEST-001",
                             "--title", "硬膜下血肿 <script>alert(1)</script>", "--diagnosis", "左侧急性硬膜下血肿",
                             "--history", "头部外伤后意识障碍", "--point", "新月形高密度影", "--point", "中线移位",
                             "--tag", "神经", "--tag", "急诊", "--key-image", sops[0], "--key-image", sops[1],
                             "--author", "李主任", "--out", m_package});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    QCOMPARE(r.output.trimmed(), QStringLiteral("TC-TEST-001"));

    const QStringList files = dicomFilesUnder(m_package);
    QCOMPARE(files.size(), 108);  // every image, no report
    const QString dump = dcmdump(files);
    // Every original identifier and UID, from the original files themselves.
    QStringList identifying{dumpedValue(first, "(0010,0010)"), dumpedValue(first, "(0010,0020)"),
                            dumpedValue(first, "(0010,0030)"), dumpedValue(first, "(0008,0050)"), study,
                            dumpedValue(first, "(0020,000e)"), dumpedValue(first, "(0020,0052)")};
    identifying << sops;
    identifying.removeAll(QString());
    QVERIFY(identifying.size() >= 8);
    for (const QString& value : std::as_const(identifying)) QVERIFY2(!dump.contains(value), qPrintable(value));
    QVERIFY(dump.contains("[TEACHING^TC-TEST-001]"));
    QVERIFY(dump.contains("(0012,0062) CS [YES]"));  // PatientIdentityRemoved
    QCOMPARE(dump.count("(7fe0,0010)"), 108);          // pixel data stays

    // The key images are files of the package, of the de-identified study.
    const QJsonObject json = caseJson(m_package);
    QCOMPARE(json.value("title").toString(), QStringLiteral("硬膜下血肿 <script>alert(1)</script>"));
    const QJsonArray keys = json.value("keyImages").toArray();
    QCOMPARE(keys.size(), 2);
    const QString newStudy = json.value("study").toObject().value("studyInstanceUid").toString();
    QVERIFY(newStudy.startsWith("2.25.") && newStudy != study);
    for (const QJsonValue& key : keys) {
      const QString sop = key.toObject().value("sopInstanceUid").toString();
      QVERIFY(!sops.contains(sop));
      const QStringList match = dicomFilesUnder(m_package).filter(sop + ".dcm");
      QCOMPARE(match.size(), 1);
      const QString keyDump = dcmdump(match);
      QCOMPARE(dumpedValue(keyDump, "(0020,000d)"), newStudy);
      QCOMPARE(dumpedValue(keyDump, "(0020,000e)"), key.toObject().value("seriesInstanceUid").toString());
    }
    // The note: HTML from the teacher's text is shown as text; the diagnosis folded.
    QFile note(m_package + "/case.html");
    QVERIFY(note.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(note.readAll());
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("<details>") && html.contains("左侧急性硬膜下血肿") && html.contains("中线移位"));
    QVERIFY(!QFileInfo::exists(m_package + ".partial"));
  }

  void textNamingThePatientIsRefused_data() {
    QTest::addColumn<QString>("history");
    QTest::newRow("name") << QStringLiteral("患者张伟，男");
    QTest::newRow("accession") << QStringLiteral("见 QS20261120001 号检查");
  }
  void textNamingThePatientIsRefused() {
    QFETCH(QString, history);
    const QString study = dumpedValue(dcmdump({m_originalFiles.first()}), "(0020,000d)");
    const QString out = m_work.filePath("refused-" + QString(QTest::currentDataTag()));
    const Run r = runYunyue({"teach", "export", study, "--cache", m_cache, "--title", "case", "--history", history,
                             "--out", out});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("must not identify the patient"), qPrintable(r.errors));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + ".partial"));
  }

  void libraryImportSearchAndDamage() {
    Run r = runYunyue({"teach", "import", m_package, "--library", m_library});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    r = runYunyue({"teach", "import", m_package, "--library", m_library});  // again: nothing changes
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    r = runYunyue({"teach", "verify", m_library + "/TC-TEST-001"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));

    r = runYunyue({"teach", "list", "--library", m_library, "--search", "硬膜下"});
    QCOMPARE(r.output.count('\n'), 1);
    QVERIFY(r.output.startsWith("TC-TEST-001\t"));
    QVERIFY(r.output.trimmed().endsWith("\t108"));
    r = runYunyue({"teach", "list", "--library", m_library, "--tag", "急诊"});
    QCOMPARE(r.output.count('\n'), 1);
    r = runYunyue({"teach", "list", "--library", m_library, "--search", "肺结节"});
    QCOMPARE(r.output, QString());

    // A copy with one image cut short is refused, and the library keeps its case.
    const QString damaged = m_work.filePath("damaged");
    QVERIFY(QProcess::execute("cp", {"-r", m_package, damaged}) == 0);
    QJsonObject json = caseJson(damaged);
    json["caseId"] = "TC-TEST-002";
    QFile rewritten(damaged + "/case.json");
    QVERIFY(rewritten.open(QIODevice::WriteOnly));
    rewritten.write(QJsonDocument(json).toJson());
    rewritten.close();
    QFile cut(dicomFilesUnder(damaged).at(7));
    QVERIFY(cut.resize(cut.size() / 2));
    r = runYunyue({"teach", "import", damaged, "--library", m_library});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("is damaged"), qPrintable(r.errors));
    QVERIFY(!QFileInfo::exists(m_library + "/TC-TEST-002"));
    // The same ID with other content is refused too.
    QVERIFY(QProcess::execute("cp", {"-r", m_package, m_work.filePath("other")}) == 0);
    json = caseJson(m_work.filePath("other"));
    json["title"] = "another case";
    QFile other(m_work.filePath("other") + "/case.json");
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QJsonDocument(json).toJson());
    other.close();
    r = runYunyue({"teach", "import", m_work.filePath("other"), "--library", m_library});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("different case"), qPrintable(r.errors));
    r = runYunyue({"teach", "list", "--library", m_library});
    QCOMPARE(r.output.count('\n'), 1);
  }

  void sendToTheTeachingArchive() {
    const Run r = runYunyue({"teach", "send", m_package, "--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    QVERIFY2(r.errors.contains("stored 108 of 108 images"), qPrintable(r.errors));
    m_sent = caseJson(m_package).value("study").toObject().value("studyInstanceUid").toString();

    DicomWebClient client(test::testCloudProfile());
    StudyQuery query;
    query.patientId = "TC-TEST-001";
    bool done = false;
    QList<StudyRecord> found;
    client.searchStudies(query, [&](QList<StudyRecord> studies, CloudError e) {
      QVERIFY2(!e.isError(), qPrintable(e.detail));
      found = studies;
      done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().studyInstanceUid, m_sent);
    QCOMPARE(found.first().numberOfInstances, 108);
  }

  void cleanupTestCase() {
    if (!m_sent.isEmpty()) test::ArchiveAdmin().deleteStudy(m_sent);
  }
};

QTEST_GUILESS_MAIN(TestCliTeach)
#include "test_cli_teach.moc"
