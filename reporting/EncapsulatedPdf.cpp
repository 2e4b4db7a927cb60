#include "reporting/EncapsulatedPdf.h"

#include "reporting/DicomSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace yunyue {
namespace {

using namespace dicom;  // Part 10 in memory, UIDs, DT, DS, CID 29

// The SR our codec writes for TID 2000: Comprehensive SR (PS3.4 B.5). The PDF
// refers to the report by this class and its instance UID.
constexpr const char* kReportSrSopClass = UID_ComprehensiveSRStorage;
// Series Number (0020,0011) is type 1 in the Encapsulated Document Series; a
// high, fixed number keeps the rendered report after the image series.
constexpr const char* kPdfSeriesNumber = "9001";

// A name-based UID under 2.25 (PS3.5 B.2: a UUID as one integer; here the
// first 128 bits of SHA-256 of the name, like a version-5 UUID). The PDF of
// one report always gets the same UIDs, so sending it twice stores it once.
QString uidFromName(const QString& name) {
  const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).left(16);
  __extension__ unsigned __int128 n = 0;  // GCC and Clang; 128 bits hold the hash
  for (char c : hash) n = (n << 8) | quint8(c);
  QString digits;
  do {
    digits.prepend(QChar(char('0' + int(n % 10))));
    n /= 10;
  } while (n);
  return QStringLiteral("2.25.") + digits;
}

// The PDF's series or instance UID: named after the report it renders, new
// when the report has no SOP Instance UID yet.
QString pdfUid(const Report& r, const char* what, const char* root) {
  if (r.srInstanceUid.isEmpty()) return newUid(root);
  return uidFromName(r.srInstanceUid + QStringLiteral("/pdf/") + QLatin1String(what));
}

bool put(DcmItem& item, const DcmTagKey& tag, const QString& value, QString* detail) {
  const OFCondition status = item.putAndInsertString(tag, value.toUtf8().constData());
  if (status.good()) return true;
  *detail = QStringLiteral("%1: %2").arg(QString::fromLatin1(DcmTag(tag).getTagName()),
                                        QString::fromLatin1(status.text()));
  return false;
}

QString da(const QDateTime& t) { return t.toString(QStringLiteral("yyyyMMdd")); }
QString tm(const QDateTime& t) { return t.toString(QStringLiteral("HHmmss")); }
QString dt(const QDateTime& t) { return t.toString(QStringLiteral("yyyyMMddHHmmss")); }

// Patient (PS3.3 C.7.1.1) and General Study (C.7.2.1) modules, from the
// study the report is about, so the PDF files under the same study.
bool putPatientAndStudy(DcmItem& d, const ReportedStudy& s, QString* detail) {
  return put(d, DCM_PatientName, s.patientName, detail) && put(d, DCM_PatientID, s.patientId, detail) &&
         (s.issuerOfPatientId.isEmpty() || put(d, DCM_IssuerOfPatientID, s.issuerOfPatientId, detail)) &&
         put(d, DCM_PatientBirthDate, s.patientBirthDate, detail) &&
         put(d, DCM_PatientSex, s.patientSex, detail) &&
         put(d, DCM_StudyInstanceUID, s.studyUid, detail) && put(d, DCM_StudyDate, s.studyDate, detail) &&
         put(d, DCM_StudyTime, s.studyTime, detail) &&
         put(d, DCM_ReferringPhysicianName, s.referringPhysician, detail) &&
         put(d, DCM_StudyID, s.studyId, detail) && put(d, DCM_AccessionNumber, s.accessionNumber, detail) &&
         (s.studyDescription.isEmpty() || put(d, DCM_StudyDescription, s.studyDescription, detail));
}

// Encapsulated Document Series (C.24.1), General Equipment (C.7.5.1) and
// SC Equipment (C.8.6.1): a document series, made by workstation (WSD).
bool putSeriesAndEquipment(DcmItem& d, const Report& r, QString* detail) {
  return put(d, DCM_Modality, QStringLiteral("DOC"), detail) &&
         put(d, DCM_SeriesInstanceUID, pdfUid(r, "series", SITE_SERIES_UID_ROOT), detail) &&
         put(d, DCM_SeriesNumber, QString::fromLatin1(kPdfSeriesNumber), detail) &&
         put(d, DCM_Manufacturer, QStringLiteral("Yunyue"), detail) &&
         put(d, DCM_ManufacturerModelName, QStringLiteral("Yunyue Workstation"), detail) &&
         (r.author.organisation.isEmpty() || put(d, DCM_InstitutionName, r.author.organisation, detail)) &&
         put(d, DCM_ConversionType, QStringLiteral("WSD"), detail);
}

