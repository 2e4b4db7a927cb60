#include "app/WorkstationSettings.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace yunyue {
namespace {

constexpr auto kProfiles = "servers/profiles";
constexpr auto kActive = "servers/active";
constexpr auto kCacheLimit = "cache/limitGiB";  // also read by MainWindow at start
constexpr auto kPrefetch = "worklist/prefetchCount";
constexpr auto kLanguage = "ui/language";
constexpr auto kPriorMatching = "priors/matching";  // a priorMatchingKey

}  // namespace

WorkstationSettings WorkstationSettings::load(QSettings& settings) {
  WorkstationSettings s;
  const int count = settings.beginReadArray(QLatin1String(kProfiles));
  for (int i = 0; i < count; ++i) {
    settings.setArrayIndex(i);
    ServerProfile p;
    p.name = settings.value(QStringLiteral("name")).toString();
    p.dicomWebRoot = QUrl(settings.value(QStringLiteral("dicomweb")).toString());
    p.user = settings.value(QStringLiteral("user")).toString();
    p.caCertificatesFile = settings.value(QStringLiteral("ca_file")).toString();
    s.profiles << p;
  }
  settings.endArray();
  s.activeProfile = settings.value(QLatin1String(kActive), -1).toInt();
  if (s.activeProfile >= s.profiles.size()) s.activeProfile = -1;
  s.teachingProfile = settings.value(QStringLiteral("servers/teaching"), -1).toInt();
  if (s.teachingProfile >= s.profiles.size()) s.teachingProfile = -1;
  s.cacheLimitGiB = std::max(1.0, settings.value(QLatin1String(kCacheLimit), s.cacheLimitGiB).toDouble());
  s.turnaround = TurnaroundPolicy::load(settings);
  s.prefetchCount = std::clamp(settings.value(QLatin1String(kPrefetch), s.prefetchCount).toInt(), 0, 20);
  s.language = settings.value(QLatin1String(kLanguage)).toString();
  // An unknown key (a newer version's rule, a typo) keeps the default.
  s.priorMatching = priorMatchingFromKey(settings.value(QLatin1String(kPriorMatching)).toString())
                        .value_or(s.priorMatching);
  return s;
}

void WorkstationSettings::save(QSettings& settings) const {
  settings.remove(QLatin1String(kProfiles));
  settings.beginWriteArray(QLatin1String(kProfiles), int(profiles.size()));
  for (int i = 0; i < profiles.size(); ++i) {
    settings.setArrayIndex(i);
    const ServerProfile& p = profiles[i];
    settings.setValue(QStringLiteral("name"), p.name);
    settings.setValue(QStringLiteral("dicomweb"), p.dicomWebRoot.toString());
    settings.setValue(QStringLiteral("user"), p.user);
    settings.setValue(QStringLiteral("ca_file"), p.caCertificatesFile);
  }
  settings.endArray();
  settings.setValue(QLatin1String(kActive), activeProfile);
  settings.setValue(QStringLiteral("servers/teaching"), teachingProfile);
  settings.setValue(QLatin1String(kCacheLimit), cacheLimitGiB);
  turnaround.save(settings);
  settings.setValue(QLatin1String(kPrefetch), prefetchCount);
  if (language.isEmpty()) settings.remove(QLatin1String(kLanguage));
  else settings.setValue(QLatin1String(kLanguage), language);
  settings.setValue(QLatin1String(kPriorMatching), priorMatchingKey(priorMatching));
}

ServerProfile WorkstationSettings::activeServer() const {
  return activeProfile >= 0 && activeProfile < profiles.size() ? profiles[activeProfile] : ServerProfile();
}

QString interfaceLanguage(const QString& setting, const QLocale& system) {
  if (setting == QLatin1String("zh_CN") || setting == QLatin1String("en")) return setting;
  return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString mediumDate(const QDate& date, const QLocale& locale) {
  QString format = locale.dateFormat(QLocale::LongFormat);
  // The weekday with the separator that joins it to the rest ("dddd, ", "dddd").
  static const QRegularExpression weekday(QStringLiteral("\\s*d{4}[,\\s]*"));
  format.remove(weekday);
  format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
  return locale.toString(date, format.trimmed());
}

QString mediumDateTime(const QDateTime& dateTime, const QLocale& locale) {
  return mediumDate(dateTime.date(), locale) + QLatin1Char(' ') + locale.toString(dateTime.time(), QLocale::ShortFormat);
}

}  // namespace yunyue
