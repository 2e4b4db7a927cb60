// HTTPS with certificate validation, against a private Orthanc of this test
// that serves TLS only, with a server certificate for 127.0.0.1 from a CA of
// its own (scripts/orthanc-instance start --tls). The profile's CA file is the
// only trust anchor: another CA, or the system store, must not do.

#include "cloudclient/DicomWebClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkReply>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

QString dataFile(const QString& relative) { return qEnvironmentVariable("YUNYUE_TEST_DATA") + '/' + relative; }

// Runs a program to its end; false (with its output in *log) when it fails.
bool runProgram(const QString& program, const QStringList& args, QByteArray* log, int timeoutMs = 180000) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  const bool finished = p.waitForFinished(timeoutMs);
  *log = p.readAll();
  return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

const char kSeedFile[] = "ct-head/1/0001.dcm";
const char kSeedAccession[] = "QS20261120001";

}  // namespace

class TestTls : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  QString m_script;
  bool m_started = false;
  ServerProfile m_profile;  // from the cloud.ini that orthanc-instance wrote
  QString m_otherCa;        // a CA that did not sign the server's certificate

  QString path(const QString& relative) const { return m_tmp.filePath(relative); }

  CloudError search(const ServerProfile& profile, QList<StudyRecord>* found = nullptr) {
    DicomWebClient client(profile);
    bool done = false;
    CloudError error;
    client.searchStudies({}, [&](QList<StudyRecord> records, CloudError e) {
      if (found) *found = records;
      error = e;
      done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000)) return {CloudErrorCode::ServerUnreachable, "test", "no answer"};
    return error;
  }

  ServerProfile withCaFile(const QString& caFile) const {
    ServerProfile p = m_profile;
    p.caCertificatesFile = caFile;
    return p;
  }

 private slots:
  void initTestCase() {
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    QVERIFY(m_tmp.isValid());
    m_script = qEnvironmentVariable("YUNYUE_SOURCE_DIR") + "/scripts/orthanc-instance";
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    QVERIFY(QDir().mkpath(path("seed")));
    QVERIFY(QFile::copy(dataFile(kSeedFile), path("seed/0001.dcm")));

    QByteArray log;
    const bool started = runProgram(m_script, {"start", "--fresh", "--dir", path("orthanc"), "--tls", path("certs"),
                                               "--name", "Yunyue TLS test", "--seed", path("seed")},
                                    &log);
    m_started = true;  // stop it in any case: a failed start may leave one running
    QVERIFY2(started, log.constData());

    CloudError error;
    m_profile = ServerProfile::fromCloudFile(path("orthanc/cloud.ini"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(m_profile.dicomWebRoot.scheme(), QStringLiteral("https"));
    QCOMPARE(QFileInfo(m_profile.caCertificatesFile).canonicalFilePath(), QFileInfo(path("certs/ca.pem")).canonicalFilePath());

    // Another CA, made the same way, that never signed anything.
    QVERIFY(QDir().mkpath(path("other")));
    m_otherCa = path("other/ca.pem");
    QVERIFY2(runProgram("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "2",
                                    "-keyout", path("other/ca.key"), "-out", m_otherCa, "-subj", "/CN=Another CA",
                                    "-addext", "basicConstraints=critical,CA:TRUE"},
                         &log),
             log.constData());
  }

  void cleanupTestCase() {
    if (!m_started) return;
    QByteArray log;
    if (!runProgram(m_script, {"stop", "--dir", path("orthanc")}, &log, 60000)) qWarning("%s", log.constData());
  }

  void searchAndRetrieveOverHttpsWithTheRightCa() {
    QList<StudyRecord> studies;
    const CloudError error = search(m_profile, &studies);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(studies.size(), 1);
    QCOMPARE(studies.first().accessionNumber, QString::fromLatin1(kSeedAccession));

    DicomWebClient client(m_profile);
    bool done = false;
    QList<SeriesRecord> series;
    client.searchSeries(studies.first().studyInstanceUid, [&](QList<SeriesRecord> s, CloudError) {
      series = s;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(series.size(), 1);
    done = false;
    QList<InstanceRecord> instances;
    client.searchInstances(studies.first().studyInstanceUid, series.first().seriesInstanceUid,
                           [&](QList<InstanceRecord> i, CloudError) {
                             instances = i;
                             done = true;
                           });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(instances.size(), 1);

    done = false;
    QByteArray file;
    CloudError retrieveError;
    client.retrieveInstance(studies.first().studyInstanceUid, series.first().seriesInstanceUid,
                            instances.first().sopInstanceUid, [&](QByteArray f, CloudError e) {
                              file = f;
                              retrieveError = e;
                              done = true;
                            });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(!retrieveError.isError(), qPrintable(retrieveError.detail));
    QFile local(dataFile(kSeedFile));
    QVERIFY(local.open(QIODevice::ReadOnly));
    QVERIFY(file == local.readAll());
  }

  void certificateFromAnotherCaIsNotTrusted() {
    const CloudError error = search(withCaFile(m_otherCa));
    QCOMPARE(error.code, CloudErrorCode::TlsFailed);
    QCOMPARE(error.message, QStringLiteral("The server's certificate is not trusted."));
    QVERIFY2(error.detail.contains("https://127.0.0.1:"), qPrintable(error.detail));
    QVERIFY2(error.detail.contains("certificate", Qt::CaseInsensitive), qPrintable(error.detail));
    QVERIFY(!error.detail.contains(m_profile.password));
    QVERIFY(!error.isTransient());  // trying again will not help
  }

  // Without a CA file the system's CAs apply, and they do not know ours.
  void systemCasDoNotKnowThePrivateCa() {
    const CloudError error = search(withCaFile({}));
    QCOMPARE(error.code, CloudErrorCode::TlsFailed);
  }

  void unusableCaFileIsABadProfile_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");  // written to file unless null
    QTest::newRow("missing") << "missing/ca.pem" << QByteArray();
    QTest::newRow("empty") << "empty.pem" << QByteArray("");
    QTest::newRow("not PEM") << "garbage.pem" << QByteArray("-----BEGIN NOTHING-----\nabc\n");
    QTest::newRow("a private key, no certificate") << "other/ca.key" << QByteArray();
    QTest::newRow("a directory") << "certs" << QByteArray();
  }
  void unusableCaFileIsABadProfile() {
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    const QString caFile = path(file);
    if (!content.isNull()) {
      QFile f(caFile);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(content);
    }
    const ServerProfile p = withCaFile(caFile);
    CloudError error = search(p);
    QCOMPARE(error.code, CloudErrorCode::BadProfile);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.detail.contains(caFile), qPrintable(error.detail));

    // Every request kind says so, and none falls back to other CAs.
    DicomWebClient client(p);
    bool done = false;
    client.retrieveInstance("1.2.3", "1.2.3.4", "1.2.3.4.5", [&](QByteArray, CloudError e) {
      error = e;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(error.code, CloudErrorCode::BadProfile);
    done = false;
    client.storeInstances({QByteArray("x")}, [&](StoreResult, CloudError e) {
      error = e;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(error.code, CloudErrorCode::BadProfile);
    QNetworkReply* stream = client.openInstanceStream("1.2.3", "1.2.3.4", "1.2.3.4.5");
    QTRY_VERIFY_WITH_TIMEOUT(stream->isFinished(), 20000);
    QCOMPARE(client.errorOf(stream).code, CloudErrorCode::BadProfile);
    QCOMPARE(stream->bytesAvailable(), 0);
    delete stream;

    // Read from cloud.ini: the profile says so at once.
    QFile ini(path("bad-ca.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write("[cloud]\ndicomweb=" + m_profile.dicomWebRoot.toEncoded() + "\nca_file=" + caFile.toUtf8() + "\n");
    ini.close();
    CloudError fileError;
    const ServerProfile fromFile = ServerProfile::fromCloudFile(ini.fileName(), &fileError);
    QCOMPARE(fileError.code, CloudErrorCode::BadProfile);
    QCOMPARE(fromFile.caCertificatesFile, caFile);
  }

  void cloudFileReadsTokenAndCaFile() {
    QFile ini(path("orthanc/token.ini"));
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ini.write("[cloud]\nname=With token\ndicomweb=https://127.0.0.1:1/dicom-web\ntoken=abc.def-ghi\n"
              "ca_file=../certs/ca.pem\n");
    ini.close();
    CloudError error;
    const ServerProfile p = ServerProfile::fromCloudFile(ini.fileName(), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(p.bearerToken, QStringLiteral("abc.def-ghi"));
    // Relative to the ini file's directory.
    QCOMPARE(p.caCertificatesFile, QDir::cleanPath(path("certs/ca.pem")));
    CloudError caError;
    QVERIFY(!p.caCertificates(&caError).isEmpty());
    QVERIFY(!caError.isError());
  }
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
