// `yunyue --screenshot` as a headless run uses it: the real binary loads the
// worklist from the test cloud, opens the CT, writes a PNG and exits 0; and
// fails with a message (still exiting) when the study is not there.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <set>

class TestCliScreenshot : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;

  int run(const QStringList& args, QString* errors) {
    QProcess p;
    p.setProgram(QStringLiteral(YUNYUE_EXE));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("YUNYUE_CACHE_DIR", m_dir.filePath("cache"));
    p.setProcessEnvironment(env);
    p.setArguments(QStringList{"--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD")} + args);
    p.start();
    if (!p.waitForFinished(90000)) {
      p.kill();
      return -1;
    }
    *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  }

 private slots:
  void screenshotShowsWorklistAndImage() {
    const QString png = m_dir.filePath("first-screen.png");
    QString errors;
    QCOMPARE(run({"--open", "QS20261120001", "--screenshot", png, "--language", "zh_CN"}, &errors), 0);
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000 && image.height() >= 600);
    // The image view is the right part of the window: it must hold the CT.
    std::set<int> greys;
    for (int y = image.height() / 4; y < image.height() * 3 / 4; y += 3)
      for (int x = image.width() * 3 / 4; x < image.width() - 10; x += 3) greys.insert(qGray(image.pixel(x, y)));
    QVERIFY2(greys.size() > 64, qPrintable(QString::number(greys.size())));
    image.save(QDir::current().absoluteFilePath("test_cli_screenshot.png"));
  }

  void unknownStudyFailsWithAMessage() {
    const QString png = m_dir.filePath("missing.png");
    QString errors;
    QCOMPARE(run({"--open", "NO-SUCH-ACCESSION", "--screenshot", png}, &errors), 1);
    QVERIFY2(errors.contains("NO-SUCH-ACCESSION"), qPrintable(errors));
    QVERIFY(QFile::exists(png));  // the screen is still saved for the person looking into it
  }
};

QTEST_GUILESS_MAIN(TestCliScreenshot)
#include "test_cli_screenshot.moc"
