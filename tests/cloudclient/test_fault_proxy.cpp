// The fault-injecting proxy itself, against the private Orthanc of this test
// run: without faults it passes requests and answers through byte for byte;
// with a fault set, that fault really happens, once per `times`, and only to
// the requests it names.

#include "cloudclient/ServerProfile.h"
#include "tests/cloudclient/ArchiveAdmin.h"
#include "tests/cloudclient/FaultProxy.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace yunyue;
using yunyue::test::FaultProxy;

namespace {

const QByteArray kJson = "application/dicom+json";
const QByteArray kMultipart = R"(multipart/related; type="application/dicom"; transfer-syntax=*)";

// One request the tests send, directly or through the proxy.
struct Resource {
  QByteArray verb;
  QUrl url;  // direct
  QByteArray accept;
  QByteArray body;
};

// What came back; body holds every byte that arrived, also when the reply failed.
struct Fetched {
  bool finished = false;
  int status = 0;
  QNetworkReply::NetworkError error = QNetworkReply::NoError;
  QByteArray contentType;
  bool hasContentLength = false;
  QByteArray body;
};

// The multipart boundary of an answer (Orthanc draws a new one each time).
QByteArray boundaryOf(const QByteArray& contentType) {
  for (QByteArray param : contentType.split(';')) {
    param = param.trimmed();
    if (param.toLower().startsWith("boundary=")) {
      QByteArray b = param.mid(9);
      if (b.startsWith('"') && b.endsWith('"')) b = b.mid(1, b.size() - 2);
      return b;
    }
  }
  return {};
}

// The body with its boundary replaced by `boundary`, so that two answers for
// the same resource compare byte for byte.
QByteArray withBoundary(const Fetched& f, const QByteArray& boundary) {
  const QByteArray own = boundaryOf(f.contentType);
  if (own.isEmpty() || boundary.isEmpty()) return f.body;
  return QByteArray(f.body).replace("--" + own, "--" + boundary);
}

bool endsWithCloseDelimiter(const Fetched& f) {
  QByteArray body = f.body;
  while (body.endsWith('\n') || body.endsWith('\r')) body.chop(1);
  const QByteArray boundary = boundaryOf(f.contentType);
  return !boundary.isEmpty() && body.endsWith("--" + boundary + "--");
}

QString firstUid(const QByteArray& json, const char* tag) {
  const QJsonArray items = QJsonDocument::fromJson(json).array();
  if (items.isEmpty()) return {};
  return items.first().toObject().value(tag).toObject().value("Value").toArray().first().toString();
}

QString requestTarget(const QUrl& url) {
  return url.path(QUrl::FullyEncoded) + (url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded) : QString());
}

}  // namespace

class TestFaultProxy : public QObject {
  Q_OBJECT
  ServerProfile m_profile = test::testCloudProfile();
  QNetworkAccessManager m_nam;
  QMap<QString, Resource> m_resources;
  QMap<QString, Fetched> m_direct;  // each resource fetched directly, once

