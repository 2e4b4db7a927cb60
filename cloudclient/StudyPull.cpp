#include "cloudclient/StudyPull.h"

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/InstanceFacts.h"
#include "cloudclient/MultipartRelated.h"
#include "cloudclient/MultipartStream.h"
#include "cloudclient/StudyCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <deque>

Q_LOGGING_CATEGORY(lcPull, "yunyue.cloud.pull")

namespace yunyue {
namespace {

constexpr int kMaxBackoffMs = 8000;
constexpr int kProgressIntervalMs = 100;
constexpr qint64 kReadChunk = 256 * 1024;

struct Task {
  QString seriesUid;
  QString sopUid;
  int attempts = 0;
};

struct Transfer {
  Task task;
  QNetworkReply* reply = nullptr;
  std::unique_ptr<MultipartStreamParser> parser;
  QFile file;
  bool malformed = false;   // the answer is not one DICOM instance: permanent
  bool diskFailed = false;  // the cache cannot take it: ends the pull
  QString why;

  bool storeFailed() {
    diskFailed = true;
    why = file.errorString();
    return false;
  }
};

bool displayOrder(const InstanceRecord& a, const InstanceRecord& b) {
  if (a.instanceNumber != b.instanceNumber) return a.instanceNumber < b.instanceNumber;
  if (a.imagePositionPatient && b.imagePositionPatient) return (*a.imagePositionPatient)[2] > (*b.imagePositionPatient)[2];
  return a.sopInstanceUid < b.sopInstanceUid;
}

// A UID from the archive becomes a URL path segment and a cache path: one
// that is not a UID (PS3.5 9.1) is refused before anything is fetched.
CloudError invalidUidError(int refused) {
  return {CloudErrorCode::MalformedResponse,
          StudyPull::tr("The archive sent invalid identifiers; those images were refused."),
          QStringLiteral("%1 invalid UID(s) in a QIDO answer").arg(refused)};
}

template <typename Record, typename Uid>
int removeInvalidUids(QList<Record>& records, Uid uidOf) {
  const auto invalid = std::remove_if(records.begin(), records.end(),
                                      [&](const Record& r) { return !isValidUid(uidOf(r)); });
  const int refused = int(records.end() - invalid);
  records.erase(invalid, records.end());
  return refused;
}

}  // namespace

struct StudyPull::Private {
  StudyPull* q = nullptr;
  DicomWebClient* client = nullptr;
  StudyCache* cache = nullptr;
  QString studyUid;
  PullOptions options;
  QString firstSeries;
  QList<SeriesRecord> knownSeries;  // given by the caller: no series search

  bool running = false;
  bool stopping = false;   // cancelled or failed: only in-flight verifications remain
  int listingsPending = 0;  // QIDO searches and retry timers not yet back
  // The first image to display (lowest InstanceNumber of the first series)
  // travels alone, so it does not share the link with five others. It is
  // found by a quick QIDO for InstanceNumber 1, or by the series listing
  // when that answers first or finds no #1. Nothing else starts until the
  // first series is listed and the lead instance is received.
  bool firstSeriesListed = false;
  QString leadInstance;         // still to be received
  QString firstImage;           // SOP Instance UID, once known
  bool firstImageAnnounced = false;
  QSet<QString> scheduled;      // fetched, or being fetched, by this pull
  int verifying = 0;
  QList<SeriesRecord> series;
  std::deque<Task> queue;  // what still has to be fetched, first things first
  std::vector<std::unique_ptr<Transfer>> transfers;
  PullResult result;
  PullProgress progress;
  QByteArray readBuffer;
  QElapsedTimer sinceProgress;

