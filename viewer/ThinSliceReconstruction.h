#pragma once
// Thin-slice (and thick-slice) reconstruction: resamples a whole Volume onto a
// new stack of parallel slices in any orientation, at a chosen in-plane pixel
// spacing, slice spacing and slice thickness, with ITK's interpolators
// (itk::ResampleImageFilter over the zero-copy view of the volume). The
// result is a Volume with its own geometry, ready to show or to export as a
// DERIVED series (DerivedSeriesWriter).
//
// Slice thickness: a thickness above the slice spacing is a box profile along
// the slice normal: each output slice is the mean of `count` thin samples
// spaced evenly from -thickness/2 to +thickness/2 (slabSampling() of
// ResliceEngine, the convention of its SlabMode::Average), each sample taken
// with the chosen ITK interpolator. A thickness up to the spacing is only
// recorded (the slices are sampled thin).
// ITK headers stay in ThinSliceReconstruction.cpp.

#include "viewer/ViewerError.h"
#include "viewer/Volume.h"

#include <Eigen/Core>
#include <QString>

#include <limits>
#include <vector>

namespace yunyue {

enum class ThinSliceInterpolation {
  Linear,   // itk::LinearInterpolateImageFunction (trilinear)
  BSpline,  // itk::BSplineInterpolateImageFunction, cubic (order 3)
  // itk::WindowedSincInterpolateImageFunction, radius 3, Lanczos window,
  // normalised (ITK's weights do not sum to one; see the .cpp)
  WindowedSinc,
};

struct ThinSliceRequest {
  // Unit, orthogonal directions in LPS: image right (increasing column), image
  // down (increasing row). The slices stack along rowDirection × columnDirection.
  Eigen::Vector3d rowDirection{1, 0, 0};
  Eigen::Vector3d columnDirection{0, 1, 0};
  Eigen::Vector2d pixelSpacing{0, 0};  // mm between columns, rows; 0: the source's smallest voxel spacing
  double sliceSpacingMm = 1;
  double sliceThicknessMm = 0;  // > sliceSpacingMm: box average over this thickness; 0: the spacing
  ThinSliceInterpolation interpolation = ThinSliceInterpolation::Linear;
  // The stack covers every voxel centre of the source, unless slices > 0:
  // then that many slices centred (along the normal) on centreLps, which
  // defaults to the source's centre when NaN.
  int slices = 0;
  Eigen::Vector3d centreLps{std::numeric_limits<double>::quiet_NaN(), 0, 0};
  float background = -1024;  // outside the source (air in CT numbers)
};

struct ThinSliceResult {
  Volume volume;  // k along the new slice normal
  ViewerError error;
  double sliceThicknessMm = 0;  // the nominal thickness of each slice (for SliceThickness)
  int samplesPerSlice = 1;      // thin samples averaged into each slice
  bool ok() const { return !error.isError(); }
};

// Blocks; ITK spreads the work over its threads. The source is only read.
ThinSliceResult reconstructThinSlices(const Volume& source, const ThinSliceRequest& request);

// One series as linkedSlices sees it.
struct LinkedSeries {
  ImageGeometry geometry;
  double sliceThicknessMm = 0;  // 0: the slice spacing
  QString frameOfReferenceUid;
};

struct LinkedSlices {
  std::vector<int> slices;  // ascending slice indices k in `to`; empty when the position is beyond it
  ViewerError error;        // InconsistentSeries when the frames of reference differ
  bool ok() const { return !error.isError(); }
};

// Linked scrolling between two series of one frame of reference (a thick
// series and its thin reconstruction, or the other way round): positionLps
// lies on a slice of `from`; the answer is the slices of `to` at the same
// place along the normal. When the normals are parallel: the slices of `to`
// whose centres lie in that slice's slab (centre ± thickness/2), or, when
// none does (a thin slice inside a thick one), the slices of `to` whose slab
// contains its centre. Otherwise: the slice of `to` nearest the position.
// Refused when the FrameOfReferenceUIDs differ or either is empty:
// positions in different frames do not correspond.
LinkedSlices linkedSlices(const LinkedSeries& from, const LinkedSeries& to, const Eigen::Vector3d& positionLps);

}  // namespace yunyue
