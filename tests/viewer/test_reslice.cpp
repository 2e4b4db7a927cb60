// The reslice engine against an independent reference: phantom volumes built
// in memory in several acquisition orientations, sampled on axial, coronal,
// sagittal, oblique and double-oblique planes. The reference below samples in
// double precision, one point at a time, straight from patient coordinates.

#include "viewer/ResliceEngine.h"

#include <QTest>

#include <Eigen/Geometry>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

using namespace yunyue;
using Eigen::Vector2d;
using Eigen::Vector3d;
using Eigen::Vector3i;

Q_DECLARE_METATYPE(yunyue::Interpolation)
Q_DECLARE_METATYPE(yunyue::SlabMode)

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Acquisition {
  const char* name;
  ImageGeometry geometry;
};

// A volume of this size and spacing whose row/column directions are the
// DICOM ImageOrientationPatient, centred on centreLps.
ImageGeometry makeGeometry(const std::array<double, 6>& iop, const Vector3d& spacing,
                           const Vector3i& size, const Vector3d& centreLps) {
  ImageGeometry g;
  const Vector3d row(iop[0], iop[1], iop[2]), column(iop[3], iop[4], iop[5]);
  g.direction.col(0) = row.normalized();
  g.direction.col(1) = column.normalized();
  g.direction.col(2) = row.cross(column).normalized();
  g.spacing = spacing;
  g.size = size;
  g.origin = {0, 0, 0};
  g.origin = centreLps - g.indexToPatient(0.5 * (size.cast<double>() - Vector3d::Ones()));
  return g;
}

const std::vector<Acquisition>& acquisitions() {
  static const std::vector<Acquisition> list = [] {
    const double c = std::cos(0.3), s = std::sin(0.3);
    return std::vector<Acquisition>{
        {"axial CT", makeGeometry({1, 0, 0, 0, 1, 0}, {0.7, 0.7, 1.25}, {56, 52, 36}, {12, -30, 140})},
        {"sagittal MR", makeGeometry({0, 1, 0, 0, 0, -1}, {0.9, 0.8, 2.0}, {44, 46, 20}, {-5, 20, 60})},
        {"double-oblique MR",
         makeGeometry({c, s, 0, -s * 0.8, c * 0.8, -0.6}, {0.6, 0.75, 1.5}, {60, 48, 30}, {3, 4, -50})},
        {"anisotropic CT", makeGeometry({1, 0, 0, 0, 1, 0}, {0.5, 1.0, 3.0}, {80, 40, 16}, {0, 0, 0})},
    };
  }();
  return list;
}

Vector3d volumeCentre(const ImageGeometry& g) {
  return g.indexToPatient(0.5 * (g.size.cast<double>() - Vector3d::Ones()));
}

const char* const kPlaneKinds[] = {"axial", "coronal", "sagittal", "oblique", "double-oblique"};

// The plane of this kind through pointLps, fitted to the volume.
ReslicePlane makePlane(const QString& kind, const ImageGeometry& g, const Vector3d& pointLps) {
  if (kind == "axial") return axialPlane(g, pointLps);
  if (kind == "coronal") return coronalPlane(g, pointLps);
  if (kind == "sagittal") return sagittalPlane(g, pointLps);
  Eigen::Matrix3d r = Eigen::AngleAxisd(30 * kPi / 180, Vector3d::UnitX()).toRotationMatrix();
  if (kind == "double-oblique")
    r = Eigen::AngleAxisd(-35 * kPi / 180, Vector3d(0.2, 0.4, 1).normalized()).toRotationMatrix() * r;
  return fitPlaneToVolume(g, pointLps, r * Vector3d(1, 0, 0), r * Vector3d(0, 1, 0));
}

// A smooth CT-like field plus voxel noise, as a function of the voxel.
float phantomValue(const ImageGeometry& g, int i, int j, int k) {
  const Vector3d p = g.indexToPatient(Vector3d(i, j, k)) - volumeCentre(g);
  const double smooth = 300 * std::sin(0.21 * p.x()) * std::cos(0.17 * p.y()) + 4 * p.z() +
                        200 * std::exp(-p.squaredNorm() / 60.0);
  const unsigned h = unsigned(i) * 73856093u ^ unsigned(j) * 19349663u ^ unsigned(k) * 83492791u;
  return float(smooth + double(h % 1000) / 1000.0 * 40.0 - 20.0);
}

template <class F>
void fill(Volume& v, F value) {
  const Vector3i n = v.geometry().size;
  float* p = v.data();
  for (int k = 0; k < n.z(); ++k)
    for (int j = 0; j < n.y(); ++j)
      for (int i = 0; i < n.x(); ++i) *p++ = value(i, j, k);
}

Volume phantom(const ImageGeometry& g) {
  Volume v(g);
  fill(v, [&](int i, int j, int k) { return phantomValue(g, i, j, k); });
  return v;
}

// --- the reference: one point at a time, in double --------------------------

