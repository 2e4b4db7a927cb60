#pragma once
// Pulls the next studies of the worklist into the cache while the reader
// reads, so opening them costs no wait: one study at a time, over few
// connections, at most N studies per round, and never while the reader's
// own study is being pulled (that one goes first).

#include "cloudclient/StudyPull.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace yunyue {

class DicomWebClient;
class StudyCache;

class StudyPrefetcher : public QObject {
  Q_OBJECT
 public:
  StudyPrefetcher(DicomWebClient* client, StudyCache* cache, QObject* parent = nullptr);
  ~StudyPrefetcher() override;

  // Studies per round; 0 turns prefetching off (and stops a running pull).
  void setLimit(int studies);
  int limit() const { return m_limit; }
  // The studies worth prefetching, in worklist order (StudyInstanceUIDs).
  // Asked again before each study, so sorting and filtering count at once.
  void setCandidates(std::function<QStringList()> candidates);

  // A new round: up to limit() of the candidates, one after the other.
  void start();
  // The reader opens a study: the running pull stops (what arrived stays in
  // the cache) and the round waits until resume().
  void pause();
  void resume();

  bool isRunning() const { return !m_pull.isNull(); }
  bool isPaused() const { return m_paused; }
  QString currentStudy() const { return m_current; }
  // The studies this round has pulled (whole or not), in order.
  QStringList thisRound() const { return m_done; }

 signals:
  void pullProgress(const QString& studyUid, const yunyue::PullProgress& progress);
  void pullFinished(const QString& studyUid, const yunyue::PullResult& result);
  // The round is over: limit reached or no candidate left.
  void idle();

 private:
  void next();
  void stopPull();

  DicomWebClient* m_client;
  StudyCache* m_cache;
  std::function<QStringList()> m_candidates;
  int m_limit = 3;
  bool m_paused = false;
  QPointer<StudyPull> m_pull;
  QString m_current;
  QStringList m_done;
};

}  // namespace yunyue
