#include "cloudclient/MultipartRelated.h"

#include <QTest>

using namespace yunyue;

class TestMultipart : public QObject {
  Q_OBJECT
 private slots:
  void boundary_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    QTest::newRow("plain") << QByteArray("multipart/related; type=\"application/dicom\"; boundary=abc123") << QByteArray("abc123");
    QTest::newRow("quoted first") << QByteArray("multipart/related;boundary=\"x y\";type=application/dicom") << QByteArray("x y");
    QTest::newRow("none") << QByteArray("application/dicom") << QByteArray();
  }
  void boundary() {
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(multipartBoundary(contentType), boundary);
  }

  void twoParts() {
    // Part bodies may contain CRLF and text that looks like a delimiter prefix.
    const QByteArray a("DICM\r\n--b\x00\x01", 10);
    const QByteArray b = "second\r\n\r\npart";
    const QByteArray body = "--bnd\r\nContent-Type: application/dicom\r\n\r\n" + a + "\r\n--bnd\r\n"
                            "Content-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.4.80\r\n\r\n" + b +
                            "\r\n--bnd--\r\n";
    QList<MultipartPart> parts;
    CloudError error;
    QVERIFY(parseMultipartRelated("multipart/related; type=\"application/dicom\"; boundary=bnd", body, &parts, &error));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0].body, a);
    QCOMPARE(parts[1].body, b);
    QCOMPARE(parts[1].contentType, QByteArray("application/dicom; transfer-syntax=1.2.840.10008.1.2.4.80"));
  }

  void truncatedIsAnError() {
    const QByteArray body = "--bnd\r\nContent-Type: application/dicom\r\n\r\nDICM-partial-data";
    QList<MultipartPart> parts;
    CloudError error;
    QVERIFY(!parseMultipartRelated("multipart/related; boundary=bnd", body, &parts, &error));
    QCOMPARE(error.code, CloudErrorCode::MalformedResponse);
  }

  void wrongContentType() {
    QList<MultipartPart> parts;
    CloudError error;
    QVERIFY(!parseMultipartRelated("application/json", "[]", &parts, &error));
    QCOMPARE(error.code, CloudErrorCode::MalformedResponse);
  }
};

QTEST_GUILESS_MAIN(TestMultipart)
#include "test_multipart.moc"
