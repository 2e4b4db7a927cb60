// Report <-> DICOM Comprehensive SR, PS3.16 TID 2000 "Basic Diagnostic
// Imaging Report", through DCMTK dcmsr (DSRDocument).
//
// Content tree written (relationship, value type, concept):
//   CONTAINER (18748-4, LN, "Diagnostic Imaging Report")      TID 2000 root
//   > HAS CONCEPT MOD CODE (121049, DCM) language             TID 1204 row 1
//     > HAS CONCEPT MOD CODE (121046, DCM) country            TID 1204 row 2
//   > HAS OBS CONTEXT CODE (121005, DCM) = (121006, DCM)      TID 1002 (via TID 1001)
//   > HAS OBS CONTEXT PNAME (121008, DCM) author name         TID 1003
//   > HAS OBS CONTEXT TEXT (128774, DCM) author staff ID      TID 1003 "Person Observer's Login Name"
//   > HAS OBS CONTEXT TEXT (121009, DCM) author organisation  TID 1003
//   > HAS CONCEPT MOD CODE (121139, DCM) modality of the images, value from CID 29
//   > HAS CONCEPT MOD TEXT (123014, DCM) body part examined, as the images name it
//   Sections: CONTAINERs with headings from CID 7001, content per TID 2001:
//   > CONTAINS CONTAINER (55111-9, LN) > CONTAINS TEXT (121065, DCM)
//   > CONTAINS CONTAINER (121070, DCM) > CONTAINS TEXT (121071, DCM)
//     > CONTAINS NUM measurement (concept and UCUM unit from the viewer)
//       > HAS OBS CONTEXT TEXT (112039, DCM) its label, as TID 1501 names measurements
//       > INFERRED FROM IMAGE (121112, DCM) "Source of Measurement" (CID 7003)
//   > CONTAINS CONTAINER (121072, DCM) > CONTAINS TEXT (121073, DCM)
//   > CONTAINS CONTAINER (121180, DCM) "Key Images"
//     > CONTAINS IMAGE (121080, DCM) "Best illustration of finding" (CID 7003)
// The DCM section codes are retired in favour of LOINC in current PS3.16;
// we write the DCM ones (what most archives and viewers show) and read both.
// The report's template id is application data, kept in a private element.

#include "reporting/ReportSr.h"

#include "reporting/DcmtkLog.h"
#include "reporting/DicomSupport.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmsr/codes/dcm.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace yunyue {
namespace {

using namespace dicom;  // Part 10 in memory, UIDs, DT, DS, CID 29

using Code = ReportingError::Code;

// Private block for application data that has no place in TID 2000.
constexpr Uint16 kPrivateGroup = 0x0071;
const char* const kPrivateCreator = "YUNYUE REPORT";
constexpr Uint16 kTemplateIdElement = 0x01;  // (0071,xx01) LO template id
// Private coding scheme of the center's staff IDs (verifying observer code).
const char* const kStaffIdScheme = "99YUNYUE";

// Codes of TID 2000 without a DCMTK constant (LOINC), plus the LOINC
// replacements of the retired DCM headings, accepted when reading.
// (Functions, not globals: DCMTK's checks must not run during static initialisation.)
DSRCodedEntryValue diagnosticImagingReport() {
  return DSRCodedEntryValue("18748-4", "LN", "Diagnostic Imaging Report");
}
DSRCodedEntryValue currentProcedureDescriptions() {
  return DSRCodedEntryValue("55111-9", "LN", "Current procedure descriptions");
}
const char* const kLoincFindings = "59776-5";
const char* const kLoincImpressions = "19005-8";
const char* const kLoincKeyImages = "55113-5";

OFString toOf(const QString& s) { return OFString(s.toUtf8().constData()); }
QString fromOf(const OFString& s) { return QString::fromUtf8(s.c_str(), int(s.length())); }

bool isCode(const DSRCodedEntryValue& code, const char* value, const char* scheme) {
  return code.getCodeValue() == value && code.getCodingSchemeDesignator() == scheme;
}
bool isCode(const DSRCodedEntryValue& code, const DSRBasicCodedEntry& entry) {
  return code.getCodeValue() == entry.CodeValue &&
         code.getCodingSchemeDesignator() == entry.CodingSchemeDesignator;
}

void setError(ReportingError* error, Code code, const QString& message, const QString& detail) {
  if (!error) return;
  error->code = code;
  error->message = message;
  error->detail = detail;
}

// --- small code tables ------------------------------------------------------------

// PS3.16 CID 5000 Languages / CID 5001 Countries, the entries Yunyue uses.
QString languageMeaning(const QString& rfc5646) {
  static const QHash<QString, QString> names{{QStringLiteral("zh-CN"), QStringLiteral("Chinese (China)")},
                                             {QStringLiteral("zh"), QStringLiteral("Chinese")},
                                             {QStringLiteral("en"), QStringLiteral("English")},
                                             {QStringLiteral("en-US"), QStringLiteral("English (US)")}};
  return names.value(rfc5646, rfc5646);
}
QString countryMeaning(const QString& iso3166) {
  static const QHash<QString, QString> names{
      {QStringLiteral("CN"), QStringLiteral("China")},
      {QStringLiteral("US"), QStringLiteral("United States of America")}};
  return names.value(iso3166, iso3166);
}

// =====================================================================================
// Encoding
// =====================================================================================

class SrEncoder {
 public:
  SrEncoder(Report& report, DSRDocument& doc) : report_(report), doc_(doc), tree_(doc.getTree()) {}

