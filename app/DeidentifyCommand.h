#pragma once
// `yunyue deidentify`: de-identifies DICOM files for teaching and research
// (PS3.15 Annex E, Basic Profile with Retain Longitudinal Temporal
// Information with Modified Dates and Clean Descriptors), headless. All
// inputs go through one Deidentifier, so references between them still match.
//   yunyue deidentify --out DIR [--patient-name PN --patient-id ID]
//                     [--secret-file FILE] INPUT...

#include <QStringList>

namespace yunyue {

// Runs the verb on an existing QCoreApplication; returns the exit code:
// 0 every DICOM file written, 1 a file could not be read, de-identified or
// written (the others still are), 2 bad usage or an unreadable secret file.
int runDeidentifyCommand(const QStringList& arguments);

}  // namespace yunyue
