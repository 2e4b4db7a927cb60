#include "cloudclient/Outbox.h"

#include "cloudclient/DicomWebClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOutbox, "yunyue.cloud.outbox")

namespace yunyue {
namespace {

// synchronous=FULL: a commit is on disk (WAL fsynced) before enqueue
// returns, so an item once accepted survives power loss and SIGKILL.
const char* const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "CREATE TABLE IF NOT EXISTS items(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " sop_instance_uid TEXT NOT NULL UNIQUE, study_uid TEXT NOT NULL, description TEXT NOT NULL,"
    " part10 BLOB, sha256 BLOB NOT NULL, state INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
    " enqueued_at INTEGER NOT NULL, last_attempt_at INTEGER, next_attempt_at INTEGER, sent_at INTEGER,"
    " last_error TEXT NOT NULL DEFAULT '')",
};

const char kItemColumns[] =
    "sop_instance_uid, study_uid, description, state, attempts, enqueued_at, last_attempt_at,"
    " next_attempt_at, sent_at, last_error";

// UI syntax (PS3.5 9.1): digits and dots, no empty component, at most 64 characters.
bool isValidUid(const QString& uid) {
  // \A...\z, not ^...$: "$" also matches before a final newline (PS3.5 9.1).
  static const QRegularExpression syntax(QStringLiteral("\\A[0-9]+(\\.[0-9]+)*\\z"));
  return uid.size() <= 64 && syntax.match(uid).hasMatch();
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QDateTime timeOf(const QVariant& v) {
  return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

CloudError writeError(const QString& detail) {
  return {CloudErrorCode::CacheFailed,
          QCoreApplication::translate("yunyue::Outbox",
                                      "The report could not be saved for sending: the disk is full or cannot be written."),
          detail};
}

OutboxItem itemFrom(const QSqlQuery& q) {
  OutboxItem item;
  item.sopInstanceUid = q.value(0).toString();
  item.studyUid = q.value(1).toString();
  item.description = q.value(2).toString();
  item.state = OutboxItem::State(q.value(3).toInt());
  item.attempts = q.value(4).toInt();
  item.enqueuedAt = timeOf(q.value(5));
  item.lastAttemptAt = timeOf(q.value(6));
  item.nextAttemptAt = timeOf(q.value(7));
  item.sentAt = timeOf(q.value(8));
  item.lastError = q.value(9).toString();
  return item;
}

// Errors that sending again as-is cannot fix: the user must sign in again or
// correct the server profile. Items stay pending meanwhile.
bool needsTheUser(CloudErrorCode code) {
  return code == CloudErrorCode::AuthenticationFailed || code == CloudErrorCode::AccessDenied ||
         code == CloudErrorCode::BadProfile || code == CloudErrorCode::TlsFailed ||
         code == CloudErrorCode::NotFound;
}

// Answers worth trying again later: the server or the way there is down or
// busy (408 Request Timeout, 429 Too Many Requests, RFC 9110 / RFC 6585), or
// it is out of resources for now (Storage status A7xx, PS3.4 B.2.3).
bool isWorthRetrying(const StoreResult& result, const CloudError& error, const StoreFailure* failure) {
  if (error.isTransient() || error.code == CloudErrorCode::MalformedResponse) return true;
  if (result.httpStatus == 408 || result.httpStatus == 429) return true;
  return failure && failure->failureReason >= 0 && (failure->failureReason & 0xFF00) == 0xA700;
}

}  // namespace

Outbox::Outbox(const QString& directory)
    : m_directory(directory),
      m_connection(QStringLiteral("yunyue-outbox-") + QUuid::createUuid().toString(QUuid::Id128)),
      m_lock(QDir(directory).filePath(QStringLiteral("outbox.lock"))),
      m_timer(new QTimer(this)) {
  m_timer->setSingleShot(true);
  connect(m_timer, &QTimer::timeout, this, &Outbox::sendNext);
}

Outbox::~Outbox() {
  m_client.reset();  // no answer may arrive any more
  QSqlDatabase::database(m_connection, false).close();
  QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Outbox> Outbox::open(const QString& directory, CloudError* error) {
  const QString path = QDir(directory).absolutePath();
  if (!QDir().mkpath(path)) {
    if (error) *error = writeError(QStringLiteral("cannot create %1").arg(path));
    return nullptr;
  }
  std::unique_ptr<Outbox> outbox(new Outbox(path));
  // A lock left by a killed process is stale at once (its pid is gone).
  if (!outbox->m_lock.tryLock(3000)) {
    if (error)
      *error = {CloudErrorCode::CacheFailed,
                QCoreApplication::translate("yunyue::Outbox", "The outbox is in use by another Yunyue program."),
                QStringLiteral("%1 is locked (QLockFile error %2)").arg(path).arg(int(outbox->m_lock.error()))};
    return nullptr;
  }
  const CloudError indexError = outbox->openIndex();
  if (indexError.isError()) {
    if (error) *error = indexError;
    return nullptr;
  }
  if (error) *error = {};
  return outbox;
}

CloudError Outbox::openIndex() {
  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
  db.setDatabaseName(QDir(m_directory).filePath(QStringLiteral("outbox.sqlite")));
  if (!db.open()) return writeError(db.lastError().text());
  QSqlQuery q(db);
  for (const char* statement : kSchema)
    if (!q.exec(QString::fromLatin1(statement))) return writeError(q.lastError().text());
  // A process that died mid-request may or may not have delivered: send
  // again; the archive answers a repeated SOP Instance UID as stored.
  if (!q.exec(QStringLiteral("UPDATE items SET state = %1 WHERE state = %2")
                  .arg(int(OutboxItem::Pending))
                  .arg(int(OutboxItem::Sending))))
    return writeError(q.lastError().text());
  return {};
}

bool Outbox::enqueue(const QByteArray& part10, const QString& studyUid, const QString& sopInstanceUid,
                     const QString& description, CloudError* error) {
  if (!isValidUid(sopInstanceUid)) {
    if (error)
      *error = {CloudErrorCode::CacheFailed,
                QCoreApplication::translate("yunyue::Outbox", "The report has no valid SOP Instance UID."),
                QStringLiteral("SOP Instance UID \"%1\"").arg(sopInstanceUid.left(80))};
    return false;
  }
  const QByteArray sha256 = QCryptographicHash::hash(part10, QCryptographicHash::Sha256);
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT state, sha256 FROM items WHERE sop_instance_uid = ?"));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) {
    if (error) *error = writeError(q.lastError().text());
    return false;
  }
  const bool exists = q.next();
  if (exists && q.value(1).toByteArray() == sha256) {  // the same file again
    if (error) *error = {};
    return true;
  }
  if (exists && q.value(0).toInt() == OutboxItem::Sent) {
    if (error)
      *error = {CloudErrorCode::StoreRefused,
                QCoreApplication::translate("yunyue::Outbox",
                                            "This report was already sent. A changed report needs a new SOP Instance UID."),
                QStringLiteral("%1 already delivered with other content").arg(sopInstanceUid)};
    return false;
  }
  q.finish();
  // One statement, one transaction: the item is there whole, or not at all.
  if (exists)
    q.prepare(QStringLiteral(
        "UPDATE items SET part10 = ?, sha256 = ?, study_uid = ?, description = ?, state = ?, attempts = 0,"
        " enqueued_at = ?, last_attempt_at = NULL, next_attempt_at = NULL, sent_at = NULL, last_error = ''"
        " WHERE sop_instance_uid = ?"));
  else
    q.prepare(QStringLiteral("INSERT INTO items(part10, sha256, study_uid, description, state, enqueued_at,"
                             " sop_instance_uid) VALUES(?, ?, ?, ?, ?, ?, ?)"));
  for (const QVariant& v : {QVariant(part10), QVariant(sha256), QVariant(studyUid), QVariant(description),
                            QVariant(int(OutboxItem::Pending)), QVariant(nowMs()), QVariant(sopInstanceUid)})
    q.addBindValue(v);
  if (!q.exec()) {
    qCWarning(lcOutbox) << "enqueue:" << q.lastError().text();
    if (error) *error = writeError(q.lastError().text());
    return false;
  }
  if (error) *error = {};
  emit itemChanged(sopInstanceUid);
  if (m_client) m_timer->start(0);
  return true;
}

QList<OutboxItem> Outbox::items() const {
  QList<OutboxItem> list;
  QSqlQuery q(QSqlDatabase::database(m_connection));
  if (!q.exec(QStringLiteral("SELECT %1 FROM items ORDER BY seq").arg(QLatin1String(kItemColumns)))) {
    qCWarning(lcOutbox) << "items:" << q.lastError().text();
    return list;
  }
  while (q.next()) list << itemFrom(q);
  return list;
}

OutboxItem Outbox::item(const QString& sopInstanceUid) const {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT %1 FROM items WHERE sop_instance_uid = ?").arg(QLatin1String(kItemColumns)));
  q.addBindValue(sopInstanceUid);
  if (q.exec() && q.next()) return itemFrom(q);
  return {};
}

int Outbox::pendingCount() const {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT COUNT(*) FROM items WHERE state IN (?, ?)"));
  q.addBindValue(int(OutboxItem::Pending));
  q.addBindValue(int(OutboxItem::Sending));
  return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::remove(const QString& sopInstanceUid) {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("DELETE FROM items WHERE sop_instance_uid = ? AND state = ?"));
  q.addBindValue(sopInstanceUid);
  q.addBindValue(int(OutboxItem::Failed));
  if (!q.exec() || q.numRowsAffected() != 1) return false;
  emit itemChanged(sopInstanceUid);
  return true;
}

void Outbox::setRetryDelays(int firstMs, int capMs) {
  m_firstRetryMs = qMax(1, firstMs);
  m_retryCapMs = qMax(m_firstRetryMs, capMs);
}

int Outbox::retryDelayMs(int attempts) const {
  qint64 delay = m_firstRetryMs;
  for (int i = 1; i < attempts && delay < m_retryCapMs; ++i) delay *= 2;
  return int(qMin<qint64>(delay, m_retryCapMs));
}

void Outbox::start(const ServerProfile& profile) {
  ++m_generation;
  if (!m_inFlight.isEmpty()) {  // its answer will never come: send it again
    markRetry(m_inFlight, QString());
    m_inFlight.clear();
  }
  m_client = std::make_unique<DicomWebClient>(profile);
  m_blockedBy = {};
  m_timer->start(0);
}

void Outbox::retryNow() {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("UPDATE items SET next_attempt_at = ? WHERE state = ?"));
  q.addBindValue(nowMs());
  q.addBindValue(int(OutboxItem::Pending));
  if (!q.exec()) qCWarning(lcOutbox) << "retry:" << q.lastError().text();
  m_blockedBy = {};
  for (const OutboxItem& i : items())
    if (i.state == OutboxItem::Pending) emit itemChanged(i.sopInstanceUid);
  if (m_client) m_timer->start(0);
}

// Sends the pending item that is due first, one request at a time.
void Outbox::sendNext() {
  if (!m_client || !m_inFlight.isEmpty() || m_blockedBy.isError()) return;
  QSqlDatabase db = QSqlDatabase::database(m_connection);
  QSqlQuery q(db);
  q.prepare(QStringLiteral("SELECT sop_instance_uid, COALESCE(next_attempt_at, 0), part10, sha256 FROM items"
                           " WHERE state = ? ORDER BY COALESCE(next_attempt_at, 0), seq LIMIT 1"));
  q.addBindValue(int(OutboxItem::Pending));
  if (!q.exec() || !q.next()) return;
  const QString uid = q.value(0).toString();
  const qint64 due = q.value(1).toLongLong();
  if (due > nowMs()) {
    m_timer->start(int(qMin<qint64>(due - nowMs(), 24 * 3600 * 1000)));
    return;
  }
  const QByteArray part10 = q.value(2).toByteArray();
  const QByteArray sha256 = q.value(3).toByteArray();
  q.finish();
  q.prepare(QStringLiteral("UPDATE items SET state = ?, attempts = attempts + 1, last_attempt_at = ?"
                           " WHERE sop_instance_uid = ?"));
  q.addBindValue(int(OutboxItem::Sending));
  q.addBindValue(nowMs());
  q.addBindValue(uid);
  if (!q.exec()) {  // the index cannot be written now: try again later
    qCWarning(lcOutbox) << "send:" << q.lastError().text();
    m_timer->start(m_retryCapMs);
    return;
  }
  m_inFlight = uid;
  emit itemChanged(uid);
  const quint64 generation = m_generation;
  m_client->storeInstances({part10}, [this, generation, uid, sha256](StoreResult result, CloudError error) {
    if (generation != m_generation) return;
    m_inFlight.clear();
    if (isReplaced(uid, sha256)) markRetry(uid, QString());  // enqueued anew meanwhile: send the new file
    else onStored(uid, result, error);
    sendNext();
  });
}

bool Outbox::isReplaced(const QString& sopInstanceUid, const QByteArray& sentSha256) const {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT sha256 FROM items WHERE sop_instance_uid = ?"));
  q.addBindValue(sopInstanceUid);
  return q.exec() && q.next() && q.value(0).toByteArray() != sentSha256;
}

// What the STOW-RS answer (PS3.18 10.5.3) means for the one item sent.
// Orthanc 1.10 with DICOMweb 1.7 lists an instance it already had in
// ReferencedSOPSequence as it lists a new one (HTTP 200), so sending again
// after a lost answer counts as delivered and leaves one copy.
void Outbox::onStored(const QString& sopInstanceUid, const StoreResult& result, const CloudError& error) {
  if (result.storedSopInstanceUids().contains(sopInstanceUid)) {
    markSent(sopInstanceUid);
    return;
  }
  if (needsTheUser(error.code)) {
    markRetry(sopInstanceUid, error.message);
    m_blockedBy = error;
    qCWarning(lcOutbox) << "delivery blocked:" << error.detail;
    emit deliveryBlocked(error);
    return;
  }
  const StoreFailure* failure = nullptr;
  for (const StoreFailure& f : result.failed)
    if (f.part == 0) failure = &f;
  if (isWorthRetrying(result, error, failure)) {
    markRetry(sopInstanceUid, failure ? failure->reason : error.message);
    return;
  }
  QString reason = failure ? failure->reason : error.message;
  if (reason.isEmpty())
    reason = QCoreApplication::translate("yunyue::Outbox", "The server did not confirm that it stored this report.");
  qCWarning(lcOutbox).noquote() << "refused:" << sopInstanceUid << error.detail;
  markFailed(sopInstanceUid, reason);
}

void Outbox::markSent(const QString& sopInstanceUid) {
  // The file is no longer needed: the archive has it.
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("UPDATE items SET state = ?, sent_at = ?, next_attempt_at = NULL, last_error = '',"
                           " part10 = NULL WHERE sop_instance_uid = ?"));
  q.addBindValue(int(OutboxItem::Sent));
  q.addBindValue(nowMs());
  q.addBindValue(sopInstanceUid);
  // Not recorded: it goes again on the next start, and counts as delivered then.
  if (!q.exec()) qCWarning(lcOutbox) << "sent:" << q.lastError().text();
  emit itemChanged(sopInstanceUid);
  emit delivered(sopInstanceUid);
}

