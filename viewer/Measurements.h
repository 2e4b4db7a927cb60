#pragma once
// Measurements a reader makes on an MPR view, in patient millimetres and
// modality values (HU for CT), right on oblique and double-oblique planes.
// Points come either in the output-pixel coordinates of a ReslicePlane
// (column, row; sub-pixel allowed, pixel centres at integers) or in LPS mm.
// Values always come from the Volume, never from a rendered (windowed,
// slabbed) image, so a MIP view still measures the voxels under the plane.

#include "viewer/ResliceEngine.h"
#include "viewer/Volume.h"

#include <Eigen/Core>
#include <vector>

namespace yunyue {

// True 3D distance, mm.
double distanceMm(const Eigen::Vector3d& aLps, const Eigen::Vector3d& bLps);
double distanceMm(const ReslicePlane& plane, const Eigen::Vector2d& aPixel, const Eigen::Vector2d& bPixel);

// The angle at `vertex` between the rays to a and b, degrees in [0, 180];
// 0 when a ray has no length.
double angleDegrees(const Eigen::Vector3d& aLps, const Eigen::Vector3d& vertexLps, const Eigen::Vector3d& bLps);
double angleDegrees(const ReslicePlane& plane, const Eigen::Vector2d& aPixel,
                    const Eigen::Vector2d& vertexPixel, const Eigen::Vector2d& bPixel);

// The volume's value at a point: trilinear, with the ResliceEngine's edge
// rule (inside while every index lies in [-0.5, n-0.5]).
struct PointProbe {
  bool inside = false;
  double value = 0;  // modality value (HU for CT); 0 when outside
};
PointProbe probe(const Volume& volume, const Eigen::Vector3d& lps);

// Statistics of an ROI drawn on a plane.
//  - areaMm2 is geometric: exact for the ellipse (pi * a * b, semi-axes in
//    mm), the shoelace formula in mm for the polygon.
//  - The values are sampled from the Volume at the centre of every pixel of
//    the plane's grid (integer column and row, within the plane) that lies
//    inside the ROI, with trilinear interpolation. A centre exactly on the
//    outline counts as inside for the ellipse; the polygon uses the
//    even-odd rule with half-open edges, so a pixel shared by two adjacent
//    polygons is counted once. Centres outside the volume are left out.
//  - standardDeviation is the sample SD (divides by n - 1; 0 for n < 2).
struct RoiStatistics {
  double areaMm2 = 0;
  int pixelCount = 0;  // samples inside the ROI and the volume
  double mean = 0;
  double standardDeviation = 0;
  double minimum = 0;
  double maximum = 0;
};

// An ellipse with axes along the plane's rows and columns: centre in pixels,
// semi-axes in pixels along the row (columns) and column (rows) direction.
RoiStatistics ellipseRoi(const Volume& volume, const ReslicePlane& plane,
                         const Eigen::Vector2d& centrePixel, const Eigen::Vector2d& semiAxesPixels);
// A closed polygon, vertices in pixels (at least 3).
RoiStatistics polygonRoi(const Volume& volume, const ReslicePlane& plane,
                         const std::vector<Eigen::Vector2d>& verticesPixel);

// LPS points as pixels of the plane (their orthogonal projection onto it).
std::vector<Eigen::Vector2d> toPlanePixels(const ReslicePlane& plane, const std::vector<Eigen::Vector3d>& lps);

}  // namespace yunyue
