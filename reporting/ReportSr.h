#pragma once
// The report as a DICOM Comprehensive SR document (PS3.3 A.35.3) following
// PS3.16 TID 2000 "Basic Diagnostic Imaging Report". Plain Qt types here;
// the DCMTK dcmsr bridge lives in ReportSr.cpp.
//
// What a round trip keeps exactly: every field of Report, with three limits
// that come from DICOM itself:
//  - evidence and predecessors come back grouped by study, then series
//    (Hierarchical SOP Instance Reference macro, PS3.3 Table C.17-3), and the
//    frame of an evidence entry is not carried (the macro references instances);
//  - the verifier is only written when the report is verified;
//  - trailing spaces of a text section are padding in UT/LO/PN and are dropped.

#include <QByteArray>
#include <QString>

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

namespace yunyue {

// The SOP class encodeReportSr writes: Comprehensive SR Storage.
inline constexpr char kReportSopClassUid[] = "1.2.840.10008.5.1.4.1.1.88.33";

// Builds the SR as DICOM Part 10, Explicit VR Little Endian, ISO_IR 192.
// Fills an empty report->srSeriesUid / srInstanceUid / contentDateTime and
// writes them back. Returns false with Code::EncodeFailed when a value cannot
// be expressed (missing SOP Class UID, verified but not complete, ...).
bool encodeReportSr(Report* report, QByteArray* part10, ReportingError* error);

// Reads an SR written by encodeReportSr or by other tools (Basic Text,
// Enhanced or Comprehensive SR with the TID 2000 concept names; unknown
// content is ignored, several TEXT items of a section are joined by newlines).
// Code::NotDicom for bytes that are no DICOM file, Code::NotAReport for DICOM
// that is no SR document.
bool decodeReportSr(const QByteArray& part10, Report* report, ReportingError* error);

}  // namespace yunyue