bool insideIndex(const ImageGeometry& g, const Vector3d& x) {
  for (int a = 0; a < 3; ++a)
    if (x[a] < -0.5 - 1e-5 || x[a] > g.size[a] - 0.5 + 1e-5) return false;
  return true;
}

double voxelClamped(const Volume& v, int i, int j, int k) {
  const Vector3i n = v.geometry().size;
  return v.at(std::clamp(i, 0, n.x() - 1), std::clamp(j, 0, n.y() - 1), std::clamp(k, 0, n.z() - 1));
}

// Catmull-Rom as the piecewise kernel of the distance to the tap.
double catmullRomKernel(double t) {
  t = std::abs(t);
  if (t <= 1) return 1.5 * t * t * t - 2.5 * t * t + 1;
  if (t < 2) return -0.5 * t * t * t + 2.5 * t * t - 4 * t + 2;
  return 0;
}

double referenceSample(const Volume& v, const Vector3d& x, Interpolation interpolation) {
  if (interpolation == Interpolation::Nearest)
    return voxelClamped(v, int(std::floor(x.x() + 0.5)), int(std::floor(x.y() + 0.5)),
                        int(std::floor(x.z() + 0.5)));
  const Vector3i i0(int(std::floor(x.x())), int(std::floor(x.y())), int(std::floor(x.z())));
  double sum = 0;
  if (interpolation == Interpolation::Linear) {
    const Vector3d f = x - i0.cast<double>();
    for (int dz = 0; dz < 2; ++dz)
      for (int dy = 0; dy < 2; ++dy)
        for (int dx = 0; dx < 2; ++dx)
          sum += (dx ? f.x() : 1 - f.x()) * (dy ? f.y() : 1 - f.y()) * (dz ? f.z() : 1 - f.z()) *
                 voxelClamped(v, i0.x() + dx, i0.y() + dy, i0.z() + dz);
    return sum;
  }
  for (int dz = -1; dz <= 2; ++dz)
    for (int dy = -1; dy <= 2; ++dy)
      for (int dx = -1; dx <= 2; ++dx)
        sum += catmullRomKernel(x.x() - (i0.x() + dx)) * catmullRomKernel(x.y() - (i0.y() + dy)) *
               catmullRomKernel(x.z() - (i0.z() + dz)) *
               voxelClamped(v, i0.x() + dx, i0.y() + dy, i0.z() + dz);
  return sum;
}

// Brute force over the same samples as the engine: slabSampling's offsets.
std::vector<double> referenceReslice(const Volume& v, const ReslicePlane& plane,
                                     Interpolation interpolation, const SlabOptions& slab,
                                     double background) {
  const ImageGeometry& g = v.geometry();
  const SlabSampling s = slabSampling(g, slab);
  const Vector3d n = plane.normal();
  std::vector<double> out(size_t(plane.rows) * size_t(plane.columns));
  for (int r = 0; r < plane.rows; ++r)
    for (int c = 0; c < plane.columns; ++c) {
      double acc = 0;
      int count = 0;
      for (int m = 0; m < s.count; ++m) {
        const Vector3d p = plane.pixelToPatient(c, r) + (s.firstOffsetMm + m * s.spacingMm) * n;
        const Vector3d x = g.patientToIndex(p);
        if (!insideIndex(g, x)) continue;
        // A nearest sample within rounding of halfway between two voxels
        // may go either way: leave such pixels out of the comparison.
        if (interpolation == Interpolation::Nearest &&
            ((x.array() - x.array().floor() - 0.5).abs() < 1e-4).any()) {
          count = -1;
          break;
        }
        const double value = referenceSample(v, x, interpolation);
        if (count == 0) acc = value;
        else if (slab.mode == SlabMode::Mip) acc = std::max(acc, value);
        else if (slab.mode == SlabMode::MinIp) acc = std::min(acc, value);
        else acc += value;
        ++count;
      }
      double value = background;
      if (count > 0) value = slab.mode == SlabMode::Average ? acc / count : acc;
      if (count < 0) value = std::numeric_limits<double>::quiet_NaN();
      out[size_t(r) * size_t(plane.columns) + size_t(c)] = value;
    }
  return out;
}

// Largest |engine - reference|, and where.
struct Difference {
  double max = 0;
  int column = -1, row = -1;
  int compared = 0;  // pixels compared
};
Difference compare(const ResliceImage& image, const std::vector<double>& reference) {
  Difference d;
  for (int r = 0; r < image.plane.rows; ++r)
    for (int c = 0; c < image.plane.columns; ++c) {
      const double expected = reference[size_t(r) * size_t(image.plane.columns) + size_t(c)];
      if (std::isnan(expected)) continue;
      ++d.compared;
      const double e = std::abs(image.at(c, r) - expected);
      if (e > d.max) d = {e, c, r, d.compared};
    }
  return d;
}

