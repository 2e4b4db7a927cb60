#pragma once
// Reslicing: samples a Volume on any plane given in patient LPS mm (axial,
// coronal, sagittal, oblique, double-oblique), thin or as a thick slab
// (MIP / MinIP / average along the plane normal). Plain loops over the
// Volume's own buffer, no VTK: rows are split across cores, and the inner
// loops use AVX2 (or AVX-512) gathers where the CPU has them, chosen at run
// time; the scalar loops give the same values to float rounding.
//
// Conventions
// - Index coordinates put voxel centres at integers (ImageGeometry). A sample
//   is inside the volume when every index coordinate lies in [-0.5, n-0.5]
//   (the voxels' own extent); in the half voxel beyond the outermost centres
//   the edge voxels are repeated. Outside samples give the background value
//   (thin reslice) or are left out of the slab (MIP / MinIP / average).
// - Linear is textbook trilinear interpolation. Cubic is the Catmull-Rom
//   spline (Keys, a = -0.5): it passes through the voxel values and
//   reproduces linear ramps exactly (where all 4 taps per axis are inside),
//   and is the kernel VTK calls "cubic".

#include "viewer/Volume.h"

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <vector>

namespace yunyue {

enum class Interpolation { Nearest, Linear, Cubic };
enum class SlabMode { None, Mip, MinIp, Average };

// Air in CT numbers: what a reslice shows where the plane leaves the volume.
constexpr float kResliceBackground = -1024.0f;

// An output image grid placed in the patient: pixel (column c, row r) has its
// centre at origin + c * spacing.x() * rowDirection + r * spacing.y() * columnDirection.
struct ReslicePlane {
  Eigen::Vector3d origin{0, 0, 0};           // LPS of the centre of pixel (0, 0), top left
  Eigen::Vector3d rowDirection{1, 0, 0};     // unit: image right (increasing column)
  Eigen::Vector3d columnDirection{0, 1, 0};  // unit: image down (increasing row); orthogonal to rowDirection
  Eigen::Vector2d spacing{1, 1};             // mm between columns, between rows
  int columns = 0;
  int rows = 0;

  // rowDirection × columnDirection: points away from the viewer.
  Eigen::Vector3d normal() const { return rowDirection.cross(columnDirection).normalized(); }
  Eigen::Vector3d pixelToPatient(double column, double row) const;
  // (column, row) of the point's orthogonal projection onto the plane.
  Eigen::Vector2d patientToPixel(const Eigen::Vector3d& lps) const;
  // Signed distance from the plane along normal(), mm.
  double distanceTo(const Eigen::Vector3d& lps) const { return normal().dot(lps - origin); }
  // LPS of the image centre.
  Eigen::Vector3d centre() const { return pixelToPatient(0.5 * (columns - 1), 0.5 * (rows - 1)); }
  // The same grid turned by angleRadians about axis (right hand) through pivot.
  ReslicePlane rotated(const Eigen::Vector3d& axis, double angleRadians,
                       const Eigen::Vector3d& pivot) const;
  ReslicePlane translated(const Eigen::Vector3d& offsetLps) const;
  bool isValid() const;
};

// A plane with these directions through pointLps, covering the whole volume
// (all its voxel centres project inside the grid), with pixels as fine as the
// voxels along each direction: an in-plane axis of the volume keeps its voxel
// spacing and grid, so axis-aligned planes sample voxel centres exactly.
ReslicePlane fitPlaneToVolume(const ImageGeometry& volume, const Eigen::Vector3d& pointLps,
                              const Eigen::Vector3d& rowDirection,
                              const Eigen::Vector3d& columnDirection);

// The standard planes through pointLps as radiologists view them:
// axial from the feet (patient left on image right, anterior up), coronal
// from the front (patient left on image right, head up), sagittal from the
// patient's left (anterior on image left, head up).
ReslicePlane axialPlane(const ImageGeometry& volume, const Eigen::Vector3d& pointLps);
ReslicePlane coronalPlane(const ImageGeometry& volume, const Eigen::Vector3d& pointLps);
ReslicePlane sagittalPlane(const ImageGeometry& volume, const Eigen::Vector3d& pointLps);
inline ReslicePlane axialPlane(const Volume& v, const Eigen::Vector3d& p) { return axialPlane(v.geometry(), p); }
inline ReslicePlane coronalPlane(const Volume& v, const Eigen::Vector3d& p) { return coronalPlane(v.geometry(), p); }
inline ReslicePlane sagittalPlane(const Volume& v, const Eigen::Vector3d& p) { return sagittalPlane(v.geometry(), p); }

struct SlabOptions {
  SlabMode mode = SlabMode::None;
  double thicknessMm = 0;  // full thickness: samples span -thickness/2 .. +thickness/2 along the normal
  double stepMm = 0;       // largest distance between samples; 0: half the smallest voxel spacing
};

// Where a slab samples along the plane normal: `count` offsets
// firstOffsetMm + m * spacingMm, evenly from -thickness/2 to +thickness/2
// (spacingMm <= the step asked for); one sample at 0 for a thin plane.
// (VTK's vtkImageReslice equivalent: SlabNumberOfSlices = count, output
// z spacing = spacingMm.)
struct SlabSampling {
  int count = 1;
  double spacingMm = 0;
  double firstOffsetMm = 0;
};
SlabSampling slabSampling(const ImageGeometry& volume, const SlabOptions& slab);

// Samples the volume on the plane into out (rows * columns floats, row after
// row). Outside the volume: background. With a slab, the samples along the
// normal that fall inside are combined; a pixel with none gets background.
void reslice(const Volume& volume, const ReslicePlane& plane, Interpolation interpolation,
             float* out, const SlabOptions& slab = {}, float background = kResliceBackground);

// The same, returned with its plane.
struct ResliceImage {
  ReslicePlane plane;
  std::vector<float> pixels;  // rows * columns, row after row
  float at(int column, int row) const { return pixels[size_t(row) * size_t(plane.columns) + size_t(column)]; }
};
ResliceImage resliceImage(const Volume& volume, const ReslicePlane& plane,
                          Interpolation interpolation, const SlabOptions& slab = {},
                          float background = kResliceBackground);

// Three linked orthogonal MPR planes (axial, coronal, sagittal) through one
// centre point. They share one orientation, so they stay orthogonal and keep
// passing through the centre whatever the rotations; moving the centre moves
// all three.
class CrosshairModel {
 public:
  enum class View { Axial, Coronal, Sagittal };

