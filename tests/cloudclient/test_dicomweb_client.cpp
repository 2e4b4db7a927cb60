// QIDO-RS, WADO-RS and STOW-RS against the private Orthanc of this test run,
// seeded with the demo studies made from the real CT. Instances stored here
// go into studies of their own, deleted again after each test, so that the
// demo studies stay as the other tests expect them.

#include "cloudclient/DicomWebClient.h"
#include "tests/cloudclient/ArchiveAdmin.h"
#include "viewer/DecodedImage.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

QString dataFile(const QString& relative) { return qEnvironmentVariable("YUNYUE_TEST_DATA") + '/' + relative; }

template <typename Record>
struct Answer {
  bool done = false;
  QList<Record> records;
  CloudError error;
  DicomWebClient::Found<Record> callback() {
    return [this](QList<Record> r, CloudError e) { records = r; error = e; done = true; };
  }
};

const StudyRecord* byAccession(const QList<StudyRecord>& studies, const QString& accession) {
  for (const StudyRecord& s : studies)
    if (s.accessionNumber == accession) return &s;
  return nullptr;
}

struct StoreAnswer {
  bool done = false;
  StoreResult result;
  CloudError error;
  DicomWebClient::Stored callback() {
    return [this](StoreResult r, CloudError e) { result = r; error = e; done = true; };
  }
};

// UIDs under the DCMTK-registered test root, unique per run.
QString newUid(int leaf) {
  static const QString stem = QStringLiteral("1.2.826.0.1.3680043.10.1234.%1.%2")
                                  .arg(QDateTime::currentMSecsSinceEpoch())
                                  .arg(QRandomGenerator::global()->bounded(1000000));
  static int counter = 0;
  return QStringLiteral("%1.%2.%3").arg(stem).arg(++counter).arg(leaf);
}

// A new instance made from a demo CT slice with DCMTK's dcmodify: new SOP
// Instance UID, in a new study and series of a test patient.
struct NewInstance {
  QByteArray bytes;
  QString studyUid, seriesUid, sopUid;
};

NewInstance makeInstance(const QTemporaryDir& dir) {
  NewInstance n{{}, newUid(1), newUid(2), newUid(3)};
  const QString path = dir.filePath(QStringLiteral("new-%1.dcm").arg(n.sopUid));
  if (!QFile::copy(dataFile("ct-head/1/0001.dcm"), path)) qFatal("cannot copy a demo file to %s", qPrintable(path));
  const QString dcmodify = QStandardPaths::findExecutable("dcmodify");
  if (dcmodify.isEmpty()) qFatal("dcmodify (DCMTK) not found");
  QProcess p;
  p.start(dcmodify, {"-nb", "-m", "(0008,0018)=" + n.sopUid, "-m", "(0020,000D)=" + n.studyUid, "-m",
                     "(0020,000E)=" + n.seriesUid, "-m", "(0010,0020)=STOW-TEST", "-m",
                     "(0008,0050)=STOWTEST", path});
  if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
    qFatal("dcmodify failed: %s", p.readAllStandardError().constData());
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
  n.bytes = f.readAll();
  return n;
}

// A loopback HTTP server that keeps the one request it gets and answers it
// with a canned response: for answers (malformed, or to a Bearer token) that
// the real archive of this test run does not give.
class CannedHttpServer {
 public:
  CannedHttpServer(int status, QByteArray contentType, QByteArray body)
      : m_status(status), m_contentType(std::move(contentType)), m_body(std::move(body)) {
    QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
      while (QTcpSocket* socket = m_server.nextPendingConnection())
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
    });
    if (!m_server.listen(QHostAddress::LocalHost)) qFatal("cannot listen on loopback");
  }
  QUrl root() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(m_server.serverPort())); }
  // Head and body of the request as received.
  QByteArray request;
  bool answered = false;

 private:
  void onReadyRead(QTcpSocket* socket) {
    request += socket->readAll();
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    if (headEnd < 0 || answered) return;
    qsizetype length = 0;
    for (const QByteArray& line : request.left(headEnd).split('\n'))
      if (line.toLower().startsWith("content-length:")) length = line.mid(15).trimmed().toLongLong();
    if (request.size() < headEnd + 4 + length) return;
    answered = true;
    QByteArray response = "HTTP/1.1 " + QByteArray::number(m_status) + " Canned\r\n";
    if (m_status == 401) response += "WWW-Authenticate: Bearer realm=\"test\"\r\n";
    response += "Content-Type: " + m_contentType + "\r\nContent-Length: " + QByteArray::number(m_body.size()) +
                "\r\nConnection: close\r\n\r\n" + m_body;
    socket->write(response);
    socket->disconnectFromHost();
  }

  QTcpServer m_server;
  int m_status;
  QByteArray m_contentType;
  QByteArray m_body;
};

}  // namespace

