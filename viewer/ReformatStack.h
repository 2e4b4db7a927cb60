#pragma once
// Reformatted stacks: a series of parallel MPR images, thin or as thick slabs
// (MIP / MinIP / average), stepping along the plane normal through the whole
// volume, sampled by the reslice engine (each image split across cores).
// The stack is itself a Volume: image k is slice k, its geometry places
// pixel (column, row) of image k in patient LPS mm, so every image carries
// exact ImagePositionPatient / ImageOrientationPatient / PixelSpacing, and
// DerivedSeriesWriter writes it as a DERIVED series.
//
// Coding of the derived series (what reformatSeriesOptions fills in):
// - ImageType DERIVED\SECONDARY\REFORMATTED; a slab adds value 4 MAXIMUM,
//   MINIMUM or MEAN. PS3.3 C.7.6.1.1.2 leaves values 3 and beyond to the IOD
//   and the implementation; these are the Defined Terms for Derived Pixel
//   Contrast common to CT and MR (PS3.3 C.8.16.1, value 4), so an enhanced
//   object made from the same stack would say the same. (dciodvfy warns
//   about them, and about REFORMATTED: the CT Image module's own Defined
//   Terms, C.8.2.1.1.1, are AXIAL / LOCALIZER for value 3 and the
//   multi-energy ones for value 4; Defined Terms may be extended.)
// - DerivationCodeSequence from PS3.16 CID 7203 Image Derivation: (113072,
//   DCM, "Multiplanar reformatting"), plus (113078, DCM, "Maximum intensity
//   projection"), (113079, DCM, "Minimum intensity projection") or (113049,
//   DCM, "Pixel by pixel mean") for a slab.

#include "viewer/DerivedSeriesWriter.h"
#include "viewer/ResliceEngine.h"
#include "viewer/ViewerError.h"
#include "viewer/Volume.h"

#include <Eigen/Core>
#include <QString>

namespace yunyue {

enum class ReformatOrientation { Axial, Coronal, Sagittal, Oblique };

struct ReformatStackRequest {
  ReformatOrientation orientation = ReformatOrientation::Axial;  // names the series; the directions decide
  Eigen::Vector3d rowDirection{1, 0, 0};     // image right; normalised
  Eigen::Vector3d columnDirection{0, 1, 0};  // image down; made orthogonal to rowDirection
  double sliceSpacingMm = 0;                 // between image centres along the normal, > 0
  SlabOptions slab;                          // None: thin MPR images
  double pixelSpacingMm = 0;                 // square pixels of this size; 0: as fine as the voxels (fitPlaneToVolume)
  int columns = 0;                           // 0: cover the volume's extent
  int rows = 0;
  Interpolation interpolation = Interpolation::Linear;
  float background = kResliceBackground;
};

// The directions radiologists view the standard planes in (ResliceEngine.h:
// axialPlane, coronalPlane, sagittalPlane); an oblique request keeps its own.
void setStandardDirections(const ImageGeometry& volume, ReformatStackRequest& request);

struct ReformatStack {
  ViewerError error;
  // Image k is slice k: size (columns, rows, images), spacing (pixel, pixel,
  // slice spacing), direction columns (row, column, normal).
  Volume images;
  double sliceThicknessMm = 0;  // the slab thickness, or the slice spacing for thin images
  bool ok() const { return !error.isError(); }
  int count() const { return images.geometry().size.z(); }
  // The plane image k was sampled on.
  ReslicePlane plane(int k) const;
};

// Samples the stack. Images are centred on the volume along the normal and
// cover every voxel centre's projection; UnsupportedImage for a request that
// describes no stack (zero or parallel directions, spacing not above 0),
// VolumeTooLarge when the stack would not fit in memory.
ReformatStack reformatStack(const Volume& volume, const ReformatStackRequest& request);

// SeriesDescription ("Coronal MIP 10 mm / 5 mm"), DerivationDescription,
// SliceThickness, ImageType value 4 and DerivationCodeSequence for the stack,
// on top of `base` (source file, window, UID root).
DerivedSeriesOptions reformatSeriesOptions(const ReformatStackRequest& request, const ReformatStack& stack,
                                           DerivedSeriesOptions base);

}  // namespace yunyue
