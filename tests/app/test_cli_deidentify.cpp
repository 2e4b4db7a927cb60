// `yunyue deidentify` from the terminal, the real binary, on the demo head
// CT directory; DCMTK's dcmdump reads what it wrote.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
};

Run run(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  Run r;
  if (!p.waitForFinished(240000) || p.exitStatus() != QProcess::NormalExit) return r;
  r.exitCode = p.exitCode();
  r.out = p.readAllStandardOutput();
  r.err = p.readAllStandardError();
  return r;
}

Run yunyue(const QStringList& args) { return run(QStringLiteral(YUNYUE_EXE), QStringList{QStringLiteral("deidentify")} + args); }

// Output files, relative to the output directory, sorted.
QStringList filesUnder(const QString& dir) {
  QStringList files;
  QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) files << QDir(dir).relativeFilePath(it.next());
  files.sort();
  return files;
}

}  // namespace

class TestCliDeidentify : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_ct = qEnvironmentVariable("YUNYUE_TEST_DATA") + QStringLiteral("/ct-head");
    QVERIFY2(QDir(m_ct).exists(), qPrintable(m_ct));
    m_secret = m_tmp.filePath(QStringLiteral("secret"));
    QFile secret(m_secret);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("teaching set 2026\n");
  }

  void deidentifiesTheCtDirectory() {
    const QString out = m_tmp.filePath(QStringLiteral("out"));
    const Run r = yunyue({QStringLiteral("--out"), out, QStringLiteral("--patient-name"), QStringLiteral("TEACHING^CASE001"),
                          QStringLiteral("--patient-id"), QStringLiteral("CASE001"), QStringLiteral("--secret-file"), m_secret, m_ct});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("108"));
    QVERIFY(r.err.isEmpty());  // BurnedInAnnotation NO: nothing to warn about
    const QStringList files = filesUnder(out);
    QCOMPARE(files.size(), 108);
    // <study>/<series>/<instance>.dcm: one study, one series, names are the new UIDs.
    QSet<QString> studies, series;
    for (const QString& f : files) {
      const QStringList parts = f.split(QLatin1Char('/'));
      QCOMPARE(parts.size(), 3);
      studies << parts[0];
      series << parts[1];
    }
    QCOMPARE(studies.size(), 1);
    QCOMPARE(series.size(), 1);

    const QString first = out + QLatin1Char('/') + files.first();
    const Run dump = run(QStringLiteral("dcmdump"), {QStringLiteral("+L"), first});
    QCOMPARE(dump.exitCode, 0);
    QVERIFY(dump.out.contains("(0010,0010) PN [TEACHING^CASE001]"));
    QVERIFY(dump.out.contains("(0010,0020) LO [CASE001]"));
    QVERIFY(dump.out.contains("(0012,0062) CS [YES]"));
    QVERIFY(dump.out.contains("(0008,0005) CS [ISO_IR 192]"));
    const QString sop = files.first().section(QLatin1Char('/'), 2).chopped(4);
    QVERIFY(dump.out.contains(QStringLiteral("(0008,0018) UI [%1]").arg(sop).toUtf8()));
    QVERIFY(dump.out.contains(QStringLiteral("(0020,000d) UI [%1]").arg(*studies.cbegin()).toUtf8()));
    for (const QByteArray& gone : {QByteArray("P1001"), QByteArray("张伟"), QByteArray("QS20261120001"),
                                   QByteArray("2.25.235721739418245671649960533968061487859")})
      QVERIFY2(!dump.out.contains(gone), gone.constData());

    // The same secret again: the same UIDs, so the same file names.
    const QString again = m_tmp.filePath(QStringLiteral("again"));
    QCOMPARE(yunyue({QStringLiteral("--out"), again, QStringLiteral("--secret-file"), m_secret, m_ct}).exitCode, 0);
    QCOMPARE(filesUnder(again), files);
  }

  // A file that does not say NO to burned-in annotation is written, with a warning.
  void warnsAboutBurnedInAnnotation() {
    const QString copy = m_tmp.filePath(QStringLiteral("burned.dcm"));
    QVERIFY(QFile::copy(m_ct + QStringLiteral("/1/0001.dcm"), copy));
    QCOMPARE(run(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-m"), QStringLiteral("(0028,0301)=YES"), copy}).exitCode, 0);
    const QString out = m_tmp.filePath(QStringLiteral("burned-out"));
    const Run r = yunyue({QStringLiteral("--out"), out, copy});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("burned.dcm"));
    QVERIFY(r.err.contains("Burned In Annotation"));
    QCOMPARE(filesUnder(out).size(), 1);
  }

  void failuresAndUsage() {
    const QString out = m_tmp.filePath(QStringLiteral("bad"));
    QCOMPARE(yunyue({m_ct}).exitCode, 2);                                       // no --out
    QCOMPARE(yunyue({QStringLiteral("--out"), out}).exitCode, 2);               // no input
    QCOMPARE(yunyue({QStringLiteral("--out"), out, QStringLiteral("--secret-file"), m_tmp.filePath(QStringLiteral("none")), m_ct}).exitCode, 2);
    QCOMPARE(yunyue({QStringLiteral("--out"), out, m_tmp.filePath(QStringLiteral("missing.dcm"))}).exitCode, 1);
    const QString text = m_tmp.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not DICOM");
    f.close();
    const Run r = yunyue({QStringLiteral("--out"), out, text});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("notes.txt"));
  }

 private:
  QTemporaryDir m_tmp;
  QString m_ct;
  QString m_secret;
};

QTEST_GUILESS_MAIN(TestCliDeidentify)
#include "test_cli_deidentify.moc"