  void listSeries(int attempt = 1);
  void seriesListed(QList<SeriesRecord> found);
  void listInstances(const SeriesRecord& s, int attempt = 1);
  void probeFirstImage(const SeriesRecord& s);
  void setFirstImage(const QString& sopUid, bool cached);
  void announceIfFirstImage(const QString& seriesUid, const QString& sopUid, const QString& path);
  // A transient failure of a QIDO search: true when it is tried again later
  // (the search stays pending until then, so the pull does not end early).
  bool retryListing(const CloudError& error, int attempt, std::function<void()> again);
  int backoffMs(int attempt) const { return std::min(kMaxBackoffMs, options.firstBackoffMs << (attempt - 1)); }
  void pump();
  void startTransfer(Task task);
  void onReadyRead(Transfer* t);
  void onFinished(Transfer* t);
  void verify(Task task, QString path);
  void retryOrFail(Task task, const CloudError& error);
  void failPull(const CloudError& error);
  void stop();
  void finishIfDone();
  void emitProgress(bool force);
  std::unique_ptr<Transfer> take(Transfer* t);
};

StudyPull::StudyPull(DicomWebClient* client, StudyCache* cache, QString studyInstanceUid, PullOptions options,
                     QObject* parent)
    : QObject(parent), d(new Private) {
  d->q = this;
  d->client = client;
  d->cache = cache;
  d->studyUid = std::move(studyInstanceUid);
  d->options = options;
  qRegisterMetaType<PullProgress>();
  qRegisterMetaType<PullResult>();
}

StudyPull::~StudyPull() {
  blockSignals(true);  // no finished() from a half-destroyed object
  if (d->running) d->stop();
}

void StudyPull::setFirstSeries(const QString& seriesInstanceUid) { d->firstSeries = seriesInstanceUid; }
void StudyPull::setSeries(const QList<SeriesRecord>& series) { d->knownSeries = series; }
bool StudyPull::isRunning() const { return d->running; }
const PullResult& StudyPull::result() const { return d->result; }
QString StudyPull::studyInstanceUid() const { return d->studyUid; }

void StudyPull::start() {
  if (d->running) return;
  d->running = true;
  d->stopping = false;
  d->firstSeriesListed = false;
  d->leadInstance.clear();
  d->firstImage.clear();
  d->firstImageAnnounced = false;
  d->scheduled.clear();
  d->result = {};
  d->progress = {};
  d->sinceProgress.start();
  if (!isValidUid(d->studyUid)) return d->failPull(invalidUidError(1));  // it names cache folders
  d->cache->markOpen(d->studyUid, true);  // never evicted while it is being filled
  static const QFuture<void> dictionary = QtConcurrent::run(prepareInstanceReading);  // while QIDO answers
  if (d->knownSeries.isEmpty()) d->listSeries();
  else d->seriesListed(d->knownSeries);
}

void StudyPull::cancel() {
  if (!d->running || d->stopping) return;
  d->result.cancelled = true;
  d->stop();
}

void StudyPull::Private::stop() {
  stopping = true;
  queue.clear();
  for (auto& t : transfers) {
    t->reply->disconnect(q);
    t->reply->abort();
    t->reply->deleteLater();
    t->file.remove();
  }
  transfers.clear();
  listingsPending = 0;
  finishIfDone();
}

bool StudyPull::Private::retryListing(const CloudError& error, int attempt, std::function<void()> again) {
  if (!error.isTransient() || attempt >= options.maxAttempts) return false;
  ++result.retries;
  ++progress.retries;
  qCInfo(lcPull) << "search again in" << backoffMs(attempt) << "ms:" << error.detail;
  QTimer::singleShot(backoffMs(attempt), q, [this, again = std::move(again)] {
    if (stopping) return;
    --listingsPending;  // again() counts itself
    again();
  });
  return true;
}

void StudyPull::Private::listSeries(int attempt) {
  ++listingsPending;
  QPointer<StudyPull> guard(q);
  client->searchSeries(studyUid, [this, guard, attempt](QList<SeriesRecord> found, CloudError error) {
    if (!guard || stopping) return;
    if (error.isError() && retryListing(error, attempt, [this, attempt] { listSeries(attempt + 1); })) return;
    --listingsPending;
    if (error.isError()) return failPull(error);
    seriesListed(std::move(found));
  });
}

void StudyPull::Private::seriesListed(QList<SeriesRecord> found) {
  if (const int refused = removeInvalidUids(found, [](const SeriesRecord& s) { return s.seriesInstanceUid; })) {
    qCWarning(lcPull) << refused << "series with an invalid Series Instance UID refused";
    result.error = invalidUidError(refused);
    if (found.isEmpty()) return failPull(result.error);
  }
  if (found.isEmpty())
    return failPull({CloudErrorCode::NotFound, StudyPull::tr("The archive holds no series for this study."), studyUid});
  // The series on screen first, then by series number.
  std::stable_sort(found.begin(), found.end(), [this](const SeriesRecord& a, const SeriesRecord& b) {
    const bool af = a.seriesInstanceUid == firstSeries, bf = b.seriesInstanceUid == firstSeries;
    if (af != bf) return af;
    return a.seriesNumber < b.seriesNumber;
  });
  series = found;
  // What QIDO announces, so the progress is right before every series is listed.
  for (const SeriesRecord& s : series) progress.instancesTotal += s.numberOfInstances;
  emitProgress(true);
  probeFirstImage(series.first());
  for (const SeriesRecord& s : series) listInstances(s);
}

void StudyPull::Private::probeFirstImage(const SeriesRecord& s) {
  QPointer<StudyPull> guard(q);
  client->searchInstances(
      studyUid, s.seriesInstanceUid,
      [this, guard, s](QList<InstanceRecord> found, CloudError) {
        // Only a shortcut: on any failure the series listing decides.
        if (!guard || stopping || !running || !firstImage.isEmpty() || found.size() != 1 ||
            !isValidUid(found.first().sopInstanceUid))
          return;
        const QString path = cache->instancePath(found.first().sopInstanceUid);
        setFirstImage(found.first().sopInstanceUid, !path.isEmpty());
        if (path.isEmpty()) {
          scheduled.insert(firstImage);
          queue.push_front({s.seriesInstanceUid, firstImage, 0});
          pump();
        } else {
          announceIfFirstImage(s.seriesInstanceUid, firstImage, path);
        }
      },
      1);
}

void StudyPull::Private::setFirstImage(const QString& sopUid, bool cached) {
  firstImage = sopUid;
  if (!cached) leadInstance = sopUid;
}

void StudyPull::Private::announceIfFirstImage(const QString& seriesUid, const QString& sopUid, const QString& path) {
  if (firstImageAnnounced || sopUid != firstImage) return;
  firstImageAnnounced = true;
  for (const SeriesRecord& s : series)
    if (s.seriesInstanceUid == seriesUid) emit q->firstImageCached(s, sopUid, path);
}

void StudyPull::Private::listInstances(const SeriesRecord& s, int attempt) {
  ++listingsPending;
  QPointer<StudyPull> guard(q);
  client->searchInstances(studyUid, s.seriesInstanceUid, [this, guard, s, attempt](QList<InstanceRecord> instances, CloudError error) {
    if (!guard || stopping) return;
    if (error.isError() && retryListing(error, attempt, [this, s, attempt] { listInstances(s, attempt + 1); })) return;
    --listingsPending;
    if (error.isError()) return failPull(error);
    if (const int refused = removeInvalidUids(instances, [](const InstanceRecord& i) { return i.sopInstanceUid; })) {
      qCWarning(lcPull) << refused << "instances with an invalid SOP Instance UID refused";
      result.failed += refused;
      if (!result.error.isError()) result.error = invalidUidError(refused);
    }
    std::sort(instances.begin(), instances.end(), displayOrder);
    cache->setExpectedInstances(studyUid, s.seriesInstanceUid, std::max(s.numberOfInstances, int(instances.size())));
    emit q->instancesListed(s, instances);
    if (stopping) return;  // a listener cancelled
    progress.instancesTotal += int(instances.size()) - s.numberOfInstances;
    const bool isFirstSeries = s.seriesInstanceUid == series.first().seriesInstanceUid;
    if (isFirstSeries && firstImage.isEmpty() && !instances.isEmpty())
      setFirstImage(instances.first().sopInstanceUid, cache->contains(instances.first().sopInstanceUid));
    std::vector<Task> missing;
    for (const InstanceRecord& i : instances) {
      if (scheduled.contains(i.sopInstanceUid)) continue;  // the probe's lead: counted when it arrives
      const QString path = cache->instancePath(i.sopInstanceUid);
      if (path.isEmpty()) {
        scheduled.insert(i.sopInstanceUid);
        missing.push_back({s.seriesInstanceUid, i.sopInstanceUid, 0});
      } else {
        ++result.alreadyCached;
        ++progress.instancesDone;
        emit q->instanceCached(s.seriesInstanceUid, i.sopInstanceUid, path);
        announceIfFirstImage(s.seriesInstanceUid, i.sopInstanceUid, path);
        if (stopping) return;
      }
    }
    // The first series goes before anything queued (behind the lead), the
    // others after.
    if (isFirstSeries) {
      const bool leadQueued = !queue.empty() && queue.front().sopUid == leadInstance;
      queue.insert(queue.begin() + (leadQueued ? 1 : 0), missing.begin(), missing.end());
      firstSeriesListed = true;
    } else {
      queue.insert(queue.end(), missing.begin(), missing.end());
    }
    emitProgress(true);
    pump();
    finishIfDone();
  });
}

void StudyPull::Private::pump() {
  if (stopping) return;
  const bool leadInFlight = !leadInstance.isEmpty() &&
                            std::any_of(transfers.begin(), transfers.end(),
                                        [this](const auto& t) { return t->task.sopUid == leadInstance; });
  if (leadInFlight) return;
  while (!queue.empty() && int(transfers.size()) < options.connections) {
    const bool lead = queue.front().sopUid == leadInstance;
    if (lead && !transfers.empty()) return;  // it waits to go alone
    if (!lead && !firstSeriesListed) return;  // the first series' order is not known yet
    startTransfer(queue.front());
    queue.pop_front();
    if (lead) return;
  }
}

void StudyPull::Private::startTransfer(Task task) {
  auto t = std::make_unique<Transfer>();
  t->task = task;
  t->file.setFileName(cache->incomingFile());
  t->reply = client->openInstanceStream(studyUid, task.seriesUid, task.sopUid, options.stallTimeoutMs);
  // Reads go to disk as they come: one instance per request bounds what Qt
  // buffers per connection.
  Transfer* raw = t.get();
  QObject::connect(t->reply, &QNetworkReply::readyRead, q, [this, raw] { onReadyRead(raw); });
  QObject::connect(t->reply, &QNetworkReply::finished, q, [this, raw] { onFinished(raw); });
  transfers.push_back(std::move(t));
}

void StudyPull::Private::onReadyRead(Transfer* t) {
  QNetworkReply* reply = t->reply;
  if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) return;  // judged when finished
  if (!t->parser) {
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray boundary = multipartBoundary(contentType);
    if (!contentType.trimmed().toLower().startsWith("multipart/related") || boundary.isEmpty()) {
      t->malformed = true;
      t->why = QStringLiteral("content type '%1'").arg(QString::fromLatin1(contentType.left(100)));
      reply->abort();
      return;
    }
    t->parser = std::make_unique<MultipartStreamParser>(
        boundary, MultipartStreamParser::Handler{
                      [t](const QByteArray& headers) {
                        if (t->parser->partCount() > 1) {
                          t->malformed = true;
                          t->why = QStringLiteral("more than one part for one instance");
                          return false;
                        }
                        const QByteArray type = partContentType(headers).toLower();
                        if (!type.isEmpty() && !type.startsWith("application/dicom")) {
                          t->malformed = true;
                          t->why = QStringLiteral("part of type '%1'").arg(QString::fromLatin1(type.left(100)));
                          return false;
                        }
                        return t->file.open(QIODevice::WriteOnly | QIODevice::Truncate) || t->storeFailed();
                      },
                      [t](QByteArrayView data) {
                        return t->file.write(data.data(), data.size()) == data.size() || t->storeFailed();
                      },
                      [t] { return t->file.flush() || t->storeFailed(); }});
  }
  // Into one reused buffer: a fresh allocation per chunk costs more than the copy.
  readBuffer.resize(kReadChunk);
  qint64 n;
  while ((n = reply->read(readBuffer.data(), kReadChunk)) > 0) {
    progress.bytesReceived += n;
    result.bytesReceived += n;
    if (!t->parser->feed(QByteArrayView(readBuffer.constData(), n))) {
      if (t->why.isEmpty()) {
        t->malformed = true;
        t->why = t->parser->error();
      }
      reply->abort();
      break;
    }
  }
  emitProgress(false);
}

