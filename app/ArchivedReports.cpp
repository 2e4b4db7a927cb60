#include "app/ArchivedReports.h"

#include "cloudclient/DicomWebClient.h"
#include "reporting/ReportSr.h"

#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcArchivedReports, "yunyue.app.reports")

namespace yunyue {
namespace {

// One fetch of a study's reports: counts the outstanding requests and
// answers once, with the first error or everything found.
struct ReportFetch {
  DicomWebClient* client;
  QString studyUid;
  CenterTrust trust;
  ArchivedReportsFound done;
  QList<ArchivedReportFile> found;
  CloudError error;
  int outstanding = 0;

  void finishOne() {
    if (--outstanding > 0) return;
    std::sort(found.begin(), found.end(), [](const ArchivedReportFile& a, const ArchivedReportFile& b) {
      return a.summary.contentDateTime < b.summary.contentDateTime;
    });
    done(error.isError() ? QList<ArchivedReportFile>{} : found, error);
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

void fetchArchivedReports(DicomWebClient* client, const QString& studyUid, const CenterTrust& trust,
                          ArchivedReportsFound done) {
  auto fetch = std::make_shared<ReportFetch>(ReportFetch{client, studyUid, trust, std::move(done), {}, {}, 1});
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
            if (e.isError()) {
              if (!fetch->error.isError()) fetch->error = e;
              return fetch->finishOne();
            }
            for (const InstanceRecord& i : instances) {
              ++fetch->outstanding;
              fetch->client->retrieveInstance(fetch->studyUid, seriesUid, i.sopInstanceUid,
                                              [fetch](QByteArray part10, CloudError re) {
                                                if (re.isError()) {
                                                  if (!fetch->error.isError()) fetch->error = re;
                                                } else {
                                                  bool isReport = false;
                                                  ArchivedReportFile f = readReport(part10, fetch->trust, &isReport);
                                                  if (isReport) fetch->found.append(f);
                                                }
                                                fetch->finishOne();
                                              });
            }
            fetch->finishOne();
          });
    }
    fetch->finishOne();
  });
}

}  // namespace yunyue
