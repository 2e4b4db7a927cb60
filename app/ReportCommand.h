#pragma once
// `yunyue report <draft|sign|countersign|verify|submit|status|spot-check|score>`:
// the double-signed reporting workflow from the terminal, for automation and
// for centers that script their daily checks. No display needed.
//
//   draft        a report (JSON) for a cached study, from the best template
//   sign         the reader's Author's Signature: JSON → signed SR (PRELIMINARY)
//   countersign  the reviewer verifies every signature, then signs: → VERIFIED SR
//   verify       checks every signature of SR files against the center's CA
//   submit       sends SR files through the persistent outbox (STOW-RS), after
//                the conflict check; with no files, delivers what is pending
//   status       the study's reports in the archive, its workflow state, the outbox
//   spot-check   the day's reproducible sample of final reports; --summary:
//                the RADPEER scores per reader
//   score        a reviewer's RADPEER score of a sampled report, archived as SR

#include <QStringList>

namespace yunyue {

// Exit codes: 0 done, 1 failed (invalid signature, refused, nothing found),
// 2 bad usage or unusable files/profile, 3 conflict with the archive,
// 4 queued in the outbox but not yet delivered.
int runReportCommand(const QStringList& arguments);

}  // namespace yunyue
