// Measurements on in-memory phantoms whose values are analytic functions of
// the patient position, in axial, sagittal and double-oblique acquisitions
// with anisotropic voxels, measured on oblique planes with anisotropic
// pixels: distances, angles and areas must be the patient's, and values the
// volume's.

#include "viewer/Measurements.h"

#include <QTest>

#include <Eigen/Geometry>
#include <cmath>
#include <vector>

using namespace yunyue;
using Eigen::Vector2d;
using Eigen::Vector3d;
using Eigen::Vector3i;

namespace {

constexpr double kPi = 3.14159265358979323846;
const Vector3d kCentre(12.0, -25.0, 40.0);
const Vector3d kGradient(3.0, -2.0, 1.5);  // HU per mm of the ramp phantom

double ramp(const Vector3d& p) { return 20.0 + kGradient.dot(p - kCentre); }

// Acquisitions: row and column directions (ImageOrientationPatient), spacing.
ImageGeometry acquisition(int which) {
  Eigen::Matrix3d d = Eigen::Matrix3d::Identity();
  if (which == 1) {  // sagittal: rows towards posterior, columns towards the feet
    d.col(0) = Vector3d(0, 1, 0);
    d.col(1) = Vector3d(0, 0, -1);
  } else if (which == 2) {  // double oblique
    const Eigen::Matrix3d r = (Eigen::AngleAxisd(0.45, Vector3d(1, 1, 0).normalized()) *
                               Eigen::AngleAxisd(0.30, Vector3d(0, 0, 1)))
                                  .toRotationMatrix();
    d.col(0) = r.col(0);
    d.col(1) = r.col(1);
  }
  d.col(2) = d.col(0).cross(d.col(1));
  ImageGeometry g;
  g.direction = d;
  g.spacing = Vector3d(0.7, 0.9, 2.5);
  g.size = Vector3i(64, 56, 22);
  const Vector3d half = 0.5 * g.spacing.cwiseProduct((g.size - Vector3i::Ones()).cast<double>());
  g.origin = kCentre - d * half;
  return g;
}

template <typename F>
Volume phantom(const ImageGeometry& g, F f) {
  Volume v(g);
  for (int k = 0; k < g.size.z(); ++k)
    for (int j = 0; j < g.size.y(); ++j)
      for (int i = 0; i < g.size.x(); ++i)
        v.data()[size_t(i) + size_t(g.size.x()) * (size_t(j) + size_t(g.size.y()) * size_t(k))] =
            float(f(g.indexToPatient(Vector3d(i, j, k))));
  return v;
}

// An oblique plane (not aligned with any acquisition) with anisotropic
// pixels, centred on kCentre at pixel (32, 32).
ReslicePlane obliquePlane() {
  const Eigen::Matrix3d r = (Eigen::AngleAxisd(0.6, Vector3d(0.2, 1, 0.3).normalized())).toRotationMatrix();
  ReslicePlane p;
  p.rowDirection = r.col(0);
  p.columnDirection = r.col(1);
  p.spacing = Vector2d(0.55, 0.8);
  p.columns = p.rows = 65;
  p.origin = kCentre - 32 * p.spacing.x() * p.rowDirection - 32 * p.spacing.y() * p.columnDirection;
  return p;
}

void addAcquisitions() {
  QTest::newRow("axial") << 0;
  QTest::newRow("sagittal") << 1;
  QTest::newRow("double-oblique") << 2;
}

}  // namespace

class TestMeasurements : public QObject {
  Q_OBJECT

 private slots:
  void distanceOnObliquePlane_data() {
    QTest::addColumn<QList<double>>("ab");  // a then b, LPS mm
    QTest::newRow("along x") << QList<double>{0, 0, 0, 37.5, 0, 0};
    QTest::newRow("3d diagonal") << QList<double>{-3, 4, -12, 9, -11, 25};
    QTest::newRow("short sub-mm") << QList<double>{1.2, 2.3, 3.4, 1.5, 2.1, 3.9};
  }
  void distanceOnObliquePlane() {
    QFETCH(QList<double>, ab);
    const Vector3d a(ab[0], ab[1], ab[2]), b(ab[3], ab[4], ab[5]);
    // A double-oblique plane containing both points, with anisotropic pixels.
    const Vector3d d = (b - a).normalized();
    const Vector3d n = d.cross(Vector3d(0.3, 0.5, 0.8).normalized()).normalized();
    ReslicePlane plane;
    plane.rowDirection = Eigen::AngleAxisd(0.7, n) * d;
    plane.columnDirection = n.cross(plane.rowDirection);
    plane.spacing = Vector2d(0.6, 1.3);
    plane.columns = plane.rows = 100;
    plane.origin = a - 20 * plane.rowDirection - 30 * plane.columnDirection;
    QVERIFY(std::abs(plane.distanceTo(b)) < 1e-9);
    const std::vector<Vector2d> px = toPlanePixels(plane, {a, b});
    QVERIFY(std::abs(px[0].x() - std::round(px[0].x())) > 1e-6);  // sub-pixel coordinates
    QVERIFY(std::abs(distanceMm(plane, px[0], px[1]) - (b - a).norm()) < 1e-9);
    QVERIFY(std::abs(distanceMm(a, b) - (b - a).norm()) < 1e-12);
  }

