#include "app/StudyPrefetcher.h"

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/StudyCache.h"

#include <QTimer>

namespace yunyue {

StudyPrefetcher::StudyPrefetcher(DicomWebClient* client, StudyCache* cache, QObject* parent)
    : QObject(parent), m_client(client), m_cache(cache) {}

StudyPrefetcher::~StudyPrefetcher() {
  // Quietly: whoever listens may already be gone.
  if (m_pull) m_pull->disconnect(this);
  delete m_pull;
}

void StudyPrefetcher::setLimit(int studies) {
  m_limit = std::max(0, studies);
  if (m_limit == 0) stopPull();
}

void StudyPrefetcher::setCandidates(std::function<QStringList()> candidates) { m_candidates = std::move(candidates); }

void StudyPrefetcher::start() {
  stopPull();
  m_done.clear();
  m_paused = false;
  next();
}

void StudyPrefetcher::pause() {
  m_paused = true;
  // The interrupted study is not done: it is taken up again on resume().
  if (m_pull) m_done.removeAll(m_current);
  stopPull();
}

void StudyPrefetcher::resume() {
  m_paused = false;
  if (!m_pull) next();
}

void StudyPrefetcher::stopPull() {
  if (!m_pull) return;
  StudyPull* pull = m_pull;
  m_pull = nullptr;
  m_current.clear();
  // Its finished() still reaches the worklist (the local copy is incomplete),
  // but no longer moves the round on.
  pull->cancel();
}

void StudyPrefetcher::next() {
  if (m_paused || m_pull || !m_candidates) return;
  QString studyUid;
  if (m_done.size() < m_limit) {
    for (const QString& candidate : m_candidates())
      if (!m_done.contains(candidate)) {
        studyUid = candidate;
        break;
      }
  }
  if (studyUid.isEmpty()) return emit idle();
  m_done << studyUid;
  m_current = studyUid;
  // Low priority: two connections leave the network to the reader's own pulls.
  PullOptions options;
  options.connections = 2;
  auto* pull = new StudyPull(m_client, m_cache, studyUid, options, this);
  m_pull = pull;
  connect(pull, &StudyPull::progress, this, [this, studyUid](const PullProgress& p) { emit pullProgress(studyUid, p); });
  connect(pull, &StudyPull::finished, this, [this, pull, studyUid](const PullResult& result) {
    pull->deleteLater();
    emit pullFinished(studyUid, result);
    if (m_pull != pull) return;  // stopped: pause() or a new round
    m_pull = nullptr;
    m_current.clear();
    // The next one from the event loop: whoever handled pullFinished may
    // have paused or restarted the round.
    QTimer::singleShot(0, this, &StudyPrefetcher::next);
  });
  pull->start();
}

}  // namespace yunyue
