#pragma once
// The SR reports of one study as the archive holds them: found with QIDO-RS
// (series of modality SR), fetched with WADO-RS, decoded and every signature
// verified against the center's CA. The workflow state of the study is
// derived from these, so every workstation sees the same state.

#include "cloudclient/CloudError.h"
#include "reporting/Report.h"
#include "reporting/ReportSignature.h"
#include "reporting/ReportWorkflow.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace yunyue {

class DicomWebClient;

struct ArchivedReportFile {
  ArchivedReport summary;  // what the workflow needs
  Report report;           // the decoded content
  QList<SignatureInfo> signatures;
  QByteArray part10;
};

using ArchivedReportsFound = std::function<void(QList<ArchivedReportFile>, CloudError)>;

// SR objects that are no diagnostic report (e.g. spot-check scores) are
// skipped. Runs done from the event loop.
void fetchArchivedReports(DicomWebClient* client, const QString& studyUid, const CenterTrust& trust,
                          ArchivedReportsFound done);

}  // namespace yunyue
