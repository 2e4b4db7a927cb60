#pragma once
// Pulls many studies in the background (a worklist's prefetch) with at most
// a few StudyPulls at once. Thirty pulls started together would each open
// their own connections: 30 × 6 requests queued behind Qt's six per host,
// every queued one with its stall timer running, 180 incoming files open,
// and the one study the reader opens next waiting behind all of them. A
// bounded queue keeps the number of requests in flight at
// maxConcurrentPulls × PullOptions::connections and pulls the studies in
// the order they were asked for.
//
// Lives on the thread of its DicomWebClient and StudyCache (the GUI's).

#include "cloudclient/StudyPull.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <deque>

namespace yunyue {

class DicomWebClient;
class StudyCache;

class PrefetchQueue : public QObject {
  Q_OBJECT
 public:
  PrefetchQueue(DicomWebClient* client, StudyCache* cache, int maxConcurrentPulls = 2, PullOptions options = {},
                QObject* parent = nullptr);
  ~PrefetchQueue() override;

  // Queues a study (StudyInstanceUID); one already queued or being pulled is
  // not queued again.
  void enqueue(const QString& studyInstanceUid);
  // Drops what is queued and cancels the running pulls; what is verified
  // stays in the cache.
  void cancel();

  int maxConcurrentPulls() const { return m_maxConcurrent; }
  int runningCount() const { return int(m_running.size()); }
  int queuedCount() const { return int(m_queue.size()); }

 signals:
  void pullStarted(const QString& studyInstanceUid);
  void progress(const QString& studyInstanceUid, const yunyue::PullProgress& progress);
  void studyFinished(const QString& studyInstanceUid, const yunyue::PullResult& result);
  // Nothing queued and nothing running any more.
  void idle();

 private:
  void startNext();
  void onFinished(StudyPull* pull, const PullResult& result);

  DicomWebClient* m_client;
  StudyCache* m_cache;
  int m_maxConcurrent;
  PullOptions m_options;
  std::deque<QString> m_queue;
  QList<StudyPull*> m_running;
};

}  // namespace yunyue
