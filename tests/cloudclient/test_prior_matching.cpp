// Prior-study matching rules on hand-made studies, no server: which
// candidates are the same patient under each rule (issuers present, absent
// and padded; names differing in case, spaces and component groups; Chinese
// names; pinyin that is the same for other characters), the current study
// left out, each study once, newest first; and the QIDO-RS searches a rule
// asks the archive for.

#include "cloudclient/PriorStudies.h"

#include <QTest>

using namespace yunyue;

namespace {

PersonName name(const QString& alphabetic, const QString& ideographic = {}) { return {alphabetic, ideographic, {}}; }

// The study on screen: 张伟, born 1960-03-05, ID QS0001 of 青山县人民医院.
StudyRecord current() {
  StudyRecord s;
  s.studyInstanceUid = QStringLiteral("2.25.100");
  s.patientId = QStringLiteral("QS0001");
  s.issuerOfPatientId = QStringLiteral("QSXRMYY");
  s.patientName = name(QStringLiteral("Zhang^Wei"), QStringLiteral("张^伟"));
  s.patientBirthDate = QDate(1960, 3, 5);
  s.studyDate = QDate(2026, 11, 20);
  return s;
}

StudyRecord candidate(const QString& id, const QString& issuer, const PersonName& patientName, const QDate& birth) {
  static int serial = 0;
  StudyRecord s;
  s.studyInstanceUid = QStringLiteral("2.25.%1").arg(200 + ++serial);
  s.patientId = id;
  s.issuerOfPatientId = issuer;
  s.patientName = patientName;
  s.patientBirthDate = birth;
  s.studyDate = QDate(2025, 1, 1);
  return s;
}

StudyRecord dated(const QString& uid, const QDate& date, const QTime& time = {}) {
  StudyRecord s = current();
  s.studyInstanceUid = uid;
  s.studyDate = date;
  s.studyTime = time;
  return s;
}

QStringList uids(const QList<StudyRecord>& studies) {
  QStringList out;
  for (const StudyRecord& s : studies) out << s.studyInstanceUid;
  return out;
}

const PriorMatching kIdAndIssuer = PriorMatching::PatientIdAndIssuer;
const PriorMatching kIdOnly = PriorMatching::PatientIdOnly;
const PriorMatching kNameAndBirth = PriorMatching::NameAndBirthDate;
const PriorMatching kIdOrName = PriorMatching::IdOrNameAndBirthDate;

}  // namespace