  QString detail;

  // Consistency a DICOM SR needs before anything is built.
  bool checkReferences(QString* message) {
    auto missingClass = [&](const ImageReference& r, const QString& role) {
      if (!r.sopClassUid.isEmpty() && !r.sopInstanceUid.isEmpty()) return false;
      *message = QCoreApplication::translate(
          "yunyue::ReportSr", "The report refers to an image without its SOP Class or Instance UID.");
      detail = QStringLiteral("%1 %2 has an empty SOP Class or Instance UID").arg(role, r.sopInstanceUid);
      return true;
    };
    for (const ImageReference& r : report_.study.evidence)
      if (missingClass(r, QStringLiteral("evidence"))) return false;
    for (const ImageReference& r : report_.keyImages)
      if (missingClass(r, QStringLiteral("key image"))) return false;
    for (const ReportMeasurement& m : report_.measurements)
      if (!m.image.sopInstanceUid.isEmpty() && missingClass(m.image, QStringLiteral("measurement image")))
        return false;
    for (const ImageReference& r : report_.predecessors)
      if (missingClass(r, QStringLiteral("predecessor"))) return false;
    if (report_.verified && !report_.complete) {
      *message = QCoreApplication::translate("yunyue::ReportSr",
                                             "A report can only be verified once it is complete.");
      detail = QStringLiteral("VerificationFlag VERIFIED needs CompletionFlag COMPLETE (PS3.3 C.17.2)");
      return false;
    }
    return true;
  }

  bool build() {
    return ok(doc_.createNewDocument(DSRTypes::DT_ComprehensiveSR), "createNewDocument") &&
           ok(doc_.setSpecificCharacterSetType(DSRTypes::CS_UTF8), "SpecificCharacterSet") &&
           ok(doc_.createNewSeriesInStudy(toOf(report_.study.studyUid)), "StudyInstanceUID") &&
           writeHeader() && writeContent() && writeEvidence() && writeFlags();
  }

 private:
  bool ok(const OFCondition& status, const char* what) {
    if (status.good()) return true;
    detail = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(status.text()));
    return false;
  }
  // Optional attribute: set only when there is a value (Type 2 stays empty).
  bool set(OFCondition (DSRDocument::*setter)(const OFString&, OFBool), const QString& value,
           const char* what) {
    if (value.isEmpty()) return true;
    return ok((doc_.*setter)(toOf(value), OFTrue), what);
  }

  // Patient, General Study, SR Document Series / General, Equipment modules.
  bool writeHeader() {
    const ReportedStudy& s = report_.study;
    const QDateTime& content = report_.contentDateTime;
    const QString software = QCoreApplication::applicationVersion().isEmpty()
                                 ? QStringLiteral("Yunyue")
                                 : QStringLiteral("Yunyue ") + QCoreApplication::applicationVersion();
    return set(&DSRDocument::setPatientName, s.patientName, "PatientName") &&
           set(&DSRDocument::setPatientID, s.patientId, "PatientID") &&
           set(&DSRDocument::setIssuerOfPatientID, s.issuerOfPatientId, "IssuerOfPatientID") &&
           set(&DSRDocument::setPatientBirthDate, s.patientBirthDate, "PatientBirthDate") &&
           set(&DSRDocument::setPatientSex, s.patientSex, "PatientSex") &&
           set(&DSRDocument::setAccessionNumber, s.accessionNumber, "AccessionNumber") &&
           set(&DSRDocument::setStudyDate, s.studyDate, "StudyDate") &&
           set(&DSRDocument::setStudyTime, s.studyTime, "StudyTime") &&
           set(&DSRDocument::setStudyDescription, s.studyDescription, "StudyDescription") &&
           set(&DSRDocument::setStudyID, s.studyId, "StudyID") &&
           set(&DSRDocument::setReferringPhysicianName, s.referringPhysician, "ReferringPhysicianName") &&
           // A high number sorts the report series after the image series.
           set(&DSRDocument::setSeriesNumber, QStringLiteral("999"), "SeriesNumber") &&
           set(&DSRDocument::setInstanceNumber, QString::number(report_.instanceNumber), "InstanceNumber") &&
           set(&DSRDocument::setContentDate, content.toString(QStringLiteral("yyyyMMdd")), "ContentDate") &&
           set(&DSRDocument::setContentTime, content.toString(QStringLiteral("HHmmss.zzz")), "ContentTime") &&
           set(&DSRDocument::setTimezoneOffsetFromUTC, utcOffset(content), "TimezoneOffsetFromUTC") &&
           set(&DSRDocument::setManufacturer, QStringLiteral("Yunyue"), "Manufacturer") &&
           set(&DSRDocument::setSoftwareVersions, software, "SoftwareVersions");
  }

