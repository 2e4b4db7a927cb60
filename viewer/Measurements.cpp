#include "viewer/Measurements.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace yunyue {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Samples the volume at pixel centres (c0..c1, r0..r1) of the plane through
// the ResliceEngine itself (a sub-grid with the same directions and
// spacing), so ROIs read exactly what the linear reslice shows. NaN marks
// samples outside the volume.
std::vector<float> sampleWindow(const Volume& volume, const ReslicePlane& plane, int c0, int r0, int c1, int r1) {
  ReslicePlane window = plane;
  window.origin = plane.pixelToPatient(c0, r0);
  window.columns = c1 - c0 + 1;
  window.rows = r1 - r0 + 1;
  std::vector<float> out(size_t(window.columns) * size_t(window.rows));
  reslice(volume, window, Interpolation::Linear, out.data(), {}, std::numeric_limits<float>::quiet_NaN());
  return out;
}

template <typename Inside>
RoiStatistics statistics(const Volume& volume, const ReslicePlane& plane, double minC, double minR, double maxC,
                         double maxR, Inside inside) {
  RoiStatistics s;
  const int c0 = std::max(0, int(std::ceil(minC)));
  const int r0 = std::max(0, int(std::ceil(minR)));
  const int c1 = std::min(plane.columns - 1, int(std::floor(maxC)));
  const int r1 = std::min(plane.rows - 1, int(std::floor(maxR)));
  if (c0 > c1 || r0 > r1 || volume.isEmpty() || !plane.isValid()) return s;
  const std::vector<float> values = sampleWindow(volume, plane, c0, r0, c1, r1);
  const int width = c1 - c0 + 1;
  // Welford's update: one pass, no cancellation for HU values around 1000.
  double mean = 0, m2 = 0;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  int n = 0;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) {
      if (!inside(double(c), double(r))) continue;
      const float v = values[size_t(r - r0) * size_t(width) + size_t(c - c0)];
      if (std::isnan(v)) continue;
      ++n;
      const double delta = v - mean;
      mean += delta / n;
      m2 += delta * (v - mean);
      lo = std::min(lo, double(v));
      hi = std::max(hi, double(v));
    }
  s.pixelCount = n;
  if (n == 0) return s;
  s.mean = mean;
  s.standardDeviation = n > 1 ? std::sqrt(m2 / (n - 1)) : 0.0;
  s.minimum = lo;
  s.maximum = hi;
  return s;
}

}  // namespace

double distanceMm(const Eigen::Vector3d& aLps, const Eigen::Vector3d& bLps) { return (bLps - aLps).norm(); }

double distanceMm(const ReslicePlane& plane, const Eigen::Vector2d& aPixel, const Eigen::Vector2d& bPixel) {
  return distanceMm(plane.pixelToPatient(aPixel.x(), aPixel.y()), plane.pixelToPatient(bPixel.x(), bPixel.y()));
}

double angleDegrees(const Eigen::Vector3d& aLps, const Eigen::Vector3d& vertexLps, const Eigen::Vector3d& bLps) {
  const Eigen::Vector3d u = aLps - vertexLps;
  const Eigen::Vector3d v = bLps - vertexLps;
  if (u.norm() == 0 || v.norm() == 0) return 0;
  // atan2 of |u x v| and u . v stays accurate near 0 and 180 degrees, where acos does not.
  return std::atan2(u.cross(v).norm(), u.dot(v)) * 180.0 / kPi;
}

double angleDegrees(const ReslicePlane& plane, const Eigen::Vector2d& aPixel, const Eigen::Vector2d& vertexPixel,
                    const Eigen::Vector2d& bPixel) {
  return angleDegrees(plane.pixelToPatient(aPixel.x(), aPixel.y()),
                      plane.pixelToPatient(vertexPixel.x(), vertexPixel.y()),
                      plane.pixelToPatient(bPixel.x(), bPixel.y()));
}

PointProbe probe(const Volume& volume, const Eigen::Vector3d& lps) {
  PointProbe p;
  if (volume.isEmpty()) return p;
  // A one-pixel plane at the point: the same trilinear kernel and edge rule as every view.
  ReslicePlane point;
  point.origin = lps;
  point.columns = point.rows = 1;
  float value = 0;
  reslice(volume, point, Interpolation::Linear, &value, {}, std::numeric_limits<float>::quiet_NaN());
  if (std::isnan(value)) return p;
  p.inside = true;
  p.value = value;
  return p;
}

RoiStatistics ellipseRoi(const Volume& volume, const ReslicePlane& plane, const Eigen::Vector2d& centrePixel,
                         const Eigen::Vector2d& semiAxesPixels) {
  const double a = std::abs(semiAxesPixels.x()), b = std::abs(semiAxesPixels.y());
  RoiStatistics s;
  if (a > 0 && b > 0) {
    s = statistics(volume, plane, centrePixel.x() - a, centrePixel.y() - b, centrePixel.x() + a,
                   centrePixel.y() + b, [&](double c, double r) {
                     const double x = (c - centrePixel.x()) / a, y = (r - centrePixel.y()) / b;
                     // A hair of slack so centres exactly on the outline count despite rounding.
                     return x * x + y * y <= 1.0 + 1e-12;
                   });
  }
  s.areaMm2 = kPi * a * plane.spacing.x() * b * plane.spacing.y();
  return s;
}

RoiStatistics polygonRoi(const Volume& volume, const ReslicePlane& plane,
                         const std::vector<Eigen::Vector2d>& verticesPixel) {
  RoiStatistics s;
  const size_t n = verticesPixel.size();
  if (n < 3) return s;
  Eigen::Vector2d lo = verticesPixel.front(), hi = lo;
  double twiceArea = 0;
  for (size_t i = 0; i < n; ++i) {
    const Eigen::Vector2d& p = verticesPixel[i];
    const Eigen::Vector2d& q = verticesPixel[(i + 1) % n];
    lo = lo.cwiseMin(p);
    hi = hi.cwiseMax(p);
    twiceArea += p.x() * q.y() - q.x() * p.y();
  }
  s = statistics(volume, plane, lo.x(), lo.y(), hi.x(), hi.y(), [&](double c, double r) {
    bool in = false;
    for (size_t i = 0, j = n - 1; i < n; j = i++) {
      const Eigen::Vector2d& p = verticesPixel[i];
      const Eigen::Vector2d& q = verticesPixel[j];
      if ((p.y() > r) != (q.y() > r) && c < (q.x() - p.x()) * (r - p.y()) / (q.y() - p.y()) + p.x()) in = !in;
    }
    return in;
  });
  // Pixel axes are orthogonal in the patient, so the area scales by the two spacings.
  s.areaMm2 = 0.5 * std::abs(twiceArea) * plane.spacing.x() * plane.spacing.y();
  return s;
}

std::vector<Eigen::Vector2d> toPlanePixels(const ReslicePlane& plane, const std::vector<Eigen::Vector3d>& lps) {
  std::vector<Eigen::Vector2d> out;
  out.reserve(lps.size());
  for (const Eigen::Vector3d& p : lps) out.push_back(plane.patientToPixel(p));
  return out;
}

}  // namespace yunyue