class TestPriorMatching : public QObject {
  Q_OBJECT
 private slots:
  // One candidate against the current study under every rule.
  void rules_data() {
    QTest::addColumn<StudyRecord>("other");
    QTest::addColumn<bool>("idAndIssuer");
    QTest::addColumn<bool>("idOnly");
    QTest::addColumn<bool>("nameAndBirthDate");
    QTest::addColumn<bool>("idOrNameAndBirthDate");
    const QDate born(1960, 3, 5);
    const PersonName liNa = name(QStringLiteral("Li^Na"), QStringLiteral("李^娜"));
    const PersonName zhangWei = name(QStringLiteral("Zhang^Wei"), QStringLiteral("张^伟"));
    const QString id = QStringLiteral("QS0001");
    const QString issuer = QStringLiteral("QSXRMYY");
    QTest::newRow("same ID and issuer, name misspelt")
        << candidate(id, issuer, name(QStringLiteral("Zhang^Wie")), born) << true << true << false << true;
    QTest::newRow("same ID, other issuer (another hospital's patient)")
        << candidate(id, QStringLiteral("YXZYY"), liNa, QDate(1985, 7, 1)) << false << true << false << false;
    QTest::newRow("same ID, no issuer") << candidate(id, {}, liNa, QDate(1985, 7, 1)) << false << true << false
                                        << false;
    QTest::newRow("same ID and issuer, both padded")
        << candidate(QStringLiteral(" QS0001 "), QStringLiteral("QSXRMYY "), zhangWei, born) << true << true << true
        << true;
    QTest::newRow("ID differing in case is another ID")
        << candidate(QStringLiteral("qs0001"), issuer, liNa, QDate(1985, 7, 1)) << false << false << false << false;
    QTest::newRow("other ID, same name and birth date")
        << candidate(QStringLiteral("YX8812"), QStringLiteral("YXZYY"), zhangWei, born) << false << false << true
        << true;
    QTest::newRow("name differing in case and spaces")
        << candidate(QStringLiteral("YX8813"), QStringLiteral("YXZYY"), name(QStringLiteral("  zhang ^ WEI  ")), born)
        << false << false << true << true;
    QTest::newRow("trailing empty components")
        << candidate(QStringLiteral("YX8814"), {}, name(QStringLiteral("ZHANG^WEI^^^")), born) << false << false
        << true << true;
    QTest::newRow("Chinese name in the alphabetic group, one component")
        << candidate(QStringLiteral("YX8815"), {}, name(QStringLiteral("张伟")), born) << false << false << true << true;
    QTest::newRow("ideographic group only, with a full-width space")
        << candidate(QStringLiteral("YX8816"), {}, name({}, QStringLiteral("张^伟\u3000")), born) << false << false
        << true << true;
    QTest::newRow("same pinyin, other characters (章伟)")
        << candidate(QStringLiteral("YX8817"), {}, name(QStringLiteral("Zhang^Wei"), QStringLiteral("章^伟")), born)
        << false << false << false << false;
    QTest::newRow("same name, other birth date")
        << candidate(QStringLiteral("YX8818"), {}, zhangWei, QDate(1961, 3, 5)) << false << false << false << false;
    QTest::newRow("same name, birth date absent")
        << candidate(QStringLiteral("YX8819"), {}, zhangWei, QDate()) << false << false << false << false;
    QTest::newRow("other patient") << candidate(QStringLiteral("YX9000"), QStringLiteral("YXZYY"), liNa, born)
                                   << false << false << false << false;
  }
  void rules() {
    QFETCH(StudyRecord, other);
    QFETCH(bool, idAndIssuer);
    QFETCH(bool, idOnly);
    QFETCH(bool, nameAndBirthDate);
    QFETCH(bool, idOrNameAndBirthDate);
    const StudyRecord c = current();
    QCOMPARE(isSamePatient(c, other, kIdAndIssuer), idAndIssuer);
    QCOMPARE(isSamePatient(c, other, kIdOnly), idOnly);
    QCOMPARE(isSamePatient(c, other, kNameAndBirth), nameAndBirthDate);
    QCOMPARE(isSamePatient(c, other, kIdOrName), idOrNameAndBirthDate);
    // matchPriors applies the same rule.
    QCOMPARE(matchPriors(c, {other}, kIdOrName).size(), idOrNameAndBirthDate ? 1 : 0);
  }

  // The current study has no issuer: an absent issuer matches only an
  // absent issuer under the ID-and-issuer rule; any issuer under ID only.
  void absentIssuer_data() {
    QTest::addColumn<QString>("otherIssuer");
    QTest::addColumn<bool>("idAndIssuer");
    QTest::addColumn<bool>("idOnly");
    QTest::newRow("absent") << QString() << true << true;
    QTest::newRow("spaces only") << QStringLiteral("  ") << true << true;
    QTest::newRow("present") << QStringLiteral("QSXRMYY") << false << true;
  }
  void absentIssuer() {
    QFETCH(QString, otherIssuer);
    QFETCH(bool, idAndIssuer);
    QFETCH(bool, idOnly);
    StudyRecord c = current();
    c.issuerOfPatientId.clear();
    const StudyRecord other = candidate(c.patientId, otherIssuer, name(QStringLiteral("Li^Na")), QDate());
    QCOMPARE(isSamePatient(c, other, kIdAndIssuer), idAndIssuer);
    QCOMPARE(isSamePatient(c, other, kIdOnly), idOnly);
  }

