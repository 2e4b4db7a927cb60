// The spot check's peer-review score <-> DICOM Comprehensive SR (PS3.3
// A.35.3), through DCMTK dcmsr (DSRDocument); the per-reader summary.
//
// PS3.16 has no template and no code for a peer review, so the document
// uses the observer context of TID 1002/1003 and local codes of the center
// (scheme 99YUNYUE, PS3.16 8.2: "99" prefixes private schemes, declared in
// the Coding Scheme Identification Sequence, PS3.3 C.12.1.1.5).
// Content tree written (relationship, value type, concept):
//   CONTAINER (PEER-REVIEW, 99YUNYUE, "Radiology peer review")    root
//   > HAS CONCEPT MOD CODE (121139, DCM) modality, value from CID 29
//   > HAS CONCEPT MOD TEXT (123014, DCM) body part, as the images name it
//   > HAS OBS CONTEXT CODE (121005, DCM) = (121006, DCM) Person  TID 1002
//   > HAS OBS CONTEXT PNAME (121008, DCM) reviewer's name        TID 1003
//   > HAS OBS CONTEXT TEXT (128774, DCM) reviewer's staff ID     TID 1003
//   > HAS OBS CONTEXT TEXT (121009, DCM) reviewer's organisation TID 1003
//   > CONTAINS COMPOSITE (REVIEWED-REPORT, 99YUNYUE) the SR scored
//   > CONTAINS CONTAINER (REVIEWED-AUTHOR, 99YUNYUE) its author, with the
//     TID 1003 concepts (a PNAME may have no children in a Comprehensive SR,
//     PS3.3 Table A.35.3-2, so a container holds the three):
//     > CONTAINS PNAME (121008, DCM) / TEXT (128774, DCM) / TEXT (121009, DCM)
//   > CONTAINS CODE (RADPEER-SCORE, 99YUNYUE) = ("1".."3b", 99YUNYUE)
//   > CONTAINS TEXT (121106, DCM) "Comment"
//   > CONTAINS DATE (SAMPLE-DATE, 99YUNYUE) day of the spot check
//   > CONTAINS NUM (SAMPLE-PERCENT, 99YUNYUE) in UCUM "%"
//   > CONTAINS TEXT (SAMPLE-SEED, 99YUNYUE) the sample's seed, decimal
//     (a 64-bit seed does not fit the 16 characters of a DS)