class TestDicomWebClient : public QObject {
  Q_OBJECT
  ServerProfile m_profile = test::testCloudProfile();

  QList<StudyRecord> studies(const StudyQuery& query, ServerProfile profile = {}) {
    DicomWebClient client(profile.isComplete() ? profile : m_profile);
    Answer<StudyRecord> a;
    client.searchStudies(query, a.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000); }();
    if (a.error.isError()) qWarning() << a.error.message << a.error.detail;
    return a.records;
  }

  QTemporaryDir m_tmp;
  QStringList m_storedStudies;  // deleted from the archive after each test

  StoreAnswer store(const QList<QByteArray>& files, const ServerProfile& profile) {
    DicomWebClient client(profile);
    StoreAnswer a;
    client.storeInstances(files, a.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.done, 60000); }();
    return a;
  }

  QList<InstanceRecord> instancesOf(const NewInstance& n) {
    DicomWebClient client(m_profile);
    Answer<InstanceRecord> a;
    client.searchInstances(n.studyUid, n.seriesUid, a.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000); }();
    if (a.error.isError()) qWarning() << a.error.message << a.error.detail;
    return a.records;
  }

 private slots:
  void initTestCase() { QVERIFY(m_tmp.isValid()); }

  void cleanup() {
    for (const QString& uid : std::as_const(m_storedStudies)) test::ArchiveAdmin().deleteStudy(uid);
    m_storedStudies.clear();
  }

  void worklistHasTheDemoStudies() {
    const QList<StudyRecord> all = studies({});
    QCOMPARE(all.size(), 4);
    const StudyRecord* ct = byAccession(all, "QS20261120001");
    QVERIFY(ct);
    // Stored as GB18030 bytes, sent as UTF-8 JSON, shown as written.
    QCOMPARE(ct->patientName.display(), QStringLiteral("张伟"));
    QCOMPARE(ct->patientId, QStringLiteral("P1001"));
    QCOMPARE(ct->institutionName, QStringLiteral("青山县人民医院"));
    QCOMPARE(ct->modalitiesInStudy, QStringList{"CT"});
    QCOMPARE(ct->studyDate, QDate(2026, 11, 20));
    QCOMPARE(ct->numberOfInstances, 108);
    const StudyRecord* cr = byAccession(all, "YX20261121015");
    QVERIFY(cr);
    QCOMPARE(cr->patientName.ideographic, QStringLiteral("李^娜"));
    QCOMPARE(cr->patientName.display(), QStringLiteral("李娜 (Li Na)"));
    QCOMPARE(cr->institutionName, QStringLiteral("云溪县中医院"));
    QCOMPARE(cr->modalitiesInStudy, QStringList{"CR"});
  }

  void filters_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("accessions");
    QTest::newRow("patient id: current and prior") << "patientId" << "P1001" << QStringList{"QS20261120001", "YX20250514007"};
    QTest::newRow("modality") << "modality" << "MR" << QStringList{"QS20261119023"};
    QTest::newRow("accession") << "accession" << "YX20261121015" << QStringList{"YX20261121015"};
    QTest::newRow("date range") << "dates" << "20261119-20261120" << QStringList{"QS20261120001", "QS20261119023"};
    QTest::newRow("no match") << "patientId" << "NOBODY" << QStringList{};
  }
  void filters() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, accessions);
    StudyQuery q;
    if (field == "patientId") q.patientId = value;
    if (field == "modality") q.modality = value;
    if (field == "accession") q.accessionNumber = value;
    if (field == "dates") {
      q.studyDateFrom = QDate::fromString(value.left(8), "yyyyMMdd");
      q.studyDateTo = QDate::fromString(value.mid(9), "yyyyMMdd");
    }
    QStringList got;
    for (const StudyRecord& s : studies(q)) got << s.accessionNumber;
    got.sort();
    accessions.sort();
    QCOMPARE(got, accessions);
  }

  void firstCtImageArrivesLosslessly() {
    const StudyRecord ct = *byAccession(studies({}), "QS20261120001");
    DicomWebClient client(m_profile);
    Answer<SeriesRecord> series;
    client.searchSeries(ct.studyInstanceUid, series.callback());
    QTRY_VERIFY_WITH_TIMEOUT(series.done, 20000);
    QVERIFY2(!series.error.isError(), qPrintable(series.error.detail));
    QCOMPARE(series.records.size(), 1);
    QCOMPARE(series.records.first().modality, QStringLiteral("CT"));
    QCOMPARE(series.records.first().numberOfInstances, 108);

    Answer<InstanceRecord> instances;
    client.searchInstances(ct.studyInstanceUid, series.records.first().seriesInstanceUid, instances.callback());
    QTRY_VERIFY_WITH_TIMEOUT(instances.done, 20000);
    QCOMPARE(instances.records.size(), 108);
    const auto first = std::find_if(instances.records.begin(), instances.records.end(),
                                    [](const InstanceRecord& i) { return i.instanceNumber == 1; });
    QVERIFY(first != instances.records.end());

    bool done = false;
    QByteArray file;
    CloudError error;
    client.retrieveInstance(ct.studyInstanceUid, series.records.first().seriesInstanceUid, first->sopInstanceUid,
                            [&](QByteArray f, CloudError e) { file = f; error = e; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    const DecodeOutcome remote = decodeDicomBytes(file);
    QVERIFY2(remote.ok(), qPrintable(remote.error.detail));
    const DecodeOutcome local = decodeDicomFile(dataFile("ct-head/1/0001.dcm"));
    QVERIFY2(local.ok(), qPrintable(local.error.detail));
    QCOMPARE(remote.image.sopInstanceUid, first->sopInstanceUid);
    QCOMPARE(remote.image.sopInstanceUid, local.image.sopInstanceUid);
    QVERIFY(remote.image.values == local.image.values);  // bit-exact: nothing lossy on the way
    QCOMPARE(remote.image.patientName, QStringLiteral("张伟"));
  }

  void wrongPasswordIsRefusedClearly() {
    DicomWebClient client([&] { ServerProfile p = m_profile; p.password = "wrong"; return p; }());
    Answer<StudyRecord> a;
    client.searchStudies({}, a.callback());
    QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000);
    QCOMPARE(a.error.code, CloudErrorCode::AuthenticationFailed);
    QVERIFY(!a.error.message.isEmpty());
    QVERIFY(a.records.isEmpty());
    QVERIFY(!a.error.detail.contains("wrong"));  // the password never reaches a message
  }

  void serverDownIsReportedClearly() {
    QTcpServer probe;  // a port that was free a moment ago and now has nobody listening
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    ServerProfile p = m_profile;
    p.dicomWebRoot = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(port));
    DicomWebClient client(p);
    Answer<StudyRecord> a;
    client.searchStudies({}, a.callback());
    QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000);
    QCOMPARE(a.error.code, CloudErrorCode::ServerUnreachable);
    QVERIFY(a.error.isTransient());
  }

  void unknownInstanceIsNotFound() {
    DicomWebClient client(m_profile);
    bool done = false;
    CloudError error;
    client.retrieveInstance("1.2.3", "1.2.3.4", "1.2.3.4.5", [&](QByteArray, CloudError e) { error = e; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(error.code, CloudErrorCode::NotFound);
  }

  // STOW-RS: the new instance is stored, QIDO finds it, WADO-RS gives back
  // the very bytes that were sent.
  void stowStoresANewInstance() {
    const NewInstance n = makeInstance(m_tmp);
    m_storedStudies << n.studyUid;
    const StoreAnswer a = store({n.bytes}, m_profile);
    QVERIFY2(!a.error.isError(), qPrintable(a.error.detail));
    QCOMPARE(a.result.httpStatus, 200);
    QCOMPARE(a.result.storedSopInstanceUids(), QStringList{n.sopUid});
    QVERIFY(a.result.failed.isEmpty());
    QVERIFY(a.result.allStored());
    QCOMPARE(a.result.stored.first().sopClassUid, QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    QVERIFY(a.result.stored.first().retrieveUrl.endsWith("/instances/" + n.sopUid));

    const QList<InstanceRecord> found = instancesOf(n);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().sopInstanceUid, n.sopUid);

    DicomWebClient client(m_profile);
    bool done = false;
    QByteArray file;
    CloudError error;
    client.retrieveInstance(n.studyUid, n.seriesUid, n.sopUid, [&](QByteArray f, CloudError e) {
      file = f;
      error = e;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(file.size(), n.bytes.size());
    QVERIFY(file == n.bytes);
  }

  // One garbage part beside a good one: the good one is stored, the garbage
  // part is reported as failed (Orthanc does not mention it at all).
  void stowReportsAGarbagePartAndStoresTheGoodOne() {
    const NewInstance n = makeInstance(m_tmp);
    m_storedStudies << n.studyUid;
    const StoreAnswer a = store({n.bytes, QByteArray("this is not a DICOM file\n").repeated(20)}, m_profile);
    QVERIFY2(!a.error.isError(), qPrintable(a.error.detail));  // some were stored: a warning, not an error
    QCOMPARE(a.result.storedSopInstanceUids(), QStringList{n.sopUid});
    QCOMPARE(a.result.failed.size(), 1);
    QCOMPARE(a.result.failed.first().part, 1);
    QVERIFY(a.result.failed.first().sopInstanceUid.isEmpty());
    QVERIFY(!a.result.failed.first().reason.isEmpty());
    QVERIFY(!a.result.allStored());
    QCOMPARE(instancesOf(n).size(), 1);
  }

  void stowOfGarbageOnlyIsRefused() {
    const StoreAnswer a = store({QByteArray("garbage")}, m_profile);
    QCOMPARE(a.error.code, CloudErrorCode::StoreRefused);
    QVERIFY(!a.error.message.isEmpty());
    QVERIFY(!a.error.isTransient());
    QVERIFY(a.result.stored.isEmpty());
    QCOMPARE(a.result.failed.size(), 1);
    QCOMPARE(a.result.failed.first().part, 0);
  }

  void stowWithWrongPasswordIsRefused() {
    ServerProfile p = m_profile;
    p.password = "wrong-stow-password";
    const StoreAnswer a = store({makeInstance(m_tmp).bytes}, p);
    QCOMPARE(a.error.code, CloudErrorCode::AuthenticationFailed);
    QVERIFY(!a.error.detail.contains("wrong-stow-password"));
  }

  // What the STOW client makes of answers the real archive does not give:
  // PS3.18 statuses 202 and 409, a dataset inside an array, broken JSON.
  void stowAnswers_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("failureReason");  // of the first failure; 0: none
    const QByteArray referenced = R"("00081199":{"vr":"SQ","Value":[{"00081155":{"vr":"UI","Value":["SOP"]}}]})";
    const QByteArray failed = R"("00081198":{"vr":"SQ","Value":[{"00081155":{"vr":"UI","Value":["SOP"]},)"
                              R"("00081197":{"vr":"US","Value":[%1]}}]})";
    QTest::newRow("200, one dataset in an array") << 200 << "[{" + referenced + "}]" << int(CloudErrorCode::None) << 1 << 0;
    QTest::newRow("202, stored and failed")
        << 202 << "{" + referenced + "," + QByteArray(failed).replace("\"SOP\"]},", "\"OTHER\"]},").replace("%1", "42752") + "}"
        << int(CloudErrorCode::None) << 1 << 0xA700;
    QTest::newRow("409, all failed") << 409 << "{" + QByteArray(failed).replace("%1", "49152") + "}"
                                     << int(CloudErrorCode::StoreRefused) << 0 << 0xC000;
    QTest::newRow("200, not JSON") << 200 << QByteArray("{\"00081199\": [") << int(CloudErrorCode::MalformedResponse) << 0 << 0;
    QTest::newRow("200, empty array") << 200 << QByteArray("[]") << int(CloudErrorCode::MalformedResponse) << 0 << 0;
    QTest::newRow("200, no STOW dataset") << 200 << QByteArray("{}") << int(CloudErrorCode::MalformedResponse) << 0 << 0;
    QTest::newRow("200, bad tag") << 200 << QByteArray(R"({"0008119":{"vr":"SQ"}})") << int(CloudErrorCode::MalformedResponse) << 0 << 0;
  }
  void stowAnswers() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, errorCode);
    QFETCH(int, stored);
    QFETCH(int, failureReason);
    const NewInstance n = makeInstance(m_tmp);
    body.replace("\"SOP\"", '"' + n.sopUid.toLatin1() + '"');
    CannedHttpServer server(status, "application/dicom+json", body);
    ServerProfile p = m_profile;
    p.dicomWebRoot = server.root();
    const StoreAnswer a = store({n.bytes}, p);
    QCOMPARE(int(a.error.code), errorCode);
    if (a.error.isError()) QVERIFY(!a.error.message.isEmpty());
    QCOMPARE(a.result.stored.size(), stored);
    if (stored) QCOMPARE(a.result.stored.first().sopInstanceUid, n.sopUid);
    if (failureReason) {
      QVERIFY(!a.result.failed.isEmpty());
      QCOMPARE(a.result.failed.first().failureReason, failureReason);
      QVERIFY(!a.result.failed.first().reason.isEmpty());
    }
    // The request itself: PS3.18 10.5.1 headers and one application/dicom part.
    const QByteArray head = server.request.left(server.request.indexOf("\r\n\r\n")).toLower();
    QVERIFY(head.startsWith("post /dicom-web/studies http/1.1"));
    QVERIFY(head.contains("content-type: multipart/related; type=\"application/dicom\"; boundary="));
    QVERIFY(head.contains("accept: application/dicom+json"));
    QCOMPARE(server.request.count("Content-Type: application/dicom\r\n\r\n"), 1);
    QVERIFY(server.request.contains(n.bytes));
  }

  // A profile with a token sends it as a Bearer credential, not Basic.
  void bearerTokenIsSent() {
    CannedHttpServer server(401, "application/json", "{}");
    ServerProfile p;
    p.dicomWebRoot = server.root();
    p.bearerToken = "eyJ-test-token.abc";
    DicomWebClient client(p);
    Answer<StudyRecord> a;
    client.searchStudies({}, a.callback());
    QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000);
    QVERIFY(server.request.contains("\r\nAuthorization: Bearer eyJ-test-token.abc\r\n"));
    QVERIFY(!server.request.contains("Basic"));
    QCOMPARE(a.error.code, CloudErrorCode::AuthenticationFailed);
    QVERIFY(!a.error.detail.contains("eyJ-test-token"));
  }

  // This archive knows Basic auth only: a token alone does not get in, and
  // the token replaces (is not sent beside) the user's password.
  void bearerTokenAloneIsRefusedByTheArchive() {
    ServerProfile p = m_profile;
    p.bearerToken = "not-an-orthanc-credential";
    DicomWebClient client(p);
    Answer<StudyRecord> a;
    client.searchStudies({}, a.callback());
    QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000);
    QCOMPARE(a.error.code, CloudErrorCode::AuthenticationFailed);
    QVERIFY(!a.error.detail.contains("not-an-orthanc-credential"));
    QVERIFY(!a.error.detail.contains(m_profile.password));
  }
};

QTEST_GUILESS_MAIN(TestDicomWebClient)
#include "test_dicomweb_client.moc"