  // Adds a content item as the last child of `parent`; the cursor stays on it.
  size_t addChild(size_t parent, DSRTypes::E_RelationshipType relationship, DSRTypes::E_ValueType type,
                  const DSRCodedEntryValue& concept, const char* what) {
    tree_.gotoNode(parent);
    OFCondition status;
    if (tree_.gotoChild()) {
      while (tree_.gotoNext()) {
      }
      status = tree_.addContentItem(relationship, type, concept);
    } else {
      status = tree_.addChildContentItem(relationship, type, concept);
    }
    return ok(status, what) ? tree_.getNodeID() : 0;
  }
  bool addText(size_t parent, DSRTypes::E_RelationshipType relationship, DSRTypes::E_ValueType type,
               const DSRCodedEntryValue& concept, const QString& text, const char* what) {
    if (text.isEmpty()) return true;
    return addChild(parent, relationship, type, concept, what) &&
           ok(tree_.getCurrentContentItem().setStringValue(toOf(text)), what);
  }
  bool addCode(size_t parent, DSRTypes::E_RelationshipType relationship, const DSRCodedEntryValue& concept,
               const DSRCodedEntryValue& value, const char* what) {
    return addChild(parent, relationship, DSRTypes::VT_Code, concept, what) &&
           ok(tree_.getCurrentContentItem().setCodeValue(value), what);
  }
  bool addImage(size_t parent, DSRTypes::E_RelationshipType relationship, const DSRCodedEntryValue& purpose,
                const ImageReference& image, const char* what) {
    DSRImageReferenceValue value(toOf(image.sopClassUid), toOf(image.sopInstanceUid));
    if (image.frame > 0) value.getFrameList().addItem(Sint32(image.frame));
    return addChild(parent, relationship, DSRTypes::VT_Image, purpose, what) &&
           ok(tree_.getCurrentContentItem().setImageReference(value), what);
  }