  CrosshairModel() = default;
  // Centre at the volume's centre, standard orientation.
  explicit CrosshairModel(const ImageGeometry& volume);

  const ImageGeometry& volume() const { return m_volume; }
  const Eigen::Vector3d& centre() const { return m_centre; }
  void setCentre(const Eigen::Vector3d& lps) { m_centre = lps; }
  void moveCentre(const Eigen::Vector3d& offsetLps) { m_centre += offsetLps; }

  // Dragging the crosshair in a view: turns the other two planes by
  // angleRadians about this view's normal through the centre. This view's
  // plane stays where it is and its picture does not spin. Positive angles
  // follow the right hand about a normal that points away from the viewer,
  // so the other planes' lines turn clockwise on this view's screen.
  void rotate(View view, double angleRadians);
  // Turns all three planes about any axis (LPS) through the centre.
  void rotate(const Eigen::Vector3d& axisLps, double angleRadians);
  void resetOrientation();
  // Linked views of another volume (a prior, a registered series): takes the
  // leader's orientation and in-plane turns, carried through the rotation
  // that maps the leader's frame to this one, so each view's plane here is
  // the image of the leader's plane.
  void followOrientation(const CrosshairModel& leader, const Eigen::Matrix3d& leaderToThis);
  // The rotation that takes the standard planes' normals to the current ones.
  const Eigen::Matrix3d& orientation() const { return m_orientation; }

  Eigen::Vector3d rowDirection(View view) const;
  Eigen::Vector3d columnDirection(View view) const;
  Eigen::Vector3d normal(View view) const { return rowDirection(view).cross(columnDirection(view)); }
  // The view's plane through the centre, fitted to the volume.
  ReslicePlane plane(View view) const;

 private:
  // Turns a view's in-plane directions back about its own normal.
  Eigen::Matrix3d uprightCorrection(View view) const;

  ImageGeometry m_volume;
  Eigen::Vector3d m_centre{0, 0, 0};
  Eigen::Matrix3d m_orientation = Eigen::Matrix3d::Identity();
  double m_inPlaneTurn[3] = {0, 0, 0};  // per view: radians turned back about its normal
};

namespace reslice_detail {
// For tests and benchmarks. SIMD levels: 0 scalar loops, 1 AVX2 + FMA,
// 2 AVX-512 (linear only; the rest stays AVX2). setSimdLevel caps the level
// (default 2); simdLevel is what runs, cpuSimdLevel what the CPU offers.
void setSimdLevel(int level);
int simdLevel();
int cpuSimdLevel();
// Caps the threads (0: all cores).
void setMaxThreads(int threads);
}  // namespace reslice_detail

}  // namespace yunyue
