#include "viewer/Geometry.h"

#include <Eigen/Geometry>
#include <algorithm>
#include <array>
#include <cmath>

namespace yunyue {

ImageGeometry ImageGeometry::fromDicom(const Eigen::Vector3d& imagePositionPatient,
                                       const double iop[6], double rowSpacing,
                                       double columnSpacing, int rows, int columns,
                                       double sliceSpacing, int slices) {
  ImageGeometry g;
  const Eigen::Vector3d rowDir = Eigen::Vector3d(iop[0], iop[1], iop[2]).normalized();
  const Eigen::Vector3d colDir = Eigen::Vector3d(iop[3], iop[4], iop[5]).normalized();
  g.direction.col(0) = rowDir;
  g.direction.col(1) = colDir;
  g.direction.col(2) = rowDir.cross(colDir).normalized();
  g.spacing = {columnSpacing, rowSpacing, sliceSpacing};
  g.size = {columns, rows, slices};
  g.origin = imagePositionPatient;
  return g;
}

Eigen::Vector3d ImageGeometry::indexToPatient(const Eigen::Vector3d& ijk) const {
  return origin + direction * spacing.cwiseProduct(ijk);
}

Eigen::Vector3d ImageGeometry::patientToIndex(const Eigen::Vector3d& lps) const {
  // direction is orthonormal for DICOM images, so its inverse is its transpose.
  return (direction.transpose() * (lps - origin)).cwiseQuotient(spacing);
}

QString orientationLabel(const Eigen::Vector3d& d) {
  // A component smaller than this share of the vector is not named: it would
  // only add noise to the label of a nearly orthogonal plane.
  constexpr double kMinorShare = 0.25;
  const std::array<std::pair<QChar, QChar>, 3> letters{
      {{QChar('L'), QChar('R')}, {QChar('P'), QChar('A')}, {QChar('H'), QChar('F')}}};
  std::array<int, 3> order{0, 1, 2};
  std::sort(order.begin(), order.end(),
            [&](int a, int b) { return std::abs(d[a]) > std::abs(d[b]); });
  const double norm = d.norm();
  QString label;
  if (norm == 0) return label;
  for (int axis : order) {
    if (std::abs(d[axis]) / norm < kMinorShare) break;
    label += d[axis] > 0 ? letters[axis].first : letters[axis].second;
  }
  return label;
}

}  // namespace yunyue