  bool writeContent() {
    if (!ok(tree_.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, diagnosticImagingReport()),
            "root CONTAINER"))
      return false;
    DSRContentItem& root = tree_.getCurrentContentItem();
    if (!ok(root.setTemplateIdentification("2000", "DCMR"), "TID 2000")) return false;
    if (report_.observationDateTime.isValid() &&
        !ok(root.setObservationDateTime(toOf(dicomDateTime(report_.observationDateTime))),
            "ObservationDateTime"))
      return false;
    const size_t rootId = tree_.getNodeID();
    return writeLanguage(rootId) && writeAuthor(rootId) && writeProcedure(rootId) &&
           writeSection(rootId, currentProcedureDescriptions(), CODE_DCM_ProcedureDescription,
                        report_.technique) &&
           writeFindings(rootId) &&
           writeSection(rootId, CODE_DCM_RETIRED_Impressions, CODE_DCM_Impression, report_.impression) &&
           writeKeyImages(rootId);
  }

  // TID 1204: "zh_CN" -> (zh-CN, RFC5646) with country (CN, ISO3166_1).
  bool writeLanguage(size_t rootId) {
    if (report_.language.isEmpty()) return true;
    const QString tag = QString(report_.language).replace(QLatin1Char('_'), QLatin1Char('-'));
    const size_t language = addChild(rootId, DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code,
                                     CODE_DCM_LanguageOfContentItemAndDescendants, "language");
    if (!language || !ok(tree_.getCurrentContentItem().setCodeValue(
                             DSRCodedEntryValue(toOf(tag), "RFC5646", toOf(languageMeaning(tag)))),
                         "language"))
      return false;
    const QString country = tag.section(QLatin1Char('-'), 1, 1);
    if (country.isEmpty()) return true;
    return addCode(language, DSRTypes::RT_hasConceptMod, CODE_DCM_CountryOfLanguage,
                   DSRCodedEntryValue(toOf(country), "ISO3166_1", toOf(countryMeaning(country))),
                   "country of language");
  }

  // TID 1002 Observer Context with TID 1003 Person Observer Identifying Attributes.
  bool writeAuthor(size_t rootId) {
    const Observer& a = report_.author;
    if (a.name.isEmpty() && a.id.isEmpty() && a.organisation.isEmpty()) return true;
    return addCode(rootId, DSRTypes::RT_hasObsContext, CODE_DCM_ObserverType, CODE_DCM_Person,
                   "Observer Type") &&
           addText(rootId, DSRTypes::RT_hasObsContext, DSRTypes::VT_PName, CODE_DCM_PersonObserverName,
                   a.name, "Person Observer Name") &&
           addText(rootId, DSRTypes::RT_hasObsContext, DSRTypes::VT_Text, CODE_DCM_PersonObserverLoginName,
                   a.id, "Person Observer's Login Name") &&
           addText(rootId, DSRTypes::RT_hasObsContext, DSRTypes::VT_Text,
                   CODE_DCM_PersonObserverOrganizationName, a.organisation,
                   "Person Observer's Organization Name");
  }

  // What the images are: modality (CID 29) and the body part as written in them.
  bool writeProcedure(size_t rootId) {
    const ReportedStudy& s = report_.study;
    if (!s.modality.isEmpty() &&
        !addCode(rootId, DSRTypes::RT_hasConceptMod, CODE_DCM_Modality,
                 DSRCodedEntryValue(toOf(s.modality), "DCM", toOf(modalityMeaning(s.modality))), "Modality"))
      return false;
    return addText(rootId, DSRTypes::RT_hasConceptMod, DSRTypes::VT_Text, CODE_DCM_TargetRegion, s.bodyPart,
                   "Target Region");
  }

  bool writeSection(size_t rootId, const DSRCodedEntryValue& heading, const DSRCodedEntryValue& item,
                    const QString& text) {
    if (text.isEmpty()) return true;
    const size_t section =
        addChild(rootId, DSRTypes::RT_contains, DSRTypes::VT_Container, heading, "section");
    return section && addText(section, DSRTypes::RT_contains, DSRTypes::VT_Text, item, text, "section text");
  }

  bool writeFindings(size_t rootId) {
    if (report_.findings.isEmpty() && report_.measurements.isEmpty()) return true;
    const size_t findings = addChild(rootId, DSRTypes::RT_contains, DSRTypes::VT_Container,
                                     CODE_DCM_RETIRED_Findings, "Findings");
    if (!findings || !addText(findings, DSRTypes::RT_contains, DSRTypes::VT_Text, CODE_DCM_Finding,
                              report_.findings, "Finding"))
      return false;
    for (const ReportMeasurement& m : report_.measurements)
      if (!writeMeasurement(findings, m)) return false;
    return true;
  }

  bool writeMeasurement(size_t findings, const ReportMeasurement& m) {
    if (!std::isfinite(m.value)) {
      detail = QStringLiteral("measurement %1 is not a finite number").arg(m.label);
      return false;
    }
    DSRNumericMeasurementValue value(toOf(decimalString(m.value)),
                                     DSRCodedEntryValue(toOf(m.unitCode), "UCUM", toOf(m.unitMeaning)));
    value.setFloatingPointRepresentation(m.value);
    const DSRCodedEntryValue concept(toOf(m.conceptCode), toOf(m.conceptScheme), toOf(m.conceptMeaning));
    const size_t num = addChild(findings, DSRTypes::RT_contains, DSRTypes::VT_Num, concept, "measurement");
    if (!num || !ok(tree_.getCurrentContentItem().setNumericValue(value), "measurement value")) return false;
    if (!addText(num, DSRTypes::RT_hasObsContext, DSRTypes::VT_Text, CODE_DCM_TrackingIdentifier, m.label,
                 "measurement label"))
      return false;
    if (m.image.sopInstanceUid.isEmpty()) return true;
    return addImage(num, DSRTypes::RT_inferredFrom, CODE_DCM_SourceOfMeasurement, m.image,
                    "measurement image");
  }

  bool writeKeyImages(size_t rootId) {
    if (report_.keyImages.isEmpty()) return true;
    const size_t container = addChild(rootId, DSRTypes::RT_contains, DSRTypes::VT_Container,
                                      CODE_DCM_RETIRED_KeyImages, "Key Images");
    if (!container) return false;
    for (const ImageReference& image : report_.keyImages)
      if (!addImage(container, DSRTypes::RT_contains, CODE_DCM_BestIllustrationOfFinding, image, "key image"))
        return false;
    return true;
  }

  // PS3.3 C.17.2.3: every instance in the content tree is listed either in the
  // Current Requested Procedure Evidence or in the Pertinent Other Evidence.
  bool writeEvidence() {
    QHash<QString, const ImageReference*> evidence;
    for (const ImageReference& r : report_.study.evidence) {
      evidence.insert(r.sopInstanceUid, &r);
      if (!ok(doc_.getCurrentRequestedProcedureEvidence().addItem(
                  toOf(r.studyUid), toOf(r.seriesUid), toOf(r.sopClassUid), toOf(r.sopInstanceUid)),
              "CurrentRequestedProcedureEvidenceSequence"))
        return false;
    }
    QList<ImageReference> referenced = report_.keyImages;
    for (const ReportMeasurement& m : report_.measurements)
      if (!m.image.sopInstanceUid.isEmpty()) referenced << m.image;
    for (const ImageReference& r : referenced) {
      if (const ImageReference* listed = evidence.value(r.sopInstanceUid)) {
        if (listed->seriesUid == r.seriesUid && listed->studyUid == r.studyUid) continue;
        detail = QStringLiteral("image %1 is listed in the evidence with another series or study")
                     .arg(r.sopInstanceUid);
        return false;
      }
      if (!ok(doc_.getPertinentOtherEvidence().addItem(toOf(r.studyUid), toOf(r.seriesUid),
                                                       toOf(r.sopClassUid), toOf(r.sopInstanceUid)),
              "PertinentOtherEvidenceSequence"))
        return false;
    }
    for (const ImageReference& r : report_.predecessors)
      if (!ok(doc_.getPredecessorDocuments().addItem(toOf(r.studyUid), toOf(r.seriesUid), toOf(r.sopClassUid),
                                                     toOf(r.sopInstanceUid)),
              "PredecessorDocumentsSequence"))
        return false;
    return true;
  }

  // CompletionFlag, VerificationFlag and VerifyingObserverSequence (PS3.3 C.17.2).
  bool writeFlags() {
    if (report_.complete && !ok(doc_.completeDocument(), "CompletionFlag")) return false;
    if (!report_.verified) return true;
    const Observer& v = report_.verifier;
    const OFString when = report_.verificationDateTime.isValid()
                              ? toOf(dicomDateTime(report_.verificationDateTime))
                              : OFString();
    if (v.id.isEmpty())
      return ok(doc_.verifyDocument(toOf(v.name), toOf(v.organisation), when), "VerifyingObserverSequence");
    // The staff ID as a local code (PS3.16 8.2: "99" prefixes private schemes),
    // declared in the Coding Scheme Identification Sequence (PS3.3 C.12.1.1.5).
    if (!ok(doc_.getCodingSchemeIdentification().addItem(kStaffIdScheme, "", "Yunyue staff identifiers",
                                                         "Yunyue"),
            "CodingSchemeIdentificationSequence"))
      return false;
    const DSRCodedEntryValue code(toOf(v.id), kStaffIdScheme,
                                  toOf(QString(v.name).replace(QLatin1Char('^'), QLatin1Char(' '))));
    return ok(doc_.verifyDocument(toOf(v.name), code, toOf(v.organisation), when),
              "VerifyingObserverSequence");
  }

  Report& report_;
  DSRDocument& doc_;
  DSRDocumentTree& tree_;
};

