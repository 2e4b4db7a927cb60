// QIDO-RS and WADO-RS against the private Orthanc of this test run, seeded
// with the demo studies made from the real CT.

#include "cloudclient/DicomWebClient.h"
#include "viewer/DecodedImage.h"

#include <QTest>
#include <QTcpServer>

using namespace yunyue;

namespace {

ServerProfile testCloud() {
  CloudError error;
  const ServerProfile p = ServerProfile::fromCloudFile(qEnvironmentVariable("YUNYUE_TEST_CLOUD"), &error);
  if (error.isError()) qFatal("test cloud profile: %s", qPrintable(error.detail));
  return p;
}

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

}  // namespace

class TestDicomWebClient : public QObject {
  Q_OBJECT
  ServerProfile m_profile = testCloud();

  QList<StudyRecord> studies(const StudyQuery& query, ServerProfile profile = {}) {
    DicomWebClient client(profile.isComplete() ? profile : m_profile);
    Answer<StudyRecord> a;
    client.searchStudies(query, a.callback());
    [&] { QTRY_VERIFY_WITH_TIMEOUT(a.done, 20000); }();
    if (a.error.isError()) qWarning() << a.error.message << a.error.detail;
    return a.records;
  }

 private slots:
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
};

QTEST_GUILESS_MAIN(TestDicomWebClient)
#include "test_dicomweb_client.moc"
