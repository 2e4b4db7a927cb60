#pragma once
// The daily spot check's peer review: a senior reader scores a final report
// of someone else with the RADPEER scale, and the scores are summed up per
// reader. A score is stored in the archive as its own DICOM Comprehensive SR
// (PS3.3 A.35.3) in the reviewed study, so every workstation sees the same
// scores; it is never mistaken for a diagnostic report (its root concept is
// not a CID 7000 report title, decodeReportSr refuses it).
// Plain Qt types here; the DCMTK dcmsr bridge lives in PeerReview.cpp.
//
// A round trip keeps every field exactly, with the limits ReportSr.h names
// for the evidence (grouped by study, then series; no frame numbers) and
// for text (trailing spaces are padding and dropped).

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

namespace yunyue {

// The RADPEER scale (American College of Radiology):
//  1  concur with the interpretation;
//  2  discrepancy in interpretation, not ordinarily expected to be made
//     (an understandable miss);
//  3  discrepancy in interpretation that should be made almost every time.
// The letter says whether the discrepancy is (a) unlikely or (b) likely to be
// clinically significant.
enum class RadpeerScore { Agree = 1, MinorDiscrepancy2a, SignificantDiscrepancy2b, Discrepancy3a, SignificantDiscrepancy3b };

QString radpeerCode(RadpeerScore score);  // "1", "2a", "2b", "3a", "3b"
bool radpeerFromCode(const QString& code, RadpeerScore* score);  // case-insensitive; false for others
QString radpeerMeaning(RadpeerScore score);  // translated, for the reviewer and the summary

struct PeerReview {
  // Identity of the score's SR object; empty until first encoded (the codec makes UIDs).
  QString srSeriesUid;
  QString srInstanceUid;
  // Patient and study of the reviewed report; the score's SR sits in that
  // study. Its evidence (CurrentRequestedProcedureEvidenceSequence) may be empty.
  ReportedStudy study;
  ImageReference reviewedReport;  // the SR that was scored (study, series, SOP class and instance)
  Observer reviewedAuthor;        // who wrote it: the reader the score counts for
  Observer reviewer;              // who scored it: the SR's Person Observer (TID 1002)
  RadpeerScore score = RadpeerScore::Agree;
  QString comment;                // why, in the reviewer's words; may be empty
  QDateTime reviewDateTime;       // ContentDate/Time of the SR; now when invalid at encoding
  // The spot check that drew the report (spotCheckSample's arguments).
  QDate sampleDate;
  double samplePercent = 0;
  quint64 sampleSeed = 0;
};

// Builds the score as DICOM Part 10 (Explicit VR Little Endian, ISO_IR 192).
// Fills an empty srSeriesUid / srInstanceUid / reviewDateTime and writes them
// back. Code::EncodeFailed when a value cannot be expressed (no study, no
// reviewed report UIDs, a non-finite percentage, ...).
bool encodePeerReviewSr(PeerReview* review, QByteArray* part10, ReportingError* error);

// Reads an SR written by encodePeerReviewSr. Code::NotDicom for bytes that are
// no DICOM file, Code::NotAReport for any other DICOM (a diagnostic report, a
// dose report, an image, a peer review without a valid score).
bool decodePeerReviewSr(const QByteArray& part10, PeerReview* review, ReportingError* error);

// One reader's scores over a set of reviews.
struct ReaderSummary {
  QString readerName;  // reviewedAuthor.name, DICOM PN as stored
  int reviewed = 0;
  int counts[5] = {};  // by RadpeerScore, in the order 1, 2a, 2b, 3a, 3b
  double discrepancyRate() const;  // everything but 1, over reviewed (0 when none)
  double significantRate() const;  // 2b + 3b, over reviewed (0 when none)
};

// Groups by the reviewed report's author; sorted by reader name (Unicode
// code point order, the same on every machine).
QList<ReaderSummary> summarizeByReader(const QList<PeerReview>& reviews);

// A plain-text table for a terminal or a monospaced report: reader, reviewed,
// 1, 2a, 2b, 3a, 3b, discrepancy %, significant %. Columns line up also with
// Chinese names (East Asian wide characters take two columns). Lines end with '\n'.
QString formatSummaryTable(const QList<ReaderSummary>& summaries);

}  // namespace yunyue