// Concept Name Code Sequence: LOINC 18748-4 "Diagnostic Imaging Report",
// the document kind the SR's TID 2000 title also uses (PS3.16 CID 7000).
bool putConceptName(DcmItem& d, QString* detail) {
  DcmItem* code = nullptr;
  if (d.findOrCreateSequenceItem(DCM_ConceptNameCodeSequence, code, -2).bad() || !code) {
    *detail = QStringLiteral("ConceptNameCodeSequence: cannot create item");
    return false;
  }
  return put(*code, DCM_CodeValue, QStringLiteral("18748-4"), detail) &&
         put(*code, DCM_CodingSchemeDesignator, QStringLiteral("LN"), detail) &&
         put(*code, DCM_CodeMeaning, QStringLiteral("Diagnostic Imaging Report"), detail);
}

// Source Instance Sequence (0042,0013), type 1C in C.24.2: required when the
// document is derived from DICOM instances, as this one is from the SR.
bool putSourceReport(DcmItem& d, const Report& r, QString* detail) {
  if (r.srInstanceUid.isEmpty()) return true;
  DcmItem* source = nullptr;
  if (d.findOrCreateSequenceItem(DCM_SourceInstanceSequence, source, -2).bad() || !source) {
    *detail = QStringLiteral("SourceInstanceSequence: cannot create item");
    return false;
  }
  return put(*source, DCM_ReferencedSOPClassUID, QString::fromLatin1(kReportSrSopClass), detail) &&
         put(*source, DCM_ReferencedSOPInstanceUID, r.srInstanceUid, detail);
}

// Encapsulated Document module (C.24.2). The value is padded to even length
// with one NUL; EncapsulatedDocumentLength keeps the PDF's own length.
bool putDocument(DcmItem& d, const QByteArray& pdf, const Report& r, const QDateTime& now, QString* detail) {
  const QDateTime content = r.contentDateTime.isValid() ? r.contentDateTime : now;
  const QString title = r.language.startsWith(QLatin1String("zh")) ? QStringLiteral("影像诊断报告")
                                                                  : QStringLiteral("Diagnostic Imaging Report");
  if (!(put(d, DCM_InstanceNumber, QString::number(r.instanceNumber), detail) &&
        put(d, DCM_ContentDate, da(content), detail) && put(d, DCM_ContentTime, tm(content), detail) &&
        put(d, DCM_AcquisitionDateTime, dt(now), detail) &&
        // The pages show the patient's name and IDs.
        put(d, DCM_BurnedInAnnotation, QStringLiteral("YES"), detail) &&
        put(d, DCM_DocumentTitle, title, detail) && putConceptName(d, detail) &&
        put(d, DCM_VerificationFlag, r.verified ? QStringLiteral("VERIFIED") : QStringLiteral("UNVERIFIED"),
            detail) &&
        put(d, DCM_MIMETypeOfEncapsulatedDocument, QStringLiteral("application/pdf"), detail) &&
        putSourceReport(d, r, detail)))
    return false;
  QByteArray value = pdf;
  if (value.size() % 2) value.append('\0');
  OFCondition status = d.putAndInsertUint8Array(DCM_EncapsulatedDocument,
                                                reinterpret_cast<const Uint8*>(value.constData()),
                                                static_cast<unsigned long>(value.size()));
  if (status.good()) status = d.putAndInsertUint32(DCM_EncapsulatedDocumentLength, static_cast<Uint32>(pdf.size()));
  if (status.bad()) *detail = QStringLiteral("EncapsulatedDocument: %1").arg(QString::fromLatin1(status.text()));
  return status.good();
}

// SOP Common (C.12.1): UTF-8 for the Chinese names and titles.
bool putSopCommon(DcmItem& d, const Report& r, const QDateTime& now, QString* detail) {
  return put(d, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"), detail) &&
         put(d, DCM_SOPClassUID, QString::fromLatin1(UID_EncapsulatedPDFStorage), detail) &&
         put(d, DCM_SOPInstanceUID, pdfUid(r, "instance", SITE_INSTANCE_UID_ROOT), detail) &&
         put(d, DCM_InstanceCreationDate, da(now), detail) && put(d, DCM_InstanceCreationTime, tm(now), detail);
}

}  // namespace

bool encapsulatePdf(const QByteArray& pdf, const Report& report, QByteArray* part10, ReportingError* error) {
  QString detail;
  if (!pdf.startsWith("%PDF-")) {
    detail = QStringLiteral("the bytes to encapsulate are no PDF");
  } else if (report.study.studyUid.isEmpty()) {
    detail = QStringLiteral("the report has no StudyInstanceUID");
  } else {
    const QDateTime now = QDateTime::currentDateTime();
    DcmFileFormat file;
    DcmItem& d = *file.getDataset();
    if (putSopCommon(d, report, now, &detail) && putPatientAndStudy(d, report.study, &detail) &&
        putSeriesAndEquipment(d, report, &detail) && putDocument(d, pdf, report, now, &detail) &&
        writePart10(file, part10, &detail))
      return true;
  }
  if (error) {
    error->code = ReportingError::Code::PdfFailed;
    error->message =
        QCoreApplication::translate("yunyue::EncapsulatedPdf", "The report PDF could not be stored as a DICOM object.");
    error->detail = detail;
  }
  return false;
}

}  // namespace yunyue