// Moves the plane within itself so that pointLps falls on a pixel centre.
ReslicePlane centredOnPixel(ReslicePlane plane, const Vector3d& pointLps) {
  const Vector2d uv = plane.patientToPixel(pointLps);
  const Vector2d off(uv.x() - std::round(uv.x()), uv.y() - std::round(uv.y()));
  plane.origin += off.x() * plane.spacing.x() * plane.rowDirection + off.y() * plane.spacing.y() * plane.columnDirection;
  return plane;
}

QString rowName(const Acquisition& a, const QString& rest) { return QString::fromLatin1(a.name) + " / " + rest; }

const char* interpolationName(Interpolation i) {
  return i == Interpolation::Nearest ? "nearest" : i == Interpolation::Linear ? "linear" : "cubic";
}
const char* slabName(SlabMode m) {
  return m == SlabMode::Mip ? "MIP" : m == SlabMode::MinIp ? "MinIP" : m == SlabMode::Average ? "average" : "thin";
}

// Runs with the loops of this SIMD level (0 scalar, 1 AVX2, 2 AVX-512) and
// restores the default afterwards.
struct SimdScope {
  explicit SimdScope(int level) { reslice_detail::setSimdLevel(level); }
  ~SimdScope() { reslice_detail::setSimdLevel(2); }
};

// The SIMD levels this CPU can run, scalar first.
std::vector<int> simdLevels() {
  std::vector<int> levels;
  for (int level = 0; level <= reslice_detail::cpuSimdLevel(); ++level) levels.push_back(level);
  return levels;
}
const char* simdName(int level) { return level == 0 ? "scalar" : level == 1 ? "AVX2" : "AVX-512"; }

// Rows for every acquisition × plane kind (columns "acquisition", "kind").
void addPlaneRows() {
  QTest::addColumn<int>("acquisition");
  QTest::addColumn<QString>("kind");
  for (size_t a = 0; a < acquisitions().size(); ++a)
    for (const char* kind : kPlaneKinds)
      QTest::newRow(qPrintable(rowName(acquisitions()[a], kind))) << int(a) << QString(kind);
}

// The same × every interpolation (a third column, "interpolation").
void addPlaneInterpolationRows() {
  QTest::addColumn<int>("acquisition");
  QTest::addColumn<QString>("kind");
  QTest::addColumn<Interpolation>("interpolation");
  for (size_t a = 0; a < acquisitions().size(); ++a)
    for (const char* kind : kPlaneKinds)
      for (Interpolation i : {Interpolation::Nearest, Interpolation::Linear, Interpolation::Cubic})
        QTest::newRow(qPrintable(rowName(acquisitions()[a], QString("%1 %2").arg(kind, interpolationName(i)))))
            << int(a) << QString(kind) << i;
}

}  // namespace

class TestReslice : public QObject {
  Q_OBJECT
 private slots:
  void standardPlaneConventions() {
    const ImageGeometry& g = acquisitions()[0].geometry;
    const Vector3d c = volumeCentre(g);
    // Axial from the feet: patient left on image right, anterior up.
    const ReslicePlane axial = axialPlane(g, c);
    QCOMPARE(orientationLabel(axial.rowDirection), QString("L"));
    QCOMPARE(orientationLabel(-axial.columnDirection), QString("A"));
    // Coronal from the front: patient left on image right, head up.
    const ReslicePlane coronal = coronalPlane(g, c);
    QCOMPARE(orientationLabel(coronal.rowDirection), QString("L"));
    QCOMPARE(orientationLabel(-coronal.columnDirection), QString("H"));
    // Sagittal from the patient's left: anterior on image left, head up.
    const ReslicePlane sagittal = sagittalPlane(g, c);
    QCOMPARE(orientationLabel(-sagittal.rowDirection), QString("A"));
    QCOMPARE(orientationLabel(-sagittal.columnDirection), QString("H"));
    // Native planes of an axial acquisition keep its grid.
    QCOMPARE(axial.columns, g.size.x());
    QCOMPARE(axial.rows, g.size.y());
    QVERIFY(axial.spacing.isApprox(Vector2d(0.7, 0.7)));
    QCOMPARE(coronal.rows, g.size.z());
    QVERIFY(std::abs(coronal.spacing.y() - 1.25) < 1e-12);
    QCOMPARE(sagittal.columns, g.size.y());
    // Each plane passes through the point.
    for (const ReslicePlane* p : {&axial, &coronal, &sagittal}) QVERIFY(std::abs(p->distanceTo(c)) < 1e-9);
  }

  void slabSamplingSpacing() {
    const ImageGeometry& g = acquisitions()[0].geometry;  // smallest spacing 0.7 mm
    const SlabSampling thin = slabSampling(g, {SlabMode::None, 20, 0});
    QCOMPARE(thin.count, 1);
    const SlabSampling s = slabSampling(g, {SlabMode::Mip, 20, 0});
    QCOMPARE(s.count, 59);  // 20 / 0.35 = 57.1 -> 58 steps
    QVERIFY(std::abs(s.firstOffsetMm + 10) < 1e-12);
    QVERIFY(std::abs(s.firstOffsetMm + (s.count - 1) * s.spacingMm - 10) < 1e-9);
    QCOMPARE(slabSampling(g, {SlabMode::Average, 3, 1}).count, 4);  // whole number of steps
  }

