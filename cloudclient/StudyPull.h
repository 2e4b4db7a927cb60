#pragma once
// Pulls a whole study from a DICOMweb archive into the verified cache:
// complete, lossless and resumable. QIDO-RS lists the series and instances;
// what the cache already holds is not fetched again; the rest is retrieved
// instance by instance over several connections (WADO-RS, stored transfer
// syntax), streamed to disk, verified off the GUI thread and committed.
// The series shown first is fetched first, in display order, so the first
// image appears while the rest streams in. Dropped connections, stalls and
// 5xx answers are retried with back-off; authentication failures end the
// pull at once. Nothing is in the cache unless it arrived whole.

#include "cloudclient/CloudError.h"
#include "cloudclient/Records.h"
#include "cloudclient/SeriesCompleteness.h"

#include <QObject>
#include <QString>
#include <memory>

namespace yunyue {

class DicomWebClient;
class StudyCache;

struct PullOptions {
  int connections = 6;          // parallel WADO-RS requests
  int maxAttempts = 5;          // per instance, for transient failures
  int firstBackoffMs = 250;     // doubles with each attempt, at most 8 s
  int stallTimeoutMs = 30000;   // no byte for this long: the transfer is dropped
};

struct PullProgress {
  int instancesDone = 0;     // in the cache, whether fetched now or before
  int instancesTotal = 0;    // 0 while the series are still being listed
  qint64 bytesReceived = 0;  // by this pull
  int retries = 0;
};

struct SeriesPullResult {
  SeriesRecord series;
  int cachedInstances = 0;
  QList<SeriesWarning> warnings;
};

struct PullResult {
  CloudError error;        // why some instances are missing; None when all arrived
  bool cancelled = false;
  int fetched = 0;         // instances transferred by this pull
  int alreadyCached = 0;   // instances the cache had before
  int failed = 0;          // instances still missing
  qint64 bytesReceived = 0;
  int retries = 0;
  QList<SeriesPullResult> series;

  bool complete() const { return !error.isError() && !cancelled && failed == 0; }
};

class StudyPull : public QObject {
  Q_OBJECT
 public:
  StudyPull(DicomWebClient* client, StudyCache* cache, QString studyInstanceUid, PullOptions options = {},
            QObject* parent = nullptr);
  ~StudyPull() override;

  // The series to fetch before the others (the one on screen).
  void setFirstSeries(const QString& seriesInstanceUid);
  // The study's series when the caller has just searched them (QIDO-RS):
  // the pull then does not search again.
  void setSeries(const QList<SeriesRecord>& series);
  void start();
  // Stops every transfer; what is already verified stays in the cache.
  void cancel();
  bool isRunning() const;
  const PullResult& result() const;
  QString studyInstanceUid() const;

 signals:
  // A series' instances in display order (InstanceNumber, then position),
  // before any of them is fetched.
  void instancesListed(const yunyue::SeriesRecord& series, const QList<yunyue::InstanceRecord>& instances);
  // An instance is in the cache (already there, or just arrived verified).
  void instanceCached(const QString& seriesInstanceUid, const QString& sopInstanceUid, const QString& path);
  // Once per pull: the image to show first (lowest InstanceNumber of the
  // first series) is in the cache, usually before the series is listed.
  void firstImageCached(const yunyue::SeriesRecord& series, const QString& sopInstanceUid, const QString& path);
  void progress(const yunyue::PullProgress& progress);
  void finished(const yunyue::PullResult& result);

 private:
  struct Private;
  std::unique_ptr<Private> d;
};

}  // namespace yunyue

Q_DECLARE_METATYPE(yunyue::PullProgress)
Q_DECLARE_METATYPE(yunyue::PullResult)
