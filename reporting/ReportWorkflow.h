#pragma once
// Where a study stands in the double-signing workflow, derived only from the
// SR reports the archive holds (plus whether this workstation has a local
// draft), so every workstation of the center shows the same state:
//
//   Unread → Draft → Preliminary (author-signed) → Final (verified) → Amended
//
// Also the daily spot check's reproducible sample of final reports.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace yunyue {

// What the workflow needs of one SR report found in the archive.
struct ArchivedReport {
  QString sopInstanceUid;
  QString seriesUid;
  QDateTime contentDateTime;
  bool complete = false;  // CompletionFlag COMPLETE
  bool verified = false;  // VerificationFlag VERIFIED
  QStringList predecessorUids;  // PredecessorDocumentsSequence: the reports this one amends
  QString authorName;
  QString verifierName;
  // Every signature verified against the center's CA; false also when a
  // VERIFIED report lacks its Verification Signature.
  bool signaturesValid = false;
  QString signatureProblem;  // for the user, when !signaturesValid
};

enum class ReportState { Unread, Draft, Preliminary, Final, Amended };

QString reportStateName(ReportState state);  // translated, for the worklist

struct StudyReportState {
  ReportState state = ReportState::Unread;
  // The report that stands for the study now (the newest version of the newest
  // amendment); empty when there is none.
  QString currentReportUid;
  // Reports whose signatures do not verify: shown to the user, never counted
  // as Preliminary or Final.
  QStringList invalidReportUids;
};

// Versions of one report share its SR series: a verified version supersedes
// the preliminary it countersigned. A report named as a predecessor by another
// is superseded by that amendment.
StudyReportState deriveReportState(const QList<ArchivedReport>& reports, bool hasLocalDraft);

// The conflict check before sending: true when the archive's current report
// is one the outgoing report neither amends (predecessors) nor countersigns
// (same series, still preliminary), e.g. another reader reported the study
// meanwhile, or a reviewer already verified it. The user must look at it
// before anything is sent; *currentUid names it.
bool reportConflictsWithArchive(const QList<ArchivedReport>& archive, const ArchivedReport& outgoing,
                                QString* currentUid);

// The daily spot check: a reproducible random sample of percent % of the
// given final reports (at least one when there are any and percent > 0).
// The same seed and reports always give the same sample, on every machine and
// in any input order; a report's chance does not depend on the others.
QStringList spotCheckSample(const QStringList& finalReportUids, double percent, quint64 seed);

}  // namespace yunyue