  // A single bright voxel appears at the pixel the plane's geometry
  // predicts, as the brightest pixel, in every orientation.
  void knownPoint_data() {
    addPlaneInterpolationRows();
  }
  void knownPoint() {
    QFETCH(int, acquisition);
    QFETCH(QString, kind);
    QFETCH(Interpolation, interpolation);
    const ImageGeometry& g = acquisitions()[size_t(acquisition)].geometry;
    Volume v(g);
    const Vector3i q(g.size.x() / 3, g.size.y() / 2 + 1, 2 * g.size.z() / 3);
    fill(v, [&](int i, int j, int k) { return Vector3i(i, j, k) == q ? 1000.0f : 0.0f; });
    const Vector3d point = g.indexToPatient(q.cast<double>());

    const ReslicePlane plane = centredOnPixel(makePlane(kind, g, point), point);
    const Vector2d uv = plane.patientToPixel(point);
    const int c0 = int(std::lround(uv.x())), r0 = int(std::lround(uv.y()));
    QVERIFY(c0 >= 0 && c0 < plane.columns && r0 >= 0 && r0 < plane.rows);
    QVERIFY((plane.pixelToPatient(c0, r0) - point).norm() < 1e-9);

    const ResliceImage image = resliceImage(v, plane, interpolation, {}, 0);
    QVERIFY2(std::abs(image.at(c0, r0) - 1000) < 1e-2, qPrintable(QString::number(image.at(c0, r0))));
    // The brightest pixel: exactly there for linear and cubic (their kernels
    // peak at the voxel centre); nearest shows the whole voxel.
    for (int r = 0; r < plane.rows; ++r)
      for (int c = 0; c < plane.columns; ++c) {
        if (c == c0 && r == r0) continue;
        const double mm = (plane.pixelToPatient(c, r) - point).norm();
        if (interpolation == Interpolation::Nearest) {
          if (image.at(c, r) > 0) QVERIFY2(mm <= 0.5 * g.spacing.norm() + 1e-6, qPrintable(QString("%1,%2").arg(c).arg(r)));
        } else {
          QVERIFY2(image.at(c, r) < image.at(c0, r0), qPrintable(QString("%1,%2").arg(c).arg(r)));
        }
      }
  }

  // Two blobs a known distance apart in patient space are that far apart
  // in the reslice, measured as pixel offsets times pixel spacing.
  void distances_data() {
    addPlaneRows();
  }
  void distances() {
    QFETCH(int, acquisition);
    QFETCH(QString, kind);
    const ImageGeometry& g = acquisitions()[size_t(acquisition)].geometry;
    const Vector3d centre = volumeCentre(g);
    const ReslicePlane plane = makePlane(kind, g, centre);
    const Vector3d d = 12.0 * plane.rowDirection - 8.0 * plane.columnDirection;  // in the plane
    const Vector3d p1 = centre - 0.5 * d, p2 = centre + 0.5 * d;
    // Blobs wide enough against the voxels that trilinear interpolation keeps
    // their shape (3 mm slices would bias a narrow one's centroid).
    const double sigma = std::max(2.2, 1.2 * g.spacing.maxCoeff());
    // One blob per volume, so that neither blob's tail pulls the other's
    // centroid; the image centroid is the blob's centre in the plane.
    const auto centroid = [&](const Vector3d& blob) {
      Volume v(g);
      fill(v, [&](int i, int j, int k) {
        const Vector3d p = g.indexToPatient(Vector3d(i, j, k));
        return float(1000 * std::exp(-(p - blob).squaredNorm() / (2 * sigma * sigma)));
      });
      const ResliceImage image = resliceImage(v, plane, Interpolation::Linear, {}, 0);
      Vector2d sum(0, 0);
      double weight = 0;
      for (int r = 0; r < plane.rows; ++r)
        for (int c = 0; c < plane.columns; ++c) {
          sum += image.at(c, r) * Vector2d(c, r);
          weight += image.at(c, r);
        }
      return Vector2d(sum / weight);
    };
    const Vector2d a = centroid(p1), b = centroid(p2);
    QVERIFY2((a - plane.patientToPixel(p1)).norm() < 0.1, qPrintable(QString("%1 %2").arg(a.x()).arg(a.y())));
    QVERIFY2((b - plane.patientToPixel(p2)).norm() < 0.1, qPrintable(QString("%1 %2").arg(b.x()).arg(b.y())));
    const double measured = (b - a).cwiseProduct(plane.spacing).norm();
    QVERIFY2(std::abs(measured - d.norm()) < 0.05,
             qPrintable(QString("measured %1 mm, true %2 mm").arg(measured).arg(d.norm())));
  }

