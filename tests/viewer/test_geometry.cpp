#include "viewer/Geometry.h"

#include <QTest>

using yunyue::ImageGeometry;
using yunyue::orientationLabel;

class TestGeometry : public QObject {
  Q_OBJECT
 private slots:
  void axialIndexToPatient() {
    // Axial CT: rows run anterior→posterior, columns right→left.
    const double iop[6] = {1, 0, 0, 0, 1, 0};
    const ImageGeometry g = ImageGeometry::fromDicom({-122.5, -130.0, 40.0}, iop, 0.8, 0.7, 512, 400, 1.5, 100);
    QCOMPARE(g.size, Eigen::Vector3i(400, 512, 100));
    QVERIFY(g.indexToPatient({0, 0, 0}).isApprox(Eigen::Vector3d(-122.5, -130.0, 40.0)));
    // column index i moves along x by column spacing (PixelSpacing[1]), row j along y by PixelSpacing[0]
    QVERIFY(g.indexToPatient({10, 0, 0}).isApprox(Eigen::Vector3d(-115.5, -130.0, 40.0)));
    QVERIFY(g.indexToPatient({0, 10, 0}).isApprox(Eigen::Vector3d(-122.5, -122.0, 40.0)));
    QVERIFY(g.indexToPatient({0, 0, 2}).isApprox(Eigen::Vector3d(-122.5, -130.0, 43.0)));
  }

  void roundTrip_data() {
    QTest::addColumn<QVector<double>>("iop");
    QTest::newRow("axial") << QVector<double>{1, 0, 0, 0, 1, 0};
    QTest::newRow("coronal") << QVector<double>{1, 0, 0, 0, 0, -1};
    QTest::newRow("sagittal") << QVector<double>{0, 1, 0, 0, 0, -1};
    const double c = std::cos(0.3), s = std::sin(0.3);
    QTest::newRow("double-oblique") << QVector<double>{c, s, 0, -s * 0.8, c * 0.8, -0.6};
  }
  void roundTrip() {
    QFETCH(QVector<double>, iop);
    const ImageGeometry g = ImageGeometry::fromDicom({12, -7, 300}, iop.constData(), 0.5, 0.6, 256, 256, 2.0, 40);
    for (const Eigen::Vector3d& ijk : {Eigen::Vector3d(0, 0, 0), Eigen::Vector3d(255, 17.5, 39), Eigen::Vector3d(3, 200, 7)}) {
      const Eigen::Vector3d back = g.patientToIndex(g.indexToPatient(ijk));
      QVERIFY2((back - ijk).norm() < 1e-9, qPrintable(QStringLiteral("%1 %2 %3").arg(back.x()).arg(back.y()).arg(back.z())));
    }
    // The slice normal is perpendicular to both in-plane directions.
    QVERIFY(std::abs(g.sliceNormal().dot(g.rowDirection())) < 1e-12);
    QVERIFY(std::abs(g.sliceNormal().dot(g.columnDirection())) < 1e-12);
  }

  void labels_data() {
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::addColumn<double>("z");
    QTest::addColumn<QString>("label");
    QTest::newRow("left") << 1.0 << 0.0 << 0.0 << "L";
    QTest::newRow("right") << -1.0 << 0.0 << 0.0 << "R";
    QTest::newRow("anterior") << 0.0 << -1.0 << 0.0 << "A";
    QTest::newRow("posterior") << 0.0 << 1.0 << 0.0 << "P";
    QTest::newRow("head") << 0.0 << 0.0 << 1.0 << "H";
    QTest::newRow("feet") << 0.0 << 0.0 << -1.0 << "F";
    QTest::newRow("oblique") << 0.8 << 0.0 << -0.6 << "LF";
    QTest::newRow("almost axial") << 0.99 << 0.1 << 0.0 << "L";
  }
  void labels() {
    QFETCH(double, x);
    QFETCH(double, y);
    QFETCH(double, z);
    QFETCH(QString, label);
    QCOMPARE(orientationLabel({x, y, z}), label);
  }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "test_geometry.moc"