void Outbox::markFailed(const QString& sopInstanceUid, const QString& reason) {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("UPDATE items SET state = ?, next_attempt_at = NULL, last_error = ?"
                           " WHERE sop_instance_uid = ?"));
  q.addBindValue(int(OutboxItem::Failed));
  q.addBindValue(QCoreApplication::translate("yunyue::Outbox", "The server refused this report: %1").arg(reason));
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) qCWarning(lcOutbox) << "failed:" << q.lastError().text();
  emit itemChanged(sopInstanceUid);
}

void Outbox::markRetry(const QString& sopInstanceUid, const QString& reason) {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT attempts FROM items WHERE sop_instance_uid = ?"));
  q.addBindValue(sopInstanceUid);
  const int attempts = q.exec() && q.next() ? q.value(0).toInt() : 1;
  q.finish();
  q.prepare(QStringLiteral("UPDATE items SET state = ?, next_attempt_at = ?, last_error = ?"
                           " WHERE sop_instance_uid = ?"));
  q.addBindValue(int(OutboxItem::Pending));
  q.addBindValue(reason.isEmpty() ? nowMs() : nowMs() + retryDelayMs(attempts));
  q.addBindValue(reason);
  q.addBindValue(sopInstanceUid);
  if (!q.exec()) qCWarning(lcOutbox) << "retry:" << q.lastError().text();
  emit itemChanged(sopInstanceUid);
}

}  // namespace yunyue
