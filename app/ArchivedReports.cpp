#include "app/ArchivedReports.h"

#include "cloudclient/DicomWebClient.h"
#include "reporting/ReportSr.h"

#include <QLoggingCategory>
#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcArchivedReports, "yunyue.app.reports")

namespace yunyue {
namespace {

// One fetch of a study's SR documents: counts the outstanding requests and
// answers once, with the first error or everything found.
struct SrFetch {
  DicomWebClient* client;
  QString studyUid;
  SrDocumentsFound done;
  QList<QByteArray> found;
  CloudError error;
  int outstanding = 0;

  void finishOne() {
    if (--outstanding > 0) return;
    done(error.isError() ? QList<QByteArray>{} : found, error);
  }
};

ArchivedReportFile readReport(const QByteArray& part10, const CenterTrust& trust, bool* isReport) {
  ArchivedReportFile file;
  ReportingError decodeError;
  *isReport = decodeReportSr(part10, &file.report, &decodeError);
  if (!*isReport) {
    qCInfo(lcArchivedReports) << "skipping an SR that is no report:" << decodeError.detail;
    return file;
  }
  ReportingError signatureError;
  file.signatures = verifySignatures(part10, trust, &signatureError);
  const Report& r = file.report;
  ArchivedReport& s = file.summary;
  s.sopInstanceUid = r.srInstanceUid;
  s.seriesUid = r.srSeriesUid;
  s.contentDateTime = r.contentDateTime;
  s.complete = r.complete;
  s.verified = r.verified;
  for (const ImageReference& p : r.predecessors) s.predecessorUids.append(p.sopInstanceUid);
  s.authorName = r.author.name;
  s.verifierName = r.verifier.name;
  // An unsigned report is no report in a double-signing workflow.
  const bool signedAtAll = !file.signatures.isEmpty();
  s.signaturesValid = signedAtAll && !signatureError.isError();
  s.signatureProblem = signatureError.isError() ? signatureError.message : QString();
  file.part10 = part10;
  return file;
}

}  // namespace

void fetchSrDocuments(DicomWebClient* client, const QString& studyUid, SrDocumentsFound done) {
  auto fetch = std::make_shared<SrFetch>(SrFetch{client, studyUid, std::move(done), {}, {}, 1});
  client->searchSeries(studyUid, [fetch](QList<SeriesRecord> series, CloudError error) {
    if (error.isError()) {
      fetch->error = error;
      return fetch->finishOne();
    }
    for (const SeriesRecord& s : series) {
      if (s.modality != QLatin1String("SR")) continue;
      ++fetch->outstanding;
      fetch->client->searchInstances(
          fetch->studyUid, s.seriesInstanceUid,
          [fetch, seriesUid = s.seriesInstanceUid](QList<InstanceRecord> instances, CloudError e) {
            if (e.isError() && !fetch->error.isError()) fetch->error = e;
            for (const InstanceRecord& i : instances) {
              ++fetch->outstanding;
              fetch->client->retrieveInstance(fetch->studyUid, seriesUid, i.sopInstanceUid,
                                              [fetch](QByteArray part10, CloudError re) {
                                                if (re.isError() && !fetch->error.isError()) fetch->error = re;
                                                if (!re.isError()) fetch->found.append(part10);
                                                fetch->finishOne();
                                              });
            }
            fetch->finishOne();
          });
    }
    fetch->finishOne();
  });
}

void fetchArchivedReports(DicomWebClient* client, const QString& studyUid, const CenterTrust& trust,
                          ArchivedReportsFound done) {
  fetchSrDocuments(client, studyUid, [trust, done](QList<QByteArray> documents, CloudError error) {
    QList<ArchivedReportFile> found;
    for (const QByteArray& part10 : documents) {
      bool isReport = false;
      ArchivedReportFile f = readReport(part10, trust, &isReport);
      if (isReport) found.append(f);
    }
    std::sort(found.begin(), found.end(), [](const ArchivedReportFile& a, const ArchivedReportFile& b) {
      return a.summary.contentDateTime < b.summary.contentDateTime;
    });
    done(error.isError() ? QList<ArchivedReportFile>{} : found, error);
  });
}

void fetchPeerReviews(DicomWebClient* client, const QString& studyUid, PeerReviewsFound done) {
  fetchSrDocuments(client, studyUid, [done](QList<QByteArray> documents, CloudError error) {
    QList<PeerReview> found;
    for (const QByteArray& part10 : documents) {
      PeerReview review;
      ReportingError ignored;  // other SR documents: reports, dose reports
      if (decodePeerReviewSr(part10, &review, &ignored)) found.append(review);
    }
    done(found, error);
  });
}

}  // namespace yunyue