  // What the rules must not take for "the same": empty values.
  void emptyValuesNeverMatch() {
    StudyRecord c = current();
    c.patientId = QStringLiteral("  ");
    c.issuerOfPatientId.clear();
    const StudyRecord noId = candidate({}, {}, name(QStringLiteral("Li^Na")), QDate());
    QVERIFY(!isSamePatient(c, noId, kIdAndIssuer));
    QVERIFY(!isSamePatient(c, noId, kIdOnly));
    StudyRecord unnamed = current();
    unnamed.patientName = PersonName();
    StudyRecord otherUnnamed = candidate(QStringLiteral("X1"), {}, PersonName(), unnamed.patientBirthDate);
    QVERIFY(!isSamePatient(unnamed, otherUnnamed, kNameAndBirth));
    QVERIFY(!namesMatch(PersonName(), PersonName()));
    QVERIFY(!namesMatch(name(QStringLiteral("^^^")), name(QStringLiteral("^"))));
  }

  void names_data() {
    QTest::addColumn<PersonName>("a");
    QTest::addColumn<PersonName>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << name("Li^Na") << name("Li^Na") << true;
    QTest::newRow("case") << name("li^na") << name("LI^NA") << true;
    QTest::newRow("spaces around components") << name(" Li ^ Na ") << name("Li^Na") << true;
    QTest::newRow("inner spaces collapsed") << name("Van  Dijk^Jan") << name("Van Dijk^Jan") << true;
    QTest::newRow("given name missing") << name("Li") << name("Li^Na") << false;
    QTest::newRow("components swapped") << name("Na^Li") << name("Li^Na") << false;
    QTest::newRow("caret is significant in Latin names") << name("LiNa") << name("Li^Na") << false;
    QTest::newRow("caret is not in Chinese names") << name("李娜") << name("李^娜") << true;
    QTest::newRow("ideographic against alphabetic group") << name("Li^Na", "李^娜") << name("李娜") << true;
    QTest::newRow("ideographic groups decide") << name("Li^Na", "李^娜") << name("Li^Na", "黎^娜") << false;
    QTest::newRow("pinyin only against both") << name("Li^Na", "李^娜") << name("LI^NA") << true;
    QTest::newRow("other characters, no pinyin") << name("李娜") << name("黎娜") << false;
  }
  void names() {
    QFETCH(PersonName, a);
    QFETCH(PersonName, b);
    QFETCH(bool, same);
    QCOMPARE(namesMatch(a, b), same);
    QCOMPARE(namesMatch(b, a), same);
  }

  void currentStudyLeftOutAndEachStudyOnce() {
    const StudyRecord c = current();
    const StudyRecord prior = dated(QStringLiteral("2.25.301"), QDate(2024, 5, 1));
    // Both searches of IdOrNameAndBirthDate find the prior; the current study is found too.
    const QList<StudyRecord> priors = matchPriors(c, {c, prior, prior, c}, kIdOrName);
    QCOMPARE(uids(priors), QStringList{QStringLiteral("2.25.301")});
  }

  void newestFirst() {
    const StudyRecord c = current();
    const QList<StudyRecord> found{
        dated(QStringLiteral("2.25.401"), QDate(2019, 2, 1)),
        dated(QStringLiteral("2.25.402"), QDate()),  // undated: last
        dated(QStringLiteral("2.25.403"), QDate(2025, 8, 9), QTime(8, 0)),
        dated(QStringLiteral("2.25.404"), QDate(2025, 8, 9), QTime(16, 30)),
        dated(QStringLiteral("2.25.405"), QDate(2025, 8, 9)),  // time unknown: after the timed ones that day
        dated(QStringLiteral("2.25.406"), QDate(2023, 12, 31)),
    };
    const QStringList expected{"2.25.404", "2.25.403", "2.25.405", "2.25.406", "2.25.401", "2.25.402"};
    for (PriorMatching rule : allPriorMatchings()) QCOMPARE(uids(matchPriors(c, found, rule)), expected);
    // Whatever order the archive answered in.
    QList<StudyRecord> reversed(found.rbegin(), found.rend());
    QCOMPARE(uids(matchPriors(c, reversed, kIdAndIssuer)), expected);
  }

