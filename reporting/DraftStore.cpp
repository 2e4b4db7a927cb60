#include "reporting/DraftStore.h"

#include "reporting/ReportJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace yunyue {
namespace {

// A draft is the whole Report as JSON (ReportJson): patient and study,
// predecessors of an amendment, everything the editor holds.
bool saveDraft(const Report& report, QByteArray* out) {
  *out = QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
  return true;
}

bool loadDraft(const QByteArray& json, Report* out, QString* detail) {
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
  if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
    *detail = QStringLiteral("not JSON: %1").arg(pe.errorString());
    return false;
  }
  Report r;
  ReportingError error;
  if (!reportFromJson(doc.object(), &r, &error)) {
    *detail = error.detail;
    return false;
  }
  if (r.study.studyUid.isEmpty()) {
    *detail = QStringLiteral("draft without study UID");
    return false;
  }
  *out = r;
  return true;
}

ReportingError unwritable(const QString& detail) {
  return {ReportingError::Code::DraftUnwritable,
          QCoreApplication::translate("yunyue::DraftStore",
                                      "The draft could not be saved. Check the free disk space and the "
                                      "permissions of the draft folder."),
          detail};
}

// ReportingError has no code of its own for a damaged draft; DraftUnwritable
// is the draft's code, and the message says what happened.
ReportingError unreadable(const QString& detail) {
  return {ReportingError::Code::DraftUnwritable,
          QCoreApplication::translate("yunyue::DraftStore", "The saved draft of this report cannot be read."),
          detail};
}

// The rename inside the directory is only durable once the directory itself
// is on disk (POSIX: fsync the file, then its directory).
void syncDirectory(const QString& path) {
#ifdef Q_OS_UNIX
  const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
#else
  Q_UNUSED(path);
#endif
}

}  // namespace

DraftStore::DraftStore(const QString& directory) : m_directory(directory) {}

QString DraftStore::filePath(const QString& studyUid) const {
  const QByteArray hash = QCryptographicHash::hash(studyUid.toUtf8(), QCryptographicHash::Sha256).toHex();
  return QDir(m_directory).filePath(QString::fromLatin1(hash) + QStringLiteral(".json"));
}

bool DraftStore::contains(const QString& studyUid) const { return QFile::exists(filePath(studyUid)); }

bool DraftStore::load(const QString& studyUid, Report* out, ReportingError* error) const {
  if (error) *error = {};
  QFile f(filePath(studyUid));
  if (!f.exists()) return false;
  if (!f.open(QIODevice::ReadOnly)) {
    if (error) *error = unreadable(f.fileName() + QStringLiteral(": ") + f.errorString());
    return false;
  }
  Report r;
  QString detail;
  if (!loadDraft(f.readAll(), &r, &detail)) {
    if (error) *error = unreadable(f.fileName() + QStringLiteral(": ") + detail);
    return false;
  }
  if (r.study.studyUid != studyUid) {  // a file copied in by hand under another study's name
    if (error) *error = unreadable(f.fileName() + QStringLiteral(": draft of another study"));
    return false;
  }
  *out = r;
  return true;
}

bool DraftStore::save(const Report& report, ReportingError* error) {
  if (error) *error = {};
  Q_ASSERT(!report.study.studyUid.isEmpty());
  if (!QDir().mkpath(m_directory)) {
    if (error) *error = unwritable(m_directory + QStringLiteral(": cannot create the folder"));
    return false;
  }
  QByteArray bytes;
  saveDraft(report, &bytes);
  // QSaveFile writes a temporary file beside the target, fsyncs it and
  // renames it over the target on commit; on any failure the target is untouched.
  QSaveFile f(filePath(report.study.studyUid));
  if (!f.open(QIODevice::WriteOnly)) {
    if (error) *error = unwritable(f.fileName() + QStringLiteral(": ") + f.errorString());
    return false;
  }
  if (f.write(bytes) != bytes.size()) {
    // Not committed: QSaveFile's destructor discards the temporary file.
    if (error) *error = unwritable(f.fileName() + QStringLiteral(": ") + f.errorString());
    return false;
  }
  if (!f.commit()) {
    if (error) *error = unwritable(f.fileName() + QStringLiteral(": ") + f.errorString());
    return false;
  }
  syncDirectory(m_directory);
  return true;
}

QString DraftStore::setAsideDamaged(const QString& studyUid) {
  const QString path = filePath(studyUid);
  const QString aside = path.chopped(int(qstrlen(".json"))) + QStringLiteral(".damaged-") +
                        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
  return QFile::rename(path, aside) ? aside : QString();
}

bool DraftStore::remove(const QString& studyUid, ReportingError* error) {
  if (error) *error = {};
  QFile f(filePath(studyUid));
  if (!f.exists() || f.remove()) return true;
  if (error)
    *error = {ReportingError::Code::DraftUnwritable,
              QCoreApplication::translate("yunyue::DraftStore", "The draft could not be deleted."),
              f.fileName() + QStringLiteral(": ") + f.errorString()};
  return false;
}

QStringList DraftStore::list() const {
  QStringList uids;
  // "*.json" leaves out the temporary files of a save that was interrupted.
  const QDir dir(m_directory);
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile f(dir.filePath(name));
    Report r;
    QString detail;
    if (f.open(QIODevice::ReadOnly) && loadDraft(f.readAll(), &r, &detail) &&
        filePath(r.study.studyUid) == f.fileName())
      uids << r.study.studyUid;
  }
  return uids;
}

}  // namespace yunyue