#include "reporting/PeerReview.h"

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
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace yunyue {
namespace {

using namespace dicom;  // Part 10 in memory, UIDs, DT, DS, CID 29

using Code = ReportingError::Code;

const char* const kLocalScheme = "99YUNYUE";

// Local codes (functions, not globals: DCMTK's checks must not run during
// static initialisation).
DSRCodedEntryValue localCode(const char* value, const char* meaning) {
  return DSRCodedEntryValue(value, kLocalScheme, meaning);
}
DSRCodedEntryValue peerReviewTitle() { return localCode("PEER-REVIEW", "Radiology peer review"); }
DSRCodedEntryValue reviewedReportConcept() { return localCode("REVIEWED-REPORT", "Reviewed report"); }
DSRCodedEntryValue reviewedAuthorConcept() { return localCode("REVIEWED-AUTHOR", "Author of the reviewed report"); }
DSRCodedEntryValue radpeerScoreConcept() { return localCode("RADPEER-SCORE", "RADPEER score"); }
DSRCodedEntryValue sampleDateConcept() { return localCode("SAMPLE-DATE", "Spot check sample date"); }
DSRCodedEntryValue samplePercentConcept() { return localCode("SAMPLE-PERCENT", "Spot check sample percentage"); }
DSRCodedEntryValue sampleSeedConcept() { return localCode("SAMPLE-SEED", "Spot check sample seed"); }

OFString toOf(const QString& s) { return OFString(s.toUtf8().constData()); }
QString fromOf(const OFString& s) { return QString::fromUtf8(s.c_str(), int(s.length())); }

bool isCode(const DSRCodedEntryValue& code, const DSRCodedEntryValue& expected) {
  return code.getCodeValue() == expected.getCodeValue() &&
         code.getCodingSchemeDesignator() == expected.getCodingSchemeDesignator();
}

void setError(ReportingError* error, Code code, const QString& message, const QString& detail) {
  if (!error) return;
  error->code = code;
  error->message = message;
  error->detail = detail;
}

// RADPEER scores in enum order, with the English meaning the SR carries
// (RADPEER's own words, short enough for a Code Meaning: LO, 64 characters).
struct ScoreRow {
  RadpeerScore score;
  const char* code;
  const char* meaning;
};
constexpr ScoreRow kScores[] = {
    {RadpeerScore::Agree, "1", "Concur with interpretation"},
    {RadpeerScore::MinorDiscrepancy2a, "2a", "Understandable miss, unlikely clinically significant"},
    {RadpeerScore::SignificantDiscrepancy2b, "2b", "Understandable miss, likely clinically significant"},
    {RadpeerScore::Discrepancy3a, "3a", "Misinterpretation, unlikely clinically significant"},
    {RadpeerScore::SignificantDiscrepancy3b, "3b", "Misinterpretation, likely clinically significant"},
};
int scoreIndex(RadpeerScore score) { return int(score) - int(RadpeerScore::Agree); }

// =====================================================================================
// Encoding
// =====================================================================================

class PeerReviewEncoder {
 public:
  PeerReviewEncoder(const PeerReview& review, DSRDocument& doc)
      : review_(review), doc_(doc), tree_(doc.getTree()) {}

  QString detail;

  // What DICOM needs before anything is built.
  bool check() {
    detail = missingValue();
    return detail.isEmpty();
  }

  bool build() {
    return ok(doc_.createNewDocument(DSRTypes::DT_ComprehensiveSR), "createNewDocument") &&
           ok(doc_.setSpecificCharacterSetType(DSRTypes::CS_UTF8), "SpecificCharacterSet") &&
           ok(doc_.createNewSeriesInStudy(toOf(review_.study.studyUid)), "StudyInstanceUID") &&
           writeHeader() && writeContent() && writeEvidence() &&
           ok(doc_.getCodingSchemeIdentification().addItem(kLocalScheme, "", "Yunyue local codes", "Yunyue"),
              "CodingSchemeIdentificationSequence") &&
           ok(doc_.completeDocument(), "CompletionFlag");  // VerificationFlag stays UNVERIFIED
  }

 private:
  // The first value the SR cannot do without; empty when all are there.
  QString missingValue() const {
    const ImageReference& r = review_.reviewedReport;
    if (review_.study.studyUid.isEmpty()) return QStringLiteral("no Study Instance UID");
    if (r.sopClassUid.isEmpty() || r.sopInstanceUid.isEmpty())
      return QStringLiteral("the reviewed report has no SOP Class or Instance UID");
    if (!std::isfinite(review_.samplePercent)) return QStringLiteral("the sample percentage is not a finite number");
    if (scoreIndex(review_.score) < 0 || scoreIndex(review_.score) >= 5)
      return QStringLiteral("score %1 is not on the RADPEER scale").arg(int(review_.score));
    for (const ImageReference& e : review_.study.evidence)
      if (e.sopClassUid.isEmpty() || e.sopInstanceUid.isEmpty())
        return QStringLiteral("evidence %1 has an empty SOP Class or Instance UID").arg(e.sopInstanceUid);
    return {};
  }

  bool ok(const OFCondition& status, const char* what) {
    if (status.good()) return true;
    detail = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(status.text()));
    return false;
  }
  bool set(OFCondition (DSRDocument::*setter)(const OFString&, OFBool), const QString& value,
           const char* what) {
    if (value.isEmpty()) return true;
    return ok((doc_.*setter)(toOf(value), OFTrue), what);
  }

  // Patient, General Study, SR Document Series / General, Equipment modules.
  bool writeHeader() {
    const ReportedStudy& s = review_.study;
    const QDateTime& when = review_.reviewDateTime;
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
           // Next to the report series (999), which it must not be taken for.
           set(&DSRDocument::setSeriesNumber, QStringLiteral("998"), "SeriesNumber") &&
           set(&DSRDocument::setSeriesDescription, QStringLiteral("Peer review"), "SeriesDescription") &&
           set(&DSRDocument::setInstanceNumber, QStringLiteral("1"), "InstanceNumber") &&
           set(&DSRDocument::setContentDate, when.toString(QStringLiteral("yyyyMMdd")), "ContentDate") &&
           set(&DSRDocument::setContentTime, when.toString(QStringLiteral("HHmmss.zzz")), "ContentTime") &&
           set(&DSRDocument::setTimezoneOffsetFromUTC, utcOffset(when), "TimezoneOffsetFromUTC") &&
           set(&DSRDocument::setManufacturer, QStringLiteral("Yunyue"), "Manufacturer");
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
  DSRContentItem& current() { return tree_.getCurrentContentItem(); }
  // TEXT, PNAME or DATE; nothing when the value is empty.
  bool addString(size_t parent, DSRTypes::E_RelationshipType relationship, DSRTypes::E_ValueType type,
                 const DSRCodedEntryValue& concept, const QString& value, const char* what) {
    if (value.isEmpty()) return true;
    return addChild(parent, relationship, type, concept, what) &&
           ok(current().setStringValue(toOf(value)), what);
  }
  bool addCode(size_t parent, DSRTypes::E_RelationshipType relationship, const DSRCodedEntryValue& concept,
               const DSRCodedEntryValue& value, const char* what) {
    return addChild(parent, relationship, DSRTypes::VT_Code, concept, what) &&
           ok(current().setCodeValue(value), what);
  }

  bool writeContent() {
    if (!ok(tree_.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container, peerReviewTitle()),
            "root CONTAINER"))
      return false;
    if (!ok(current().setObservationDateTime(toOf(dicomDateTime(review_.reviewDateTime))),
            "ObservationDateTime"))
      return false;
    const size_t root = tree_.getNodeID();
    return writeProcedure(root) && writeReviewer(root) && writeReviewedReport(root) && writeScore(root) &&
           writeSample(root);
  }

  bool writeProcedure(size_t root) {
    const ReportedStudy& s = review_.study;
    if (!s.modality.isEmpty() &&
        !addCode(root, DSRTypes::RT_hasConceptMod, CODE_DCM_Modality,
                 DSRCodedEntryValue(toOf(s.modality), "DCM", toOf(modalityMeaning(s.modality))), "Modality"))
      return false;
    return addString(root, DSRTypes::RT_hasConceptMod, DSRTypes::VT_Text, CODE_DCM_TargetRegion, s.bodyPart,
                     "Target Region");
  }

  // TID 1002 Observer Context with TID 1003 Person Observer Identifying Attributes.
  bool writeReviewer(size_t root) {
    const Observer& r = review_.reviewer;
    if (r.name.isEmpty() && r.id.isEmpty() && r.organisation.isEmpty()) return true;
    return addCode(root, DSRTypes::RT_hasObsContext, CODE_DCM_ObserverType, CODE_DCM_Person,
                   "Observer Type") &&
           addString(root, DSRTypes::RT_hasObsContext, DSRTypes::VT_PName, CODE_DCM_PersonObserverName, r.name,
                     "Person Observer Name") &&
           writeStaff(root, DSRTypes::RT_hasObsContext, r);
  }
  // A person's staff ID and organisation, with the TID 1003 concepts.
  bool writeStaff(size_t parent, DSRTypes::E_RelationshipType relationship, const Observer& o) {
    return addString(parent, relationship, DSRTypes::VT_Text, CODE_DCM_PersonObserverLoginName, o.id,
                     "Person Observer's Login Name") &&
           addString(parent, relationship, DSRTypes::VT_Text,
                     CODE_DCM_PersonObserverOrganizationName, o.organisation,
                     "Person Observer's Organization Name");
  }

  bool writeReviewedReport(size_t root) {
    const ImageReference& r = review_.reviewedReport;
    if (!addChild(root, DSRTypes::RT_contains, DSRTypes::VT_Composite, reviewedReportConcept(),
                  "reviewed report") ||
        !ok(current().setCompositeReference(
                DSRCompositeReferenceValue(toOf(r.sopClassUid), toOf(r.sopInstanceUid))),
            "reviewed report"))
      return false;
    const Observer& a = review_.reviewedAuthor;
    if (a.name.isEmpty() && a.id.isEmpty() && a.organisation.isEmpty()) return true;
    const size_t author = addChild(root, DSRTypes::RT_contains, DSRTypes::VT_Container, reviewedAuthorConcept(),
                                   "reviewed author");
    return author &&
           addString(author, DSRTypes::RT_contains, DSRTypes::VT_PName, CODE_DCM_PersonObserverName, a.name,
                     "reviewed author's name") &&
           writeStaff(author, DSRTypes::RT_contains, a);
  }

  bool writeScore(size_t root) {
    const ScoreRow& row = kScores[scoreIndex(review_.score)];
    return addCode(root, DSRTypes::RT_contains, radpeerScoreConcept(), localCode(row.code, row.meaning),
                   "RADPEER score") &&
           addString(root, DSRTypes::RT_contains, DSRTypes::VT_Text, CODE_DCM_Comment, review_.comment,
                     "Comment");
  }

  bool writeSample(size_t root) {
    if (!addString(root, DSRTypes::RT_contains, DSRTypes::VT_Date, sampleDateConcept(),
                   review_.sampleDate.toString(QStringLiteral("yyyyMMdd")), "sample date"))
      return false;
    DSRNumericMeasurementValue percent(toOf(decimalString(review_.samplePercent)),
                                       DSRCodedEntryValue("%", "UCUM", "percent"));
    percent.setFloatingPointRepresentation(review_.samplePercent);
    return addChild(root, DSRTypes::RT_contains, DSRTypes::VT_Num, samplePercentConcept(), "sample percent") &&
           ok(current().setNumericValue(percent), "sample percent") &&
           addString(root, DSRTypes::RT_contains, DSRTypes::VT_Text, sampleSeedConcept(),
                     QString::number(review_.sampleSeed), "sample seed");
  }

  // PS3.3 C.17.2.3: every instance the content tree references is listed in
  // the Current Requested Procedure Evidence or the Pertinent Other Evidence.
  // The reviewed SR is no evidence the review was "requested" from, so it
  // goes to Pertinent Other Evidence unless the caller listed it already.
  bool writeEvidence() {
    bool listed = false;
    const ImageReference& reviewed = review_.reviewedReport;
    for (const ImageReference& r : review_.study.evidence) {
      listed = listed || r.sopInstanceUid == reviewed.sopInstanceUid;
      if (!ok(doc_.getCurrentRequestedProcedureEvidence().addItem(
                  toOf(r.studyUid), toOf(r.seriesUid), toOf(r.sopClassUid), toOf(r.sopInstanceUid)),
              "CurrentRequestedProcedureEvidenceSequence"))
        return false;
    }
    if (listed) return true;
    const QString study = reviewed.studyUid.isEmpty() ? review_.study.studyUid : reviewed.studyUid;
    return ok(doc_.getPertinentOtherEvidence().addItem(toOf(study), toOf(reviewed.seriesUid),
                                                       toOf(reviewed.sopClassUid), toOf(reviewed.sopInstanceUid)),
              "PertinentOtherEvidenceSequence");
  }

  const PeerReview& review_;
  DSRDocument& doc_;
  DSRDocumentTree& tree_;
};

// The review's own identity instead of what DSRDocument generated; created
// when reviewed, so the same review always gives the same bytes.
bool finishDataset(const PeerReview& review, DcmDataset& dataset, QString* detail) {
  const QDateTime& created = review.reviewDateTime;
  OFCondition status = dataset.putAndInsertString(DCM_SeriesInstanceUID, toOf(review.srSeriesUid).c_str());
  if (status.good()) status = dataset.putAndInsertString(DCM_SOPInstanceUID, toOf(review.srInstanceUid).c_str());
  if (status.good())
    status = dataset.putAndInsertString(DCM_InstanceCreationDate,
                                        toOf(created.toString(QStringLiteral("yyyyMMdd"))).c_str());
  if (status.good())
    status = dataset.putAndInsertString(DCM_InstanceCreationTime,
                                        toOf(created.toString(QStringLiteral("HHmmss.zzz"))).c_str());
  if (status.bad()) *detail = QStringLiteral("SR identity: %1").arg(QString::fromLatin1(status.text()));
  return status.good();
}

// =====================================================================================
// Decoding
// =====================================================================================

class PeerReviewDecoder {
 public:
  PeerReviewDecoder(DSRDocument& doc, PeerReview& review) : doc_(doc), tree_(doc.getTree()), review_(review) {}

  // False (with detail) when the document is no peer review of ours.
  bool run(QString* detail) {
    if (!tree_.gotoRoot() || item().getValueType() != DSRTypes::VT_Container ||
        !isCode(item().getConceptName(), peerReviewTitle())) {
      *detail = QStringLiteral("root concept (%1, %2) is not a peer review")
                    .arg(fromOf(item().getConceptName().getCodeValue()),
                         fromOf(item().getConceptName().getCodingSchemeDesignator()));
      return false;
    }
    readHeader();
    forEachChild([this] { readRootChild(); });
    if (!hasScore_) {
      *detail = QStringLiteral("no valid RADPEER score");
      return false;
    }
    if (review_.reviewedReport.sopInstanceUid.isEmpty()) {
      *detail = QStringLiteral("no reviewed report");
      return false;
    }
    return true;
  }

 private:
  void forEachChild(const std::function<void()>& fn) {
    if (!tree_.gotoChild()) return;
    do {
      fn();
    } while (tree_.gotoNext());
    tree_.goUp();
  }
  DSRContentItem& item() { return tree_.getCurrentContentItem(); }
  QString get(OFCondition (DSRDocument::*getter)(OFString&, const signed long) const) const {
    OFString value;
    (doc_.*getter)(value, -1);
    return fromOf(value);
  }
  QString text() { return fromOf(item().getStringValue()); }
  bool is(DSRTypes::E_ValueType type, const DSRCodedEntryValue& concept) {
    return item().getValueType() == type && isCode(item().getConceptName(), concept);
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

  void readHeader() {
    ReportedStudy& s = review_.study;
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
    s.evidence = references(doc_.getCurrentRequestedProcedureEvidence());
    review_.srSeriesUid = get(&DSRDocument::getSeriesInstanceUID);
    review_.srInstanceUid = get(&DSRDocument::getSOPInstanceUID);
    review_.reviewDateTime = parseDicomDateTime(get(&DSRDocument::getContentDate) + get(&DSRDocument::getContentTime) +
                                                get(&DSRDocument::getTimezoneOffsetFromUTC));
    for (const ImageReference& r : s.evidence) whereIs_.insert(r.sopInstanceUid, r);
    for (const ImageReference& r : references(doc_.getPertinentOtherEvidence()))
      if (!whereIs_.contains(r.sopInstanceUid)) whereIs_.insert(r.sopInstanceUid, r);
  }

  void readRootChild() {
    if (is(DSRTypes::VT_Code, CODE_DCM_Modality)) {
      review_.study.modality = fromOf(item().getCodeValue().getCodeValue());
    } else if (is(DSRTypes::VT_Text, CODE_DCM_TargetRegion)) {
      review_.study.bodyPart = text();
    } else if (is(DSRTypes::VT_PName, CODE_DCM_PersonObserverName)) {
      review_.reviewer.name = text();
    } else if (is(DSRTypes::VT_Text, CODE_DCM_PersonObserverLoginName)) {
      review_.reviewer.id = text();
    } else if (is(DSRTypes::VT_Text, CODE_DCM_PersonObserverOrganizationName)) {
      review_.reviewer.organisation = text();
    } else if (is(DSRTypes::VT_Composite, reviewedReportConcept())) {
      readReviewedReport();
    } else if (is(DSRTypes::VT_Container, reviewedAuthorConcept())) {
      readReviewedAuthor();
    } else if (is(DSRTypes::VT_Code, radpeerScoreConcept())) {
      const DSRCodedEntryValue& value = item().getCodeValue();
      hasScore_ = value.getCodingSchemeDesignator() == kLocalScheme &&
                  radpeerFromCode(fromOf(value.getCodeValue()), &review_.score);
    } else if (is(DSRTypes::VT_Text, DSRCodedEntryValue(CODE_DCM_Comment))) {
      review_.comment = text();
    } else if (is(DSRTypes::VT_Date, sampleDateConcept())) {
      review_.sampleDate = QDate::fromString(text(), QStringLiteral("yyyyMMdd"));
    } else if (is(DSRTypes::VT_Num, samplePercentConcept())) {
      review_.samplePercent = numericValue(item().getNumericValue());
    } else if (is(DSRTypes::VT_Text, sampleSeedConcept())) {
      review_.sampleSeed = text().toULongLong();
    }  // anything else is content we do not use
  }

  void readReviewedReport() {
    const DSRCompositeReferenceValue& value = item().getCompositeReference();
    ImageReference r;
    r.sopClassUid = fromOf(value.getSOPClassUID());
    r.sopInstanceUid = fromOf(value.getSOPInstanceUID());
    const ImageReference listed = whereIs_.value(r.sopInstanceUid);
    r.studyUid = listed.studyUid;
    r.seriesUid = listed.seriesUid;
    review_.reviewedReport = r;
  }

  void readReviewedAuthor() {
    Observer& a = review_.reviewedAuthor;
    forEachChild([&] {
      if (is(DSRTypes::VT_PName, CODE_DCM_PersonObserverName))
        a.name = text();
      else if (is(DSRTypes::VT_Text, CODE_DCM_PersonObserverLoginName))
        a.id = text();
      else if (is(DSRTypes::VT_Text, CODE_DCM_PersonObserverOrganizationName))
        a.organisation = text();
    });
  }

  // The exact value from FloatingPointValue when present, else the DS.
  static double numericValue(const DSRNumericMeasurementValue& value) {
    Float64 exact = 0;
    if (value.getFloatingPointRepresentation(exact).good()) return exact;
    return fromOf(value.getNumericValue()).trimmed().toDouble();
  }

  DSRDocument& doc_;
  DSRDocumentTree& tree_;
  PeerReview& review_;
  QHash<QString, ImageReference> whereIs_;  // SOP Instance UID -> its study/series
  bool hasScore_ = false;
};

// --- the summary table ------------------------------------------------------------

// Terminal columns of a character: East Asian Wide and Fullwidth ones
// (Unicode UAX #11: CJK ideographs, kana, hangul, fullwidth forms) take two.
int columnWidth(char32_t c) {
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                    (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}
int displayWidth(const QString& s) {
  int width = 0;
  for (const char32_t c : s.toUcs4()) width += columnWidth(c);
  return width;
}
QString padded(const QString& s, int width, bool right) {
  const QString fill(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
  return right ? fill + s : s + fill;
}

QString percent(double rate) { return QString::number(rate * 100.0, 'f', 1); }

}  // namespace

// --- RADPEER scale ------------------------------------------------------------------

QString radpeerCode(RadpeerScore score) {
  const int i = scoreIndex(score);
  return i >= 0 && i < 5 ? QString::fromLatin1(kScores[i].code) : QString();
}

bool radpeerFromCode(const QString& code, RadpeerScore* score) {
  for (const ScoreRow& row : kScores) {
    if (code.trimmed().compare(QLatin1String(row.code), Qt::CaseInsensitive) != 0) continue;
    if (score) *score = row.score;
    return true;
  }
  return false;
}

QString radpeerMeaning(RadpeerScore score) {
  switch (score) {
    case RadpeerScore::Agree:
      return QCoreApplication::translate("yunyue::PeerReview", "Concur with interpretation");
    case RadpeerScore::MinorDiscrepancy2a:
      return QCoreApplication::translate(
          "yunyue::PeerReview", "Discrepancy not ordinarily expected to be made, unlikely to be clinically significant");
    case RadpeerScore::SignificantDiscrepancy2b:
      return QCoreApplication::translate(
          "yunyue::PeerReview", "Discrepancy not ordinarily expected to be made, likely to be clinically significant");
    case RadpeerScore::Discrepancy3a:
      return QCoreApplication::translate(
          "yunyue::PeerReview", "Discrepancy that should be made almost every time, unlikely to be clinically significant");
    case RadpeerScore::SignificantDiscrepancy3b:
      return QCoreApplication::translate(
          "yunyue::PeerReview", "Discrepancy that should be made almost every time, likely to be clinically significant");
  }
  return {};
}

// --- SR codec -----------------------------------------------------------------------

bool encodePeerReviewSr(PeerReview* review, QByteArray* part10, ReportingError* error) {
  quietDcmtkCharsetWarnings();
  const QString failed = QCoreApplication::translate(
      "yunyue::PeerReview", "The peer review could not be saved as a DICOM structured report.");
  PeerReview filled = *review;
  if (filled.srSeriesUid.isEmpty()) filled.srSeriesUid = newUid(SITE_SERIES_UID_ROOT);
  if (filled.srInstanceUid.isEmpty()) filled.srInstanceUid = newUid(SITE_INSTANCE_UID_ROOT);
  if (!filled.reviewDateTime.isValid()) filled.reviewDateTime = QDateTime::currentDateTime();
  DSRDocument doc;
  PeerReviewEncoder encoder(filled, doc);
  if (!encoder.check() || !encoder.build()) {
    setError(error, Code::EncodeFailed, failed, encoder.detail);
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
  *review = filled;
  *part10 = bytes;
  if (error) *error = ReportingError();
  return true;
}

bool decodePeerReviewSr(const QByteArray& part10, PeerReview* review, ReportingError* error) {
  quietDcmtkCharsetWarnings();
  DcmFileFormat file;
  QString detail;
  if (!readPart10(part10, file, &detail)) {
    setError(error, Code::NotDicom,
             QCoreApplication::translate("yunyue::PeerReview", "The file is not a DICOM file."), detail);
    return false;
  }
  const QString notAReview =
      QCoreApplication::translate("yunyue::PeerReview", "The DICOM file is not a peer review.");
  DcmDataset& dataset = *file.getDataset();
  OFString sopClass;
  dataset.findAndGetOFString(DCM_SOPClassUID, sopClass);
  if (DSRTypes::sopClassUIDToDocumentType(sopClass) != DSRTypes::DT_ComprehensiveSR) {
    setError(error, Code::NotAReport, notAReview,
             QStringLiteral("SOP Class UID %1 is no Comprehensive SR").arg(fromOf(sopClass)));
    return false;
  }
  DSRDocument doc;
  const OFCondition status = doc.read(dataset, DSRTypes::RF_skipInvalidContentItems);
  PeerReview decoded;
  if (status.good() && PeerReviewDecoder(doc, decoded).run(&detail)) {
    *review = decoded;
    if (error) *error = ReportingError();
    return true;
  }
  if (status.bad()) detail = QStringLiteral("DSRDocument::read: %1").arg(QString::fromLatin1(status.text()));
  setError(error, Code::NotAReport, notAReview, detail);
  return false;
}

// --- per-reader summary -----------------------------------------------------------

double ReaderSummary::discrepancyRate() const {
  return reviewed > 0 ? double(reviewed - counts[0]) / reviewed : 0.0;
}

double ReaderSummary::significantRate() const {
  return reviewed > 0 ? double(counts[2] + counts[4]) / reviewed : 0.0;
}

QList<ReaderSummary> summarizeByReader(const QList<PeerReview>& reviews) {
  QMap<QString, ReaderSummary> byName;  // QMap sorts by QString::operator<: code points
  for (const PeerReview& r : reviews) {
    const int i = scoreIndex(r.score);
    if (i < 0 || i >= 5) continue;  // not on the scale: nothing to count
    ReaderSummary& s = byName[r.reviewedAuthor.name];
    s.readerName = r.reviewedAuthor.name;
    ++s.reviewed;
    ++s.counts[i];
  }
  return byName.values();
}

QString formatSummaryTable(const QList<ReaderSummary>& summaries) {
  QList<QStringList> rows;
  rows << QStringList{QCoreApplication::translate("yunyue::PeerReview", "Reader"),
                      QCoreApplication::translate("yunyue::PeerReview", "Reviewed"),
                      QStringLiteral("1"), QStringLiteral("2a"), QStringLiteral("2b"), QStringLiteral("3a"),
                      QStringLiteral("3b"),
                      QCoreApplication::translate("yunyue::PeerReview", "Discrepancy %"),
                      QCoreApplication::translate("yunyue::PeerReview", "Significant %")};
  for (const ReaderSummary& s : summaries) {
    QStringList row{readablePersonName(s.readerName, QStringLiteral("zh_CN")), QString::number(s.reviewed)};
    for (const int count : s.counts) row << QString::number(count);
    row << percent(s.discrepancyRate()) << percent(s.significantRate());
    rows << row;
  }
  QList<int> widths(rows.first().size(), 0);
  for (const QStringList& row : rows)
    for (int c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], displayWidth(row[c]));
  QString table;
  for (const QStringList& row : rows) {
    QStringList cells;
    // The name left-aligned, numbers right-aligned (and their headings over them).
    for (int c = 0; c < row.size(); ++c) cells << padded(row[c], widths[c], c > 0);
    table += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
  }
  return table;
}

}  // namespace yunyue
