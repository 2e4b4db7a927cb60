#include "reporting/DraftStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace yunyue {
namespace {

// The draft file format. Only the fields the editor edits are kept: the rest
// of the Report (patient, study attributes) comes from the archive again when
// the study is reopened. Kept behind saveDraft/loadDraft so the full Report
// JSON codec can replace it without touching the store.
const QLatin1String kFormat("yunyue.reportDraft");
constexpr int kVersion = 1;

QJsonObject imageToJson(const ImageReference& r) {
  return {{QStringLiteral("studyUid"), r.studyUid},
          {QStringLiteral("seriesUid"), r.seriesUid},
          {QStringLiteral("sopClassUid"), r.sopClassUid},
          {QStringLiteral("sopInstanceUid"), r.sopInstanceUid},
          {QStringLiteral("frame"), r.frame}};
}

ImageReference imageFromJson(const QJsonObject& o) {
  ImageReference r;
  r.studyUid = o.value(QLatin1String("studyUid")).toString();
  r.seriesUid = o.value(QLatin1String("seriesUid")).toString();
  r.sopClassUid = o.value(QLatin1String("sopClassUid")).toString();
  r.sopInstanceUid = o.value(QLatin1String("sopInstanceUid")).toString();
  r.frame = o.value(QLatin1String("frame")).toInt();
  return r;
}

QJsonObject measurementToJson(const ReportMeasurement& m) {
  return {{QStringLiteral("label"), m.label},
          {QStringLiteral("conceptCode"), m.conceptCode},
          {QStringLiteral("conceptScheme"), m.conceptScheme},
          {QStringLiteral("conceptMeaning"), m.conceptMeaning},
          {QStringLiteral("value"), m.value},
          {QStringLiteral("unitCode"), m.unitCode},
          {QStringLiteral("unitMeaning"), m.unitMeaning},
          {QStringLiteral("image"), imageToJson(m.image)}};
}

ReportMeasurement measurementFromJson(const QJsonObject& o) {
  ReportMeasurement m;
  m.label = o.value(QLatin1String("label")).toString();
  m.conceptCode = o.value(QLatin1String("conceptCode")).toString();
  m.conceptScheme = o.value(QLatin1String("conceptScheme")).toString();
  m.conceptMeaning = o.value(QLatin1String("conceptMeaning")).toString();
  m.value = o.value(QLatin1String("value")).toDouble();
  m.unitCode = o.value(QLatin1String("unitCode")).toString();
  m.unitMeaning = o.value(QLatin1String("unitMeaning")).toString();
  m.image = imageFromJson(o.value(QLatin1String("image")).toObject());
  return m;
}

bool saveDraft(const Report& report, QByteArray* out) {
  QJsonArray measurements;
  for (const ReportMeasurement& m : report.measurements) measurements.append(measurementToJson(m));
  QJsonArray keyImages;
  for (const ImageReference& r : report.keyImages) keyImages.append(imageToJson(r));
  const QJsonObject author{{QStringLiteral("name"), report.author.name},
                           {QStringLiteral("id"), report.author.id},
                           {QStringLiteral("organisation"), report.author.organisation}};
  const QJsonObject o{
      {QStringLiteral("format"), kFormat},
      {QStringLiteral("version"), kVersion},
      {QStringLiteral("studyUid"), report.study.studyUid},
      {QStringLiteral("templateId"), report.templateId},
      {QStringLiteral("language"), report.language},
      {QStringLiteral("technique"), report.technique},
      {QStringLiteral("findings"), report.findings},
      {QStringLiteral("impression"), report.impression},
      {QStringLiteral("measurements"), measurements},
      {QStringLiteral("keyImages"), keyImages},
      {QStringLiteral("author"), author},
      {QStringLiteral("observationDateTime"), report.observationDateTime.toString(Qt::ISODateWithMs)}};
  *out = QJsonDocument(o).toJson(QJsonDocument::Indented);
  return true;
}

bool loadDraft(const QByteArray& json, Report* out, QString* detail) {
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
  if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
    *detail = QStringLiteral("not JSON: %1").arg(pe.errorString());
    return false;
  }
  const QJsonObject o = doc.object();
  if (o.value(QLatin1String("format")).toString() != kFormat ||
      o.value(QLatin1String("version")).toInt() != kVersion) {
    *detail = QStringLiteral("not a version %1 report draft").arg(kVersion);
    return false;
  }
  Report r;
  r.study.studyUid = o.value(QLatin1String("studyUid")).toString();
  if (r.study.studyUid.isEmpty()) {
    *detail = QStringLiteral("draft without study UID");
    return false;
  }
  r.templateId = o.value(QLatin1String("templateId")).toString();
  r.language = o.value(QLatin1String("language")).toString(r.language);
  r.technique = o.value(QLatin1String("technique")).toString();
  r.findings = o.value(QLatin1String("findings")).toString();
  r.impression = o.value(QLatin1String("impression")).toString();
  for (const QJsonValue& v : o.value(QLatin1String("measurements")).toArray())
    r.measurements << measurementFromJson(v.toObject());
  for (const QJsonValue& v : o.value(QLatin1String("keyImages")).toArray())
    r.keyImages << imageFromJson(v.toObject());
  const QJsonObject author = o.value(QLatin1String("author")).toObject();
  r.author.name = author.value(QLatin1String("name")).toString();
  r.author.id = author.value(QLatin1String("id")).toString();
  r.author.organisation = author.value(QLatin1String("organisation")).toString();
  r.observationDateTime =
      QDateTime::fromString(o.value(QLatin1String("observationDateTime")).toString(), Qt::ISODateWithMs);
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
