#include "cloudclient/StudyCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <functional>

Q_LOGGING_CATEGORY(lcCache, "yunyue.cloud.cache")

namespace yunyue {
namespace {


template <size_t N>
QString joinNumbers(const std::optional<std::array<double, N>>& values) {
  if (!values) return {};
  QStringList parts;
  for (double v : *values) parts << QString::number(v, 'g', 17);
  return parts.join(QLatin1Char('\\'));
}

template <size_t N>
std::optional<std::array<double, N>> splitNumbers(const QString& text) {
  const QStringList parts = text.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
  if (parts.size() != int(N)) return std::nullopt;
  std::array<double, N> values{};
  for (size_t i = 0; i < N; ++i) values[i] = parts[int(i)].toDouble();
  return values;
}

const char* const kPragmas[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
};

// Created in one transaction: each page goes to the WAL once (a statement
// per transaction rewrote page 1 each time, more than a nearly full disk
// takes), and a crash never leaves half a schema.
const char* const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS studies(study_uid TEXT PRIMARY KEY, last_access INTEGER NOT NULL,"
    " unsent_report INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS series(series_uid TEXT PRIMARY KEY, study_uid TEXT NOT NULL,"
    " expected_instances INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS instances(sop_uid TEXT PRIMARY KEY, study_uid TEXT NOT NULL,"
    " series_uid TEXT NOT NULL, path TEXT NOT NULL, bytes INTEGER NOT NULL, sop_class TEXT,"
    " transfer_syntax TEXT, modality TEXT, instance_number INTEGER, rows INTEGER, columns INTEGER,"
    " frames INTEGER, lossy INTEGER, position TEXT, orientation TEXT, spacing TEXT)",
    "CREATE INDEX IF NOT EXISTS instances_by_series ON instances(series_uid)",
    "CREATE INDEX IF NOT EXISTS instances_by_study ON instances(study_uid)",
    // Paths (relative to the root) whose files may disagree with the index
    // while a step is under way: an instance being moved into place, a
    // study folder being deleted. Written before the files are touched and
    // removed after; what a crash leaves listed here is put right at open.
    "CREATE TABLE IF NOT EXISTS pending(path TEXT PRIMARY KEY)",
};

// Runs `body` in one SQLite transaction: all of its writes or none (a
// SIGKILL between two of them leaves neither).
bool inTransaction(const QString& connection, const std::function<bool()>& body) {
  QSqlDatabase db = QSqlDatabase::database(connection);
  if (!db.transaction()) return false;
  if (body() && db.commit()) return true;
  db.rollback();
  return false;
}

// The first column of every row of a query on `connection`.
QStringList firstColumn(const QString& connection, const QString& sql, const QVariantList& values) {
  QStringList strings;
  QSqlQuery q(QSqlDatabase::database(connection));
  q.prepare(sql);
  for (const QVariant& v : values) q.addBindValue(v);
  if (q.exec())
    while (q.next()) strings << q.value(0).toString();
  return strings;
}

bool indexedAt(const QString& connection, const QString& relativePath) {
  return !firstColumn(connection, QStringLiteral("SELECT 1 FROM instances WHERE path = ?"), {relativePath}).isEmpty();
}

// What a crash interrupted (see `pending`): a file moved into place without
// its row (commit), or the rest of a study folder whose rows are gone
// (eviction). Files without a row are removed; indexed files stay.
void finishPending(const QString& root, const QString& connection) {
  for (const QString& relative : firstColumn(connection, QStringLiteral("SELECT path FROM pending"), {})) {
    const QString path = root + QLatin1Char('/') + relative;
    if (QFileInfo(path).isDir()) {
      QDirIterator files(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
      while (files.hasNext()) {
        const QString file = files.next();
        if (!indexedAt(connection, QDir(root).relativeFilePath(file))) QFile::remove(file);
      }
      // Left with only empty folders unless a row points inside.
      const QString prefix = relative + QLatin1Char('/');
      if (firstColumn(connection, QStringLiteral("SELECT 1 FROM instances WHERE substr(path, 1, ?) = ? LIMIT 1"),
                      {prefix.size(), prefix})
              .isEmpty())
        QDir(path).removeRecursively();
    } else if (!indexedAt(connection, relative)) {
      QFile::remove(path);
    }
    QSqlQuery done(QSqlDatabase::database(connection));
    done.prepare(QStringLiteral("DELETE FROM pending WHERE path = ?"));
    done.addBindValue(relative);
    done.exec();
    qCInfo(lcCache) << "finished an interrupted cache update";
  }
}

}  // namespace

StudyCache::StudyCache(QString root)
    : m_root(std::move(root)), m_connection(QStringLiteral("yunyue-cache-") + QUuid::createUuid().toString(QUuid::Id128)) {}

StudyCache::~StudyCache() {
  QSqlDatabase::database(m_connection, false).close();
  QSqlDatabase::removeDatabase(m_connection);
}

CloudError StudyCache::writeError(const QString& detail) {
  return {CloudErrorCode::CacheFailed,
          QCoreApplication::translate("yunyue::StudyCache",
                                      "The local image cache cannot be written (disk full or no permission)."),
          detail};
}

QString StudyCache::defaultRoot() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/yunyue/studies");
}

std::unique_ptr<StudyCache> StudyCache::open(const QString& root, CloudError* error) {
  std::unique_ptr<StudyCache> cache(new StudyCache(QDir(root).absolutePath()));
  QDir dir(cache->m_root);
  if (!dir.mkpath(QStringLiteral("incoming")) || !dir.mkpath(QStringLiteral("studies"))) {
    if (error) *error = writeError(QStringLiteral("cannot create %1").arg(cache->m_root));
    return nullptr;
  }
  // Files of an interrupted transfer were never verified: they go.
  QDir incoming(dir.filePath(QStringLiteral("incoming")));
  for (const QString& name : incoming.entryList(QDir::Files)) incoming.remove(name);

  QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), cache->m_connection);
  db.setDatabaseName(dir.filePath(QStringLiteral("index.sqlite")));
  if (!db.open()) {
    if (error) *error = writeError(db.lastError().text());
    return nullptr;
  }
  for (const char* statement : kPragmas)
    if (!cache->exec(QString::fromLatin1(statement), {}, error)) return nullptr;
  const bool created = inTransaction(cache->m_connection, [&] {
    for (const char* statement : kSchema)
      if (!cache->exec(QString::fromLatin1(statement), {}, error)) return false;
    return true;
  });
  if (!created) {
    if (error && !error->isError()) *error = writeError(QStringLiteral("cannot create the index"));
    return nullptr;
  }
  finishPending(cache->m_root, cache->m_connection);
  return cache;
}