  Fetched fetch(const Resource& r, const QUrl& url, int transferTimeoutMs = 0) {
    QNetworkRequest request(url);
    request.setRawHeader("Accept", r.accept);
    request.setRawHeader("Authorization", "Basic " + (m_profile.user + ':' + m_profile.password).toUtf8().toBase64());
    if (!r.body.isEmpty()) request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (transferTimeoutMs > 0) request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, r.verb, r.body);
    Fetched f;
    connect(reply, &QIODevice::readyRead, this, [&] { f.body += reply->readAll(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    f.finished = finished.wait(60000);
    if (!f.finished) reply->abort();
    if (reply->isOpen()) f.body += reply->readAll();  // a timed-out reply is closed
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.error = reply->error();
    f.contentType = reply->rawHeader("Content-Type");
    f.hasContentLength = reply->hasRawHeader("Content-Length");
    delete reply;
    return f;
  }
  Fetched direct(const QString& name) { return fetch(m_resources[name], m_resources[name].url); }
  Fetched through(FaultProxy& proxy, const QString& name, int transferTimeoutMs = 0) {
    return fetch(m_resources[name], proxy.rewrite(m_resources[name].url), transferTimeoutMs);
  }

  void addResourceRows(const QStringList& names) {
    QTest::addColumn<QString>("resource");
    for (const QString& name : names) QTest::newRow(qPrintable(name)) << name;
  }

  // The proxied answer is a strict prefix of the direct one: cut, not changed.
  // (The original takes the proxied answer's boundary: the cut may fall inside one.)
  static void verifyTruncated(const Fetched& proxied, const Fetched& original) {
    QVERIFY2(proxied.body.size() < original.body.size(),
             qPrintable(QStringLiteral("%1 of %2 bytes").arg(proxied.body.size()).arg(original.body.size())));
    QVERIFY(withBoundary(original, boundaryOf(proxied.contentType)).startsWith(proxied.body));
  }

  void verifySameAsDirect(const Fetched& proxied, const QString& name) {
    const Fetched& original = m_direct[name];
    QVERIFY(proxied.finished);
    QCOMPARE(proxied.error, QNetworkReply::NoError);
    QCOMPARE(proxied.status, 200);
    const QByteArray boundary = boundaryOf(original.contentType);
    QCOMPARE(QByteArray(proxied.contentType).replace(boundaryOf(proxied.contentType), boundary),
             original.contentType);
    QCOMPARE(withBoundary(proxied, boundary).size(), original.body.size());
    QVERIFY(withBoundary(proxied, boundary) == original.body);
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_profile.isComplete());
    const QString root = m_profile.dicomWebRoot.toString(QUrl::StripTrailingSlash);
    m_resources["QIDO studies"] = {"GET", QUrl(root + "/studies"), kJson, {}};
    const Fetched studies = direct("QIDO studies");
    QCOMPARE(studies.status, 200);
    const QString study = firstUid(studies.body, "0020000D");
    QVERIFY(!study.isEmpty());
    m_resources["QIDO series"] = {"GET", QUrl(root + "/studies/" + study + "/series"), kJson, {}};
    const QString series = firstUid(direct("QIDO series").body, "0020000E");
    QVERIFY(!series.isEmpty());
    const QString seriesPath = root + "/studies/" + study + "/series/" + series;
    m_resources["QIDO instances"] = {"GET", QUrl(seriesPath + "/instances"), kJson, {}};
    const QString instance = firstUid(direct("QIDO instances").body, "00080018");
    QVERIFY(!instance.isEmpty());
    m_resources["WADO-RS instance"] = {"GET", QUrl(seriesPath + "/instances/" + instance), kMultipart, {}};
    m_resources["WADO-RS series"] = {"GET", QUrl(seriesPath), kMultipart, {}};
    // A read-only POST with a body (Orthanc's REST API, same host and port);
    // the large one is mostly JSON whitespace, bigger than the proxy's buffers.
    QUrl find = m_profile.dicomWebRoot;
    find.setPath("/tools/find");
    const QByteArray query = R"({"Level": "Study", "Query": {}})";
    m_resources["POST small"] = {"POST", find, "application/json", query};
    m_resources["POST 3 MiB"] = {"POST", find, "application/json", query + QByteArray(3 << 20, ' ')};

    for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
      const Fetched f = direct(it.key());
      QVERIFY2(f.finished && f.error == QNetworkReply::NoError && f.status == 200, qPrintable(it.key()));
      QVERIFY(!f.body.isEmpty());
      if (it->accept == kMultipart) QVERIFY2(endsWithCloseDelimiter(f), qPrintable(it.key()));
      m_direct[it.key()] = f;
    }
    // The two ways Orthanc frames a body, both of which the faults must handle.
    QVERIFY(m_direct["WADO-RS instance"].hasContentLength);
    QVERIFY(!m_direct["WADO-RS series"].hasContentLength);
    qInfo("instance %lld bytes, series %lld bytes", qint64(m_direct["WADO-RS instance"].body.size()),
          qint64(m_direct["WADO-RS series"].body.size()));
  }

