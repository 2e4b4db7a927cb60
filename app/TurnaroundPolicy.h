#pragma once
// Turnaround targets of the reading center: how long a study may wait for
// its report (DR/CR/DX 30 min, CT/MR 60 min by default), when its clock
// starts, how much time is left, and how urgent it is. No widgets, no
// clock of its own: "now" is always passed in, so the rules are testable.

#include "cloudclient/Records.h"

#include <QDateTime>
#include <algorithm>
#include <QMap>
#include <QStringList>

class QLocale;
class QSettings;

namespace yunyue {

// Requested Procedure Priority (0040,1003), PS3.3 C.4.11: STAT, HIGH,
// ROUTINE, MEDIUM, LOW. MEDIUM counts as routine. Most urgent first.
enum class Urgency { Stat, Urgent, Routine, Low };

QString urgencyName(Urgency urgency);  // translated, for the worklist

// When a study's turnaround clock started, and why then.
struct ClockStart {
  enum Source {
    StudyDateTime,  // StudyDate/StudyTime (with TimezoneOffsetFromUTC when given)
    FirstSeen,      // the study time is missing or in the future
  };
  QDateTime when;
  Source source = FirstSeen;
};

class TurnaroundPolicy {
 public:
  TurnaroundPolicy();  // the center's defaults

  // Target of a study: the strictest target among the modalities in it
  // that have one (a CR with a CT waits 30 min); the default otherwise
  // (SR, PR, KO or an unknown modality alone).
  int targetMinutes(const QStringList& modalitiesInStudy) const;
  // Targets per Modality value (PS3.3 C.7.3.1.1.1); minutes <= 0 removes one.
  void setTargetMinutes(const QString& modality, int minutes);
  QMap<QString, int> targets() const { return m_targets; }
  int defaultTargetMinutes() const { return m_defaultMinutes; }
  void setDefaultTargetMinutes(int minutes) { m_defaultMinutes = std::max(1, minutes); }

  // Words in StudyDescription that mark a study urgent where the order's
  // priority did not travel with the images (e.g. "急诊", "STAT").
  QStringList urgentKeywords() const { return m_urgentKeywords; }
  void setUrgentKeywords(const QStringList& words);

  // QIDO-RS says nothing about when a study reached the archive, so the
  // clock starts at the acquisition: StudyDate/StudyTime in the study's own
  // offset from UTC (the workstation's time zone when none is given). That
  // is the time the patient has been waiting, and it is the same on every
  // workstation. A study without a time, or with one after `now` (a
  // modality clock set wrong), starts when this workstation first saw it.
  ClockStart clockStart(const StudyRecord& study, const QDateTime& firstSeen, const QDateTime& now) const;
  QDateTime deadline(const StudyRecord& study, const QDateTime& firstSeen, const QDateTime& now) const;
  // Seconds until the deadline; negative when overdue.
  qint64 secondsLeft(const StudyRecord& study, const QDateTime& firstSeen, const QDateTime& now) const;
  // Seconds since the clock started (never negative).
  qint64 secondsWaiting(const StudyRecord& study, const QDateTime& firstSeen, const QDateTime& now) const;
  Urgency urgency(const StudyRecord& study) const;

  // Persisted under "turnaround/" in the workstation's settings.
  static TurnaroundPolicy load(const QSettings& settings);
  void save(QSettings& settings) const;

 private:
  QMap<QString, int> m_targets;  // Modality -> minutes
  int m_defaultMinutes = 60;
  QStringList m_urgentKeywords;
};

// The study's date and time as an absolute time: with TimezoneOffsetFromUTC
// ("+0800", "-0500") when given, else in the workstation's time zone.
// Invalid when StudyDate or StudyTime is missing.
QDateTime studyDateTime(const StudyRecord& study);

// Order of the worklist: more urgent first, then less time left.
qint64 worklistOrderKey(Urgency urgency, qint64 secondsLeft);

// "29:59" under an hour, "1:05 h" beyond; "overdue 12 min", "overdue 3 h 05 min",
// "overdue 2 days" once past the deadline. Numbers in the given locale.
QString formatTimeLeft(qint64 secondsLeft, const QLocale& locale);

}  // namespace yunyue
