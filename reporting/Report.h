#pragma once
// The report a radiologist writes for one study: what DICOM SR (TID 2000,
// Basic Diagnostic Imaging Report) carries, held as plain Qt values so the
// editor, the SR codec, the signer, the PDF and the outbox share one shape.
// No DCMTK here: ReportSr.cpp is where it becomes a DICOM object.

#include <QDateTime>
#include <QList>
#include <QString>

namespace yunyue {

// One SOP instance the report refers to (evidence, key image, measurement source).
struct ImageReference {
  QString studyUid;
  QString seriesUid;
  QString sopClassUid;
  QString sopInstanceUid;
  int frame = 0;  // 1-based frame of a multi-frame image; 0 = the whole instance

  bool operator==(const ImageReference& o) const {
    return studyUid == o.studyUid && seriesUid == o.seriesUid && sopClassUid == o.sopClassUid &&
           sopInstanceUid == o.sopInstanceUid && frame == o.frame;
  }
};

// A measurement taken in the viewer, inserted into the findings.
struct ReportMeasurement {
  QString label;       // what the reader calls it: "病灶长径", "Lesion long axis"
  // Concept name as a coded entry (PS3.16), e.g. SCT 410668003 "Length",
  // SCT 42798000 "Area", DCM 112031 "Attenuation Coefficient".
  QString conceptCode;
  QString conceptScheme;
  QString conceptMeaning;
  double value = 0;
  QString unitCode;     // UCUM: "mm", "mm2", "[hnsf'U]", "deg"
  QString unitMeaning;  // "millimeter", "square millimeter", "Hounsfield unit", "degree"
  ImageReference image; // the image it was measured on (sopInstanceUid empty: none)

  bool operator==(const ReportMeasurement& o) const {
    return label == o.label && conceptCode == o.conceptCode && conceptScheme == o.conceptScheme &&
           conceptMeaning == o.conceptMeaning && value == o.value && unitCode == o.unitCode &&
           unitMeaning == o.unitMeaning && image == o.image;
  }
};

// A person in the report: the author (Person Observer, TID 1002) or a
// verifying observer (VerifyingObserverSequence).
struct Observer {
  QString name;          // DICOM PN, e.g. "王^医生" or "Wang^Yi"
  QString id;            // the center's staff ID
  QString organisation;  // e.g. "云阅远程影像诊断中心"

  bool operator==(const Observer& o) const {
    return name == o.name && id == o.id && organisation == o.organisation;
  }
};

// The study the report is about: what the SR repeats from the images
// (Patient, General Study modules) so it stands on its own in the archive.
struct ReportedStudy {
  QString studyUid;
  QString patientName;     // DICOM PN as decoded (Unicode)
  QString patientId;
  QString issuerOfPatientId;
  QString patientBirthDate;  // DA, yyyyMMdd
  QString patientSex;
  QString accessionNumber;
  QString studyDate;       // DA
  QString studyTime;       // TM
  QString studyDescription;
  QString studyId;
  QString referringPhysician;
  QString modality;        // of the images, e.g. CT
  QString bodyPart;
  // Every instance of the study the report was written from
  // (CurrentRequestedProcedureEvidenceSequence).
  QList<ImageReference> evidence;
};

// A DICOM PN ("王^芳", "Wang^Fang=王^芳") as people read it: "王芳" for
// ideographic names, "Wang Fang" (family name first) for Latin ones. A
// Chinese report prefers the ideographic component group (PS3.5 6.2.1.1).
QString readablePersonName(const QString& pn, const QString& language);

struct Report {
  // Identity of the SR object; empty until first encoded (the codec makes UIDs).
  QString srSeriesUid;
  QString srInstanceUid;
  int instanceNumber = 1;

  ReportedStudy study;
  QString language = QStringLiteral("zh_CN");  // zh_CN or en, coded in the SR as content language
  QString templateId;  // ReportTemplate::id it started from

  // The three sections of a Chinese diagnostic report.
  QString technique;   // 检查方法, TID 2000 "Current Procedure Descriptions"
  QString findings;    // 影像所见, "Findings"
  QString impression;  // 诊断意见, "Impressions"

  QList<ReportMeasurement> measurements;
  QList<ImageReference> keyImages;

  Observer author;
  QDateTime observationDateTime;  // when the author wrote it (ObservationDateTime of the content)
  QDateTime contentDateTime;      // ContentDate/Time of the document

  // CompletionFlag (0040,A491): PARTIAL while a draft, COMPLETE once signed.
  bool complete = false;
  // VerificationFlag (0040,A493) and VerifyingObserverSequence (0040,A073).
  bool verified = false;
  Observer verifier;
  QDateTime verificationDateTime;

  // PredecessorDocumentsSequence (0040,A360): the report(s) this one amends.
  QList<ImageReference> predecessors;
};

}  // namespace yunyue
