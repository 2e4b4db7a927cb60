// `yunyue export` as a script uses it: the real binary, on a cache filled by
// the real `yunyue pull` from the test cloud (the demo head CT), writes a
// coronal MIP stack as a DERIVED series and stores it over STOW-RS; QIDO then
// lists the new series in the demo study with every image, and the test
// deletes that series again so the other tests see the demo studies as they
// were. Bad usage and an unknown series end with distinct exit codes. A thin
// axial reconstruction, stored and pulled back, is linked slice by slice to
// the thick series with `yunyue link`.

#include "cloudclient/DicomWebClient.h"
#include "tests/app/CliRun.h"
#include "tests/cloudclient/ArchiveAdmin.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;
using test::runYunyue;
using Run = test::CliRun;

namespace {

QList<SeriesRecord> seriesOf(DicomWebClient& client, const QString& studyUid) {
  bool done = false;
  QList<SeriesRecord> records;
  client.searchSeries(studyUid, [&](QList<SeriesRecord> r, CloudError e) {
    if (e.isError()) qWarning() << "QIDO failed:" << e.detail;
    records = r;
    done = true;
  });
  if (!QTest::qWaitFor([&] { return done; }, 30000)) qWarning() << "no QIDO answer";
  return records;
}

const SeriesRecord* find(const QList<SeriesRecord>& series, const QString& uid) {
  for (const SeriesRecord& s : series)
    if (s.seriesInstanceUid == uid) return &s;
  return nullptr;
}

QString dcmdump(const QString& file) {
  QProcess p;
  p.start(QStringLiteral("dcmdump"), {QStringLiteral("+P"), QStringLiteral("0008,0008"), QStringLiteral("+P"),
                                      QStringLiteral("0020,000d"), QStringLiteral("+P"), QStringLiteral("0008,103e"),
                                      file});
  p.waitForFinished(60000);
  return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

class TestCliExport : public QObject {
  Q_OBJECT
  QTemporaryDir m_cache;
  QTemporaryDir m_out;
  QString m_series;
  QString m_study;
  QString m_uploaded;  // deleted from the archive whatever happens

 private slots:
  void initTestCase() {
    m_series = test::demoStudyField("ct-head", 4);
    m_study = test::demoStudyField("ct-head", 3);
    QVERIFY(!m_series.isEmpty());
    const Run pull = runYunyue({"pull", "--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD"), "--cache", m_cache.path(),
                             "QS20261120001"});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.errors));
  }

  void coronalMipStoredInTheArchive() {
    DicomWebClient client(test::testCloudProfile());
    const QList<SeriesRecord> before = seriesOf(client, m_study);
    QVERIFY(find(before, m_series));  // the demo CT is there

    const QString out = m_out.filePath("coronal-mip");
    const Run r = runYunyue({"export", "--cache", m_cache.path(), m_series, "--plane", "coronal", "--spacing", "5", "--slab",
                          "mip", "--thickness", "10", "--out", out, "--upload", "--profile",
                          qEnvironmentVariable("YUNYUE_TEST_CLOUD")});
    m_uploaded = r.output.trimmed();
    qInfo("%s", qPrintable(r.errors));
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    QVERIFY2(m_uploaded.startsWith("2.25."), qPrintable(r.output));

    const QStringList files = QDir(out).entryList({"*.dcm"}, QDir::Files, QDir::Name);
    const int n = int(files.size());
    QVERIFY2(n >= 20, qPrintable(QString::number(n)));  // the head is more than 100 mm front to back
    QVERIFY2(r.errors.contains(QStringLiteral("stored %1 of %1 images").arg(n)), qPrintable(r.errors));
    const QString dump = dcmdump(QDir(out).filePath(files.first()));
    QVERIFY2(dump.contains("[DERIVED\\SECONDARY\\REFORMATTED\\MAXIMUM]"), qPrintable(dump));
    QVERIFY2(dump.contains("[" + m_study + "]"), qPrintable(dump));
    QVERIFY2(dump.contains("[Coronal MIP 10 mm / 5 mm]"), qPrintable(dump));

    // QIDO: one series more in the demo study, with every image.
    const QList<SeriesRecord> after = seriesOf(client, m_study);
    QCOMPARE(after.size(), before.size() + 1);
    const SeriesRecord* mine = find(after, m_uploaded);
    QVERIFY(mine);
    QCOMPARE(mine->numberOfInstances, n);
    QCOMPARE(mine->modality, QStringLiteral("CT"));
    QCOMPARE(mine->seriesDescription, QStringLiteral("Coronal MIP 10 mm / 5 mm"));

    // Remove it again: the demo study as the other tests count it.
    const QString uploaded = m_uploaded;
    QVERIFY(test::ArchiveAdmin().deleteSeries(uploaded));
    m_uploaded.clear();
    const QList<SeriesRecord> restored = seriesOf(client, m_study);
    QCOMPARE(restored.size(), before.size());
    QVERIFY(!find(restored, uploaded));
  }

  // An oblique average stack, written only: square 1 mm pixels, every file a
  // DERIVED image of the demo study.
  void obliqueAverageWritten() {
    const QString out = m_out.filePath("oblique-average");
    const Run r = runYunyue({"export", "--cache", m_cache.path(), m_series, "--plane", "oblique", "--row", "1,0.3,0",
                          "--column", "0,0.5,-1", "--spacing", "8", "--slab", "average", "--thickness", "4", "--pixel",
                          "1", "--interpolation", "cubic", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    const QStringList files = QDir(out).entryList({"*.dcm"}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 10);
    const QString dump = dcmdump(QDir(out).filePath(files.last()));
    QVERIFY2(dump.contains("[DERIVED\\SECONDARY\\REFORMATTED\\MEAN]"), qPrintable(dump));
    QVERIFY2(dump.contains("[Oblique Average 4 mm / 8 mm]"), qPrintable(dump));
  }

  // Thick and thin linked: an axial 0.75 mm reconstruction of the 1.5 mm
  // demo CT, stored and pulled back into the cache, follows the thick series
  // slice by slice (`yunyue link`), and the other way round.
  void thickAndThinLinked() {
    const QString cloud = qEnvironmentVariable("YUNYUE_TEST_CLOUD");
    const Run exported = runYunyue({"export", "--cache", m_cache.path(), m_series, "--plane", "axial", "--spacing", "0.75",
                                    "--out", m_out.filePath("thin"), "--upload", "--profile", cloud});
    m_uploaded = exported.output.trimmed();
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.errors));
    const Run pulled = runYunyue({"pull", "--profile", cloud, "--cache", m_cache.path(), m_study});
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.errors));

    Run r = runYunyue({"link", "--cache", m_cache.path(), m_series, m_uploaded, "--slice", "50"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    QStringList thin;
    for (const QRegularExpressionMatch& m : QRegularExpression("^  (\\d+)  ", QRegularExpression::MultilineOption).globalMatch(r.output))
      thin << m.captured(1);
    // The 1.5 mm slab of slice 50 holds the thin slices around 100.
    QVERIFY2(thin.contains("100") && thin.size() >= 1 && thin.size() <= 3, qPrintable(r.output));
    for (const QString& k : thin) QVERIFY2(qAbs(k.toInt() - 100) <= 1, qPrintable(r.output));
    r = runYunyue({"link", "--cache", m_cache.path(), m_uploaded, m_series, "--slice", "101"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    QVERIFY2(QRegularExpression("^  50  ", QRegularExpression::MultilineOption).match(r.output).hasMatch(), qPrintable(r.output));
    // A slice the thick series does not have: bad usage.
    r = runYunyue({"link", "--cache", m_cache.path(), m_series, m_uploaded, "--slice", "500"});
    QCOMPARE(r.exitCode, 2);

    QVERIFY(test::ArchiveAdmin().deleteSeries(m_uploaded));
    m_uploaded.clear();
  }

  void exitCodes_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString unknown = QStringLiteral("1.2.826.0.1.3680043.2.1125.999.1");
    QTest::newRow("unknown series") << QStringList{"--plane", "axial", "--spacing", "5", "--series", unknown} << 1;
    QTest::newRow("no spacing") << QStringList{"--plane", "axial"} << 2;
    QTest::newRow("bad plane") << QStringList{"--plane", "diagonal", "--spacing", "5"} << 2;
    QTest::newRow("oblique without directions") << QStringList{"--plane", "oblique", "--spacing", "5"} << 2;
    QTest::newRow("parallel directions")
        << QStringList{"--plane", "oblique", "--row", "1,0,0", "--column", "2,0,0", "--spacing", "5"} << 2;
    QTest::newRow("slab without thickness") << QStringList{"--plane", "axial", "--spacing", "5", "--slab", "mip"} << 2;
    QTest::newRow("thickness without slab") << QStringList{"--plane", "axial", "--spacing", "5", "--thickness", "3"} << 2;
    QTest::newRow("bad slab") << QStringList{"--plane", "axial", "--spacing", "5", "--slab", "max", "--thickness", "3"} << 2;
    QTest::newRow("negative spacing") << QStringList{"--plane", "axial", "--spacing", "-1"} << 2;
  }
  void exitCodes() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    // "--series X" stands for the positional SERIES argument in the table.
    QString series = m_series;
    const int at = int(args.indexOf("--series"));
    if (at >= 0) {
      series = args.at(at + 1);
      args.remove(at, 2);
    }
    const QString out = m_out.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'));
    const Run r = runYunyue(QStringList{"export", "--cache", m_cache.path(), series, "--out", out} + args);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + ": " + r.errors));
    QVERIFY(!r.errors.isEmpty());
    QVERIFY(!QDir(out).exists());  // nothing written
  }

  void cleanupTestCase() {
    if (!m_uploaded.isEmpty()) test::ArchiveAdmin().deleteSeries(m_uploaded);
  }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
