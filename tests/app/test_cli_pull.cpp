// `yunyue pull` as a hospital IT person or a script uses it: the real binary
// pulls a study into a cache directory, says so and exits 0; a second pull
// fetches nothing; an unknown study, an unusable profile and a cache that
// cannot be written each end with a clear message and a distinct exit code,
// and leave nothing partial behind.

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
  int exitCode = -1;
  QString errors;
};

// Runs `yunyue pull ARGS`; `shellLimit` is put before it in a shell (ulimit).
Run pull(const QStringList& args, const QString& cache, const QString& shellLimit = {}) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("YUNYUE_LANGUAGE", "en");
  p.setProcessEnvironment(env);
  QStringList all{"pull", "--cache", cache};
  all << args;
  if (shellLimit.isEmpty()) {
    p.start(QStringLiteral(YUNYUE_EXE), all);
  } else {
    QStringList quoted;
    for (const QString& a : all) quoted << "'" + a + "'";
    p.start("bash", {"-c", shellLimit + "; exec '" YUNYUE_EXE "' " + quoted.join(' ')});
  }
  Run r;
  if (!p.waitForFinished(120000)) {
    p.kill();
    return r;
  }
  r.errors = QString::fromLocal8Bit(p.readAllStandardError());
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  return r;
}

int dicomFilesIn(const QString& dir) {
  int n = 0;
  QDirIterator it(dir, {"*.dcm"}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) n += !it.next().isEmpty();
  return n;
}

}  // namespace

class TestCliPull : public QObject {
  Q_OBJECT
  QString m_profile = qEnvironmentVariable("YUNYUE_TEST_CLOUD");

 private slots:
  void pullsByAccessionThenFetchesNothing() {
    QTemporaryDir cache;
    const Run first = pull({"--profile", m_profile, "QS20261120001"}, cache.path());
    QVERIFY2(first.exitCode == 0, qPrintable(first.errors));
    QVERIFY2(first.errors.contains("complete: 108 images in the cache (108 fetched, 0 already cached"),
             qPrintable(first.errors));
    QVERIFY(first.errors.contains("108/108 images"));
    QCOMPARE(dicomFilesIn(cache.path() + "/studies"), 108);
    const Run second = pull({"--profile", m_profile, "QS20261120001"}, cache.path());
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.errors.contains("(0 fetched, 108 already cached"), qPrintable(second.errors));
  }

  void unknownStudyExitsOne() {
    QTemporaryDir cache;
    const Run r = pull({"--profile", m_profile, "NO-SUCH-ACCESSION"}, cache.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("NO-SUCH-ACCESSION"), qPrintable(r.errors));
  }

  void unusableProfileExitsTwo() {
    QTemporaryDir cache;
    const Run r = pull({"--profile", cache.filePath("missing.ini"), "QS20261120001"}, cache.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errors.contains("cannot be read"), qPrintable(r.errors));
  }

  // Every instance file is larger than the file size limit: the first write
  // that fails stops the pull with the cache's message; nothing partial stays.
  void fullDiskStopsCleanly() {
    QTemporaryDir cache;
    const Run r = pull({"--profile", m_profile, "QS20261120001"}, cache.path(), "ulimit -f 64");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("cannot be written"), qPrintable(r.errors));
    QCOMPARE(dicomFilesIn(cache.path()), 0);
    QVERIFY(QDir(cache.filePath("incoming")).isEmpty());
    // With room again, the same cache takes the whole study.
    const Run again = pull({"--profile", m_profile, "QS20261120001"}, cache.path());
    QVERIFY2(again.exitCode == 0, qPrintable(again.errors));
    QCOMPARE(dicomFilesIn(cache.path() + "/studies"), 108);
  }
};

QTEST_GUILESS_MAIN(TestCliPull)
#include "test_cli_pull.moc"
