#pragma once
// Analytic phantoms written as DICOM series, for tests that need to know
// every voxel: given an ImageGeometry and a function of the patient position
// (LPS mm), writes a CT or MR Image Storage series (one file per slice) or an
// Enhanced CT/MR multi-frame file whose pixel (i, j) of slice k holds the
// function at geometry.indexToPatient(i, j, k), quantised to the stored
// integer type. Files and InstanceNumbers are shuffled by default, so a
// reader that sorts by file name or InstanceNumber gets it wrong.

#include "viewer/Geometry.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class DcmItem;

namespace yunyue::test {

using PhantomFunction = std::function<double(const Eigen::Vector3d& lps)>;

struct PhantomSeriesOptions {
  enum class Layout { SingleFrameFiles, EnhancedMultiFrame };
  enum class Kind { Ct, Mr };  // (Enhanced) CT or MR Image Storage
  Layout layout = Layout::SingleFrameFiles;
  Kind kind = Kind::Ct;
  double rescaleSlope = 1;
  double rescaleIntercept = -1024;
  bool signedPixels = true;       // PixelRepresentation 1
  int bitsStored = 16;            // of 16 allocated; HighBit = BitsStored - 1
  // Signed values below 16 bits are normally stored sign-extended; this
  // leaves the bits above HighBit zero (as some scanners do), which a reader
  // must ignore.
  bool clearBitsAboveHighBit = false;
  // ImagePositionPatient step from slice k to k + 1. Zero: spacing.z() along
  // the geometry's slice normal. A step off the normal is a gantry tilt; a
  // negative one writes the stack head to feet.
  Eigen::Vector3d sliceStep{0, 0, 0};
  bool shuffle = true;            // file / frame order and InstanceNumbers
  unsigned seed = 20261120;
  QString studyInstanceUid, seriesInstanceUid, frameOfReferenceUid;  // generated when empty
  // Called before writing slice k: single-frame files get the slice's
  // dataset, a multi-frame file the slice's PerFrameFunctionalGroupsSequence
  // item. Lets tests break a series (orientation, spacing, position).
  std::function<void(int slice, DcmItem& item)> editSlice;
};

struct PhantomSeries {
  QString error;               // empty when written
  QStringList files;           // as written (shuffled order)
  QStringList fileOfSlice;     // slice k -> its file (all the same for multi-frame)
  QStringList sopInstanceUidOfSlice;
  QString seriesInstanceUid;
  bool ok() const { return error.isEmpty(); }
};

// Writes the series into `dir` (which must exist).
PhantomSeries writePhantomSeries(const QString& dir, const ImageGeometry& geometry, const PhantomFunction& f,
                                 const PhantomSeriesOptions& options = {});

// The modality value a phantom pixel holds for function value v: stored =
// round((v - intercept) / slope) clamped to the stored range, times slope
// plus intercept.
double phantomModalityValue(double v, const PhantomSeriesOptions& options);

// Where slice k's ImagePositionPatient is: origin + k * step.
Eigen::Vector3d phantomSlicePosition(const ImageGeometry& geometry, const PhantomSeriesOptions& options, int k);

}  // namespace yunyue::test
