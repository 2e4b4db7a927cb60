// A DERIVED thin series of the demo CT, through the real archive: STOW-RS
// stores all of it, QIDO lists it in the demo study, and the test deletes
// that one series again (Orthanc REST) so the demo study stays as the other
// tests count it.

#include "cloudclient/DicomWebClient.h"
#include "tests/cloudclient/ArchiveAdmin.h"
#include "viewer/DerivedSeriesWriter.h"
#include "viewer/ThinSliceReconstruction.h"
#include "viewer/VolumeLoader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace yunyue;

namespace {

// Deletes the series with this SeriesInstanceUID through Orthanc's REST API
// (POST /tools/lookup, DELETE /series/{id}); the connection file is the one
// ArchiveAdmin reads.
bool deleteSeries(const QString& seriesUid) {
  QSettings ini(qEnvironmentVariable("YUNYUE_TEST_CLOUD"), QSettings::IniFormat);
  const QString rest = ini.value("cloud/rest").toString();
  const QByteArray authorization =
      "Basic " +
      (ini.value("cloud/user").toString() + ':' + ini.value("cloud/password").toString()).toUtf8().toBase64();
  QNetworkAccessManager network;
  auto call = [&](const QString& path, const QByteArray& verb, const QByteArray& body) {
    QNetworkRequest r(QUrl(rest + path));
    r.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
    r.setRawHeader("Authorization", authorization);
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(r, verb, body));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 30000)) qWarning() << "no answer from" << r.url();
    return reply;
  };
  const auto found = call(QStringLiteral("/tools/lookup"), "POST", seriesUid.toLatin1());
  bool deleted = false;
  for (const QJsonValue v : QJsonDocument::fromJson(found->readAll()).array())
    if (v["Type"].toString() == QLatin1String("Series")) {
      const auto gone = call(QStringLiteral("/series/") + v["ID"].toString(), "DELETE", {});
      deleted = gone->isFinished() && gone->error() == QNetworkReply::NoError;
      if (!deleted) qWarning() << "cannot delete the uploaded series:" << gone->errorString();
    }
  return deleted;
}

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

}  // namespace

class TestDerivedUpload : public QObject {
  Q_OBJECT
  QString m_uploadedSeries;

 private slots:
  void storeThinSeries() {
    const QDir dir(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1");
    QStringList files;
    for (const QString& name : dir.entryList({"*.dcm"}, QDir::Files, QDir::Name)) files << dir.filePath(name);
    QCOMPARE(files.size(), 108);
    const VolumeLoadOutcome ct = loadVolume(files);
    QVERIFY2(ct.ok(), qPrintable(ct.error.detail));

    // 20 thin axial slices, 0.75 mm apart, around the middle of the head.
    ThinSliceRequest request;
    request.rowDirection = ct.volume.geometry().rowDirection();
    request.columnDirection = ct.volume.geometry().columnDirection();
    request.sliceSpacingMm = 0.75;
    request.sliceThicknessMm = 0.75;
    request.slices = 20;
    request.interpolation = ThinSliceInterpolation::BSpline;
    const ThinSliceResult thin = reconstructThinSlices(ct.volume, request);
    QVERIFY2(thin.ok(), qPrintable(thin.error.detail));
    QCOMPARE(thin.volume.geometry().size.z(), 20);

    DerivedSeriesOptions options;
    options.sourceFile = files.first();
    options.seriesDescription = QStringLiteral("Thin axial 0.75 mm");
    options.derivationDescription = QStringLiteral("Thin-slice reconstruction, cubic B-spline, 0.75 mm");
    options.windowCenter = ct.windowCenter;
    options.windowWidth = ct.windowWidth;
    const DerivedSeries derived = encodeDerivedSeries(thin.volume, options);
    QVERIFY2(derived.ok(), qPrintable(derived.error.detail));
    QCOMPARE(derived.files.size(), 20);

    DicomWebClient client(test::testCloudProfile());
    const QList<SeriesRecord> before = seriesOf(client, derived.studyInstanceUid);
    QVERIFY(!before.isEmpty());  // the demo study is there
    QVERIFY(!find(before, derived.seriesInstanceUid));

    bool done = false;
    StoreResult stored;
    CloudError error;
    m_uploadedSeries = derived.seriesInstanceUid;  // delete it whatever happens next
    client.storeInstances(derived.files, [&](StoreResult r, CloudError e) {
      stored = r;
      error = e;
      done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(stored.allStored());
    QCOMPARE(stored.httpStatus, 200);
    QCOMPARE(stored.storedSopInstanceUids().size(), 20);
    for (const QString& uid : derived.sopInstanceUids) QVERIFY(stored.storedSopInstanceUids().contains(uid));

    const QList<SeriesRecord> after = seriesOf(client, derived.studyInstanceUid);
    QCOMPARE(after.size(), before.size() + 1);
    const SeriesRecord* mine = find(after, derived.seriesInstanceUid);
    QVERIFY(mine);
    QCOMPARE(mine->numberOfInstances, 20);
    QCOMPARE(mine->modality, QStringLiteral("CT"));
    QCOMPARE(mine->seriesDescription, options.seriesDescription);

    QVERIFY(deleteSeries(m_uploadedSeries));
    m_uploadedSeries.clear();
    const QList<SeriesRecord> restored = seriesOf(client, derived.studyInstanceUid);
    QCOMPARE(restored.size(), before.size());
    QVERIFY(!find(restored, derived.seriesInstanceUid));
  }

  void cleanupTestCase() {
    if (!m_uploadedSeries.isEmpty()) deleteSeries(m_uploadedSeries);
  }
};

QTEST_GUILESS_MAIN(TestDerivedUpload)
#include "test_derived_upload.moc"
