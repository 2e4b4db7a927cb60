// Prior studies found in the test archive under each matching rule. The
// test makes its own tiny studies (one demo CT slice each, re-stamped with
// DCMTK: new Study/Series/SOP Instance UIDs, Patient ID, Issuer of Patient
// ID, Patient Name, birth date, study date), with patient IDs and a birth
// date unique to this run so no other test's studies take part, uploads
// them, and deletes them at the end. For each rule findPriorStudies must
// answer exactly the expected studies, newest first.
//
// The archive is Orthanc: it keys patients by PatientID alone, so studies
// with one ID under two issuers share the patient-level attributes (name,
// birth date) of whichever arrived first; the studies here are made so that
// this does not decide any answer.

#include "cloudclient/PriorStudies.h"
#include "tests/cloudclient/ArchiveAdmin.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

using namespace yunyue;

namespace {

// One study to make: a key the test names it by, and what identifies the patient.
struct MadeStudy {
  QString key;
  QString patientId;
  QString issuer;       // empty: no IssuerOfPatientID
  QString patientName;  // DICOM PN, "Alphabetic=Ideographic"
  QDate birthDate;      // invalid: no PatientBirthDate
  QDate studyDate;
};

QString newUid() {
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
}

QString demoSlice() {
  QDirIterator it(qEnvironmentVariable("YUNYUE_TEST_DATA") + QStringLiteral("/ct-head"), {QStringLiteral("*.dcm")},
                  QDir::Files, QDirIterator::Subdirectories);
  return it.hasNext() ? it.next() : QString();
}

void put(DcmDataset* ds, const DcmTagKey& tag, const QString& value) {
  if (value.isEmpty()) ds->findAndDeleteElement(tag);
  else ds->putAndInsertString(tag, value.toUtf8().constData());
}

// The demo slice as a study of its own; its UID through *studyUid.
bool makeStudy(const QString& slice, const MadeStudy& m, const QString& out, QString* studyUid) {
  DcmFileFormat file;
  if (file.loadFile(slice.toLocal8Bit().constData()).bad()) return false;
  if (file.convertToUTF8().bad()) return false;  // the demo is GB18030; the names below are UTF-8
  DcmDataset* ds = file.getDataset();
  *studyUid = newUid();
  const QString sopUid = newUid();
  put(ds, DCM_StudyInstanceUID, *studyUid);
  put(ds, DCM_SeriesInstanceUID, newUid());
  put(ds, DCM_SOPInstanceUID, sopUid);
  put(ds, DCM_PatientID, m.patientId);
  put(ds, DCM_IssuerOfPatientID, m.issuer);
  put(ds, DCM_PatientName, m.patientName);
  put(ds, DCM_PatientBirthDate, m.birthDate.toString(QStringLiteral("yyyyMMdd")));
  put(ds, DCM_StudyDate, m.studyDate.toString(QStringLiteral("yyyyMMdd")));
  put(ds, DCM_StudyTime, QStringLiteral("101500"));
  put(ds, DCM_AccessionNumber, m.key.left(16));
  put(ds, DCM_StudyID, m.key.left(16));
  put(ds, DCM_StudyDescription, QStringLiteral("Prior test ") + m.key);
  put(ds, DCM_InstitutionName, QStringLiteral("青山县人民医院"));
  file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPInstanceUID, sopUid.toLatin1().constData());
  return file.saveFile(out.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good();
}

QByteArray contents(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dcmdump(const QString& file) {
  QProcess p;
  p.start(QStringLiteral("dcmdump"), {QStringLiteral("+U8"), QStringLiteral("-q"), file});
  p.waitForFinished(60000);
  return QString::fromUtf8(p.readAllStandardOutput());
}

}  // namespace

class TestPriorStudies : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QHash<QString, QString> m_uids;  // key -> StudyInstanceUID
  QHash<QString, QString> m_keys;  // StudyInstanceUID -> key
  QHash<QString, QString> m_ids;   // "A", "B", ... -> this run's patient ID
  QHash<QString, QString> m_patientIdOf;  // key -> PatientID