  // f(p) = a.p + b is reproduced by linear and cubic interpolation wherever
  // their taps are inside; outside the volume is background.
  void linearFunction_data() {
    QTest::addColumn<int>("acquisition");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Interpolation>("interpolation");
    QTest::addColumn<int>("simd");
    for (size_t a = 0; a < acquisitions().size(); ++a)
      for (const char* kind : kPlaneKinds)
        for (Interpolation i : {Interpolation::Linear, Interpolation::Cubic})
          for (int simd : simdLevels())
            QTest::newRow(qPrintable(rowName(acquisitions()[a], QString("%1 %2 %3").arg(kind, interpolationName(i), simdName(simd)))))
                << int(a) << QString(kind) << i << simd;
  }
  void linearFunction() {
    QFETCH(int, acquisition);
    QFETCH(QString, kind);
    QFETCH(Interpolation, interpolation);
    QFETCH(int, simd);
    const SimdScope scope(simd);
    const ImageGeometry& g = acquisitions()[size_t(acquisition)].geometry;
    const Vector3d slope(0.7, -1.3, 2.1);
    const double offset = 40;
    const auto f = [&](const Vector3d& p) { return slope.dot(p - volumeCentre(g)) + offset; };
    Volume v(g);
    fill(v, [&](int i, int j, int k) { return float(f(g.indexToPatient(Vector3d(i, j, k)))); });
    // Off the voxel grid: through a point that is no voxel centre.
    const Vector3d point = volumeCentre(g) + Vector3d(0.37, -0.61, 0.29);
    const ReslicePlane plane = makePlane(kind, g, point);
    const ResliceImage image = resliceImage(v, plane, interpolation, {}, -5000);
    const double margin = interpolation == Interpolation::Cubic ? 1 : 0;
    int checked = 0, outside = 0;
    for (int r = 0; r < plane.rows; ++r)
      for (int c = 0; c < plane.columns; ++c) {
        const Vector3d p = plane.pixelToPatient(c, r);
        const Vector3d x = g.patientToIndex(p);
        bool safe = true;
        for (int a = 0; a < 3; ++a) safe = safe && x[a] >= margin && x[a] <= g.size[a] - 1 - margin;
        if (safe) {
          ++checked;
          QVERIFY2(std::abs(image.at(c, r) - f(p)) < 2e-3,
                   qPrintable(QString("(%1,%2): %3 vs %4").arg(c).arg(r).arg(image.at(c, r)).arg(f(p))));
        } else if (!insideIndex(g, x)) {
          ++outside;
          QCOMPARE(image.at(c, r), -5000.0f);
        }
      }
    QVERIFY(checked > 100);
    if (kind == "oblique" || kind == "double-oblique") QVERIFY(outside > 0);
  }

  // Every interpolation, thin, in every orientation, equals the reference
  // (which also covers the half-voxel border where edge voxels repeat).
  void matchesReference_data() {
    addPlaneInterpolationRows();
  }
  void matchesReference() {
    QFETCH(int, acquisition);
    QFETCH(QString, kind);
    QFETCH(Interpolation, interpolation);
    const ImageGeometry& g = acquisitions()[size_t(acquisition)].geometry;
    const Volume v = phantom(g);
    const Vector3d point = volumeCentre(g) + Vector3d(1.3, 0.2, -2.1);
    const ReslicePlane plane = makePlane(kind, g, point);
    const ResliceImage image = resliceImage(v, plane, interpolation, {}, -3000);
    const Difference d = compare(image, referenceReslice(v, plane, interpolation, {}, -3000));
    QVERIFY2(d.max < 0.05, qPrintable(QString("%1 at (%2,%3)").arg(d.max).arg(d.column).arg(d.row)));
    QVERIFY(d.compared > plane.rows * plane.columns * 9 / 10);
  }

  // Nearest returns voxel values themselves: the voxel whose centre is closest.
  void nearestReturnsVoxels_data() {
    addPlaneRows();
  }
  void nearestReturnsVoxels() {
    QFETCH(int, acquisition);
    QFETCH(QString, kind);
    const ImageGeometry& g = acquisitions()[size_t(acquisition)].geometry;
    Volume v(g);
    const auto id = [&](int i, int j, int k) { return float(i + g.size.x() * (j + g.size.y() * k)); };
    fill(v, id);
    const ReslicePlane plane = makePlane(kind, g, volumeCentre(g) + Vector3d(0.3, 0.1, -0.2));
    const ResliceImage image = resliceImage(v, plane, Interpolation::Nearest, {}, -1);
    int checked = 0;
    for (int r = 0; r < plane.rows; ++r)
      for (int c = 0; c < plane.columns; ++c) {
        const Vector3d x = g.patientToIndex(plane.pixelToPatient(c, r));
        if (!insideIndex(g, x)) {
          QCOMPARE(image.at(c, r), -1.0f);
          continue;
        }
        bool tie = false;
        Vector3i nearest;
        for (int a = 0; a < 3; ++a) {
          tie = tie || std::abs(x[a] - std::floor(x[a]) - 0.5) < 1e-4;
          nearest[a] = std::clamp(int(std::lround(x[a])), 0, g.size[a] - 1);
        }
        if (tie) continue;
        ++checked;
        QCOMPARE(image.at(c, r), id(nearest.x(), nearest.y(), nearest.z()));
      }
    QVERIFY(checked > 100);
  }

