#include "cloudclient/DicomJson.h"
#include "cloudclient/Records.h"

#include <QFile>
#include <QTest>

using namespace yunyue;

class TestDicomJson : public QObject {
  Q_OBJECT
 private slots:
  void studyFromQido() {
    // Shape as Orthanc's DICOMweb plugin and PS3.18 F.2 examples send it.
    QFile file(qEnvironmentVariable("YUNYUE_SOURCE_DIR") + "/tests/cloudclient/data/qido-studies.json");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    QList<DicomJsonDataset> datasets;
    CloudError error;
    QVERIFY(parseDicomJsonArray(body, &datasets, &error));
    QCOMPARE(datasets.size(), 1);
    const StudyRecord s = StudyRecord::fromDataset(datasets.first());
    QCOMPARE(s.patientName.ideographic, QStringLiteral("李^娜"));
    QCOMPARE(s.patientName.display(), QStringLiteral("李娜 (Li Na)"));
    QCOMPARE(s.institutionName, QStringLiteral("青山县人民医院"));
    QCOMPARE(s.modalitiesInStudy, QStringList({"CT", "SR"}));
    QCOMPARE(s.studyDate, QDate(2026, 11, 20));
    QCOMPARE(s.studyTime, QTime(14, 30, 5));
    QCOMPARE(s.numberOfInstances, 108);
    QCOMPARE(s.numberOfSeries, 2);  // IS sent as a string is still a number
    QCOMPARE(s.studyDescription, QString());
    const QList<DicomJsonDataset> refs = datasets.first().sequence(0x00081140);
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first().string(0x00081155), QStringLiteral("1.2.9"));
    QCOMPARE(datasets.first().bulkDataUri(0x7FE00010), QStringLiteral("http://x/bulk/1"));
  }

  void personNameDisplay_data() {
    QTest::addColumn<QString>("alphabetic");
    QTest::addColumn<QString>("ideographic");
    QTest::addColumn<QString>("shown");
    QTest::newRow("chinese only, no groups") << "张伟" << "" << "张伟";
    QTest::newRow("chinese in components") << "张^伟" << "" << "张伟";
    QTest::newRow("both groups") << "Wang^Fang" << "王^芳" << "王芳 (Wang Fang)";
    QTest::newRow("latin") << "Doe^John^^Dr" << "" << "Doe John Dr";
  }
  void personNameDisplay() {
    QFETCH(QString, alphabetic);
    QFETCH(QString, ideographic);
    QFETCH(QString, shown);
    QCOMPARE((PersonName{alphabetic, ideographic, {}}).display(), shown);
  }

  void malformed_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("truncated") << QByteArray("[{\"0020000D\": {\"vr\": \"UI\", \"Value\": [\"1.2");
    QTest::newRow("object not array") << QByteArray("{\"0020000D\": {\"vr\": \"UI\"}}");
    QTest::newRow("bad tag") << QByteArray("[{\"PatientName\": {\"vr\": \"PN\"}}]");
    QTest::newRow("no vr") << QByteArray("[{\"00100010\": {\"Value\": [\"x\"]}}]");
    QTest::newRow("value not array") << QByteArray("[{\"00100020\": {\"vr\": \"LO\", \"Value\": \"x\"}}]");
    QTest::newRow("bad sequence item") << QByteArray("[{\"00081140\": {\"vr\": \"SQ\", \"Value\": [5]}}]");
  }
  void malformed() {
    QFETCH(QByteArray, body);
    QList<DicomJsonDataset> datasets;
    CloudError error;
    QVERIFY(!parseDicomJsonArray(body, &datasets, &error));
    QCOMPARE(error.code, CloudErrorCode::MalformedResponse);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
  }

  void emptyBodyIsNoMatch() {
    QList<DicomJsonDataset> datasets;
    CloudError error;
    QVERIFY(parseDicomJsonArray("", &datasets, &error));
    QVERIFY(datasets.isEmpty());
    QVERIFY(!error.isError());
  }
};

QTEST_GUILESS_MAIN(TestDicomJson)
#include "test_dicom_json.moc"
