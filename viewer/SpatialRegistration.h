#pragma once
// The result of registering two series, kept as a DICOM Spatial Registration
// object (SOP Class 1.2.840.10008.5.1.4.1.1.66.1, Modality REG; PS3.3 A.39)
// so that every workstation reuses it instead of registering again.
//
// The object belongs to the fixed (current) series' study and lives in its
// frame of reference, the "registered" frame (Frame of Reference module).
// RegistrationSequence (0070,0308) has one item per frame of reference it
// relates (PS3.3 C.20.2): the fixed frame with the identity, the moving frame
// with the 4×4 matrix that maps its points into the registered frame
// (FrameOfReferenceTransformationMatrix (3006,00C6), row-major, PS3.3
// C.20.2.1.1), typed RIGID, RIGID_SCALE or AFFINE (C.20.2.1.2). The images
// each frame was registered on are named per item (ReferencedImageSequence)
// and, by study and series, in the Common Instance Reference module (C.12.2).
//
// Matrices are 4×4 homogeneous, patient LPS millimetres, acting on column
// vectors (x, y, z, 1). The DCMTK bridge lives in the .cpp only.

#include "viewer/ViewerError.h"

#include <Eigen/Core>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace yunyue {

struct SpatialRegistrationInput {
  QString fixedSourceFile;   // a DICOM file of the fixed (current) series: patient, study, frame of reference
  QString movingSourceFile;  // a DICOM file of the moving (e.g. prior) series
  // More images of each series the registration used (same SOP class as the
  // source file); empty: only the source file's instance is named.
  QStringList fixedSopInstanceUids;
  QStringList movingSopInstanceUids;
  // Maps a point of the moving series (LPS mm) to the fixed series' frame.
  Eigen::Matrix4d movingToFixed = Eigen::Matrix4d::Identity();
  QString contentLabel;        // ContentLabel (CS, made upper case, 16 characters); empty: REGISTRATION
  QString contentDescription;  // ContentDescription, e.g. "Prior CT aligned to current CT"
  QString contentCreatorName;  // ContentCreatorName (PN), the reader who accepted it
  QString method;              // FrameOfReferenceTransformationComment, e.g. "Rigid, Mattes MI, 3 levels"
  int seriesNumber = 0;        // 0: SeriesNumber written empty (type 2)
  // Root for the new UIDs; empty: 2.25 followed by a random UUID as a decimal (PS3.5 B.2).
  QString uidRoot;
};

struct SpatialRegistrationObject;

// A matrix between two registered frames, or why there is none.
struct FrameTransform {
  ViewerError error;
  Eigen::Matrix4d matrix = Eigen::Matrix4d::Identity();
  bool ok() const { return !error.isError(); }
};

struct SpatialRegistrationObject {
  ViewerError error;
  QByteArray part10;  // explicit VR little endian Part 10 file (encode: written; decode: as given)
  QString sopInstanceUid, seriesInstanceUid, studyInstanceUid;
  QString frameOfReferenceUid;  // the registered frame: the fixed series' frame of reference

  // One RegistrationSequence item.
  struct Item {
    QString frameOfReferenceUid;  // the frame this item registers
    Eigen::Matrix4d matrix = Eigen::Matrix4d::Identity();  // that frame → registered frame
    QString matrixType;                                     // RIGID, RIGID_SCALE or AFFINE
    QString transformationComment;                          // how it was found, e.g. the method
    QStringList referencedSopInstanceUids;                  // images it was registered on
    QString referencedSeriesUid;  // their series, from the Common Instance Reference module
    QString referencedStudyUid;   // their study, likewise
  };
  QList<Item> registrations;

  QString contentLabel, contentDescription, contentCreatorName;
  QDateTime contentDateTime;

  bool ok() const { return !error.isError(); }
  // The item of this frame of reference, or null.
  const Item* registrationOf(const QString& frameOfReferenceUid) const;
  // The matrix mapping points of frame `from` to frame `to` when both are
  // registered here (from → registered frame → to); FrameNotRegistered
  // naming the missing frame otherwise.
  FrameTransform transformBetween(const QString& from, const QString& to) const;
};

// Encodes the Spatial Registration object of a moving series registered to a
// fixed one. Errors: UnreadableFile (a source file), UnsupportedImage (a
// source without frame of reference), SharedFrameOfReference (both in one
// frame: nothing to register), InvalidRegistrationMatrix (not finite, last
// row not 0 0 0 1, not invertible).
SpatialRegistrationObject encodeSpatialRegistration(const SpatialRegistrationInput& input);

// Decodes a Spatial Registration object, trusting nothing in it. Errors:
// UnreadableFile (no DICOM), NotASpatialRegistration (other SOP class, no
// frame of reference, no registration items), InvalidRegistrationMatrix
// (missing, not 16 finite values, last row not 0 0 0 1, not invertible, not
// of the type it claims).
SpatialRegistrationObject decodeSpatialRegistration(const QByteArray& part10);

// The FrameOfReferenceTransformationMatrixType a matrix satisfies (PS3.3
// C.20.2.1.2): RIGID (rotation and translation), RIGID_SCALE (orthogonal
// axes with scales), otherwise AFFINE; empty for a matrix that is no
// invertible affine map.
QString registrationMatrixType(const Eigen::Matrix4d& matrix);

}  // namespace yunyue
