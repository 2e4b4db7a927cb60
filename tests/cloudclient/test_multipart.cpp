#include "cloudclient/MultipartRelated.h"
#include "cloudclient/MultipartStream.h"

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

  // The stream parser gets the body in network chunks: every split point of
  // the body (delimiters, CRLFs and headers cut in two) gives the same parts.
  void streamSplitAnywhere_data() {
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 7, 13, 64, 100000}) QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
  }
  void streamSplitAnywhere() {
    QFETCH(int, chunk);
    QByteArray a(3000, '\0');
    for (int i = 0; i < a.size(); ++i) a[i] = char(i * 7);
    a.replace(100, 8, "\r\n--bn!");  // starts like a delimiter, is not one
    const QByteArray b = "\r\n--bn";   // a body ending in a delimiter prefix
    const QByteArray body = "preamble\r\n--bnd\r\nContent-Type: application/dicom\r\n\r\n" + a +
                            "\r\n--bnd  \r\nContent-Type: application/dicom\r\n\r\n" + b + "\r\n--bnd--\r\nepilogue";
    for (int offset = 0; offset < std::min<int>(chunk, 40); ++offset) {
      QList<QByteArray> bodies;
      int ended = 0;
      MultipartStreamParser parser("bnd", {[&](const QByteArray& h) { bodies << QByteArray(); return h.contains("dicom"); },
                                           [&](QByteArrayView d) { bodies.last().append(d.data(), d.size()); return true; },
                                           [&] { ++ended; return true; }});
      QVERIFY(parser.feed(QByteArrayView(body).first(offset)));
      for (qsizetype at = offset; at < body.size(); at += chunk) {
        QVERIFY2(parser.feed(QByteArrayView(body).sliced(at, std::min<qsizetype>(chunk, body.size() - at))),
                 qPrintable(parser.error()));
        // Memory stays bounded by the delimiter, not by the part.
        QVERIFY(parser.bufferedBytes() < chunk + 64);
      }
      QVERIFY(parser.isComplete());
      QCOMPARE(bodies.size(), 2);
      QCOMPARE(ended, 2);
      QCOMPARE(bodies[0], a);
      QCOMPARE(bodies[1], b);
    }
  }

  void streamTruncatedIsNotComplete() {
    const QByteArray body = "--bnd\r\nContent-Type: application/dicom\r\n\r\nDICM data\r\n--bnd-";
    MultipartStreamParser parser("bnd", {});
    QVERIFY(parser.feed(body));
    QVERIFY(!parser.isComplete());
  }

  void streamRefusalStops() {
    const QByteArray body = "--bnd\r\nContent-Type: application/dicom\r\n\r\n" + QByteArray(500, 'x') + "\r\n--bnd--";
    MultipartStreamParser parser("bnd", {{}, [](QByteArrayView) { return false; }, {}});
    QVERIFY(!parser.feed(body));
    QVERIFY(!parser.error().isEmpty());
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
