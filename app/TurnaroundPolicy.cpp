#include "app/TurnaroundPolicy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace yunyue {
namespace {

constexpr auto kTargetsGroup = "turnaround/targetMinutes";
constexpr auto kDefaultKey = "turnaround/defaultMinutes";
constexpr auto kKeywordsKey = "turnaround/urgentKeywords";

// TimezoneOffsetFromUTC is "&ZZXX" (PS3.3 C.12.1.1.8: "+0800", "-0500");
// seconds east of UTC, or nullopt when malformed.
std::optional<int> offsetSeconds(const QString& value) {
  static const QRegularExpression form(QStringLiteral("^([+-])(\\d\\d)(\\d\\d)$"));
  const QRegularExpressionMatch m = form.match(value.trimmed());
  if (!m.hasMatch()) return std::nullopt;
  const int hours = m.captured(2).toInt();
  const int minutes = m.captured(3).toInt();
  if (hours > 14 || minutes > 59) return std::nullopt;
  const int seconds = hours * 3600 + minutes * 60;
  return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

}  // namespace

QString urgencyName(Urgency urgency) {
  switch (urgency) {
    case Urgency::Stat: return QCoreApplication::translate("yunyue::TurnaroundPolicy", "STAT");
    case Urgency::Urgent: return QCoreApplication::translate("yunyue::TurnaroundPolicy", "Urgent");
    case Urgency::Routine: return QCoreApplication::translate("yunyue::TurnaroundPolicy", "Routine");
    case Urgency::Low: return QCoreApplication::translate("yunyue::TurnaroundPolicy", "Low");
  }
  return {};
}

TurnaroundPolicy::TurnaroundPolicy()
    // Radiographs are read within half an hour, cross-sectional studies
    // within an hour (the center's service agreement with the hospitals).
    : m_targets{{QStringLiteral("CR"), 30}, {QStringLiteral("DX"), 30}, {QStringLiteral("DR"), 30},
                {QStringLiteral("CT"), 60}, {QStringLiteral("MR"), 60}},
      m_urgentKeywords{QStringLiteral("STAT"), QStringLiteral("急诊")} {}

int TurnaroundPolicy::targetMinutes(const QStringList& modalitiesInStudy) const {
  int strictest = 0;
  for (const QString& modality : modalitiesInStudy) {
    const int minutes = m_targets.value(modality.trimmed().toUpper(), 0);
    if (minutes > 0 && (strictest == 0 || minutes < strictest)) strictest = minutes;
  }
  return strictest > 0 ? strictest : m_defaultMinutes;
}

void TurnaroundPolicy::setTargetMinutes(const QString& modality, int minutes) {
  const QString key = modality.trimmed().toUpper();
  if (key.isEmpty()) return;
  if (minutes > 0) m_targets.insert(key, minutes);
  else m_targets.remove(key);
}

void TurnaroundPolicy::setUrgentKeywords(const QStringList& words) {
  m_urgentKeywords.clear();
  for (const QString& w : words)
    if (!w.trimmed().isEmpty()) m_urgentKeywords << w.trimmed();
}

QDateTime studyDateTime(const StudyRecord& study) {
  if (!study.studyDate.isValid() || !study.studyTime.isValid()) return {};
  if (const std::optional<int> offset = offsetSeconds(study.timezoneOffsetFromUtc))
    return QDateTime(study.studyDate, study.studyTime, Qt::OffsetFromUTC, *offset);
  return QDateTime(study.studyDate, study.studyTime, Qt::LocalTime);
}

ClockStart TurnaroundPolicy::clockStart(const StudyRecord& study, const QDateTime& firstSeen,
                                        const QDateTime& now) const {
  const QDateTime acquired = studyDateTime(study);
  if (acquired.isValid() && acquired <= now) return {acquired, ClockStart::StudyDateTime};
  return {firstSeen.isValid() ? firstSeen : now, ClockStart::FirstSeen};
}

QDateTime TurnaroundPolicy::deadline(const StudyRecord& study, const QDateTime& firstSeen, const QDateTime& now) const {
  return clockStart(study, firstSeen, now).when.addSecs(qint64(targetMinutes(study.modalitiesInStudy)) * 60);
}

qint64 TurnaroundPolicy::secondsLeft(const StudyRecord& study, const QDateTime& firstSeen, const QDateTime& now) const {
  return now.secsTo(deadline(study, firstSeen, now));
}

qint64 TurnaroundPolicy::secondsWaiting(const StudyRecord& study, const QDateTime& firstSeen,
                                        const QDateTime& now) const {
  return std::max<qint64>(0, clockStart(study, firstSeen, now).when.secsTo(now));
}

Urgency TurnaroundPolicy::urgency(const StudyRecord& study) const {
  const QString priority = study.requestedProcedurePriority.trimmed().toUpper();
  if (priority == QLatin1String("STAT")) return Urgency::Stat;
  if (priority == QLatin1String("HIGH")) return Urgency::Urgent;
  if (priority == QLatin1String("LOW")) return Urgency::Low;
  for (const QString& word : m_urgentKeywords)
    if (study.studyDescription.contains(word, Qt::CaseInsensitive)) return Urgency::Urgent;
  return Urgency::Routine;  // ROUTINE, MEDIUM, or not said
}

TurnaroundPolicy TurnaroundPolicy::load(const QSettings& settings) {
  TurnaroundPolicy p;
  const QVariant targets = settings.value(QLatin1String(kTargetsGroup));
  if (targets.isValid()) {
    p.m_targets.clear();
    const QVariantMap map = targets.toMap();
    for (auto it = map.begin(); it != map.end(); ++it) p.setTargetMinutes(it.key(), it.value().toInt());
  }
  p.setDefaultTargetMinutes(settings.value(QLatin1String(kDefaultKey), p.m_defaultMinutes).toInt());
  if (settings.contains(QLatin1String(kKeywordsKey)))
    p.setUrgentKeywords(settings.value(QLatin1String(kKeywordsKey)).toStringList());
  return p;
}

void TurnaroundPolicy::save(QSettings& settings) const {
  QVariantMap map;
  for (auto it = m_targets.begin(); it != m_targets.end(); ++it) map.insert(it.key(), it.value());
  settings.setValue(QLatin1String(kTargetsGroup), map);
  settings.setValue(QLatin1String(kDefaultKey), m_defaultMinutes);
  settings.setValue(QLatin1String(kKeywordsKey), m_urgentKeywords);
}

qint64 worklistOrderKey(Urgency urgency, qint64 secondsLeft) {
  // Seconds left stay far below 10^12 (30 000 years): the rank dominates.
  constexpr qint64 kRankStep = 1000000000000;  // 10^12
  return qint64(urgency) * kRankStep + secondsLeft;
}

QString formatTimeLeft(qint64 secondsLeft, const QLocale& locale) {
  auto two = [&locale](qint64 v) { return locale.toString(v).rightJustified(2, locale.zeroDigit().at(0)); };
  if (secondsLeft >= 3600) {
    const qint64 minutes = secondsLeft / 60;
    return QCoreApplication::translate("yunyue::TurnaroundPolicy", "%1:%2 h")
        .arg(locale.toString(minutes / 60), two(minutes % 60));
  }
  if (secondsLeft >= 0) return QStringLiteral("%1:%2").arg(two(secondsLeft / 60), two(secondsLeft % 60));
  const qint64 late = -secondsLeft;
  const qint64 lateMinutes = (late + 59) / 60;  // a second late is a minute late
  if (lateMinutes < 60)
    return QCoreApplication::translate("yunyue::TurnaroundPolicy", "overdue %1 min").arg(locale.toString(lateMinutes));
  if (late < 48 * 3600)
    return QCoreApplication::translate("yunyue::TurnaroundPolicy", "overdue %1 h %2 min")
        .arg(locale.toString(late / 3600), two((late % 3600) / 60));
  // (A division inside translate()'s arguments hangs lupdate's parser.)
  const int days = int(late / 86400);
  return QCoreApplication::translate("yunyue::TurnaroundPolicy", "overdue %n day(s)", nullptr, days);
}

}  // namespace yunyue