  // Slabs equal the brute-force combination of the same samples.
  void slab_data() {
    QTest::addColumn<int>("acquisition");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Interpolation>("interpolation");
    QTest::addColumn<SlabMode>("mode");
    for (size_t a = 0; a < acquisitions().size(); ++a)
      for (const char* kind : {"axial", "sagittal", "oblique", "double-oblique"})
        for (Interpolation i : {Interpolation::Nearest, Interpolation::Linear, Interpolation::Cubic})
          for (SlabMode m : {SlabMode::Mip, SlabMode::MinIp, SlabMode::Average})
            QTest::newRow(qPrintable(rowName(acquisitions()[a], QString("%1 %2 %3").arg(kind, interpolationName(i), slabName(m)))))
                << int(a) << QString(kind) << i << m;
  }
  void slab() {
    QFETCH(int, acquisition);
    QFETCH(QString, kind);
    QFETCH(Interpolation, interpolation);
    QFETCH(SlabMode, mode);
    const ImageGeometry& g = acquisitions()[size_t(acquisition)].geometry;
    const Volume v = phantom(g);
    // Near a face, so that part of the slab sticks out of the volume.
    // (Off the halfway points between voxels, where nearest could go either way.)
    const Vector3d point = volumeCentre(g) + 0.42 * g.sliceNormal() * g.size.z() * g.spacing.z() +
                           Vector3d(0.13, -0.07, 0.05);
    const ReslicePlane plane = makePlane(kind, g, point);
    const SlabOptions slab{mode, 7.5, 0};
    const ResliceImage image = resliceImage(v, plane, interpolation, slab, -3000);
    const Difference d = compare(image, referenceReslice(v, plane, interpolation, slab, -3000));
    QVERIFY2(d.max < 0.05, qPrintable(QString("%1 at (%2,%3)").arg(d.max).arg(d.column).arg(d.row)));
    QVERIFY(d.compared > plane.rows * plane.columns * 9 / 10);
  }

  // On f(p) = a.p + b, fully inside: the average is f on the plane, MIP and
  // MinIP are f at the slab's faces (a.n * thickness/2 either way).
  void slabOfLinearFunction_data() {
    QTest::addColumn<QString>("kind");
    for (const char* kind : kPlaneKinds) QTest::newRow(kind) << QString(kind);
  }
  void slabOfLinearFunction() {
    QFETCH(QString, kind);
    const ImageGeometry& g = acquisitions()[0].geometry;
    const Vector3d slope(0.7, -1.3, 2.1);
    const auto f = [&](const Vector3d& p) { return slope.dot(p - volumeCentre(g)); };
    Volume v(g);
    fill(v, [&](int i, int j, int k) { return float(f(g.indexToPatient(Vector3d(i, j, k)))); });
    const ReslicePlane plane = makePlane(kind, g, volumeCentre(g));
    const double thickness = 4.0, reach = std::abs(slope.dot(plane.normal())) * thickness / 2;
    const ResliceImage mean = resliceImage(v, plane, Interpolation::Linear, {SlabMode::Average, thickness, 0});
    const ResliceImage mip = resliceImage(v, plane, Interpolation::Linear, {SlabMode::Mip, thickness, 0});
    const ResliceImage minip = resliceImage(v, plane, Interpolation::Linear, {SlabMode::MinIp, thickness, 0});
    int checked = 0;
    for (int r = 0; r < plane.rows; ++r)
      for (int c = 0; c < plane.columns; ++c) {
        const Vector3d p = plane.pixelToPatient(c, r);
        bool safe = true;
        for (double t : {-thickness / 2, thickness / 2}) {
          const Vector3d x = g.patientToIndex(p + t * plane.normal());
          for (int a = 0; a < 3; ++a) safe = safe && x[a] >= 0 && x[a] <= g.size[a] - 1;
        }
        if (!safe) continue;
        ++checked;
        QVERIFY(std::abs(mean.at(c, r) - f(p)) < 2e-3);
        QVERIFY(std::abs(mip.at(c, r) - (f(p) + reach)) < 2e-3);
        QVERIFY(std::abs(minip.at(c, r) - (f(p) - reach)) < 2e-3);
      }
    QVERIFY(checked > 100);
  }

