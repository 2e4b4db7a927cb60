#pragma once
// The report outbox: DICOM Part 10 files (signed SR reports, Encapsulated
// PDFs, spot-check SRs) waiting to be stored in the archive with STOW-RS
// (PS3.18 10.5). Nothing enqueued is ever lost: each item sits in a SQLite
// index (WAL, synchronous=FULL) in the outbox directory, written in one
// transaction, so after a crash or SIGKILL at any moment an item is either
// fully there or absent. Items go out one per request, in the order they
// came, retried with exponential back-off while the server is unreachable,
// and survive restarts (pending items go out again on the next start).
//
// One process holds an outbox directory at a time (a lock file). Lives on
// one thread (the index connection is not shared).

#include "cloudclient/CloudError.h"
#include "cloudclient/ServerProfile.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace yunyue {

class DicomWebClient;
struct StoreResult;

struct OutboxItem {
  enum State { Pending, Sending, Sent, Failed };

  QString sopInstanceUid;  // SOPInstanceUID (0008,0018) of the file: the item's key
  QString studyUid;        // StudyInstanceUID (0020,000D)
  QString description;     // for the user: "CT head report, signed"
  State state = Pending;
  int attempts = 0;        // STOW-RS requests made for it
  QDateTime enqueuedAt, lastAttemptAt, nextAttemptAt, sentAt;  // UTC; invalid when none
  QString lastError;       // for the user, translated; empty after success

  bool isValid() const { return !sopInstanceUid.isEmpty(); }
};

class Outbox : public QObject {
  Q_OBJECT
 public:
  ~Outbox() override;

  // Opens (creating if needed) the outbox in `directory`. Items left
  // "Sending" by a process that died are pending again. Null with *error
  // when the directory cannot be used or another process holds it.
  static std::unique_ptr<Outbox> open(const QString& directory, CloudError* error);

  QString directory() const { return m_directory; }

  // Adds a file for the archive, durably on disk before this returns true.
  // Idempotent per SOP Instance UID: the same bytes again change nothing;
  // other bytes replace an item not yet sent (pending, or failed: it is
  // pending again). A sent item cannot be replaced (a changed report needs
  // a new SOP Instance UID, PS3.3 C.12.1.1.1). false with *error when the
  // disk cannot take it; the outbox is unchanged then.
  bool enqueue(const QByteArray& part10, const QString& studyUid, const QString& sopInstanceUid,
               const QString& description, CloudError* error);

  QList<OutboxItem> items() const;            // in the order they were enqueued
  OutboxItem item(const QString& sopInstanceUid) const;  // invalid when there is none
  int pendingCount() const;                   // Pending and Sending
  // Forgets a Failed item; false for any other state.
  bool remove(const QString& sopInstanceUid);

  // Starts (or restarts, e.g. after the user signed in again) delivering
  // pending items to the profile's archive.
  void start(const ServerProfile& profile);
  // "Send now": every pending item is due at once, and delivery blocked by
  // an authentication error is tried again.
  void retryNow();
  // What stops delivery until the user acts (wrong password, no access,
  // unusable profile); None while delivery goes on.
  CloudError blockedBy() const { return m_blockedBy; }

  // Back-off between attempts of one item: first, doubling up to cap.
  void setRetryDelays(int firstMs, int capMs);

 signals:
  void itemChanged(const QString& sopInstanceUid);
  void delivered(const QString& sopInstanceUid);
  // Delivery stopped until the user signs in again or fixes the profile.
  void deliveryBlocked(const yunyue::CloudError& error);

 private:
  explicit Outbox(const QString& directory);
  CloudError openIndex();
  void sendNext();
  void onStored(const QString& sopInstanceUid, const StoreResult& result, const CloudError& error);
  bool isReplaced(const QString& sopInstanceUid, const QByteArray& sentSha256) const;
  void markSent(const QString& sopInstanceUid);
  void markFailed(const QString& sopInstanceUid, const QString& reason);
  void markRetry(const QString& sopInstanceUid, const QString& reason);
  int retryDelayMs(int attempts) const;

  QString m_directory;
  QString m_connection;
  QLockFile m_lock;
  std::unique_ptr<DicomWebClient> m_client;
  QTimer* m_timer;
  QString m_inFlight;     // SOP Instance UID being sent; empty when idle
  quint64 m_generation = 0;  // bumped by start(): answers to an older client are ignored
  CloudError m_blockedBy;
  int m_firstRetryMs = 1000;
  int m_retryCapMs = 60000;
};

}  // namespace yunyue
