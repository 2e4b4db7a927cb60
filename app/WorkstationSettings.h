#pragma once
// What the reader sets once and keeps: server profiles, cache size,
// turnaround targets, prefetching, language, how prior studies are matched.
// Persisted in QSettings (the user's yunyue.conf); no widgets here, the
// dialog is SettingsDialog.

#include "app/TurnaroundPolicy.h"
#include "cloudclient/PriorStudies.h"
#include "cloudclient/ServerProfile.h"

#include <QList>
#include <QString>

class QLocale;
class QSettings;

namespace yunyue {

struct WorkstationSettings {
  // Server profiles without their secrets: passwords and tokens never go
  // into the settings file (the credential store keeps them).
  QList<ServerProfile> profiles;
  int activeProfile = -1;  // index into profiles; -1: none chosen
  int teachingProfile = -1;  // where de-identified teaching cases are sent; -1: none
  double cacheLimitGiB = 50;
  TurnaroundPolicy turnaround;
  int prefetchCount = 3;   // studies pulled ahead of the reader; 0: off
  QString language;        // "zh_CN", "en", or empty for the system's
  // Which archive studies are the same patient's priors (see PriorMatching).
  PriorMatching priorMatching = PriorMatching::PatientIdAndIssuer;

  static WorkstationSettings load(QSettings& settings);
  void save(QSettings& settings) const;
  // The chosen profile (without password), or an empty one.
  ServerProfile activeServer() const;
  qint64 cacheLimitBytes() const { return qint64(cacheLimitGiB * (qint64(1) << 30)); }
};

// The interface language to load: the setting when it names one, else the
// system locale's (any Chinese locale: Simplified Chinese; else English).
QString interfaceLanguage(const QString& setting, const QLocale& system);

// A date as the reader's language writes it in a list: "2024年3月5日",
// "Mar 5, 2024", "5 Mar 2024" (the locale's long format without the
// weekday, month abbreviated). Qt has no medium format of its own.
QString mediumDate(const QDate& date, const QLocale& locale);
// The same with the time of day ("2024年3月5日 09:35", "Mar 5, 2024 9:35 AM").
QString mediumDateTime(const QDateTime& dateTime, const QLocale& locale);

}  // namespace yunyue