bool StudyCache::exec(const QString& sql, const QVariantList& values, CloudError* error) const {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(sql);
  for (const QVariant& v : values) q.addBindValue(v);
  if (q.exec()) return true;
  qCWarning(lcCache) << "index:" << q.lastError().text();
  if (error) *error = writeError(q.lastError().text());
  return false;
}

bool StudyCache::contains(const QString& sopInstanceUid) const { return !instancePath(sopInstanceUid).isEmpty(); }

QString StudyCache::instancePath(const QString& sopInstanceUid) const {
  const QStringList paths = selectStrings(QStringLiteral("SELECT path FROM instances WHERE sop_uid = ?"), {sopInstanceUid});
  return paths.isEmpty() ? QString() : m_root + QLatin1Char('/') + paths.first();
}

QString StudyCache::incomingFile() {
  return m_root + QStringLiteral("/incoming/") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".part");
}

CloudError StudyCache::commit(const QString& incomingPath, const InstanceFacts& f) {
  CloudError error;
  // UIDs become path components: only well-formed ones (no "..", no "/").
  if (!isValidUid(f.studyInstanceUid) || !isValidUid(f.seriesInstanceUid) || !isValidUid(f.sopInstanceUid)) {
    QFile::remove(incomingPath);
    return {CloudErrorCode::DamagedInstance, QCoreApplication::translate("yunyue::StudyCache", "An image arrived with invalid identifiers and was not stored."),
            QStringLiteral("study/series/SOP instance UID not valid")};
  }
  const QString relativeDir = QStringLiteral("studies/%1/%2").arg(f.studyInstanceUid, f.seriesInstanceUid);
  const QString relative = relativeDir + QLatin1Char('/') + f.sopInstanceUid + QStringLiteral(".dcm");
  const QString target = m_root + QLatin1Char('/') + relative;
  if (!QDir(m_root).mkpath(relativeDir)) {
    QFile::remove(incomingPath);
    return writeError(QStringLiteral("cannot create %1").arg(relativeDir));
  }
  // The file and its row cannot change together: the target is marked
  // pending first (and a re-fetched instance's old row goes), so a crash
  // before the new row is written leaves at most an unindexed file that
  // open() removes, never a row whose file is missing or of another size.
  const bool announced = inTransaction(m_connection, [&] {
    return exec(QStringLiteral("DELETE FROM instances WHERE sop_uid = ?"), {f.sopInstanceUid}, &error) &&
           exec(QStringLiteral("INSERT OR IGNORE INTO pending VALUES (?)"), {relative}, &error);
  });
  if (!announced) {
    QFile::remove(incomingPath);
    return error.isError() ? error : writeError(QStringLiteral("index transaction failed"));
  }
  QFile::remove(target);  // a re-fetched instance replaces its older copy
  if (!QFile::rename(incomingPath, target)) {
    QFile::remove(incomingPath);
    exec(QStringLiteral("DELETE FROM pending WHERE path = ?"), {relative});
    return writeError(QStringLiteral("cannot move the received file to %1").arg(relative));
  }
  // The row, the study's row (without which eviction never sees the study)
  // and the end of the pending mark, together.
  const bool indexed = inTransaction(m_connection, [&] {
    return exec(QStringLiteral("INSERT OR REPLACE INTO instances VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                {f.sopInstanceUid, f.studyInstanceUid, f.seriesInstanceUid, relative, f.fileBytes, f.sopClassUid,
                 f.transferSyntaxUid, f.modality, f.instanceNumber, f.rows, f.columns, f.numberOfFrames,
                 int(f.lossy), joinNumbers(f.imagePositionPatient), joinNumbers(f.imageOrientationPatient),
                 joinNumbers(f.pixelSpacing)},
                &error) &&
           exec(QStringLiteral("INSERT INTO studies(study_uid, last_access) VALUES (?, ?)"
                               " ON CONFLICT(study_uid) DO UPDATE SET last_access = excluded.last_access"),
                {f.studyInstanceUid, QDateTime::currentMSecsSinceEpoch()}, &error) &&
           exec(QStringLiteral("DELETE FROM pending WHERE path = ?"), {relative}, &error);
  });
  if (!indexed) {  // not in the index: not in the cache
    QFile::remove(target);
    exec(QStringLiteral("DELETE FROM pending WHERE path = ?"), {relative});
    if (!error.isError()) error = writeError(QStringLiteral("index transaction failed"));
  }
  return error;
}