  // Planes through voxel centres of the native grid copy voxels exactly.
  void nativePlanesCopyVoxels_data() {
    QTest::addColumn<Interpolation>("interpolation");
    for (Interpolation i : {Interpolation::Nearest, Interpolation::Linear, Interpolation::Cubic})
      QTest::newRow(interpolationName(i)) << i;
  }
  void nativePlanesCopyVoxels() {
    QFETCH(Interpolation, interpolation);
    const ImageGeometry& g = acquisitions()[0].geometry;  // axial: L, P, H axes
    const Volume v = phantom(g);
    const int k = 7, j = 20, i = 31;
    const ResliceImage axial = resliceImage(v, axialPlane(g, g.indexToPatient(Vector3d(0, 0, k))), interpolation);
    for (int jj = 0; jj < g.size.y(); ++jj)
      for (int ii = 0; ii < g.size.x(); ++ii) QCOMPARE(axial.at(ii, jj), v.at(ii, jj, k));
    // Coronal: head up, so row 0 is the last slice.
    const ResliceImage coronal = resliceImage(v, coronalPlane(g, g.indexToPatient(Vector3d(0, j, 0))), interpolation);
    for (int kk = 0; kk < g.size.z(); ++kk)
      for (int ii = 0; ii < g.size.x(); ++ii) QCOMPARE(coronal.at(ii, g.size.z() - 1 - kk), v.at(ii, j, kk));
    const ResliceImage sagittal = resliceImage(v, sagittalPlane(g, g.indexToPatient(Vector3d(i, 0, 0))), interpolation);
    for (int kk = 0; kk < g.size.z(); ++kk)
      for (int jj = 0; jj < g.size.y(); ++jj) QCOMPARE(sagittal.at(jj, g.size.z() - 1 - kk), v.at(i, jj, kk));
  }

  // A single-slice volume (a 2D image) is a volume one voxel thick.
  void singleSlice() {
    ImageGeometry g = makeGeometry({1, 0, 0, 0, 1, 0}, {0.5, 0.5, 2.0}, {20, 16, 1}, {0, 0, 10});
    const Volume v = phantom(g);
    for (double dz : {0.0, 0.9, -0.9}) {
      const ReslicePlane plane = axialPlane(g, Vector3d(0, 0, 10 + dz));
      for (Interpolation i : {Interpolation::Nearest, Interpolation::Linear, Interpolation::Cubic}) {
        const ResliceImage image = resliceImage(v, plane, i);
        for (int r = 0; r < plane.rows; ++r)
          for (int c = 0; c < plane.columns; ++c) QVERIFY(std::abs(image.at(c, r) - v.at(c, r, 0)) < 1e-3);
      }
    }
    // More than half a slice away: outside.
    const ResliceImage beyond = resliceImage(v, axialPlane(g, Vector3d(0, 0, 11.1)), Interpolation::Linear);
    for (float value : beyond.pixels) QCOMPARE(value, kResliceBackground);
  }

  void outsideIsBackground() {
    const ImageGeometry& g = acquisitions()[2].geometry;
    const Volume v = phantom(g);
    ReslicePlane far = makePlane("oblique", g, volumeCentre(g));
    far = far.translated(200 * far.normal());
    const ResliceImage missed = resliceImage(v, far, Interpolation::Cubic, {}, 7);
    QVERIFY(std::all_of(missed.pixels.begin(), missed.pixels.end(), [](float x) { return x == 7; }));
    // A slab that misses the volume entirely is background too, for every mode.
    for (SlabMode m : {SlabMode::Mip, SlabMode::MinIp, SlabMode::Average}) {
      const ResliceImage image = resliceImage(v, far, Interpolation::Linear, {m, 20, 0}, 7);
      QVERIFY(std::all_of(image.pixels.begin(), image.pixels.end(), [](float x) { return x == 7; }));
    }
    // A plane larger than the volume: its rim is background.
    ReslicePlane big = axialPlane(g, volumeCentre(g));
    big.origin -= 50 * big.rowDirection + 50 * big.columnDirection;
    big.columns += 200;
    big.rows += 200;
    const ResliceImage image = resliceImage(v, big, Interpolation::Linear, {}, 7);
    QCOMPARE(image.at(0, 0), 7.0f);
    QCOMPARE(image.at(big.columns - 1, big.rows - 1), 7.0f);
    const Vector2d centre = big.patientToPixel(volumeCentre(g));
    QVERIFY(image.at(int(std::lround(centre.x())), int(std::lround(centre.y()))) != 7.0f);
  }