// Replaces what DSRDocument generated with the report's own identity and adds
// the private application data.
bool finishDataset(const Report& report, DcmDataset& dataset, QString* detail) {
  OFCondition status = dataset.putAndInsertString(DCM_SeriesInstanceUID, toOf(report.srSeriesUid).c_str());
  if (status.good())
    status = dataset.putAndInsertString(DCM_SOPInstanceUID, toOf(report.srInstanceUid).c_str());
  // One SOP instance, one creation time: encoding the same report again gives
  // the same bytes (signatures and the outbox rely on that), so the instance
  // is dated by its content, not by the clock at encoding.
  const QDateTime& created = report.contentDateTime;
  if (status.good())
    status = dataset.putAndInsertString(DCM_InstanceCreationDate,
                                        toOf(created.toString(QStringLiteral("yyyyMMdd"))).c_str());
  if (status.good())
    status = dataset.putAndInsertString(DCM_InstanceCreationTime,
                                        toOf(created.toString(QStringLiteral("HHmmss.zzz"))).c_str());
  if (status.good() && !report.templateId.isEmpty()) {
    status = dataset.putAndInsertString(DcmTag(kPrivateGroup, 0x0010, EVR_LO), kPrivateCreator);
    DcmTag templateId(kPrivateGroup, 0x1000 | kTemplateIdElement, EVR_LO);
    templateId.setPrivateCreator(kPrivateCreator);
    if (status.good()) status = dataset.putAndInsertString(templateId, toOf(report.templateId).c_str());
  }
  if (status.bad()) *detail = QStringLiteral("SR identity: %1").arg(QString::fromLatin1(status.text()));
  return status.good();
}

// =====================================================================================
// Decoding
// =====================================================================================

class SrDecoder {
 public:
  SrDecoder(DSRDocument& doc, Report& report) : doc_(doc), tree_(doc.getTree()), report_(report) {}

  void run() {
    readHeader();
    readEvidence();
    if (!tree_.gotoRoot()) return;
    report_.observationDateTime = inDocumentZone(fromOf(tree_.getCurrentContentItem().getObservationDateTime()));
    forEachChild([this] { readRootChild(); });
  }

 private:
  // A DT without its own offset is in the document's TimezoneOffsetFromUTC
  // (PS3.3 C.12.1.1.8), when it has one.
  QDateTime inDocumentZone(const QString& dt) {
    const bool hasOffset = dt.contains(QLatin1Char('+')) || dt.contains(QLatin1Char('-'));
    return parseDicomDateTime(hasOffset || dt.isEmpty() ? dt : dt.trimmed() + get(&DSRDocument::getTimezoneOffsetFromUTC));
  }

  // Calls fn with the cursor on each child of the current node; the cursor
  // is back on the node afterwards (fn must leave it where it found it).
  void forEachChild(const std::function<void()>& fn) {
    if (!tree_.gotoChild()) return;
    do {
      fn();
    } while (tree_.gotoNext());
    tree_.goUp();
  }
  DSRContentItem& item() { return tree_.getCurrentContentItem(); }
  // All values of a header attribute, as Unicode (the dataset is UTF-8 by now).
  QString get(OFCondition (DSRDocument::*getter)(OFString&, const signed long) const) const {
    OFString value;
    (doc_.*getter)(value, -1);
    return fromOf(value);
  }
  QString text() { return fromOf(item().getStringValue()); }

