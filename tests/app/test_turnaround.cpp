// Turnaround targets with a fixed clock: when the clock starts, how much
// time is left, when a study is overdue, and how urgent it is.

#include "app/TurnaroundPolicy.h"
#include "app/WorkstationSettings.h"

#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

// 2026-11-21 10:15:30 in China (UTC+8), the time the CR demo study was taken.
StudyRecord study(const QString& modality, const QString& date = QStringLiteral("20261121"),
                  const QString& time = QStringLiteral("101530"), const QString& offset = QStringLiteral("+0800")) {
  StudyRecord s;
  s.studyInstanceUid = QStringLiteral("2.25.1");
  s.modalitiesInStudy = modality.split(QLatin1Char('/'));
  s.studyDate = dateFromDicom(date);
  s.studyTime = timeFromDicom(time);
  s.timezoneOffsetFromUtc = offset;
  return s;
}

QDateTime utc(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate).toUTC(); }

}  // namespace

class TestTurnaround : public QObject {
  Q_OBJECT
 private slots:
  void targets_data() {
    QTest::addColumn<QString>("modalities");
    QTest::addColumn<int>("minutes");
    QTest::newRow("CR") << "CR" << 30;
    QTest::newRow("DX") << "DX" << 30;
    QTest::newRow("DR") << "DR" << 30;
    QTest::newRow("CT") << "CT" << 60;
    QTest::newRow("MR") << "MR" << 60;
    QTest::newRow("CT with a report") << "CT/SR" << 60;
    QTest::newRow("CR with a CT: the stricter") << "CT/CR" << 30;
    QTest::newRow("unknown: the default") << "US" << 60;
    QTest::newRow("only an SR: the default") << "SR" << 60;
    QTest::newRow("lower case") << "cr" << 30;
  }
  void targets() {
    QFETCH(QString, modalities);
    QFETCH(int, minutes);
    QCOMPARE(TurnaroundPolicy().targetMinutes(modalities.split(QLatin1Char('/'))), minutes);
  }

