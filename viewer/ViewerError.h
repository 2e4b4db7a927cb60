#pragma once
// The viewer module's catalogue of failures a user can cause (a bad file, an
// image we cannot show). Returned as values, never thrown; no implicit bool.

#include <QString>

namespace yunyue {

enum class ViewerErrorCode {
  None,
  UnreadableFile,             // not DICOM, truncated, I/O error
  NotAnImage,                 // no Pixel Data (SR, presentation state, ...)
  UnsupportedImage,           // colour, unsupported transfer syntax, ...
  CorruptPixelData,           // decoder failed or pixel data too short
  InconsistentSeries,         // mixed orientation, matrix, pixel spacing, series or frame of reference
  DuplicateSlicePositions,    // several slices at one position (mixed acquisitions?)
  MissingSlices,              // a gap in an otherwise even stack
  UnevenSliceSpacing,         // slice distances vary
  GantryTilt,                 // slices offset sideways from their normal
  VolumeTooLarge,             // the voxels do not fit in memory
  LoadCanceled,               // the user stopped loading
  RegistrationFailed,         // nothing to register (an empty volume) or the optimizer failed
  RegistrationCanceled,       // the user stopped a registration
  NotASpatialRegistration,    // no Spatial Registration object, or one without frame of reference or items
  InvalidRegistrationMatrix,  // missing, not 16 finite values, not invertible, not of the type it claims
  FrameNotRegistered,         // a frame of reference the registration does not relate
  SharedFrameOfReference,     // both series already in one frame of reference: nothing to register
};

struct ViewerError {
  ViewerErrorCode code = ViewerErrorCode::None;
  QString message;  // for the user, translated
  QString detail;   // for the log and the technical details box

  bool isError() const { return code != ViewerErrorCode::None; }
};

}  // namespace yunyue
