#pragma once
// One geometry type for every module: maps voxel indices to patient
// coordinates (DICOM LPS, millimetres) and back. Pixel indices appear only at
// the edges (decoders, renderers); everything else speaks patient mm.

#include <Eigen/Core>
#include <QString>

namespace yunyue {

struct ImageGeometry {
  // Index (i, j, k) = (column, row, slice); voxel centres.
  Eigen::Vector3i size{0, 0, 0};
  Eigen::Vector3d spacing{1, 1, 1};           // mm along i, j, k
  Eigen::Vector3d origin{0, 0, 0};            // LPS of voxel (0,0,0)
  Eigen::Matrix3d direction = Eigen::Matrix3d::Identity();  // columns: unit i, j, k axes in LPS

  // From DICOM attributes. ImageOrientationPatient gives the row direction
  // (increasing column index) then the column direction; PixelSpacing is
  // (between rows, between columns). The slice axis is their cross product.
  static ImageGeometry fromDicom(const Eigen::Vector3d& imagePositionPatient,
                                 const double imageOrientationPatient[6],
                                 double rowSpacing, double columnSpacing, int rows,
                                 int columns, double sliceSpacing = 1.0, int slices = 1);

  Eigen::Vector3d indexToPatient(const Eigen::Vector3d& ijk) const;
  Eigen::Vector3d patientToIndex(const Eigen::Vector3d& lps) const;
  Eigen::Vector3d rowDirection() const { return direction.col(0); }
  Eigen::Vector3d columnDirection() const { return direction.col(1); }
  Eigen::Vector3d sliceNormal() const { return direction.col(2); }
};

// Patient-orientation label of a direction in LPS as radiologists read it on
// image edges: the letters of the dominant axes, strongest first
// (L/R, A/P, H/F), e.g. "L", "A", "LH" for an oblique direction.
QString orientationLabel(const Eigen::Vector3d& directionLps);

}  // namespace yunyue
