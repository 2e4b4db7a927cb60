#pragma once
// Prior studies: the same patient's other studies in the archive, for
// comparison. Which studies count as "the same patient" is a rule the site
// chooses (PriorMatching), because patient identity differs between
// archives: one regional ID domain, one per hospital (Patient ID with its
// Issuer of Patient ID, PS3.3 C.7.1.1), or no shared ID at all, where county
// hospitals are matched by name and birth date.
//
// The archive's QIDO-RS matching (PS3.18 8.3.4) is coarse: Orthanc does not
// match on IssuerOfPatientID, and Person Name matching differs between
// archives (case, spaces, the "alphabetic=ideographic" groups compared as
// one string). So the archive is asked broadly (priorStudyQueries) and the
// exact rule is applied here (matchPriors).

#include "cloudclient/CloudError.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/Records.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace yunyue {

enum class PriorMatching {
  // Same Patient ID and same Issuer of Patient ID (both compared exactly,
  // surrounding spaces ignored). An absent issuer matches only an absent
  // issuer: IDs are numbered per hospital, and "12345" without an issuer
  // cannot be told from "12345" issued by another hospital. The default.
  PatientIdAndIssuer,
  // Same Patient ID, whatever the issuer: for archives with one ID domain
  // (a regional master patient index, or a single hospital).
  PatientIdOnly,
  // Same Patient Name (see namesMatch) and same Patient's Birth Date; both
  // must be present. For archives where hospitals share no patient ID.
  NameAndBirthDate,
  // PatientIdAndIssuer or NameAndBirthDate: the ID finds the hospital's own
  // priors, name and birth date those from other hospitals.
  IdOrNameAndBirthDate,
};

// Every rule, in the order a settings list shows them.
QList<PriorMatching> allPriorMatchings();
// The rule in the reader's words ("Patient ID and issuer"), translated.
QString priorMatchingName(PriorMatching rule);
// A stable key for settings files ("patient-id-and-issuer", ...), and back
// (nullopt for an unknown key).
QString priorMatchingKey(PriorMatching rule);
std::optional<PriorMatching> priorMatchingFromKey(const QString& key);

// Person Names compared as the same patient's (PS3.5 6.2.1.1, component
// groups): each group's components are trimmed, case-folded, inner spaces
// collapsed, trailing empty components dropped; a group in Han script is
// compared with its components joined ("张^伟" is "张伟"). When both names
// have an ideographic group, it alone decides: pinyin is ambiguous (张伟 and
// 章伟 are both "Zhang^Wei"). Otherwise the names match when any group of
// one equals any group of the other, so "Zhang^Wei=张^伟" matches a county
// hospital's "张伟" written in the alphabetic group (ISO_IR 192), and
// "ZHANG^WEI ". Empty names never match.
bool namesMatch(const PersonName& a, const PersonName& b);

// Whether candidate is the same patient as current under the rule (the
// study itself included: it is the same patient).
bool isSamePatient(const StudyRecord& current, const StudyRecord& candidate, PriorMatching rule);

// The QIDO-RS searches that find every candidate for the rule: by PatientID
// for the ID rules (the issuer is checked here, not by the archive), by
// PatientBirthDate for name and birth date (the name is checked here; no
// archive name matching is relied on). Empty when the current study lacks
// what the rule needs (no Patient ID, no birth date): nothing to search.
QList<StudyQuery> priorStudyQueries(const StudyRecord& current, PriorMatching rule);

// The candidates that are priors of current under the rule: the same
// patient, not the current study itself, each study once, newest first
// (StudyDate, then StudyTime; undated studies last).
QList<StudyRecord> matchPriors(const StudyRecord& current, const QList<StudyRecord>& candidates,
                               PriorMatching rule);

// Runs priorStudyQueries against the archive (all pages, up to
// kMaxPriorCandidates studies per query) and answers matchPriors of what
// came back. done always runs later from the event loop; on a failed search
// it gets no studies and the error.
using PriorsFound = std::function<void(QList<StudyRecord> priors, CloudError error)>;
constexpr int kMaxPriorCandidates = 2000;
void findPriorStudies(DicomWebClient* client, const StudyRecord& current, PriorMatching rule, PriorsFound done);

}  // namespace yunyue