  // The vector loops, the scalar loops and any number of threads agree.
  void pathsAgree_data() {
    QTest::addColumn<Interpolation>("interpolation");
    QTest::addColumn<SlabMode>("mode");
    QTest::addColumn<int>("simd");
    for (Interpolation i : {Interpolation::Nearest, Interpolation::Linear, Interpolation::Cubic})
      for (SlabMode m : {SlabMode::None, SlabMode::Mip, SlabMode::Average})
        for (int simd : simdLevels())
          if (simd > 0)
            QTest::newRow(qPrintable(QString("%1 %2 %3").arg(interpolationName(i), slabName(m), simdName(simd))))
                << i << m << simd;
  }
  void pathsAgree() {
    QFETCH(Interpolation, interpolation);
    QFETCH(SlabMode, mode);
    QFETCH(int, simd);
    const ImageGeometry& g = acquisitions()[2].geometry;
    const Volume v = phantom(g);
    const ReslicePlane plane = makePlane("double-oblique", g, volumeCentre(g));
    const SlabOptions slab{mode, 5, 0};
    const SimdScope scope(simd);
    const ResliceImage vector = resliceImage(v, plane, interpolation, slab);
    ResliceImage scalar;
    {
      const SimdScope scalarScope(0);
      scalar = resliceImage(v, plane, interpolation, slab);
    }
    for (size_t p = 0; p < vector.pixels.size(); ++p) QVERIFY(std::abs(vector.pixels[p] - scalar.pixels[p]) < 0.05);
    reslice_detail::setMaxThreads(1);
    const ResliceImage single = resliceImage(v, plane, interpolation, slab);
    reslice_detail::setMaxThreads(0);
    QVERIFY(single.pixels == vector.pixels);
  }

  // Three linked planes: orthogonal and through the centre after any
  // rotations; dragging in one view turns the other two about its normal.
  void crosshair() {
    const ImageGeometry& g = acquisitions()[1].geometry;
    CrosshairModel model(g);
    QVERIFY((model.centre() - volumeCentre(g)).norm() < 1e-9);
    using View = CrosshairModel::View;
    const View views[] = {View::Axial, View::Coronal, View::Sagittal};
    const auto check = [&](const char* when) {
      for (View a : views) {
        const ReslicePlane p = model.plane(a);
        QVERIFY2(std::abs(p.distanceTo(model.centre())) < 1e-9, when);
        QVERIFY2(std::abs(p.rowDirection.dot(p.columnDirection)) < 1e-9, when);
        for (View b : views)
          if (a != b) QVERIFY2(std::abs(model.normal(a).dot(model.normal(b))) < 1e-9, when);
      }
    };
    check("initial");
    QVERIFY(model.normal(View::Axial).isApprox(Vector3d(0, 0, 1)));

    const Vector3d axialNormal = model.normal(View::Axial);
    model.rotate(View::Axial, 0.4);
    check("after axial rotation");
    // The view dragged in keeps its plane and its upright picture...
    QVERIFY(model.normal(View::Axial).isApprox(axialNormal));
    QVERIFY(model.rowDirection(View::Axial).isApprox(Vector3d(1, 0, 0)));
    QVERIFY(model.columnDirection(View::Axial).isApprox(Vector3d(0, 1, 0)));
    // ...the other two turn about its normal, still standing on it.
    QVERIFY(std::abs(model.normal(View::Coronal).dot(axialNormal)) < 1e-12);
    QVERIFY(std::abs(model.normal(View::Coronal).dot(Vector3d(0, 1, 0)) - std::cos(0.4)) < 1e-12);
    QVERIFY(std::abs(model.normal(View::Sagittal).dot(Vector3d(-1, 0, 0)) - std::cos(0.4)) < 1e-12);
    QVERIFY(model.columnDirection(View::Coronal).isApprox(Vector3d(0, 0, -1)));  // head still up

    // A quarter turn in the axial view makes the coronal plane sagittal.
    CrosshairModel quarter(g);
    quarter.rotate(View::Axial, kPi / 2);
    QVERIFY(std::abs(std::abs(quarter.normal(View::Coronal).x()) - 1) < 1e-12);

    // Many small drags in all three views keep everything orthogonal.
    for (int step = 0; step < 3000; ++step) model.rotate(views[step % 3], 0.013 * ((step % 7) - 3));
    check("after 3000 rotations");
    const Vector3d before = model.centre();
    model.moveCentre(Vector3d(3, -2, 5));
    check("after moving the centre");
    QVERIFY((model.centre() - before - Vector3d(3, -2, 5)).norm() < 1e-12);

    // The centre shows where the planes say it is, in all three images.
    Volume v(g);
    const Vector3i q = (g.patientToIndex(model.centre()).array() + 0.5).floor().cast<int>();
    fill(v, [&](int i, int j, int k) { return Vector3i(i, j, k) == q ? 1000.0f : 0.0f; });
    model.setCentre(g.indexToPatient(q.cast<double>()));
    for (View a : views) {
      const ReslicePlane p = centredOnPixel(model.plane(a), model.centre());
      const Vector2d uv = p.patientToPixel(model.centre());
      const ResliceImage image = resliceImage(v, p, Interpolation::Linear, {}, 0);
      QVERIFY(std::abs(image.at(int(std::lround(uv.x())), int(std::lround(uv.y()))) - 1000) < 1e-2);
    }

    model.resetOrientation();
    check("after reset");
    QVERIFY(model.normal(View::Sagittal).isApprox(Vector3d(-1, 0, 0)));
    QVERIFY(model.rowDirection(View::Axial).isApprox(Vector3d(1, 0, 0)));
  }
};

QTEST_GUILESS_MAIN(TestReslice)
#include "test_reslice.moc"