  void angleOfKnownTriangle_data() {
    QTest::addColumn<double>("degrees");
    QTest::newRow("acute 30") << 30.0;
    QTest::newRow("right") << 90.0;
    QTest::newRow("obtuse 137.5") << 137.5;
    QTest::newRow("nearly straight 179.9") << 179.9;
  }
  void angleOfKnownTriangle() {
    QFETCH(double, degrees);
    const ReslicePlane plane = obliquePlane();
    const Vector3d vertex = plane.pixelToPatient(30.3, 28.7);
    const Vector3d u = (plane.rowDirection + 0.4 * plane.columnDirection).normalized();
    const Vector3d w = plane.normal().cross(u);
    const double t = degrees * kPi / 180;
    const Vector3d a = vertex + 14.0 * u;
    const Vector3d b = vertex + 9.0 * (std::cos(t) * u + std::sin(t) * w);
    const std::vector<Vector2d> px = toPlanePixels(plane, {a, vertex, b});
    QVERIFY(std::abs(angleDegrees(plane, px[0], px[1], px[2]) - degrees) < 1e-9);
    QVERIFY(std::abs(angleDegrees(a, vertex, b) - degrees) < 1e-9);
  }

  void probeReturnsLinearFunction_data() {
    QTest::addColumn<int>("which");
    addAcquisitions();
  }
  void probeReturnsLinearFunction() {
    QFETCH(int, which);
    const ImageGeometry g = acquisition(which);
    const Volume v = phantom(g, ramp);
    for (const Vector3d& offset : {Vector3d(0, 0, 0), Vector3d(3.3, -4.1, 2.2), Vector3d(-9.7, 6.05, -10.3)}) {
      const PointProbe p = probe(v, kCentre + offset);
      QVERIFY(p.inside);
      QVERIFY2(std::abs(p.value - ramp(kCentre + offset)) < 2e-3, qPrintable(QString::number(p.value)));
    }
    QVERIFY(!probe(v, kCentre + Vector3d(500, 0, 0)).inside);
  }

  void ellipseOnConstantRegion_data() {
    QTest::addColumn<int>("which");
    addAcquisitions();
  }
  void ellipseOnConstantRegion() {
    QFETCH(int, which);
    // A 40 HU sphere (radius 14 mm) in -1000 HU air; the ROI stays 4 mm clear of its edge.
    const Volume v = phantom(acquisition(which), [](const Vector3d& p) { return (p - kCentre).norm() < 14 ? 40.0 : -1000.0; });
    const ReslicePlane plane = obliquePlane();
    const Vector2d semi(10.0 / 0.55, 7.0 / 0.8);  // 10 mm x 7 mm
    const RoiStatistics s = ellipseRoi(v, plane, Vector2d(32, 32), semi);
    QVERIFY(std::abs(s.areaMm2 - kPi * 10 * 7) < 1e-9);
    // Interpolating between equal voxels may move the last float bit only.
    QVERIFY(std::abs(s.mean - 40) < 1e-4);
    QVERIFY(s.standardDeviation < 1e-4);
    QVERIFY(std::abs(s.minimum - 40) < 1e-4 && std::abs(s.maximum - 40) < 1e-4);
    // The count of pixel centres is the area in pixels, to within the outline's pixels.
    const double pixelArea = plane.spacing.x() * plane.spacing.y();
    const double perimeterPixels = 2 * kPi * std::sqrt(0.5 * (semi.x() * semi.x() + semi.y() * semi.y()));
    QVERIFY2(std::abs(s.pixelCount - s.areaMm2 / pixelArea) < 0.5 * perimeterPixels,
             qPrintable(QStringLiteral("%1 pixels for %2").arg(s.pixelCount).arg(s.areaMm2 / pixelArea)));
  }