  // The archive is asked broadly: by PatientID (never by issuer or name),
  // by birth date for the name rule; nothing when the study lacks the key.
  void queries_data() {
    QTest::addColumn<PriorMatching>("rule");
    QTest::addColumn<bool>("withId");
    QTest::addColumn<bool>("withBirthDate");
    QTest::addColumn<QStringList>("expected");  // "id" / "birth" per query
    QTest::newRow("ID and issuer") << kIdAndIssuer << true << true << QStringList{"id"};
    QTest::newRow("ID only") << kIdOnly << true << true << QStringList{"id"};
    QTest::newRow("name and birth date") << kNameAndBirth << true << true << QStringList{"birth"};
    QTest::newRow("ID or name") << kIdOrName << true << true << QStringList{"id", "birth"};
    QTest::newRow("ID or name, no ID") << kIdOrName << false << true << QStringList{"birth"};
    QTest::newRow("ID or name, no birth date") << kIdOrName << true << false << QStringList{"id"};
    QTest::newRow("name, no birth date") << kNameAndBirth << true << false << QStringList{};
    QTest::newRow("ID, no ID") << kIdAndIssuer << false << true << QStringList{};
  }
  void queries() {
    QFETCH(PriorMatching, rule);
    QFETCH(bool, withId);
    QFETCH(bool, withBirthDate);
    QFETCH(QStringList, expected);
    StudyRecord c = current();
    c.patientId = withId ? QStringLiteral(" QS0001 ") : QString();
    if (!withBirthDate) c.patientBirthDate = QDate();
    const QList<StudyQuery> queries = priorStudyQueries(c, rule);
    QCOMPARE(queries.size(), expected.size());
    for (int i = 0; i < queries.size(); ++i) {
      const QUrlQuery url = queries[i].toUrlQuery();
      QVERIFY(queries[i].limit > 0);  // paged
      QVERIFY(!url.hasQueryItem(QStringLiteral("00100021")));  // issuer: checked here
      QVERIFY(!url.hasQueryItem(QStringLiteral("00100010")));  // name: checked here
      if (expected[i] == QLatin1String("id")) {
        QCOMPARE(url.queryItemValue(QStringLiteral("00100020")), QStringLiteral("QS0001"));
        QVERIFY(!url.hasQueryItem(QStringLiteral("00100030")));
      } else {
        QCOMPARE(url.queryItemValue(QStringLiteral("00100030")), QStringLiteral("19600305"));
        QVERIFY(!url.hasQueryItem(QStringLiteral("00100020")));
      }
    }
  }

  void ruleNamesAndKeys() {
    QStringList names;
    QStringList keys;
    for (PriorMatching rule : allPriorMatchings()) {
      names << priorMatchingName(rule);
      keys << priorMatchingKey(rule);
      QCOMPARE(priorMatchingFromKey(priorMatchingKey(rule)), std::optional<PriorMatching>(rule));
    }
    QCOMPARE(allPriorMatchings().size(), 4);
    QCOMPARE(allPriorMatchings().first(), PriorMatching::PatientIdAndIssuer);  // the default first
    QCOMPARE(names.first(), QStringLiteral("Patient ID and issuer"));
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 4);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 4);
    QVERIFY(!priorMatchingFromKey(QStringLiteral("by-phase-of-moon")));
    QVERIFY(!priorMatchingFromKey(QString()));
  }
};

QTEST_GUILESS_MAIN(TestPriorMatching)
#include "test_prior_matching.moc"