  // What the archive says about a study of ours (as the worklist would have it).
  StudyRecord archived(const QString& key) {
    DicomWebClient client(test::testCloudProfile());
    StudyQuery q;
    q.patientId = m_patientIdOf.value(key);
    QList<StudyRecord> found;
    bool done = false;
    client.searchStudies(q, [&](QList<StudyRecord> studies, CloudError) {
      found = studies;
      done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000)) qFatal("no QIDO answer");
    for (const StudyRecord& s : found)
      if (s.studyInstanceUid == m_uids.value(key)) return s;
    qFatal("study %s not in the archive", qPrintable(key));
  }

  QStringList findPriors(const ServerProfile& profile, const StudyRecord& current, PriorMatching rule,
                         CloudError* error) {
    DicomWebClient client(profile);
    QList<StudyRecord> priors;
    bool done = false;
    findPriorStudies(&client, current, rule, [&](QList<StudyRecord> found, CloudError e) {
      priors = found;
      *error = e;
      done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000)) qFatal("no answer from findPriorStudies");
    QStringList keys;
    for (const StudyRecord& s : priors) keys << m_keys.value(s.studyInstanceUid, s.studyInstanceUid);
    return keys;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString slice = demoSlice();
    QVERIFY2(!slice.isEmpty(), "no demo CT slice");
    // Unique to this run: patient IDs, and birth dates no demo patient has.
    const QString run = QString::number(QRandomGenerator::global()->bounded(1u << 30), 36).toUpper();
    for (const QString& p : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("Y")})
      m_ids[p] = QStringLiteral("PRIOR-%1-%2").arg(run, p);
    const QDate born = QDate(1901, 1, 1).addDays(QRandomGenerator::global()->bounded(18000));
    const QDate bornB = born.addDays(1);
    const QString zhangWei = QStringLiteral("Zhang^Wei=张^伟");
    const QString qs = QStringLiteral("QINGSHAN");
    const QString yx = QStringLiteral("YUNXI");
    const QList<MadeStudy> studies{
        // Patient A of Qingshan; "A-now" is the study on screen.
        {"A-now", m_ids["A"], qs, zhangWei, born, QDate(2026, 11, 20)},
        {"A-2025", m_ids["A"], qs, zhangWei, born, QDate(2025, 6, 1)},
        {"A-2024", m_ids["A"], qs, zhangWei, born, QDate(2024, 1, 15)},
        // The same ID issued by another hospital (the same person here, so
        // the name rule finds it too; Orthanc shares the patient anyway).
        {"A-yunxi", m_ids["A"], yx, zhangWei, born, QDate(2023, 5, 5)},
        // Other hospitals' IDs: only name and birth date can find these.
        {"Y1-han", m_ids["Y"] + "1", yx, QStringLiteral("张伟"), born, QDate(2022, 2, 2)},
        {"Y2-caps", m_ids["Y"] + "2", yx, QStringLiteral("ZHANG^WEI "), born, QDate(2021, 3, 3)},
        {"Y3-other-chars", m_ids["Y"] + "3", yx, QStringLiteral("Zhang^Wei=章^伟"), born, QDate(2020, 4, 4)},
        {"Y4-born", m_ids["Y"] + "4", yx, zhangWei, born.addYears(1), QDate(2019, 5, 5)},
        // Patient B: no issuer.
        {"B-now", m_ids["B"], {}, QStringLiteral("Li^Na=李^娜"), bornB, QDate(2026, 10, 10)},
        {"B-none", m_ids["B"], {}, QStringLiteral("Li^Na=李^娜"), bornB, QDate(2024, 4, 4)},
        {"B-qs", m_ids["B"], qs, QStringLiteral("Li^Na=李^娜"), bornB, QDate(2023, 3, 3)},
        // Patient C: no birth date, so name and birth date cannot match.
        {"C-now", m_ids["C"], qs, QStringLiteral("Wang^Fang=王^芳"), QDate(), QDate(2026, 9, 9)},
        {"C-2018", m_ids["C"], qs, QStringLiteral("Wang^Fang=王^芳"), QDate(), QDate(2018, 8, 8)},
    };
    test::ArchiveAdmin admin;
    for (const MadeStudy& m : studies) {
      const QString path = m_dir.filePath(QString::number(m_uids.size()) + ".dcm");
      QString uid;
      QVERIFY2(makeStudy(slice, m, path, &uid), qPrintable(m.key));
      QVERIFY2(admin.upload(contents(path)), qPrintable(m.key));
      m_uids[m.key] = uid;
      m_keys[uid] = m.key;
      m_patientIdOf[m.key] = m.patientId;
    }
    // dcmdump, an independent reader, sees what the test meant to make.
    const QString dump = dcmdump(m_dir.filePath("0.dcm"));
    QVERIFY2(dump.contains(QStringLiteral("[Zhang^Wei=张^伟]")), qPrintable(dump.left(3000)));
    QVERIFY2(dump.contains(QStringLiteral("[QINGSHAN]")), qPrintable(dump.left(3000)));
    QVERIFY2(dump.contains(QStringLiteral("[ISO_IR 192]")), qPrintable(dump.left(3000)));
  }

  void cleanupTestCase() {
    test::ArchiveAdmin admin;
    for (const QString& uid : qAsConst(m_uids)) admin.deleteStudy(uid);
  }

  // The archive gives back what the rules compare.
  void archiveAnswersTheIdentifiers() {
    const StudyRecord a = archived("A-yunxi");
    QCOMPARE(a.patientId, m_ids["A"]);
    QCOMPARE(a.issuerOfPatientId, QStringLiteral("YUNXI"));  // per study, though Orthanc shares the patient
    QCOMPARE(a.patientName.alphabetic, QStringLiteral("Zhang^Wei"));
    QCOMPARE(a.patientName.ideographic, QStringLiteral("张^伟"));
    QVERIFY(a.patientBirthDate.isValid());
    QCOMPARE(archived("B-now").issuerOfPatientId, QString());
    QVERIFY(!archived("C-now").patientBirthDate.isValid());
  }

  void rules_data() {
    QTest::addColumn<QString>("current");
    QTest::addColumn<int>("rule");
    QTest::addColumn<QStringList>("expected");
    const int idAndIssuer = int(PriorMatching::PatientIdAndIssuer);
    const int idOnly = int(PriorMatching::PatientIdOnly);
    const int nameAndBirth = int(PriorMatching::NameAndBirthDate);
    const int idOrName = int(PriorMatching::IdOrNameAndBirthDate);
    const QStringList byName{"A-2025", "A-2024", "A-yunxi", "Y1-han", "Y2-caps"};
    QTest::newRow("A, ID and issuer") << "A-now" << idAndIssuer << QStringList{"A-2025", "A-2024"};
    QTest::newRow("A, ID only") << "A-now" << idOnly << QStringList{"A-2025", "A-2024", "A-yunxi"};
    QTest::newRow("A, name and birth date") << "A-now" << nameAndBirth << byName;
    QTest::newRow("A, ID or name") << "A-now" << idOrName << byName;
    // From an older study: the newer ones are listed too (newest first).
    QTest::newRow("A from 2024, ID and issuer") << "A-2024" << idAndIssuer << QStringList{"A-now", "A-2025"};
    QTest::newRow("Y1 (another hospital), ID and issuer") << "Y1-han" << idAndIssuer << QStringList{};
    QTest::newRow("Y1, name and birth date")
        << "Y1-han" << nameAndBirth << QStringList{"A-now", "A-2025", "A-2024", "A-yunxi"};  // not pinyin-only Y2
    QTest::newRow("B without issuer, ID and issuer") << "B-now" << idAndIssuer << QStringList{"B-none"};
    QTest::newRow("B without issuer, ID only") << "B-now" << idOnly << QStringList{"B-none", "B-qs"};
    QTest::newRow("C without birth date, name") << "C-now" << nameAndBirth << QStringList{};
    QTest::newRow("C without birth date, ID or name") << "C-now" << idOrName << QStringList{"C-2018"};
  }
  void rules() {
    QFETCH(QString, current);
    QFETCH(int, rule);
    QFETCH(QStringList, expected);
    CloudError error;
    const QStringList found = findPriors(test::testCloudProfile(), archived(current), PriorMatching(rule), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message + " / " + error.detail));
    QCOMPARE(found, expected);
  }

  void refusedSearchIsAnError() {
    ServerProfile wrong = test::testCloudProfile();
    wrong.password = QStringLiteral("not-the-password");
    CloudError error;
    const QStringList found = findPriors(wrong, archived("A-now"), PriorMatching::IdOrNameAndBirthDate, &error);
    QCOMPARE(error.code, CloudErrorCode::AuthenticationFailed);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(found.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestPriorStudies)
#include "test_prior_studies.moc"