  void readHeader() {
    ReportedStudy& s = report_.study;
    s.studyUid = get(&DSRDocument::getStudyInstanceUID);
    s.patientName = get(&DSRDocument::getPatientName);
    s.patientId = get(&DSRDocument::getPatientID);
    s.issuerOfPatientId = get(&DSRDocument::getIssuerOfPatientID);
    s.patientBirthDate = get(&DSRDocument::getPatientBirthDate);
    s.patientSex = get(&DSRDocument::getPatientSex);
    s.accessionNumber = get(&DSRDocument::getAccessionNumber);
    s.studyDate = get(&DSRDocument::getStudyDate);
    s.studyTime = get(&DSRDocument::getStudyTime);
    s.studyDescription = get(&DSRDocument::getStudyDescription);
    s.studyId = get(&DSRDocument::getStudyID);
    s.referringPhysician = get(&DSRDocument::getReferringPhysicianName);
    report_.srSeriesUid = get(&DSRDocument::getSeriesInstanceUID);
    report_.srInstanceUid = get(&DSRDocument::getSOPInstanceUID);
    bool numeric = false;
    const int number = get(&DSRDocument::getInstanceNumber).toInt(&numeric);
    if (numeric) report_.instanceNumber = number;
    QString contentDate = get(&DSRDocument::getContentDate);
    const QString contentTime = get(&DSRDocument::getContentTime);
    if (!contentDate.isEmpty())
      report_.contentDateTime =
          parseDicomDateTime(contentDate + contentTime + get(&DSRDocument::getTimezoneOffsetFromUTC));
    report_.complete = doc_.getCompletionFlag() == DSRTypes::CF_Complete;
    report_.verified = doc_.getVerificationFlag() == DSRTypes::VF_Verified;
    if (report_.verified && doc_.getNumberOfVerifyingObservers() > 0) {
      OFString when, name, organisation;
      DSRCodedEntryValue code;
      doc_.getVerifyingObserver(1, when, name, code, organisation);
      report_.verifier = {fromOf(name), fromOf(code.getCodeValue()), fromOf(organisation)};
      report_.verificationDateTime = inDocumentZone(fromOf(when));
    }
  }

  static QList<ImageReference> references(DSRSOPInstanceReferenceList& list) {
    QList<ImageReference> out;
    if (list.gotoFirstItem().bad()) return out;
    do {
      OFString study, series, sopClass, instance;
      ImageReference r;
      r.studyUid = fromOf(list.getStudyInstanceUID(study));
      r.seriesUid = fromOf(list.getSeriesInstanceUID(series));
      r.sopClassUid = fromOf(list.getSOPClassUID(sopClass));
      r.sopInstanceUid = fromOf(list.getSOPInstanceUID(instance));
      out << r;
    } while (list.gotoNextItem().good());
    return out;
  }

  void readEvidence() {
    report_.study.evidence = references(doc_.getCurrentRequestedProcedureEvidence());
    report_.predecessors = references(doc_.getPredecessorDocuments());
    for (const ImageReference& r : report_.study.evidence) whereIs_.insert(r.sopInstanceUid, r);
    for (const ImageReference& r : references(doc_.getPertinentOtherEvidence()))
      if (!whereIs_.contains(r.sopInstanceUid)) whereIs_.insert(r.sopInstanceUid, r);
  }

  // IMAGE content item -> reference, with study/series from the evidence lists.
  ImageReference imageReference() {
    const DSRImageReferenceValue& value = item().getImageReference();
    ImageReference r;
    r.sopClassUid = fromOf(value.getSOPClassUID());
    r.sopInstanceUid = fromOf(value.getSOPInstanceUID());
    const ImageReference listed = whereIs_.value(r.sopInstanceUid);
    r.studyUid = listed.studyUid;
    r.seriesUid = listed.seriesUid;
    Sint32 frame = 0;
    if (!value.getFrameList().isEmpty() && value.getFrameList().getItem(1, frame).good())
      r.frame = int(frame);
    return r;
  }

  void readRootChild() {
    const DSRCodedEntryValue& concept = item().getConceptName();
    const DSRTypes::E_ValueType type = item().getValueType();
    if (isCode(concept, CODE_DCM_LanguageOfContentItemAndDescendants) && type == DSRTypes::VT_Code) {
      readLanguage();
    } else if (isCode(concept, CODE_DCM_PersonObserverName) && type == DSRTypes::VT_PName) {
      report_.author.name = text();
    } else if (isCode(concept, CODE_DCM_PersonObserverLoginName) && type == DSRTypes::VT_Text) {
      report_.author.id = text();
    } else if (isCode(concept, CODE_DCM_PersonObserverOrganizationName) && type == DSRTypes::VT_Text) {
      report_.author.organisation = text();
    } else if (isCode(concept, CODE_DCM_Modality) && type == DSRTypes::VT_Code) {
      report_.study.modality = fromOf(item().getCodeValue().getCodeValue());
    } else if (isCode(concept, CODE_DCM_TargetRegion) && type == DSRTypes::VT_Text) {
      report_.study.bodyPart = text();
    } else if (type == DSRTypes::VT_Container) {
      readSection(concept);
    }  // anything else is content we do not use
  }

