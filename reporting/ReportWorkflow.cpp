#include "reporting/ReportWorkflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace yunyue {
namespace {

// Newer first; equal times fall back to the UID so the order never depends
// on the order the archive listed the reports in.
bool newer(const ArchivedReport& a, const ArchivedReport& b) {
  if (a.contentDateTime != b.contentDateTime) return a.contentDateTime > b.contentDateTime;
  return a.sopInstanceUid > b.sopInstanceUid;
}

// The version that stands for a report series: verified before preliminary,
// then the newest.
bool betterVersion(const ArchivedReport& a, const ArchivedReport& b) {
  if (a.verified != b.verified) return a.verified;
  return newer(a, b);
}

const ArchivedReport* currentReport(const QList<ArchivedReport>& reports, QStringList* invalid) {
  QHash<QString, const ArchivedReport*> bestOfSeries;
  QSet<QString> superseded;
  for (const ArchivedReport& r : reports) {
    // Unsigned, half-written or tampered documents never count as a report.
    if (!r.signaturesValid || !r.complete) {
      if (invalid) invalid->append(r.sopInstanceUid);
      continue;
    }
    for (const QString& p : r.predecessorUids) superseded.insert(p);
    const ArchivedReport*& best = bestOfSeries[r.seriesUid];
    if (!best || betterVersion(r, *best)) best = &r;
  }
  // A series is superseded when an amendment names any of its versions.
  QSet<QString> supersededSeries;
  for (const ArchivedReport& r : reports) {
    if (superseded.contains(r.sopInstanceUid)) supersededSeries.insert(r.seriesUid);
  }
  const ArchivedReport* current = nullptr;
  for (auto it = bestOfSeries.cbegin(); it != bestOfSeries.cend(); ++it) {
    if (supersededSeries.contains(it.key())) continue;
    if (!current || newer(*it.value(), *current)) current = it.value();
  }
  return current;
}

}  // namespace

QString reportStateName(ReportState state) {
  switch (state) {
    case ReportState::Unread: return QCoreApplication::translate("yunyue::ReportWorkflow", "Unread");
    case ReportState::Draft: return QCoreApplication::translate("yunyue::ReportWorkflow", "Draft");
    case ReportState::Preliminary: return QCoreApplication::translate("yunyue::ReportWorkflow", "Preliminary");
    case ReportState::Final: return QCoreApplication::translate("yunyue::ReportWorkflow", "Final");
    case ReportState::Amended: return QCoreApplication::translate("yunyue::ReportWorkflow", "Amended");
  }
  return {};
}

StudyReportState deriveReportState(const QList<ArchivedReport>& reports, bool hasLocalDraft) {
  StudyReportState result;
  const ArchivedReport* current = currentReport(reports, &result.invalidReportUids);
  if (!current) {
    result.state = hasLocalDraft ? ReportState::Draft : ReportState::Unread;
    return result;
  }
  result.currentReportUid = current->sopInstanceUid;
  if (!current->verified) {
    result.state = ReportState::Preliminary;
  } else {
    result.state = current->predecessorUids.isEmpty() ? ReportState::Final : ReportState::Amended;
  }
  return result;
}

bool reportConflictsWithArchive(const QList<ArchivedReport>& archive, const ArchivedReport& outgoing,
                                QString* currentUid) {
  const ArchivedReport* current = currentReport(archive, nullptr);
  if (currentUid) *currentUid = current ? current->sopInstanceUid : QString();
  if (!current || current->sopInstanceUid == outgoing.sopInstanceUid) return false;  // nothing, or a resend
  if (outgoing.predecessorUids.contains(current->sopInstanceUid)) return false;      // amends it
  if (current->seriesUid == outgoing.seriesUid) return current->verified;            // countersigns it
  return true;
}

QStringList spotCheckSample(const QStringList& finalReportUids, double percent, quint64 seed) {
  if (finalReportUids.isEmpty() || !(percent > 0)) return {};
  const int n = int(finalReportUids.size());
  const int count = std::clamp(int(std::ceil(n * std::min(percent, 100.0) / 100.0)), 1, n);
  // Each report's rank is a hash of (seed, UID): portable, independent of
  // the input order, and adding a report never reshuffles the others.
  QList<QPair<QByteArray, QString>> ranked;
  ranked.reserve(n);
  QByteArray seedBytes(8, '\0');
  qToBigEndian(seed, seedBytes.data());
  for (const QString& uid : finalReportUids) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(seedBytes);
    h.addData(uid.toUtf8());
    ranked.append({h.result(), uid});
  }
  std::sort(ranked.begin(), ranked.end());
  QStringList sample;
  for (int i = 0; i < count; ++i) sample.append(ranked[i].second);
  sample.sort();
  return sample;
}

}  // namespace yunyue