std::unique_ptr<Transfer> StudyPull::Private::take(Transfer* t) {
  auto it = std::find_if(transfers.begin(), transfers.end(), [t](const auto& p) { return p.get() == t; });
  if (it == transfers.end()) return nullptr;
  std::unique_ptr<Transfer> owned = std::move(*it);
  transfers.erase(it);
  return owned;
}

void StudyPull::Private::onFinished(Transfer* raw) {
  std::unique_ptr<Transfer> t = take(raw);
  if (!t) return;
  t->reply->deleteLater();
  if (stopping) return;
  if (t->reply->bytesAvailable() > 0) onReadyRead(t.get());
  t->file.close();
  const Task task = t->task;
  if (task.sopUid == leadInstance) leadInstance.clear();
  const QString detailPrefix = QStringLiteral("instance %1: ").arg(task.sopUid);

  if (t->diskFailed) {
    t->file.remove();
    return failPull(StudyCache::writeError(detailPrefix + t->why));
  }
  if (t->malformed) {
    t->file.remove();
    return retryOrFail(task, {CloudErrorCode::MalformedResponse, StudyPull::tr("The server sent image data that cannot be read."),
                              detailPrefix + t->why});
  }
  const CloudError http = client->errorOf(t->reply);
  if (http.isError()) {
    t->file.remove();
    if (http.code == CloudErrorCode::AuthenticationFailed || http.code == CloudErrorCode::AccessDenied)
      return failPull(http);
    return retryOrFail(task, http);
  }
  if (!t->parser || !t->parser->isComplete() || t->parser->partCount() != 1) {
    // The connection ended inside the body: a transport fault, worth retrying.
    t->file.remove();
    return retryOrFail(task, {CloudErrorCode::ServerUnreachable, StudyPull::tr("The transfer was interrupted."),
                              detailPrefix + QStringLiteral("multipart body incomplete (%1 parts)")
                                                 .arg(t->parser ? t->parser->partCount() : 0)});
  }
  verify(task, t->file.fileName());
  pump();
}