  void readLanguage() {
    QString tag = fromOf(item().getCodeValue().getCodeValue());
    QString country;
    forEachChild([&] {
      if (isCode(item().getConceptName(), CODE_DCM_CountryOfLanguage) &&
          item().getValueType() == DSRTypes::VT_Code)
        country = fromOf(item().getCodeValue().getCodeValue());
    });
    if (!tag.contains(QLatin1Char('-')) && !country.isEmpty()) tag += QLatin1Char('-') + country;
    report_.language = tag.replace(QLatin1Char('-'), QLatin1Char('_'));
  }

  // A TID 2000 section: its TEXT items of the section's own concept, NUM
  // measurements, IMAGE key images. Other content is ignored.
  void readSection(const DSRCodedEntryValue& heading) {
    QString* target = nullptr;
    DSRCodedEntryValue textConcept(CODE_DCM_Finding);
    if (isCode(heading, "55111-9", "LN") ||
        isCode(heading, CODE_DCM_RETIRED_CurrentProcedureDescriptions)) {
      target = &report_.technique;
      textConcept = DSRCodedEntryValue(CODE_DCM_ProcedureDescription);
    } else if (isCode(heading, CODE_DCM_RETIRED_Findings) || isCode(heading, kLoincFindings, "LN")) {
      target = &report_.findings;
    } else if (isCode(heading, CODE_DCM_RETIRED_Impressions) || isCode(heading, kLoincImpressions, "LN")) {
      target = &report_.impression;
      textConcept = DSRCodedEntryValue(CODE_DCM_Impression);
    } else if (!isCode(heading, CODE_DCM_RETIRED_KeyImages) && !isCode(heading, kLoincKeyImages, "LN")) {
      return;  // a heading we do not know
    }
    forEachChild([&] {
      if (item().getRelationshipType() != DSRTypes::RT_contains) return;
      switch (item().getValueType()) {
        case DSRTypes::VT_Text:
          if (target && isCode(item().getConceptName(), textConcept.getCodeValue().c_str(),
                               textConcept.getCodingSchemeDesignator().c_str()))
            appendLine(target, text());
          break;
        case DSRTypes::VT_Num:
          readMeasurement();
          break;
        case DSRTypes::VT_Image:
          report_.keyImages << imageReference();
          break;
        default:
          break;
      }
    });
  }

  // NumericValue (DS) is the Type 1 value; FloatingPointValue (0040,A161)
  // carries it at full precision (PS3.3 Table C.18.1-1) and is used when it
  // agrees with the DS to the digits the DS has. Some writers (e.g. a trip
  // through DCMTK's XML) keep a float rounded to fewer digits than the DS.
  static double numericValue(const DSRNumericMeasurementValue& value) {
    const QString ds = fromOf(value.getNumericValue()).trimmed();
    const double decimal = ds.toDouble();
    Float64 exact = 0;
    if (value.getFloatingPointRepresentation(exact).bad()) return decimal;
    QString mantissa = ds.section(QRegularExpression(QStringLiteral("[eE]")), 0, 0);
    mantissa.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    while (mantissa.startsWith(QLatin1Char('0'))) mantissa.remove(0, 1);
    const int digits = std::max(1, int(mantissa.size()));
    return QString::number(exact, 'g', digits).toDouble() == decimal ? exact : decimal;
  }

  static void appendLine(QString* section, const QString& line) {
    if (!section->isEmpty()) *section += QLatin1Char('\n');
    *section += line;
  }

  void readMeasurement() {
    ReportMeasurement m;
    const DSRCodedEntryValue& concept = item().getConceptName();
    m.conceptCode = fromOf(concept.getCodeValue());
    m.conceptScheme = fromOf(concept.getCodingSchemeDesignator());
    m.conceptMeaning = fromOf(concept.getCodeMeaning());
    const DSRNumericMeasurementValue& value = item().getNumericValue();
    m.value = numericValue(value);
    m.unitCode = fromOf(value.getMeasurementUnit().getCodeValue());
    m.unitMeaning = fromOf(value.getMeasurementUnit().getCodeMeaning());
    forEachChild([&] {
      const DSRTypes::E_ValueType type = item().getValueType();
      if (type == DSRTypes::VT_Text && isCode(item().getConceptName(), CODE_DCM_TrackingIdentifier))
        m.label = text();
      else if (type == DSRTypes::VT_Image && m.image.sopInstanceUid.isEmpty())
        m.image = imageReference();
    });
    report_.measurements << m;
  }

  DSRDocument& doc_;
  DSRDocumentTree& tree_;
  Report& report_;
  QHash<QString, ImageReference> whereIs_;  // SOP Instance UID -> its study/series
};

