#pragma once
// What a report repeats about its study, read from the study's own DICOM
// files: Patient and General Study attributes (from the first readable file)
// and the evidence list (every instance, for CurrentRequestedProcedureEvidence).

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

#include <QStringList>

namespace yunyue {

// files: the study's Part 10 files (e.g. StudyCache::seriesFiles of every
// series). Files of another study are refused (NotAReport), unreadable files
// too (NotDicom, naming the file): a report must not cite evidence it cannot
// vouch for. SR and Encapsulated PDF objects (modality SR, DOC) are the
// study's reports, not its evidence, and are skipped. Names are decoded from their SpecificCharacterSet to Unicode.
bool readReportedStudy(const QStringList& files, ReportedStudy* study, ReportingError* error);

}  // namespace yunyue
