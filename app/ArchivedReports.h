#pragma once
// The SR reports of one study as the archive holds them: found with QIDO-RS
// (series of modality SR), fetched with WADO-RS, decoded and every signature
// verified against the center's CA. The workflow state of the study is
// derived from these, so every workstation sees the same state.

#include "cloudclient/CloudError.h"
#include "reporting/PeerReview.h"
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
using SrDocumentsFound = std::function<void(QList<QByteArray>, CloudError)>;
using PeerReviewsFound = std::function<void(QList<PeerReview>, CloudError)>;

// Every SR document of the study (series of modality SR), as Part 10 bytes.
void fetchSrDocuments(DicomWebClient* client, const QString& studyUid, SrDocumentsFound done);

// SR objects that are no diagnostic report (e.g. spot-check scores) are
// skipped. Each runs done once, from the event loop.
void fetchArchivedReports(DicomWebClient* client, const QString& studyUid, const CenterTrust& trust,
                          ArchivedReportsFound done);
// The spot check's scores stored in the study.
void fetchPeerReviews(DicomWebClient* client, const QString& studyUid, PeerReviewsFound done);

}  // namespace yunyue