QString privateTemplateId(DcmDataset& dataset) {
  // The private creator may sit in any block (0071,0010)-(0071,00FF).
  for (Uint16 block = 0x10; block <= 0xFF; ++block) {
    OFString creator;
    if (dataset.findAndGetOFString(DcmTagKey(kPrivateGroup, block), creator).bad()) continue;
    if (creator != kPrivateCreator) continue;
    OFString value;
    dataset.findAndGetOFString(DcmTagKey(kPrivateGroup, Uint16(block << 8 | kTemplateIdElement)), value);
    return fromOf(value);
  }
  return {};
}

}  // namespace

bool encodeReportSr(Report* report, QByteArray* part10, ReportingError* error) {
  const QString failed = QCoreApplication::translate(
      "yunyue::ReportSr", "The report could not be saved as a DICOM structured report.");
  Report filled = *report;
  if (filled.srSeriesUid.isEmpty()) filled.srSeriesUid = newUid(SITE_SERIES_UID_ROOT);
  if (filled.srInstanceUid.isEmpty()) filled.srInstanceUid = newUid(SITE_INSTANCE_UID_ROOT);
  if (!filled.contentDateTime.isValid()) filled.contentDateTime = QDateTime::currentDateTime();
  DSRDocument doc;
  SrEncoder encoder(filled, doc);
  QString message = failed;
  if (!encoder.checkReferences(&message) || !encoder.build()) {
    setError(error, Code::EncodeFailed, message, encoder.detail);
    return false;
  }
  DcmFileFormat file;
  QString detail;
  const OFCondition written = doc.write(*file.getDataset());
  if (written.bad())
    detail = QStringLiteral("DSRDocument::write: %1").arg(QString::fromLatin1(written.text()));
  QByteArray bytes;
  if (written.bad() || !finishDataset(filled, *file.getDataset(), &detail) ||
      !writePart10(file, &bytes, &detail)) {
    setError(error, Code::EncodeFailed, failed, detail);
    return false;
  }
  *report = filled;
  *part10 = bytes;
  if (error) *error = ReportingError();
  return true;
}

bool decodeReportSr(const QByteArray& part10, Report* report, ReportingError* error) {
  quietDcmtkCharsetWarnings();
  DcmFileFormat file;
  QString detail;
  if (!readPart10(part10, file, &detail)) {
    setError(error, Code::NotDicom,
             QCoreApplication::translate("yunyue::ReportSr", "The file is not a DICOM file."), detail);
    return false;
  }
  DcmDataset& dataset = *file.getDataset();
  OFString sopClass;
  dataset.findAndGetOFString(DCM_SOPClassUID, sopClass);
  const DSRTypes::E_DocumentType type = DSRTypes::sopClassUIDToDocumentType(sopClass);
  const QString notAReport = QCoreApplication::translate(
      "yunyue::ReportSr", "The DICOM file is not a structured report that Yunyue can read.");
  if (type == DSRTypes::DT_invalid || type == DSRTypes::DT_KeyObjectSelectionDocument) {
    setError(error, Code::NotAReport, notAReport,
             QStringLiteral("SOP Class UID %1 is no SR document").arg(fromOf(sopClass)));
    return false;
  }
  // Other tools may write e.g. GB18030 or Latin-1; DCMTK converts to UTF-8.
  OFString charset;
  dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
  if (!charset.empty() && charset != "ISO_IR 192") dataset.convertToUTF8();
  // Other writers' trees need not meet the IOD's relationship constraints or
  // use only valid values; what we cannot use is skipped, not fatal.
  const size_t tolerant = DSRTypes::RF_ignoreRelationshipConstraints |
                          DSRTypes::RF_acceptUnknownRelationshipType |
                          DSRTypes::RF_acceptInvalidContentItemValue | DSRTypes::RF_skipInvalidContentItems;
  DSRDocument doc;
  const OFCondition status = doc.read(dataset, tolerant);
  if (status.bad()) {
    setError(error, Code::NotAReport, notAReport,
             QStringLiteral("DSRDocument::read: %1").arg(QString::fromLatin1(status.text())));
    return false;
  }
  // A study holds other SR documents too (dose reports, measurement reports,
  // our peer-review scores): a diagnostic report's root is titled from
  // PS3.16 CID 7000 "Diagnostic Imaging Report Document Titles" (LOINC) or
  // says it follows TID 2000.
  DSRDocumentTree& tree = doc.getTree();
  OFString templateId, mappingResource;
  if (tree.gotoRoot()) tree.getCurrentContentItem().getTemplateIdentification(templateId, mappingResource);
  const DSRCodedEntryValue& title = tree.getCurrentContentItem().getConceptName();
  if (title.getCodingSchemeDesignator() != "LN" && !(templateId == "2000" && mappingResource == "DCMR")) {
    setError(error, Code::NotAReport, notAReport,
             QStringLiteral("root concept (%1, %2) is no diagnostic report title")
                 .arg(fromOf(title.getCodeValue()), fromOf(title.getCodingSchemeDesignator())));
    return false;
  }
  Report decoded;
  SrDecoder(doc, decoded).run();
  decoded.templateId = privateTemplateId(dataset);
  *report = decoded;
  if (error) *error = ReportingError();
  return true;
}

}  // namespace yunyue