QList<InstanceFacts> StudyCache::seriesInstances(const QString& seriesInstanceUid) const {
  QList<InstanceFacts> list;
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral(
      "SELECT sop_uid, study_uid, series_uid, bytes, sop_class, transfer_syntax, modality, instance_number, rows,"
      " columns, frames, lossy, position, orientation, spacing FROM instances WHERE series_uid = ?"
      " ORDER BY instance_number"));
  q.addBindValue(seriesInstanceUid);
  if (!q.exec()) return list;
  while (q.next()) {
    InstanceFacts f;
    f.sopInstanceUid = q.value(0).toString();
    f.studyInstanceUid = q.value(1).toString();
    f.seriesInstanceUid = q.value(2).toString();
    f.fileBytes = q.value(3).toLongLong();
    f.sopClassUid = q.value(4).toString();
    f.transferSyntaxUid = q.value(5).toString();
    f.modality = q.value(6).toString();
    f.instanceNumber = q.value(7).toInt();
    f.rows = q.value(8).toInt();
    f.columns = q.value(9).toInt();
    f.numberOfFrames = q.value(10).toInt();
    f.lossy = q.value(11).toInt() != 0;
    f.imagePositionPatient = splitNumbers<3>(q.value(12).toString());
    f.imageOrientationPatient = splitNumbers<6>(q.value(13).toString());
    f.pixelSpacing = splitNumbers<2>(q.value(14).toString());
    list << f;
  }
  return list;
}

QStringList StudyCache::selectStrings(const QString& sql, const QVariantList& values) const {
  QStringList strings;
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(sql);
  for (const QVariant& v : values) q.addBindValue(v);
  if (q.exec())
    while (q.next()) strings << q.value(0).toString();
  return strings;
}

QStringList StudyCache::seriesFiles(const QString& seriesInstanceUid) const {
  QStringList paths = selectStrings(
      QStringLiteral("SELECT path FROM instances WHERE series_uid = ? ORDER BY instance_number"), {seriesInstanceUid});
  for (QString& path : paths) path.prepend(m_root + QLatin1Char('/'));
  return paths;
}

