#pragma once
// The report PDF as a DICOM object, so the archive keeps the printed report
// beside the SR it renders: Encapsulated PDF Storage (PS3.3 A.45.1).

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

#include <QByteArray>

namespace yunyue {

// Wraps `pdf` (from renderReportPdf) into a DICOM Part 10 file in *part10:
// same patient and study as the report, a new DOC series and instance, and a
// reference to the report's SR instance when it has one (srInstanceUid).
bool encapsulatePdf(const QByteArray& pdf, const Report& report, QByteArray* part10,
                    ReportingError* error);

}  // namespace yunyue