  void ellipseOnRamp_data() {
    QTest::addColumn<int>("which");
    QTest::addColumn<double>("centreColumn");
    QTest::addColumn<double>("centreRow");
    for (int which = 0; which < 3; ++which) {
      const char* names[] = {"axial", "sagittal", "double-oblique"};
      QTest::addRow("%s, on a pixel centre", names[which]) << which << 32.0 << 32.0;
      QTest::addRow("%s, between pixels", names[which]) << which << 30.5 << 34.5;
    }
  }
  void ellipseOnRamp() {
    QFETCH(int, which);
    QFETCH(double, centreColumn);
    QFETCH(double, centreRow);
    const Vector2d centre(centreColumn, centreRow);
    const Volume v = phantom(acquisition(which), ramp);
    const ReslicePlane plane = obliquePlane();
    const double a = 9.0 / 0.55, b = 6.0 / 0.8;  // 9 mm x 6 mm
    const RoiStatistics s = ellipseRoi(v, plane, centre, Vector2d(a, b));
    // The pixel set is symmetric about the centre, so its mean is the ramp there.
    const double atCentre = ramp(plane.pixelToPatient(centre.x(), centre.y()));
    QVERIFY2(std::abs(s.mean - atCentre) < 1e-3, qPrintable(QStringLiteral("%1 vs %2").arg(s.mean).arg(atCentre)));
    // Extremes of a linear function over the ellipse, and its SD (a^2/4 per axis).
    const double gu = kGradient.dot(plane.rowDirection) * 9.0, gv = kGradient.dot(plane.columnDirection) * 6.0;
    const double reach = std::hypot(gu, gv);
    const double pixelStep = kGradient.norm() * plane.spacing.norm();
    QVERIFY(s.maximum <= atCentre + reach + 1e-3 && s.maximum >= atCentre + reach - pixelStep);
    QVERIFY(s.minimum >= atCentre - reach - 1e-3 && s.minimum <= atCentre - reach + pixelStep);
    const double sd = 0.5 * reach;
    QVERIFY2(std::abs(s.standardDeviation - sd) < 0.05 * sd,
             qPrintable(QStringLiteral("SD %1 vs %2").arg(s.standardDeviation).arg(sd)));
  }

  void polygonAreaAndRamp_data() {
    QTest::addColumn<int>("which");
    addAcquisitions();
  }
  void polygonAreaAndRamp() {
    QFETCH(int, which);
    const Volume v = phantom(acquisition(which), ramp);
    const ReslicePlane plane = obliquePlane();
    // A triangle given in patient mm on the plane: its area is half |AB x AC|.
    const Vector3d a = kCentre + 8.0 * plane.rowDirection - 5.0 * plane.columnDirection;
    const Vector3d b = kCentre - 7.0 * plane.rowDirection - 3.5 * plane.columnDirection;
    const Vector3d c = kCentre + 1.0 * plane.rowDirection + 9.0 * plane.columnDirection;
    const std::vector<Vector2d> px = toPlanePixels(plane, {a, b, c});
    const RoiStatistics s = polygonRoi(v, plane, px);
    const double area = 0.5 * (b - a).cross(c - a).norm();
    QVERIFY2(std::abs(s.areaMm2 - area) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(s.areaMm2).arg(area)));
    // Mean is the ramp at the centroid, to within the pixel set's offset from it.
    const double atCentroid = ramp((a + b + c) / 3);
    QVERIFY2(std::abs(s.mean - atCentroid) < 0.5 * kGradient.norm() * plane.spacing.maxCoeff(),
             qPrintable(QStringLiteral("%1 vs %2").arg(s.mean).arg(atCentroid)));
    const double lo = std::min({ramp(a), ramp(b), ramp(c)}), hi = std::max({ramp(a), ramp(b), ramp(c)});
    const double pixelStep = kGradient.norm() * plane.spacing.norm();
    QVERIFY(s.minimum >= lo - 1e-3 && s.minimum <= lo + 2 * pixelStep);
    QVERIFY(s.maximum <= hi + 1e-3 && s.maximum >= hi - 2 * pixelStep);
    const double pixelArea = plane.spacing.x() * plane.spacing.y();
    QVERIFY(std::abs(s.pixelCount * pixelArea - area) < 0.1 * area);

    // Two halves of a square share their diagonal: every pixel is counted once.
    const std::vector<Vector2d> square{{20, 20}, {44, 20}, {44, 44}, {20, 44}};
    const RoiStatistics whole = polygonRoi(v, plane, square);
    const RoiStatistics upper = polygonRoi(v, plane, {square[0], square[1], square[2]});
    const RoiStatistics lower = polygonRoi(v, plane, {square[0], square[2], square[3]});
    QCOMPARE(upper.pixelCount + lower.pixelCount, whole.pixelCount);
    QVERIFY(std::abs(whole.areaMm2 - 24 * 24 * pixelArea) < 1e-9);
    QVERIFY(std::abs(whole.mean - ramp(plane.pixelToPatient(32, 32))) < 0.5 * kGradient.norm() * plane.spacing.maxCoeff());
  }

  void roiOutsideTheVolume() {
    const Volume v = phantom(acquisition(0), ramp);
    ReslicePlane plane = obliquePlane().translated(Vector3d(400, 0, 0));
    const RoiStatistics s = ellipseRoi(v, plane, Vector2d(32, 32), Vector2d(5, 5));
    QCOMPARE(s.pixelCount, 0);
    QVERIFY(s.areaMm2 > 0);
  }
};

QTEST_GUILESS_MAIN(TestMeasurements)
#include "test_measurements.moc"
