#include "reporting/StudyEvidence.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace yunyue {
namespace {

QString text(DcmItem* item, const DcmTagKey& tag) {
  OFString value;
  if (item->findAndGetOFStringArray(tag, value).bad()) return {};
  return QString::fromUtf8(value.c_str()).trimmed();
}

ReportingError fileError(ReportingError::Code code, const QString& path, const QString& detail) {
  return {code,
          QCoreApplication::translate("yunyue::StudyEvidence", "The image file %1 cannot be cited in the report.")
              .arg(QFileInfo(path).fileName()),
          detail};
}

}  // namespace

bool readReportedStudy(const QStringList& files, ReportedStudy* study, ReportingError* error) {
  ReportedStudy result;
  for (const QString& path : files) {
    DcmFileFormat file;
    // Headers only: values over 4 KiB (the pixel data) stay on disk.
    const OFCondition loaded =
        file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange, 4096);
    if (loaded.bad()) {
      if (error) *error = fileError(ReportingError::Code::NotDicom, path, QString::fromLatin1(loaded.text()));
      return false;
    }
    DcmDataset* ds = file.getDataset();
    // Reports and their PDFs in the study are what we write, not evidence.
    const QString modality = text(ds, DCM_Modality);
    if (modality == QLatin1String("SR") || modality == QLatin1String("DOC")) continue;
    const QString studyUid = text(ds, DCM_StudyInstanceUID);
    if (result.studyUid.isEmpty()) {
      // The first file speaks for the study; names become Unicode (GB18030 etc.).
      const OFCondition utf8 = ds->convertToUTF8();
      if (utf8.bad()) {
        if (error) *error = fileError(ReportingError::Code::NotAReport, path, QString::fromLatin1(utf8.text()));
        return false;
      }
      result.studyUid = studyUid;
      result.patientName = text(ds, DCM_PatientName);
      result.patientId = text(ds, DCM_PatientID);
      result.issuerOfPatientId = text(ds, DCM_IssuerOfPatientID);
      result.patientBirthDate = text(ds, DCM_PatientBirthDate);
      result.patientSex = text(ds, DCM_PatientSex);
      result.accessionNumber = text(ds, DCM_AccessionNumber);
      result.studyDate = text(ds, DCM_StudyDate);
      result.studyTime = text(ds, DCM_StudyTime);
      result.studyDescription = text(ds, DCM_StudyDescription);
      result.studyId = text(ds, DCM_StudyID);
      result.referringPhysician = text(ds, DCM_ReferringPhysicianName);
      result.modality = text(ds, DCM_Modality);
      result.bodyPart = text(ds, DCM_BodyPartExamined);
    } else if (studyUid != result.studyUid) {
      if (error) *error = fileError(ReportingError::Code::NotAReport, path, QStringLiteral("StudyInstanceUID %1, expected %2").arg(studyUid, result.studyUid));
      return false;
    }
    ImageReference ref;
    ref.studyUid = studyUid;
    ref.seriesUid = text(ds, DCM_SeriesInstanceUID);
    ref.sopClassUid = text(ds, DCM_SOPClassUID);
    ref.sopInstanceUid = text(ds, DCM_SOPInstanceUID);
    if (ref.sopClassUid.isEmpty() || ref.sopInstanceUid.isEmpty() || ref.seriesUid.isEmpty()) {
      if (error) *error = fileError(ReportingError::Code::NotAReport, path, QStringLiteral("SOP Class, SOP Instance or Series Instance UID missing"));
      return false;
    }
    result.evidence.append(ref);
  }
  if (result.studyUid.isEmpty()) {
    if (error) {
      *error = {ReportingError::Code::NotAReport,
                QCoreApplication::translate("yunyue::StudyEvidence", "The study has no images in the local cache."),
                QStringLiteral("no files")};
    }
    return false;
  }
  *study = result;
  return true;
}

}  // namespace yunyue
