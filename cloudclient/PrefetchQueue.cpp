#include "cloudclient/PrefetchQueue.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcPrefetch, "yunyue.cloud.prefetch")

namespace yunyue {

PrefetchQueue::PrefetchQueue(DicomWebClient* client, StudyCache* cache, int maxConcurrentPulls, PullOptions options,
                             QObject* parent)
    : QObject(parent), m_client(client), m_cache(cache), m_maxConcurrent(std::max(1, maxConcurrentPulls)),
      m_options(options) {}

PrefetchQueue::~PrefetchQueue() {
  // The pulls are children: they stop (and say nothing) as they go.
  m_queue.clear();
}

void PrefetchQueue::enqueue(const QString& studyInstanceUid) {
  const bool queued = std::find(m_queue.begin(), m_queue.end(), studyInstanceUid) != m_queue.end();
  const bool running = std::any_of(m_running.begin(), m_running.end(),
                                   [&](const StudyPull* p) { return p->studyInstanceUid() == studyInstanceUid; });
  if (queued || running) return;
  m_queue.push_back(studyInstanceUid);
  startNext();
}

void PrefetchQueue::cancel() {
  m_queue.clear();
  const QList<StudyPull*> running = m_running;
  for (StudyPull* pull : running) pull->cancel();  // each finishes (cancelled) and is removed
}

void PrefetchQueue::startNext() {
  while (!m_queue.empty() && int(m_running.size()) < m_maxConcurrent) {
    const QString studyUid = m_queue.front();
    m_queue.pop_front();
    auto* pull = new StudyPull(m_client, m_cache, studyUid, m_options, this);
    m_running << pull;
    connect(pull, &StudyPull::progress, this, [this, studyUid](const PullProgress& p) { emit progress(studyUid, p); });
    connect(pull, &StudyPull::finished, this, [this, pull](const PullResult& r) { onFinished(pull, r); });
    emit pullStarted(studyUid);
    pull->start();
  }
}

void PrefetchQueue::onFinished(StudyPull* pull, const PullResult& result) {
  m_running.removeOne(pull);
  pull->deleteLater();
  if (!result.complete()) qCInfo(lcPrefetch) << "prefetch incomplete:" << result.error.detail;
  emit studyFinished(pull->studyInstanceUid(), result);
  startNext();
  if (m_running.isEmpty() && m_queue.empty()) emit idle();
}

}  // namespace yunyue
