#pragma once
// Teaching files for the weekly read-out meeting. A case package is a folder:
//
//   case.json   what the teacher wrote (title, diagnosis, history, teaching
//               points, tags), the key images, and a manifest of the files
//               (path, size, SHA-256) so a damaged or edited copy is noticed
//   case.html   the same as a note anyone can read in a browser
//   DICOM/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm
//               the study's images, de-identified (reporting/Deidentifier)
//
// A package holds no identifying value: the images go through the PS3.15
// Annex E profile, reports (SR, Encapsulated PDF) are left out because their
// text may name the patient, and the teacher's own text is refused when it
// repeats the patient's name, ID, accession number or birth date.
//
// A teaching library is a folder of packages (one per case ID) that the
// workstation lists, searches and opens.

#include "reporting/Deidentifier.h"
#include "reporting/Report.h"
#include "reporting/ReportingError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace yunyue {

struct TeachingCase {
  QString caseId;  // names the package folder: letters, digits, '.', '_', '-'
  QString title;
  QString diagnosis;
  QString history;  // the clinical question as taught
  QStringList teachingPoints;
  QStringList tags;
  QString language;  // of the text, BCP 47 ("zh-CN", "en")
  QString author;    // the teacher, as shown
  QDateTime created;
  // The de-identified study (filled by exportTeachingCase).
  QString studyUid;
  QString modality;
  QString bodyPart;
  QList<ImageReference> keyImages;

  struct File {
    QString path;  // relative to the package, '/' separated
    qint64 size = 0;
    QByteArray sha256;  // hex
    QString sopInstanceUid;
  };
  QList<File> files;
};

// case.json ("format": "yunyue-teaching-case/1").
QByteArray teachingCaseToJson(const TeachingCase& teachingCase);
// PackageDamaged when the bytes are no case description.
bool teachingCaseFromJson(const QByteArray& json, TeachingCase* teachingCase, ReportingError* error);

// The readable note (case.html): every value escaped, labels translated.
QString teachingCaseNoteHtml(const TeachingCase& teachingCase);

// A fresh case ID: "TC-" + date + 8 hex digits.
QString newTeachingCaseId(const QDate& date);
bool isValidTeachingCaseId(const QString& caseId);

// Writes the package of `draft` (its text, caseId, and key images given by
// their ORIGINAL UIDs) from the study's files into packageDir, which must
// not exist yet; the package appears there complete or not at all.
// *written is the case as stored (new UIDs, manifest). *warnings: what the
// de-identifier warns about (burned-in annotation), translated.
// Fails with IdentifyingText before anything is written, NotDicom /
// NotAReport for unreadable or foreign files, PackageUnwritable.
bool exportTeachingCase(const TeachingCase& draft, const QStringList& studyFiles,
                        const DeidentificationOptions& options, const QString& packageDir,
                        TeachingCase* written, QStringList* warnings, ReportingError* error);

// Reads a package and checks every file against the manifest and every key
// image against the files. PackageDamaged names what is wrong.
bool readTeachingPackage(const QString& packageDir, TeachingCase* teachingCase, ReportingError* error);

// Absolute paths of a package's DICOM files (in manifest order).
QStringList teachingPackageFiles(const QString& packageDir, const TeachingCase& teachingCase);

// Which of the patient's identifying values the text repeats (names as the
// field names, translated); empty when none.
QStringList identifyingValuesIn(const QString& text, const ReportedStudy& study);

class TeachingLibrary {
 public:
  explicit TeachingLibrary(QString root);
  // YUNYUE_TEACHING_DIR, else the user's data folder.
  static QString defaultRoot();
  QString root() const { return m_root; }

  // Copies a verified package into the library under its case ID. Importing
  // the same package again changes nothing; a different package with the same
  // ID is refused (PackageUnwritable).
  bool importPackage(const QString& packageDir, TeachingCase* imported, ReportingError* error);
  // Every readable case, newest first; damaged packages are skipped.
  QList<TeachingCase> cases() const;
  // Cases whose title, diagnosis, history, points, tags, modality or body
  // part contain `text` (case-insensitive) and that carry `tag` if given.
  QList<TeachingCase> search(const QString& text, const QString& tag = {}) const;
  QString packagePath(const QString& caseId) const;

 private:
  QString m_root;
};

}  // namespace yunyue
