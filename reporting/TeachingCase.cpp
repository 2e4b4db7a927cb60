#include "reporting/TeachingCase.h"

#include "reporting/StudyEvidence.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace yunyue {
namespace {

constexpr auto kFormat = "yunyue-teaching-case/1";
const QString kCaseJson = QStringLiteral("case.json");
const QString kCaseNote = QStringLiteral("case.html");

QString tr(const char* text) { return QCoreApplication::translate("yunyue::TeachingCase", text); }

bool fail(ReportingError* error, ReportingError::Code code, const QString& message, const QString& detail = {}) {
  if (error) *error = {code, message, detail};
  return false;
}

QJsonArray stringArray(const QStringList& list) { return QJsonArray::fromStringList(list); }

QStringList stringList(const QJsonValue& value) {
  QStringList out;
  for (const QJsonValue& v : value.toArray()) out << v.toString();
  return out;
}

QByteArray sha256Of(const QByteArray& bytes) {
  return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool writeWhole(const QString& path, const QByteArray& bytes) {
  QSaveFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// A manifest path stays inside the package: relative, under DICOM/, no "..".
bool isSafeRelativePath(const QString& path) {
  if (!path.startsWith(QLatin1String("DICOM/")) || path.contains(QLatin1Char('\\')) || path.contains(QChar(0)))
    return false;
  const QStringList parts = path.split(QLatin1Char('/'));
  return std::none_of(parts.begin(), parts.end(), [](const QString& p) {
    return p.isEmpty() || p == QLatin1String(".") || p == QLatin1String("..");
  });
}

bool readCaseJson(const QString& packageDir, TeachingCase* teachingCase, ReportingError* error) {
  QFile file(QDir(packageDir).filePath(kCaseJson));
  if (!file.open(QIODevice::ReadOnly))
    return fail(error, ReportingError::Code::PackageDamaged,
                tr("%1 is no teaching case: case.json is missing.").arg(QDir::toNativeSeparators(packageDir)),
                file.errorString());
  return teachingCaseFromJson(file.read(16 * 1024 * 1024), teachingCase, error);
}

// The forms a birth date takes in free text.
QStringList dateForms(const QString& da) {
  const QDate d = QDate::fromString(da, QStringLiteral("yyyyMMdd"));
  if (!d.isValid()) return {};
  return {da, d.toString(QStringLiteral("yyyy-MM-dd")), d.toString(QStringLiteral("yyyy/MM/dd")),
          d.toString(QStringLiteral("yyyy.MM.dd")), d.toString(QStringLiteral("yyyy年M月d日"))};
}

// The forms a name takes in free text: each component group's family and
// given names together, either order, with or without a space. Single
// components are not checked: a one-character family name such as 王 is
// also a common word.
QStringList nameForms(const QString& pn) {
  QStringList forms;
  for (const QString& group : pn.split(QLatin1Char('='))) {
    const QStringList c = group.split(QLatin1Char('^'));
    const QString family = c.value(0).trimmed(), given = c.value(1).trimmed();
    if (family.isEmpty() || given.isEmpty()) {
      const QString single = (family + given).trimmed();
      if (single.size() >= 2) forms << single;
      continue;
    }
    forms << family + given << family + QLatin1Char(' ') + given << given + QLatin1Char(' ') + family;
  }
  return forms;
}

QJsonObject referenceToJson(const ImageReference& r) {
  return {{QStringLiteral("studyInstanceUid"), r.studyUid},
          {QStringLiteral("seriesInstanceUid"), r.seriesUid},
          {QStringLiteral("sopClassUid"), r.sopClassUid},
          {QStringLiteral("sopInstanceUid"), r.sopInstanceUid},
          {QStringLiteral("frame"), r.frame}};
}

ImageReference referenceFromJson(const QJsonObject& o) {
  ImageReference r;
  r.studyUid = o.value(QStringLiteral("studyInstanceUid")).toString();
  r.seriesUid = o.value(QStringLiteral("seriesInstanceUid")).toString();
  r.sopClassUid = o.value(QStringLiteral("sopClassUid")).toString();
  r.sopInstanceUid = o.value(QStringLiteral("sopInstanceUid")).toString();
  r.frame = o.value(QStringLiteral("frame")).toInt();
  return r;
}

bool copyFile(const QString& from, const QString& to) {
  QFile in(from);
  return in.open(QIODevice::ReadOnly) && QDir().mkpath(QFileInfo(to).path()) && writeWhole(to, in.readAll());
}

QString escaped(const QString& text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")); }

}  // namespace

QByteArray teachingCaseToJson(const TeachingCase& c) {
  QJsonArray keyImages;
  for (const ImageReference& r : c.keyImages) keyImages.append(referenceToJson(r));
  QJsonArray files;
  for (const TeachingCase::File& f : c.files)
    files.append(QJsonObject{{QStringLiteral("path"), f.path},
                             {QStringLiteral("size"), double(f.size)},
                             {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)},
                             {QStringLiteral("sopInstanceUid"), f.sopInstanceUid}});
  const QJsonObject json{
      {QStringLiteral("format"), QLatin1String(kFormat)},
      {QStringLiteral("caseId"), c.caseId},
      {QStringLiteral("title"), c.title},
      {QStringLiteral("diagnosis"), c.diagnosis},
      {QStringLiteral("history"), c.history},
      {QStringLiteral("teachingPoints"), stringArray(c.teachingPoints)},
      {QStringLiteral("tags"), stringArray(c.tags)},
      {QStringLiteral("language"), c.language},
      {QStringLiteral("author"), c.author},
      {QStringLiteral("created"), c.created.isValid() ? QJsonValue(c.created.toString(Qt::ISODateWithMs)) : QJsonValue()},
      {QStringLiteral("study"), QJsonObject{{QStringLiteral("studyInstanceUid"), c.studyUid},
                                            {QStringLiteral("modality"), c.modality},
                                            {QStringLiteral("bodyPart"), c.bodyPart}}},
      {QStringLiteral("keyImages"), keyImages},
      {QStringLiteral("files"), files}};
  return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

bool teachingCaseFromJson(const QByteArray& bytes, TeachingCase* out, ReportingError* error) {
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
  const QJsonObject json = doc.object();
  if (pe.error != QJsonParseError::NoError || json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
    return fail(error, ReportingError::Code::PackageDamaged, tr("case.json is no teaching case description."),
                pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("format is not %1").arg(kFormat));
  TeachingCase c;
  c.caseId = json.value(QStringLiteral("caseId")).toString();
  if (!isValidTeachingCaseId(c.caseId))
    return fail(error, ReportingError::Code::PackageDamaged, tr("case.json has no valid case ID."), c.caseId.left(80));
  c.title = json.value(QStringLiteral("title")).toString();
  c.diagnosis = json.value(QStringLiteral("diagnosis")).toString();
  c.history = json.value(QStringLiteral("history")).toString();
  c.teachingPoints = stringList(json.value(QStringLiteral("teachingPoints")));
  c.tags = stringList(json.value(QStringLiteral("tags")));
  c.language = json.value(QStringLiteral("language")).toString();
  c.author = json.value(QStringLiteral("author")).toString();
  c.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
  const QJsonObject study = json.value(QStringLiteral("study")).toObject();
  c.studyUid = study.value(QStringLiteral("studyInstanceUid")).toString();
  c.modality = study.value(QStringLiteral("modality")).toString();
  c.bodyPart = study.value(QStringLiteral("bodyPart")).toString();
  for (const QJsonValue& v : json.value(QStringLiteral("keyImages")).toArray())
    c.keyImages.append(referenceFromJson(v.toObject()));
  for (const QJsonValue& v : json.value(QStringLiteral("files")).toArray()) {
    const QJsonObject o = v.toObject();
    TeachingCase::File f;
    f.path = o.value(QStringLiteral("path")).toString();
    f.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    f.sha256 = o.value(QStringLiteral("sha256")).toString().toLatin1();
    f.sopInstanceUid = o.value(QStringLiteral("sopInstanceUid")).toString();
    if (!isSafeRelativePath(f.path))
      return fail(error, ReportingError::Code::PackageDamaged,
                  tr("case.json names a file outside the package's DICOM folder."), f.path.left(200));
    c.files.append(f);
  }
  *out = c;
  return true;
}

QString teachingCaseNoteHtml(const TeachingCase& c) {
  QString html;
  html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n")
              .arg(c.language.toHtmlEscaped(), c.title.toHtmlEscaped());
  html += QStringLiteral(
      "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}"
      "dt{font-weight:bold}summary{cursor:pointer;font-weight:bold}</style></head><body>\n");
  html += QStringLiteral("<h1>%1</h1>\n<dl>\n").arg(c.title.toHtmlEscaped());
  auto item = [&html](const QString& label, const QString& value) {
    if (!value.isEmpty()) html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(label.toHtmlEscaped(), escaped(value));
  };
  item(tr("Case"), c.caseId);
  item(tr("Modality"), c.modality);
  item(tr("Body part"), c.bodyPart);
  item(tr("Tags"), c.tags.join(QStringLiteral(", ")));
  item(tr("Teacher"), c.author);
  if (c.created.isValid()) item(tr("Created"), QLocale(c.language).toString(c.created.date(), QLocale::LongFormat));
  item(tr("Clinical history"), c.history);
  item(tr("Key images"), QString::number(c.keyImages.size()));
  html += QStringLiteral("</dl>\n");
  // The diagnosis stays folded until the reader asks for it, as in the meeting.
  html += QStringLiteral("<details><summary>%1</summary><p>%2</p>\n").arg(tr("Diagnosis").toHtmlEscaped(), escaped(c.diagnosis));
  if (!c.teachingPoints.isEmpty()) {
    html += QStringLiteral("<h2>%1</h2><ol>\n").arg(tr("Teaching points").toHtmlEscaped());
    for (const QString& point : c.teachingPoints) html += QStringLiteral("<li>%1</li>\n").arg(escaped(point));
    html += QStringLiteral("</ol>\n");
  }
  html += QStringLiteral("</details>\n<p><small>%1</small></p>\n</body></html>\n")
              .arg(tr("Images de-identified (DICOM PS3.15 Annex E, basic profile with modified dates and clean "
                      "descriptors).")
                       .toHtmlEscaped());
  return html;
}

QString newTeachingCaseId(const QDate& date) {
  return QStringLiteral("TC-%1-%2")
      .arg(date.toString(QStringLiteral("yyyyMMdd")))
      .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
      .toUpper();
}

bool isValidTeachingCaseId(const QString& caseId) {
  static const QRegularExpression re(QStringLiteral(R"(\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\z)"));
  return re.match(caseId).hasMatch();
}

QStringList identifyingValuesIn(const QString& text, const ReportedStudy& study) {
  QStringList found;
  auto contains = [&text](const QStringList& forms) {
    return std::any_of(forms.begin(), forms.end(),
                       [&text](const QString& f) { return !f.isEmpty() && text.contains(f, Qt::CaseInsensitive); });
  };
  if (contains(nameForms(study.patientName))) found << tr("the patient's name");
  if (study.patientId.trimmed().size() >= 3 && contains({study.patientId.trimmed()})) found << tr("the patient ID");
  if (study.accessionNumber.trimmed().size() >= 3 && contains({study.accessionNumber.trimmed()}))
    found << tr("the accession number");
  if (contains(dateForms(study.patientBirthDate))) found << tr("the birth date");
  return found;
}

bool exportTeachingCase(const TeachingCase& draft, const QStringList& studyFiles, const DeidentificationOptions& options,
                        const QString& packageDir, TeachingCase* written, QStringList* warnings,
                        ReportingError* error) {
  using Code = ReportingError::Code;
  if (!isValidTeachingCaseId(draft.caseId))
    return fail(error, Code::PackageUnwritable,
                tr("The case ID may hold only letters, digits, '.', '_' and '-' (at most 64)."), draft.caseId.left(80));
  if (draft.title.trimmed().isEmpty()) return fail(error, Code::PackageUnwritable, tr("A teaching case needs a title."));
  if (QFileInfo::exists(packageDir))
    return fail(error, Code::PackageUnwritable,
                tr("%1 exists already; a case package is written to a new folder.").arg(QDir::toNativeSeparators(packageDir)));

  ReportedStudy study;
  if (!readReportedStudy(studyFiles, &study, error)) return false;
  const QString text = QStringList{draft.title, draft.diagnosis, draft.history, draft.teachingPoints.join(QLatin1Char('\n')),
                                   draft.tags.join(QLatin1Char('\n'))}
                           .join(QLatin1Char('\n'));
  const QStringList named = identifyingValuesIn(text, study);
  if (!named.isEmpty())
    return fail(error, Code::IdentifyingText,
                tr("The case text contains %1; teaching cases must not identify the patient.").arg(named.join(tr(", "))));

  Deidentifier deidentifier(options);
  // The study's images, as the de-identifier will name them: reports and
  // other non-image objects are left out.
  QSet<QString> images;
  QHash<QString, ImageReference> originalImages;  // by SOP Instance UID
  for (const ImageReference& r : std::as_const(study.evidence)) {
    originalImages.insert(r.sopInstanceUid, r);
    images.insert(deidentifier.replacementUid(r.sopInstanceUid));
  }
  TeachingCase c = draft;
  c.keyImages.clear();
  // A key image may be named by its SOP Instance UID alone: the rest comes
  // from the study.
  for (const ImageReference& r : draft.keyImages) {
    const auto original = originalImages.constFind(r.sopInstanceUid);
    if (original == originalImages.constEnd())
      return fail(error, Code::NotAReport, tr("The key image %1 is not an image of this study.").arg(r.sopInstanceUid));
    ImageReference mapped = *original;
    mapped.frame = r.frame;
    mapped.studyUid = deidentifier.replacementUid(mapped.studyUid);
    mapped.seriesUid = deidentifier.replacementUid(mapped.seriesUid);
    mapped.sopInstanceUid = deidentifier.replacementUid(mapped.sopInstanceUid);
    c.keyImages.append(mapped);
  }
  c.studyUid = deidentifier.replacementUid(study.studyUid);
  c.modality = study.modality;
  c.bodyPart = study.bodyPart;
  if (!c.created.isValid()) c.created = QDateTime::currentDateTime();
  c.files.clear();

  // Written beside the target and renamed at the end: a package is there
  // complete or not at all.
  const QString partial = packageDir + QStringLiteral(".partial");
  QDir(partial).removeRecursively();
  auto unwritable = [&](const QString& detail) {
    QDir(partial).removeRecursively();
    return fail(error, Code::PackageUnwritable,
                tr("The case package cannot be written to %1.").arg(QDir::toNativeSeparators(packageDir)), detail);
  };
  QSet<QString> warned;
  for (const QString& path : studyFiles) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return fail(error, Code::NotDicom, tr("%1 cannot be read.").arg(path), file.errorString());
    DeidentifiedFile result;
    if (!deidentifier.deidentify(file.readAll(), &result, error)) return false;
    if (!images.contains(result.sopInstanceUid)) continue;
    for (const QString& w : std::as_const(result.warnings)) warned.insert(w);
    const QString relative = QStringLiteral("DICOM/%1/%2/%3.dcm")
                                 .arg(result.studyInstanceUid, result.seriesInstanceUid, result.sopInstanceUid);
    const QString target = QDir(partial).filePath(relative);
    if (!QDir().mkpath(QFileInfo(target).path()) || !writeWhole(target, result.part10)) return unwritable(target);
    c.files.append({relative, result.part10.size(), sha256Of(result.part10), result.sopInstanceUid});
  }
  if (!writeWhole(QDir(partial).filePath(kCaseJson), teachingCaseToJson(c)) ||
      !writeWhole(QDir(partial).filePath(kCaseNote), teachingCaseNoteHtml(c).toUtf8()))
    return unwritable(kCaseJson);
  if (!QDir().rename(partial, packageDir)) return unwritable(QStringLiteral("rename %1").arg(partial));
  if (written) *written = c;
  if (warnings) *warnings = QStringList(warned.begin(), warned.end());
  return true;
}

bool readTeachingPackage(const QString& packageDir, TeachingCase* out, ReportingError* error) {
  TeachingCase c;
  if (!readCaseJson(packageDir, &c, error)) return false;
  const QDir dir(packageDir);
  QSet<QString> sops;
  for (const TeachingCase::File& f : std::as_const(c.files)) {
    QFile file(dir.filePath(f.path));
    auto damaged = [&](const QString& what) {
      return fail(error, ReportingError::Code::PackageDamaged,
                  tr("The teaching case %1 is damaged: %2").arg(c.caseId, what), f.path);
    };
    if (!file.open(QIODevice::ReadOnly)) return damaged(tr("a file is missing."));
    if (file.size() != f.size) return damaged(tr("a file has the wrong size."));
    if (sha256Of(file.readAll()) != f.sha256) return damaged(tr("a file was changed."));
    sops.insert(f.sopInstanceUid);
  }
  for (const ImageReference& r : std::as_const(c.keyImages))
    if (!sops.contains(r.sopInstanceUid))
      return fail(error, ReportingError::Code::PackageDamaged,
                  tr("The teaching case %1 is damaged: a key image is not in the package.").arg(c.caseId), r.sopInstanceUid);
  *out = c;
  return true;
}

QStringList teachingPackageFiles(const QString& packageDir, const TeachingCase& c) {
  QStringList paths;
  for (const TeachingCase::File& f : c.files) paths << QDir(packageDir).absoluteFilePath(f.path);
  return paths;
}

TeachingLibrary::TeachingLibrary(QString root) : m_root(std::move(root)) {}

QString TeachingLibrary::defaultRoot() {
  const QString fromEnv = qEnvironmentVariable("YUNYUE_TEACHING_DIR");
  if (!fromEnv.isEmpty()) return fromEnv;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/yunyue/teaching");
}

QString TeachingLibrary::packagePath(const QString& caseId) const { return QDir(m_root).filePath(caseId); }

bool TeachingLibrary::importPackage(const QString& packageDir, TeachingCase* imported, ReportingError* error) {
  TeachingCase c;
  if (!readTeachingPackage(packageDir, &c, error)) return false;
  const QString target = packagePath(c.caseId);
  if (QFileInfo::exists(target)) {
    TeachingCase existing;
    if (readCaseJson(target, &existing, nullptr) && teachingCaseToJson(existing) == teachingCaseToJson(c)) {
      if (imported) *imported = existing;
      return true;  // the same case again
    }
    return fail(error, ReportingError::Code::PackageUnwritable,
                tr("The library already holds a different case with the ID %1.").arg(c.caseId));
  }
  const QString incoming = QDir(m_root).filePath(QStringLiteral(".incoming-") + c.caseId);
  QDir(incoming).removeRecursively();
  auto unwritable = [&](const QString& detail) {
    QDir(incoming).removeRecursively();
    return fail(error, ReportingError::Code::PackageUnwritable,
                tr("The teaching library %1 cannot be written.").arg(QDir::toNativeSeparators(m_root)), detail);
  };
  const QDir from(packageDir), to(incoming);
  QStringList names{kCaseJson, kCaseNote};
  for (const TeachingCase::File& f : std::as_const(c.files)) names << f.path;
  for (const QString& name : std::as_const(names))
    if (QFileInfo::exists(from.filePath(name)) && !copyFile(from.filePath(name), to.filePath(name)))
      return unwritable(name);
  // The copy is checked like the original before it becomes visible.
  ReportingError copyError;
  if (!readTeachingPackage(incoming, &c, &copyError)) return unwritable(copyError.message);
  if (!QDir().rename(incoming, target)) return unwritable(QStringLiteral("rename %1").arg(incoming));
  if (imported) *imported = c;
  return true;
}

QList<TeachingCase> TeachingLibrary::cases() const {
  QList<TeachingCase> found;
  // Listing reads only each case.json; files are checked when a case is opened.
  for (const QFileInfo& entry : QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    if (entry.fileName().startsWith(QLatin1Char('.'))) continue;
    TeachingCase c;
    if (readCaseJson(entry.filePath(), &c, nullptr) && c.caseId == entry.fileName()) found.append(c);
  }
  std::sort(found.begin(), found.end(), [](const TeachingCase& a, const TeachingCase& b) {
    return a.created != b.created ? a.created > b.created : a.caseId < b.caseId;
  });
  return found;
}

QList<TeachingCase> TeachingLibrary::search(const QString& text, const QString& tag) const {
  QList<TeachingCase> found;
  const QString needle = text.trimmed();
  for (const TeachingCase& c : cases()) {
    if (!tag.isEmpty() && !c.tags.contains(tag, Qt::CaseInsensitive)) continue;
    const QString haystack = QStringList{c.caseId, c.title, c.diagnosis, c.history, c.teachingPoints.join(QLatin1Char('\n')),
                                         c.tags.join(QLatin1Char('\n')), c.modality, c.bodyPart}
                                 .join(QLatin1Char('\n'));
    if (needle.isEmpty() || haystack.contains(needle, Qt::CaseInsensitive)) found.append(c);
  }
  return found;
}

}  // namespace yunyue