QStringList StudyCache::studySeries(const QString& studyInstanceUid) const {
  return selectStrings(
      QStringLiteral("SELECT DISTINCT series_uid FROM instances WHERE study_uid = ? ORDER BY series_uid"),
      {studyInstanceUid});
}

QStringList StudyCache::cachedStudies() const {
  return selectStrings(QStringLiteral("SELECT DISTINCT study_uid FROM instances"));
}

qint64 StudyCache::totalBytes() const {
  QSqlQuery q(QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM instances"), QSqlDatabase::database(m_connection));
  return q.next() ? q.value(0).toLongLong() : 0;
}

void StudyCache::setExpectedInstances(const QString& studyUid, const QString& seriesUid, int count) {
  exec(QStringLiteral("INSERT OR REPLACE INTO series VALUES (?, ?, ?)"), {seriesUid, studyUid, count});
}

int StudyCache::expectedInstances(const QString& seriesUid) const {
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT expected_instances FROM series WHERE series_uid = ?"));
  q.addBindValue(seriesUid);
  return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void StudyCache::markOpen(const QString& studyUid, bool open) {
  if (open) {
    m_open.insert(studyUid);
    touch(studyUid);
  } else {
    m_open.remove(studyUid);
  }
}

void StudyCache::markUnsentReport(const QString& studyUid, bool unsent) {
  exec(QStringLiteral("INSERT INTO studies(study_uid, last_access, unsent_report) VALUES (?, ?, ?)"
                      " ON CONFLICT(study_uid) DO UPDATE SET unsent_report = excluded.unsent_report"),
       {studyUid, QDateTime::currentMSecsSinceEpoch(), int(unsent)});
}

bool StudyCache::isProtected(const QString& studyUid) const {
  if (m_open.contains(studyUid)) return true;
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.prepare(QStringLiteral("SELECT unsent_report FROM studies WHERE study_uid = ?"));
  q.addBindValue(studyUid);
  return q.exec() && q.next() && q.value(0).toInt() != 0;
}

void StudyCache::touch(const QString& studyUid) {
  exec(QStringLiteral("INSERT INTO studies(study_uid, last_access) VALUES (?, ?)"
                      " ON CONFLICT(study_uid) DO UPDATE SET last_access = excluded.last_access"),
       {studyUid, QDateTime::currentMSecsSinceEpoch()});
}

QStringList StudyCache::evictToLimit() {
  QStringList evicted;
  qint64 total = totalBytes();
  if (total <= m_sizeLimit) return evicted;
  QSqlQuery q(QSqlDatabase::database(m_connection));
  q.exec(QStringLiteral("SELECT s.study_uid, COALESCE(SUM(i.bytes), 0) FROM studies s"
                        " LEFT JOIN instances i ON i.study_uid = s.study_uid"
                        " WHERE s.unsent_report = 0 GROUP BY s.study_uid ORDER BY s.last_access ASC"));
  QList<QPair<QString, qint64>> candidates;
  while (q.next()) candidates.append({q.value(0).toString(), q.value(1).toLongLong()});
  for (const auto& [uid, bytes] : candidates) {
    if (total <= m_sizeLimit) break;
    if (m_open.contains(uid) || bytes == 0) continue;
    removeStudy(uid);
    total -= bytes;
    evicted << uid;
  }
  return evicted;
}

void StudyCache::removeStudy(const QString& studyUid) {
  if (!isValidUid(studyUid)) return;
  // Index first, in one transaction with a pending mark on the folder: a
  // crash while the files go leaves files without rows, which open()
  // removes; the reverse order would leave rows without files.
  const QString folder = QStringLiteral("studies/") + studyUid;
  const bool unindexed = inTransaction(m_connection, [&] {
    return exec(QStringLiteral("DELETE FROM instances WHERE study_uid = ?"), {studyUid}) &&
           exec(QStringLiteral("DELETE FROM series WHERE study_uid = ?"), {studyUid}) &&
           exec(QStringLiteral("DELETE FROM studies WHERE study_uid = ?"), {studyUid}) &&
           exec(QStringLiteral("INSERT OR IGNORE INTO pending VALUES (?)"), {folder});
  });
  if (!unindexed) return;  // nothing changed: the study stays, whole
  QDir(m_root + QLatin1Char('/') + folder).removeRecursively();
  exec(QStringLiteral("DELETE FROM pending WHERE path = ?"), {folder});
  qCInfo(lcCache) << "evicted a study," << totalBytes() << "bytes remain";
}

}  // namespace yunyue