  void timeLeft_data() {
    QTest::addColumn<QString>("modality");
    QTest::addColumn<QString>("now");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("shown");
    // Study at 10:15:30 +08:00 = 02:15:30 UTC.
    QTest::newRow("CR just taken") << "CR" << "2026-11-21T02:15:30Z" << qint64(30 * 60) << "30:00";
    QTest::newRow("CR 24:30 left") << "CR" << "2026-11-21T02:21:00Z" << qint64(24 * 60 + 30) << "24:30";
    QTest::newRow("CR at the deadline") << "CR" << "2026-11-21T02:45:30Z" << qint64(0) << "00:00";
    QTest::newRow("CR a second late") << "CR" << "2026-11-21T02:45:31Z" << qint64(-1) << "overdue 1 min";
    QTest::newRow("CR 12 min late") << "CR" << "2026-11-21T02:57:30Z" << qint64(-12 * 60) << "overdue 12 min";
    QTest::newRow("CT just taken") << "CT" << "2026-11-21T02:15:30Z" << qint64(60 * 60) << "1:00 h";
    QTest::newRow("CT 31 min later") << "CT" << "2026-11-21T02:46:30Z" << qint64(29 * 60) << "29:00";
    QTest::newRow("CT 3 h 5 min late") << "CT" << "2026-11-21T06:20:30Z" << qint64(-(3 * 3600 + 5 * 60))
                                       << "overdue 3 h 05 min";
    QTest::newRow("CT 2 days late") << "CT" << "2026-11-23T04:15:30Z" << qint64(-(2 * 86400 + 3600 * 1))
                                    << "overdue 2 day(s)";
  }
  void timeLeft() {
    QFETCH(QString, modality);
    QFETCH(QString, now);
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, shown);
    const TurnaroundPolicy policy;
    const StudyRecord s = study(modality);
    const QDateTime firstSeen = utc(QStringLiteral("2026-11-21T03:00:00Z"));  // later: must not matter
    QCOMPARE(policy.clockStart(s, firstSeen, utc(now)).source, ClockStart::StudyDateTime);
    QCOMPARE(policy.secondsLeft(s, firstSeen, utc(now)), secondsLeft);
    QCOMPARE(formatTimeLeft(secondsLeft, QLocale::c()), shown);
  }

  // The same wall-clock time in another zone is another moment.
  void timezoneOffset() {
    const TurnaroundPolicy policy;
    const QDateTime now = utc(QStringLiteral("2026-11-21T02:30:30Z"));
    QCOMPARE(studyDateTime(study("CR")), utc(QStringLiteral("2026-11-21T02:15:30Z")));
    QCOMPARE(policy.secondsLeft(study("CR"), {}, now), qint64(15 * 60));
    // 10:15:30 UTC is still ahead of "now": a future study starts when first seen.
    const StudyRecord inUtc = study("CR", "20261121", "101530", "+0000");
    QCOMPARE(policy.clockStart(inUtc, now.addSecs(-60), now).source, ClockStart::FirstSeen);
    QCOMPARE(policy.secondsLeft(inUtc, now.addSecs(-60), now), qint64(29 * 60));
    // 20:15:30 on the 20th at -05:00 is 01:15:30 UTC on the 21st.
    const StudyRecord west = study("CR", "20261120", "201530", "-0500");
    QCOMPARE(studyDateTime(west), utc(QStringLiteral("2026-11-21T01:15:30Z")));
    QCOMPARE(policy.secondsLeft(west, {}, now), qint64(-45 * 60));
    // A malformed offset is ignored: the workstation's own time zone.
    const StudyRecord odd = study("CR", "20261121", "101530", "+8");
    QCOMPARE(studyDateTime(odd), QDateTime(QDate(2026, 11, 21), QTime(10, 15, 30), Qt::LocalTime));
  }

  void missingTime() {
    const TurnaroundPolicy policy;
    const QDateTime now = utc(QStringLiteral("2026-11-21T05:00:00Z"));
    const QDateTime seen = utc(QStringLiteral("2026-11-21T04:50:00Z"));
    StudyRecord noTime = study("CT");
    noTime.studyTime = {};
    QCOMPARE(policy.clockStart(noTime, seen, now).source, ClockStart::FirstSeen);
    QCOMPARE(policy.clockStart(noTime, seen, now).when, seen);
    QCOMPARE(policy.secondsLeft(noTime, seen, now), qint64(50 * 60));
    QCOMPARE(policy.secondsWaiting(noTime, seen, now), qint64(10 * 60));
    StudyRecord noDate = study("CR");
    noDate.studyDate = {};
    QCOMPARE(policy.secondsLeft(noDate, seen, now), qint64(20 * 60));
    // Never seen before either: the clock starts now.
    QCOMPARE(policy.secondsLeft(noDate, {}, now), qint64(30 * 60));
  }

  void customTargets() {
    TurnaroundPolicy policy;
    policy.setTargetMinutes(QStringLiteral("ct"), 45);
    policy.setTargetMinutes(QStringLiteral("US"), 20);
    policy.setTargetMinutes(QStringLiteral("MR"), 0);  // removed: the default applies
    policy.setDefaultTargetMinutes(120);
    QCOMPARE(policy.targetMinutes({QStringLiteral("CT")}), 45);
    QCOMPARE(policy.targetMinutes({QStringLiteral("US")}), 20);
    QCOMPARE(policy.targetMinutes({QStringLiteral("MR")}), 120);
    QCOMPARE(policy.targetMinutes({QStringLiteral("XA")}), 120);
    const QDateTime now = utc(QStringLiteral("2026-11-21T02:45:30Z"));
    QCOMPARE(policy.secondsLeft(study("CT"), {}, now), qint64(15 * 60));

    // They survive a restart (QSettings).
    QTemporaryDir dir;
    {
      QSettings settings(dir.filePath("yunyue.conf"), QSettings::IniFormat);
      policy.setUrgentKeywords({QStringLiteral("急诊"), QStringLiteral(" "), QStringLiteral("trauma")});
      policy.save(settings);
    }
    QSettings settings(dir.filePath("yunyue.conf"), QSettings::IniFormat);
    const TurnaroundPolicy back = TurnaroundPolicy::load(settings);
    QCOMPARE(back.targets(), policy.targets());
    QCOMPARE(back.defaultTargetMinutes(), 120);
    QCOMPARE(back.urgentKeywords(), QStringList({QStringLiteral("急诊"), QStringLiteral("trauma")}));
    // Nothing saved: the center's defaults.
    QSettings empty(dir.filePath("empty.conf"), QSettings::IniFormat);
    QCOMPARE(TurnaroundPolicy::load(empty).targetMinutes({QStringLiteral("CR")}), 30);
  }

  void urgency_data() {
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("urgency");
    QTest::newRow("STAT") << "STAT" << "" << int(Urgency::Stat);
    QTest::newRow("HIGH") << "HIGH" << "" << int(Urgency::Urgent);
    QTest::newRow("ROUTINE") << "ROUTINE" << "" << int(Urgency::Routine);
    QTest::newRow("MEDIUM") << "MEDIUM" << "" << int(Urgency::Routine);
    QTest::newRow("LOW") << "LOW" << "" << int(Urgency::Low);
    QTest::newRow("none") << "" << "头颅平扫" << int(Urgency::Routine);
    QTest::newRow("急诊 in the description") << "" << "急诊头颅平扫" << int(Urgency::Urgent);
    QTest::newRow("stat in the description") << "" << "Head stat" << int(Urgency::Urgent);
    QTest::newRow("the order's priority wins") << "LOW" << "急诊" << int(Urgency::Low);
  }
  void urgency() {
    QFETCH(QString, priority);
    QFETCH(QString, description);
    QFETCH(int, urgency);
    StudyRecord s = study("CT");
    s.requestedProcedurePriority = priority;
    s.studyDescription = description;
    QCOMPARE(int(TurnaroundPolicy().urgency(s)), urgency);
  }

  // Urgency first, then time left; overdue before due.
  void ordering() {
    QVERIFY(worklistOrderKey(Urgency::Stat, 3600) < worklistOrderKey(Urgency::Urgent, -86400 * 400));
    QVERIFY(worklistOrderKey(Urgency::Urgent, 3600) < worklistOrderKey(Urgency::Routine, -60));
    QVERIFY(worklistOrderKey(Urgency::Routine, -60) < worklistOrderKey(Urgency::Routine, 60));
    QVERIFY(worklistOrderKey(Urgency::Routine, 86400 * 365) < worklistOrderKey(Urgency::Low, -86400 * 365));
  }

  // Dates in the reader's language, numbers in its digits.
  void localeFormats() {
    const QDate date(2024, 3, 5);
    QCOMPARE(mediumDate(date, QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("2024年3月5日"));
    QCOMPARE(mediumDate(date, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("Mar 5, 2024"));
    QCOMPARE(mediumDate(date, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("5 Mar 2024"));
    QCOMPARE(mediumDateTime(QDateTime(date, QTime(9, 35)), QLocale(QLocale::Chinese, QLocale::China)),
             QStringLiteral("2024年3月5日 09:35"));
    QCOMPARE(formatTimeLeft(-75 * 60, QLocale(QLocale::Arabic, QLocale::Egypt)).contains(QStringLiteral("١")), true);
  }

  void languageFollowsTheSystem_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("language");
    QTest::newRow("system zh_CN") << "" << "zh_CN" << "zh_CN";
    QTest::newRow("system zh_TW") << "" << "zh_TW" << "zh_CN";
    QTest::newRow("system en_US") << "" << "en_US" << "en";
    QTest::newRow("system de_DE") << "" << "de_DE" << "en";
    QTest::newRow("English on a Chinese system") << "en" << "zh_CN" << "en";
    QTest::newRow("Chinese on an English system") << "zh_CN" << "en_US" << "zh_CN";
    QTest::newRow("unknown setting") << "fr" << "zh_CN" << "zh_CN";
  }
  void languageFollowsTheSystem() {
    QFETCH(QString, setting);
    QFETCH(QString, system);
    QFETCH(QString, language);
    QCOMPARE(interfaceLanguage(setting, QLocale(system)), language);
  }

  void settingsRoundTrip() {
    QTemporaryDir dir;
    WorkstationSettings s;
    ServerProfile a;
    a.name = QStringLiteral("青山县云");
    a.dicomWebRoot = QUrl(QStringLiteral("https://qs.example.org/dicom-web"));
    a.user = QStringLiteral("wang");
    a.password = QStringLiteral("secret-password");
    a.bearerToken = QStringLiteral("secret-token");
    a.caCertificatesFile = QStringLiteral("/etc/yunyue/ca.pem");
    ServerProfile b;
    b.name = QStringLiteral("Yunxi");
    b.dicomWebRoot = QUrl(QStringLiteral("http://127.0.0.1:8042/dicom-web"));
    s.profiles = {a, b};
    s.activeProfile = 1;
    s.cacheLimitGiB = 12;
    s.prefetchCount = 5;
    s.language = QStringLiteral("en");
    s.turnaround.setTargetMinutes(QStringLiteral("CT"), 40);
    {
      QSettings out(dir.filePath("yunyue.conf"), QSettings::IniFormat);
      s.save(out);
    }
    QFile file(dir.filePath("yunyue.conf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("secret"), text.constData());  // no password, no token
    QSettings in(dir.filePath("yunyue.conf"), QSettings::IniFormat);
    const WorkstationSettings back = WorkstationSettings::load(in);
    QCOMPARE(back.profiles.size(), 2);
    QCOMPARE(back.profiles[0].name, a.name);
    QCOMPARE(back.profiles[0].dicomWebRoot, a.dicomWebRoot);
    QCOMPARE(back.profiles[0].user, a.user);
    QCOMPARE(back.profiles[0].caCertificatesFile, a.caCertificatesFile);
    QVERIFY(back.profiles[0].password.isEmpty());
    QCOMPARE(back.activeServer().dicomWebRoot, b.dicomWebRoot);
    QCOMPARE(back.cacheLimitGiB, 12.0);
    QCOMPARE(back.cacheLimitBytes(), qint64(12) << 30);
    QCOMPARE(back.prefetchCount, 5);
    QCOMPARE(back.language, QStringLiteral("en"));
    QCOMPARE(back.turnaround.targetMinutes({QStringLiteral("CT")}), 40);
  }
};

QTEST_GUILESS_MAIN(TestTurnaround)
#include "test_turnaround.moc"