void StudyPull::Private::verify(Task task, QString path) {
  ++verifying;
  auto* watcher = new QFutureWatcher<std::pair<std::optional<InstanceFacts>, CloudError>>(q);
  QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, task, path] {
    watcher->deleteLater();
    --verifying;
    auto [facts, error] = watcher->result();
    if (stopping) {
      QFile::remove(path);
      return finishIfDone();
    }
    if (facts && facts->sopInstanceUid != task.sopUid) {
      error = {CloudErrorCode::DamagedInstance, StudyPull::tr("The server sent a different image than the one asked for."),
               QStringLiteral("asked %1, got %2").arg(task.sopUid, facts->sopInstanceUid)};
      facts.reset();
    }
    if (!facts) {
      QFile::remove(path);
      return retryOrFail(task, error);
    }
    const CloudError stored = cache->commit(path, *facts);
    if (stored.isError()) return failPull(stored);
    ++result.fetched;
    ++progress.instancesDone;
    const QString cachedPath = cache->instancePath(task.sopUid);
    emit q->instanceCached(task.seriesUid, task.sopUid, cachedPath);
    announceIfFirstImage(task.seriesUid, task.sopUid, cachedPath);
    emitProgress(false);
    finishIfDone();
  });
  watcher->setFuture(QtConcurrent::run([path] {
    CloudError error;
    std::optional<InstanceFacts> facts = readInstanceFacts(path, &error);
    return std::make_pair(facts, error);
  }));
}

