#include "cloudclient/PriorStudies.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace yunyue {
namespace {

// Studies asked for per QIDO-RS request; further pages follow with offset.
constexpr int kPriorPageSize = 200;

struct RuleText {
  PriorMatching rule;
  const char* key;
  const char* name;  // translated in priorMatchingName
};

const RuleText kRules[] = {
    {PriorMatching::PatientIdAndIssuer, "patient-id-and-issuer",
     QT_TRANSLATE_NOOP("yunyue::PriorMatching", "Patient ID and issuer")},
    {PriorMatching::PatientIdOnly, "patient-id", QT_TRANSLATE_NOOP("yunyue::PriorMatching", "Patient ID only")},
    {PriorMatching::NameAndBirthDate, "name-and-birth-date",
     QT_TRANSLATE_NOOP("yunyue::PriorMatching", "Name and birth date")},
    {PriorMatching::IdOrNameAndBirthDate, "id-or-name-and-birth-date",
     QT_TRANSLATE_NOOP("yunyue::PriorMatching", "Patient ID and issuer, or name and birth date")},
};

bool isHan(const QString& text) {
  return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// One component group (PS3.5 6.2.1.1) as it is compared: components
// trimmed, case-folded, inner spaces collapsed, trailing empties dropped;
// Han names joined without the caret, as Chinese hospitals write "张伟" in
// one component or "张^伟" in two.
QString normalizedGroup(const QString& group) {
  QStringList components = group.split(QLatin1Char('^'));
  for (QString& c : components) c = c.simplified().toCaseFolded();
  while (!components.isEmpty() && components.last().isEmpty()) components.removeLast();
  return components.join(isHan(group) ? QString() : QStringLiteral("^"));
}

QSet<QString> nameForms(const PersonName& name) {
  QSet<QString> forms;
  for (const QString& group : {name.alphabetic, name.ideographic}) {
    const QString form = normalizedGroup(group);
    if (!form.isEmpty()) forms.insert(form);
  }
  return forms;
}

// LO values (Patient ID, Issuer of Patient ID): padding is not significant
// (PS3.5 6.2), case is.
bool sameLongString(const QString& a, const QString& b) { return a.trimmed() == b.trimmed(); }

bool samePatientId(const StudyRecord& a, const StudyRecord& b) {
  return !a.patientId.trimmed().isEmpty() && sameLongString(a.patientId, b.patientId);
}

bool sameNameAndBirthDate(const StudyRecord& a, const StudyRecord& b) {
  return a.patientBirthDate.isValid() && a.patientBirthDate == b.patientBirthDate &&
         namesMatch(a.patientName, b.patientName);
}

// Newest first: StudyDate, then StudyTime; undated last; then by UID so the
// order never depends on the archive's.
bool newerThan(const StudyRecord& a, const StudyRecord& b) {
  if (a.studyDate.isValid() != b.studyDate.isValid()) return a.studyDate.isValid();
  if (a.studyDate != b.studyDate) return a.studyDate > b.studyDate;
  const int ta = a.studyTime.isValid() ? a.studyTime.msecsSinceStartOfDay() : -1;
  const int tb = b.studyTime.isValid() ? b.studyTime.msecsSinceStartOfDay() : -1;
  if (ta != tb) return ta > tb;
  return a.studyInstanceUid < b.studyInstanceUid;
}

StudyQuery pagedQuery() {
  StudyQuery q;
  q.limit = kPriorPageSize;
  return q;
}

// One prior search in flight: the queries still to run and what came back.
struct PriorSearch {
  DicomWebClient* client = nullptr;
  StudyRecord current;
  PriorMatching rule = PriorMatching::PatientIdAndIssuer;
  PriorsFound done;
  QList<StudyQuery> queries;
  int nextQuery = 0;
  QList<StudyRecord> candidates;
};

void runNextQuery(const std::shared_ptr<PriorSearch>& search);

void searchPage(const std::shared_ptr<PriorSearch>& search, const StudyQuery& query) {
  search->client->searchStudies(query, [search, query](QList<StudyRecord> found, CloudError error) {
    if (error.isError()) {
      search->done({}, error);
      return;
    }
    search->candidates += found;
    const int fetched = query.offset + int(found.size());
    if (query.limit > 0 && found.size() >= query.limit && fetched < kMaxPriorCandidates) {
      StudyQuery next = query;
      next.offset = fetched;
      searchPage(search, next);
      return;
    }
    runNextQuery(search);
  });
}

void runNextQuery(const std::shared_ptr<PriorSearch>& search) {
  if (search->nextQuery >= search->queries.size()) {
    search->done(matchPriors(search->current, search->candidates, search->rule), CloudError());
    return;
  }
  searchPage(search, search->queries[search->nextQuery++]);
}

}  // namespace

QList<PriorMatching> allPriorMatchings() {
  QList<PriorMatching> rules;
  for (const RuleText& r : kRules) rules << r.rule;
  return rules;
}

QString priorMatchingName(PriorMatching rule) {
  for (const RuleText& r : kRules)
    if (r.rule == rule) return QCoreApplication::translate("yunyue::PriorMatching", r.name);
  return {};
}

QString priorMatchingKey(PriorMatching rule) {
  for (const RuleText& r : kRules)
    if (r.rule == rule) return QLatin1String(r.key);
  return {};
}

std::optional<PriorMatching> priorMatchingFromKey(const QString& key) {
  for (const RuleText& r : kRules)
    if (key == QLatin1String(r.key)) return r.rule;
  return std::nullopt;
}

bool namesMatch(const PersonName& a, const PersonName& b) {
  const QString ideoA = normalizedGroup(a.ideographic);
  const QString ideoB = normalizedGroup(b.ideographic);
  if (!ideoA.isEmpty() && !ideoB.isEmpty()) return ideoA == ideoB;
  return nameForms(a).intersects(nameForms(b));
}

bool isSamePatient(const StudyRecord& current, const StudyRecord& candidate, PriorMatching rule) {
  switch (rule) {
    case PriorMatching::PatientIdAndIssuer:
      return samePatientId(current, candidate) &&
             sameLongString(current.issuerOfPatientId, candidate.issuerOfPatientId);
    case PriorMatching::PatientIdOnly:
      return samePatientId(current, candidate);
    case PriorMatching::NameAndBirthDate:
      return sameNameAndBirthDate(current, candidate);
    case PriorMatching::IdOrNameAndBirthDate:
      return isSamePatient(current, candidate, PriorMatching::PatientIdAndIssuer) ||
             sameNameAndBirthDate(current, candidate);
  }
  return false;
}

QList<StudyQuery> priorStudyQueries(const StudyRecord& current, PriorMatching rule) {
  const bool byId = rule != PriorMatching::NameAndBirthDate;
  const bool byBirthDate = rule == PriorMatching::NameAndBirthDate || rule == PriorMatching::IdOrNameAndBirthDate;
  QList<StudyQuery> queries;
  if (byId && !current.patientId.trimmed().isEmpty()) {
    StudyQuery q = pagedQuery();
    q.patientId = current.patientId.trimmed();
    queries << q;
  }
  if (byBirthDate && current.patientBirthDate.isValid() && !current.patientName.isEmpty()) {
    StudyQuery q = pagedQuery();
    q.patientBirthDate = current.patientBirthDate;
    queries << q;
  }
  return queries;
}

QList<StudyRecord> matchPriors(const StudyRecord& current, const QList<StudyRecord>& candidates,
                               PriorMatching rule) {
  QList<StudyRecord> priors;
  QSet<QString> seen{current.studyInstanceUid};
  for (const StudyRecord& c : candidates) {
    if (seen.contains(c.studyInstanceUid) || !isSamePatient(current, c, rule)) continue;
    seen.insert(c.studyInstanceUid);
    priors << c;
  }
  std::sort(priors.begin(), priors.end(), newerThan);
  return priors;
}

void findPriorStudies(DicomWebClient* client, const StudyRecord& current, PriorMatching rule, PriorsFound done) {
  auto search = std::make_shared<PriorSearch>();
  search->client = client;
  search->current = current;
  search->rule = rule;
  search->done = std::move(done);
  search->queries = priorStudyQueries(current, rule);
  // Always from the event loop, even with nothing to search.
  QTimer::singleShot(0, client, [search] { runNextQuery(search); });
}

}  // namespace yunyue
