#pragma once
// Export of a computed Volume (an MPR stack, a slab stack, a thin-slice
// reconstruction) as a DERIVED DICOM series in the source's study: CT Image
// Storage for a CT source, MR Image Storage for an MR source (never Secondary
// Capture: the geometry must survive). Patient, study, equipment and frame of
// reference come from one instance of the source series; the series and
// instance UIDs are new; each slice gets its own ImagePositionPatient.
// ImageType DERIVED\SECONDARY\REFORMATTED, ReferencedSeriesSequence
// (0008,1115) names the source series, text in UTF-8 (ISO_IR 192).
// Pixels are int16 with RescaleSlope/Intercept chosen so the float voxels
// come back within half a slope (MR Image Storage has no Modality LUT, so for
// MR the rescale is a standard extended attribute: dciodvfy warns, DCMTK and
// our loader apply it). The DCMTK bridge lives in the .cpp only.

#include "viewer/ViewerError.h"
#include "viewer/Volume.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace yunyue {

// A coded entry (PS3.3 Table 8.8-1, Code Sequence Macro), e.g. DCM 113072.
struct DerivedCode {
  QString value;   // CodeValue
  QString scheme;  // CodingSchemeDesignator
  QString meaning; // CodeMeaning
};

struct DerivedSeriesOptions {
  QString sourceFile;             // a DICOM file of the source series (patient, study, frame of reference)
  QString seriesDescription;      // shown in the series list, e.g. "Thin axial 0.75 mm"
  QString derivationDescription;  // how it was made, e.g. "Thin-slice reconstruction, B-spline, 0.75 mm"
  int seriesNumber = 0;           // 0: the source's SeriesNumber + 1000
  double sliceThicknessMm = 0;    // 0: the volume's slice spacing
  double windowCenter = 0;        // written when windowWidth > 0
  double windowWidth = 0;
  // ImageType (0008,0008) value 4 after DERIVED\SECONDARY\REFORMATTED, e.g.
  // "MAXIMUM" for a MIP (see ReformatStack.h); empty: three values.
  QString imageTypeValue4;
  // DerivationCodeSequence (0008,9215) items, from PS3.16 CID 7203 Image
  // Derivation; empty: not written.
  QList<DerivedCode> derivationCodes;
  // Root for the new UIDs; empty: 2.25 followed by a random UUID as a decimal (PS3.5 B.2).
  QString uidRoot;
  // FrameOfReferenceUID (0020,0052) of the new series; empty: the source's.
  // A new one says the coordinates are not the source's (e.g. a resampled
  // or registered series), so viewers never link the two by position.
  QString frameOfReferenceUid;
};

struct DerivedSeries {
  ViewerError error;
  QList<QByteArray> files;  // Part 10, explicit VR little endian; slice k is files[k], InstanceNumber k + 1
  QString studyInstanceUid;
  QString seriesInstanceUid;    // new
  QStringList sopInstanceUids;  // new, per file
  QString sopClassUid;
  double rescaleSlope = 1;
  double rescaleIntercept = 0;
  bool ok() const { return !error.isError(); }
};

// Encodes every slice of the volume in memory (one file per slice).
DerivedSeries encodeDerivedSeries(const Volume& volume, const DerivedSeriesOptions& options);

// Writes the encoded files to `dir` (created if needed) as IM000001.dcm ...;
// the paths written, or an error (UnreadableFile: cannot write) with none.
ViewerError saveDerivedSeries(const DerivedSeries& series, const QString& dir, QStringList* paths = nullptr);

}  // namespace yunyue