void StudyPull::Private::retryOrFail(Task task, const CloudError& error) {
  ++task.attempts;
  const bool transient = error.isTransient() || error.code == CloudErrorCode::DamagedInstance ||
                         error.code == CloudErrorCode::MalformedResponse;
  if (transient && task.attempts < options.maxAttempts) {
    ++result.retries;
    ++progress.retries;
    const int backoff = backoffMs(task.attempts);
    qCInfo(lcPull) << "retrying in" << backoff << "ms:" << error.detail;
    // Held as a pending listing so the pull does not finish meanwhile.
    ++listingsPending;
    QTimer::singleShot(backoff, q, [this, task] {
      if (stopping) return;
      --listingsPending;
      queue.push_front(task);
      pump();
    });
    pump();
    return;
  }
  qCWarning(lcPull) << "giving up on an instance:" << error.detail;
  ++result.failed;
  if (!result.error.isError()) result.error = error;
  pump();
  finishIfDone();
}

void StudyPull::Private::failPull(const CloudError& error) {
  qCWarning(lcPull) << "pull failed:" << error.detail;
  if (stopping) return;
  result.error = error;
  stop();
}

void StudyPull::Private::emitProgress(bool force) {
  if (!force && sinceProgress.elapsed() < kProgressIntervalMs && progress.instancesDone < progress.instancesTotal) return;
  sinceProgress.restart();
  emit q->progress(progress);
}

void StudyPull::Private::finishIfDone() {
  if (!running || verifying > 0) return;
  if (!stopping && (listingsPending > 0 || !queue.empty() || !transfers.empty())) return;
  running = false;
  for (const SeriesRecord& s : series) {
    SeriesPullResult r;
    r.series = s;
    const QList<InstanceFacts> cached = cache->seriesInstances(s.seriesInstanceUid);
    r.cachedInstances = int(cached.size());
    r.warnings = checkSeries(cached, cache->expectedInstances(s.seriesInstanceUid));
    result.series << r;
  }
  const int missing = progress.instancesTotal - progress.instancesDone;
  result.failed = std::max(result.failed, missing);
  if (result.failed > 0 && !result.error.isError() && !result.cancelled)
    result.error = {CloudErrorCode::ServerUnreachable, StudyPull::tr("%n image(s) could not be fetched.", nullptr, result.failed), studyUid};
  if (result.failed > 0 && result.error.isError())
    result.error.message = StudyPull::tr("%n image(s) could not be fetched: %1 Pull again to fetch only what is missing.", nullptr, result.failed)
                               .arg(result.error.message);
  cache->markOpen(studyUid, false);
  emitProgress(true);
  emit q->finished(result);
}

}  // namespace yunyue