  void refusesAnUpstreamOffLoopback() {
    FaultProxy proxy(QUrl("http://192.0.2.1:8042"));
    QTest::ignoreMessage(QtWarningMsg, "FaultProxy: upstream must be plain http on a loopback address");
    QVERIFY(!proxy.listen());
  }

  void passesThroughUnchanged_data() { addResourceRows(m_resources.keys()); }
  void passesThroughUnchanged() {
    QFETCH(QString, resource);
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    QVERIFY(proxy.port() != 0);
    QVERIFY(proxy.port() != m_profile.dicomWebRoot.port());
    verifySameAsDirect(through(proxy, resource), resource);
    QCOMPARE(proxy.requestsSeen(), 1);
    QCOMPARE(proxy.faultsInjected(), 0);
    const Resource& r = m_resources[resource];
    QCOMPARE(proxy.requestLines(), QStringList{QString::fromLatin1(r.verb) + ' ' + requestTarget(r.url)});
  }

  void answer503_data() { addResourceRows({"QIDO studies", "WADO-RS instance", "POST 3 MiB"}); }
  void answer503() {
    QFETCH(QString, resource);
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.answer503(1);
    const Fetched refused = through(proxy, resource);
    QVERIFY(refused.finished);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.error, QNetworkReply::ServiceUnavailableError);
    QVERIFY(refused.body.isEmpty());
    QCOMPARE(proxy.faultsInjected(), 1);
    verifySameAsDirect(through(proxy, resource), resource);  // only once
    QCOMPARE(proxy.requestsSeen(), 2);
    QCOMPARE(proxy.faultsInjected(), 1);
  }

  void answer503NeverContactsUpstream() {
    QTcpServer probe;  // a port that was free a moment ago and now has nobody listening
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl nobody = m_profile.dicomWebRoot;
    nobody.setPort(probe.serverPort());
    probe.close();
    FaultProxy proxy(nobody);
    QVERIFY(proxy.listen());
    proxy.answer503(1);
    const Resource& r = m_resources["QIDO studies"];
    QCOMPARE(fetch(r, proxy.rewrite(r.url)).status, 503);
    QCOMPARE(fetch(r, proxy.rewrite(r.url)).status, 502);  // this one did try the upstream
  }

  void dropMidBody_data() {
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::newRow("QIDO studies (Content-Length)") << "QIDO studies" << QNetworkReply::RemoteHostClosedError;
    QTest::newRow("WADO-RS instance (Content-Length)") << "WADO-RS instance" << QNetworkReply::RemoteHostClosedError;
    // Without a length the close is the end of the body: only the missing
    // multipart close delimiter tells the client (as with Orthanc directly).
    QTest::newRow("WADO-RS series (until close)") << "WADO-RS series" << QNetworkReply::NoError;
  }
  void dropMidBody() {
    QFETCH(QString, resource);
    QFETCH(QNetworkReply::NetworkError, error);
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.dropMidBody(1);
    const Fetched dropped = through(proxy, resource);
    QVERIFY(dropped.finished);
    QCOMPARE(dropped.status, 200);
    QCOMPARE(dropped.error, error);
    verifyTruncated(dropped, m_direct[resource]);
    if (QTest::currentTestFailed()) return;
    QVERIFY(!dropped.body.isEmpty());  // the cut is in the body, not before it
    if (m_resources[resource].accept == kMultipart) QVERIFY(!endsWithCloseDelimiter(dropped));
    QCOMPARE(proxy.faultsInjected(), 1);
    verifySameAsDirect(through(proxy, resource), resource);
  }

  void stall_data() {
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("stallMs");
    QTest::addColumn<int>("transferTimeoutMs");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    // The client gives up first. Its timeout also covers the wait for the
    // first byte, hence wide margins for a loaded machine.
    QTest::newRow("WADO-RS instance, client times out")
        << "WADO-RS instance" << 6000 << 1500 << QNetworkReply::OperationCanceledError;
    QTest::newRow("WADO-RS series, client times out")
        << "WADO-RS series" << 6000 << 1500 << QNetworkReply::OperationCanceledError;
    // The client waits: the proxy closes after the stall, short of the length.
    QTest::newRow("WADO-RS instance, proxy closes after the stall")
        << "WADO-RS instance" << 1500 << 15000 << QNetworkReply::RemoteHostClosedError;
  }
  void stall() {
    QFETCH(QString, resource);
    QFETCH(int, stallMs);
    QFETCH(int, transferTimeoutMs);
    QFETCH(QNetworkReply::NetworkError, error);
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.stall(1, stallMs);
    QElapsedTimer clock;
    clock.start();
    const Fetched stalled = through(proxy, resource, transferTimeoutMs);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(stalled.finished);
    QCOMPARE(stalled.error, error);
    verifyTruncated(stalled, m_direct[resource]);
    if (QTest::currentTestFailed()) return;
    QVERIFY(!stalled.body.isEmpty());
    QCOMPARE(proxy.faultsInjected(), 1);
    // A loose lower bound only (Qt's coarse timers fire up to 5 % early):
    // whatever ended the reply came after a silence, not at once.
    QVERIFY2(elapsed >= qMin(transferTimeoutMs, stallMs) / 2, qPrintable(QString::number(elapsed)));
    verifySameAsDirect(through(proxy, resource), resource);
  }

  void cutMultipartBoundary_data() {
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::newRow("WADO-RS instance (Content-Length)") << "WADO-RS instance" << QNetworkReply::RemoteHostClosedError;
    // A clean close: only the incomplete delimiter tells.
    QTest::newRow("WADO-RS series (until close)") << "WADO-RS series" << QNetworkReply::NoError;
  }
  void cutMultipartBoundary() {
    QFETCH(QString, resource);
    QFETCH(QNetworkReply::NetworkError, error);
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.cutMultipartBoundary(1);
    const Fetched cut = through(proxy, resource);
    QVERIFY(cut.finished);
    QCOMPARE(cut.status, 200);
    QCOMPARE(cut.error, error);
    verifyTruncated(cut, m_direct[resource]);
    if (QTest::currentTestFailed()) return;
    QCOMPARE(cut.body.size(), m_direct[resource].body.size() - 10);
    QVERIFY(!endsWithCloseDelimiter(cut));
    QCOMPARE(proxy.faultsInjected(), 1);
    verifySameAsDirect(through(proxy, resource), resource);
  }

  void faultsFollowPathAndCount() {
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.answer503(2, "/series");
    QCOMPARE(through(proxy, "QIDO studies").status, 200);  // path does not match
    QCOMPARE(through(proxy, "QIDO series").status, 503);
    QCOMPARE(through(proxy, "QIDO instances").status, 503);
    verifySameAsDirect(through(proxy, "QIDO series"), "QIDO series");  // used up
    if (QTest::currentTestFailed()) return;
    QCOMPARE(proxy.requestsSeen(), 4);
    QCOMPARE(proxy.faultsInjected(), 2);

    proxy.dropMidBody(3);
    proxy.clearFaults();
    verifySameAsDirect(through(proxy, "WADO-RS instance"), "WADO-RS instance");
    QCOMPARE(proxy.faultsInjected(), 2);
  }

  void recordsRequests() {
    FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.stall(1, 100, "/instances/");  // recorded even when the answer is faulty
    for (const char* name : {"QIDO studies", "WADO-RS instance", "WADO-RS series"}) through(proxy, name);
    QCOMPARE(proxy.requestHeaders("Accept"), (QList<QByteArray>{kJson, kMultipart, kMultipart}));
    QCOMPARE(proxy.requestHeaders("accept"), proxy.requestHeaders("Accept"));
    QCOMPARE(proxy.requestHeaders("Authorization").size(), 3);
    QVERIFY(proxy.requestHeaders("X-Not-Sent").isEmpty());
    QCOMPARE(proxy.requestLines(), (QStringList{"GET " + requestTarget(m_resources["QIDO studies"].url),
                                                "GET " + requestTarget(m_resources["WADO-RS instance"].url),
                                                "GET " + requestTarget(m_resources["WADO-RS series"].url)}));
    QCOMPARE(proxy.faultsInjected(), 1);
  }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "test_fault_proxy.moc"
