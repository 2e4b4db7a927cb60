// The report editor and its crash-safe drafts: templates, typing, phrases,
// measurements, key images, autosave and restore; DraftStore's atomic
// replace, full disk, and drafts that survive kill -9 of the running editor.

#include "reporting/DraftStore.h"
#include "reporting/ReportJson.h"
#include "reporting/widgets/ReportEditor.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace yunyue;

namespace {

const QString kStudyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.77.1");
// The study draft_typist writes.
const QString kTypistStudyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.20261123.1");

ReportedStudy ctHead() {
  ReportedStudy s;
  s.studyUid = kStudyUid;
  s.patientName = QStringLiteral("张^三");
  s.modality = QStringLiteral("CT");
  s.bodyPart = QStringLiteral("HEAD");
  return s;
}

Observer author() { return {QStringLiteral("王^医生"), QStringLiteral("R042"), QStringLiteral("云阅远程影像诊断中心")}; }

QPlainTextEdit* section(const ReportEditor& editor, const char* key) {
  return editor.findChild<QPlainTextEdit*>(QLatin1String(key));
}

void clearAndType(QPlainTextEdit* edit, const QString& text) {
  QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
  QTest::keyClick(edit, Qt::Key_Delete);
  QTest::keyClicks(edit, text);
}

ReportMeasurement length(double mm) {
  ReportMeasurement m;
  m.label = QStringLiteral("病灶长径");
  m.conceptCode = QStringLiteral("410668003");
  m.conceptScheme = QStringLiteral("SCT");
  m.conceptMeaning = QStringLiteral("Length");
  m.value = mm;
  m.unitCode = QStringLiteral("mm");
  m.unitMeaning = QStringLiteral("millimeter");
  m.image = {kStudyUid, QStringLiteral("1.2.3.4"), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"),
             QStringLiteral("1.2.3.4.5"), 0};
  return m;
}

// A report with every field the draft keeps set to something unusual.
Report fullDraft() {
  Report r;
  r.study = ctHead();
  r.language = QStringLiteral("en");
  r.templateId = QStringLiteral("ct-head");
  r.technique = QStringLiteral("头颅CT平扫，层厚5mm。\n\"quoted\" \\ back\tslash");
  r.findings = QStringLiteral("右侧基底节区见低密度灶 😀 \u2028 end");
  r.impression = QStringLiteral("腔隙性脑梗死。");
  r.measurements << length(12.345678901234567);
  ReportMeasurement hu = length(-7.25);
  hu.label = QStringLiteral("CT值");
  hu.unitCode = QStringLiteral("[hnsf'U]");
  hu.image.frame = 3;
  r.measurements << hu;
  r.keyImages << ImageReference{kStudyUid, QStringLiteral("1.2.3.4"), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"),
                                QStringLiteral("1.2.3.4.6"), 2};
  r.author = author();
  r.observationDateTime = QDateTime(QDate(2026, 11, 23), QTime(10, 42, 13, 250), Qt::OffsetFromUTC, 8 * 3600);
  return r;
}

void compareDraftFields(const Report& got, const Report& want) {
  QCOMPARE(got.study.studyUid, want.study.studyUid);
  QCOMPARE(got.language, want.language);
  QCOMPARE(got.templateId, want.templateId);
  QCOMPARE(got.technique, want.technique);
  QCOMPARE(got.findings, want.findings);
  QCOMPARE(got.impression, want.impression);
  QCOMPARE(got.measurements, want.measurements);
  QCOMPARE(got.keyImages, want.keyImages);
  QCOMPARE(got.author, want.author);
  QCOMPARE(got.observationDateTime, want.observationDateTime);
}

// Lines "WORD N" printed by draft_typist; the last N of that word, or def.
qsizetype lastCount(const QByteArray& out, const char* word, qsizetype def = -2) {
  qsizetype n = def;
  for (const QByteArray& line : out.split('\n')) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() == 2 && parts[0] == word) n = parts[1].toLongLong();
  }
  return n;
}

class FileSizeLimit {  // RLIMIT_FSIZE: a disk that is full for this process
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    std::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead of killing us
    getrlimit(RLIMIT_FSIZE, &m_saved);
    rlimit limit = m_saved;
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
  }
  ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

 private:
  rlimit m_saved{};
};

}  // namespace

class TestReportEditor : public QObject {
  Q_OBJECT
  const int kTypingRate = 20;      // characters per second
  const int kAutosaveMs = 1000;    // in the kill tests
  QString m_typedText;             // what draft_typist types

 private slots:
  void initTestCase() {
    // 1800 characters of ASCII (keyClick types Latin-1): 90 s at 20 chars/s.
    const QString sentence = QStringLiteral(
        "Small lacunar infarct in the right basal ganglia, 6 mm; no haemorrhage. ");
    while (m_typedText.size() < 1800) m_typedText += sentence;
  }

  // --- DraftStore -----------------------------------------------------------
  void draftRoundTripsTheEditedFields() {
    QTemporaryDir dir;
    DraftStore store(dir.path() + QStringLiteral("/drafts"));  // created on first save
    const Report r = fullDraft();
    ReportingError error;
    QVERIFY2(store.save(r, &error), qPrintable(error.detail));
    Report back;
    QVERIFY(store.load(kStudyUid, &back, &error));
    compareDraftFields(back, r);
    QCOMPARE(store.list(), QStringList{kStudyUid});
    QVERIFY(store.remove(kStudyUid, &error));
    QVERIFY(!store.contains(kStudyUid));
    QVERIFY(!store.load(kStudyUid, &back, &error));
    QCOMPARE(error.code, ReportingError::Code::None);  // no draft is not an error
    QVERIFY(store.list().isEmpty());
  }

  void draftFileNameIsAHashNotTheUid_data() {
    QTest::addColumn<QString>("studyUid");
    QTest::newRow("uid") << kStudyUid;
    QTest::newRow("path traversal") << QStringLiteral("../../etc/passwd");
    QTest::newRow("separators") << QStringLiteral("a/b\\c:d*?\"<>|");
  }
  void draftFileNameIsAHashNotTheUid() {
    QFETCH(QString, studyUid);
    QTemporaryDir dir;
    DraftStore store(dir.path());
    Report r = fullDraft();
    r.study.studyUid = studyUid;
    QVERIFY(store.save(r, nullptr));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    QCOMPARE(files.size(), 1);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}\\.json$")).match(files[0]).hasMatch(),
             qPrintable(files[0]));
    QCOMPARE(store.list(), QStringList{studyUid});
  }

  void fullDiskKeepsThePreviousDraft() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    Report previous = fullDraft();
    QVERIFY(store.save(previous, nullptr));
    const qint64 previousSize = QFileInfo(store.filePath(kStudyUid)).size();
    Report next = previous;
    next.findings = QString(100000, QLatin1Char('x'));
    ReportingError error;
    {
      FileSizeLimit full(rlim_t(previousSize + 100));
      QVERIFY(!store.save(next, &error));
    }
    QCOMPARE(error.code, ReportingError::Code::DraftUnwritable);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    Report back;
    QVERIFY(store.load(kStudyUid, &back, nullptr));
    compareDraftFields(back, previous);
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(store.save(next, &error));  // room again: saves
  }

  void unwritableDirectory() {
    // A folder below a plain file cannot exist, whoever runs the test (even root).
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    DraftStore store(plain.fileName() + QStringLiteral("/drafts"));
    ReportingError error;
    QVERIFY(!store.save(fullDraft(), &error));
    QCOMPARE(error.code, ReportingError::Code::DraftUnwritable);
    QVERIFY(!error.message.isEmpty());
  }

  void damagedDraftIsReportedNotTrusted_data() {
    QTest::addColumn<QByteArray>("bytes");
    Report other = fullDraft();
    other.study.studyUid = QStringLiteral("9.9");
    const QByteArray otherStudy = QJsonDocument(reportToJson(other)).toJson();
    QTest::newRow("torn") << otherStudy.left(otherStudy.size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other study") << otherStudy;
    QTest::newRow("other format") << QByteArray("{\"studyUid\":\"1.2.826.0.1.3680043.8.498.77.1\"}");
  }
  void damagedDraftIsReportedNotTrusted() {
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QFile f(store.filePath(kStudyUid));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    Report back;
    ReportingError error;
    QVERIFY(!store.load(kStudyUid, &back, &error));
    QVERIFY(error.isError());
    QVERIFY(store.list().isEmpty());
    // The editor reports it and keeps the damaged bytes aside before autosave overwrites them.
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    QVERIFY(!editor.restoredFromDraft());
    QCOMPARE(editor.statusText(), error.message);
    QVERIFY(!store.contains(kStudyUid));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(QDir(dir.path()).filePath(aside[0]));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
  }

  // kill -9 in the middle of saves: the file is always one whole draft.
  void killDuringSaveLeavesOldOrNewDraft() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    for (int round = 0; round < 12; ++round) {
      QProcess hammer;
      hammer.start(QStringLiteral(DRAFT_TYPIST), {QStringLiteral("--hammer"), dir.path()});
      QVERIFY(hammer.waitForStarted());
      QByteArray out;
      QTRY_VERIFY_WITH_TIMEOUT((out += hammer.readAllStandardOutput()).contains("saved 3"), 20000);
      QTest::qWait(QRandomGenerator::global()->bounded(20, 400));
      QCOMPARE(hammer.state(), QProcess::Running);
      hammer.kill();  // SIGKILL
      QVERIFY(hammer.waitForFinished());
      Report back;
      ReportingError error;
      QVERIFY2(store.load(kTypistStudyUid, &back, &error), qPrintable(error.detail));
      const bool a = back.findings == QString(200000, QLatin1Char('A'));
      const bool b = back.findings == QString(300000, QLatin1Char('B'));
      QVERIFY2(a || b, qPrintable(QStringLiteral("round %1: findings of %2 chars").arg(round).arg(back.findings.size())));
    }
  }

  // --- ReportEditor ---------------------------------------------------------
  void templatePreselectedForCtHead_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("findingsStart");
    QTest::newRow("zh_CN") << "zh_CN" << QStringList{"检查方法", "影像所见", "诊断意见"} << "脑实质内未见异常密度影";
    QTest::newRow("en") << "en" << QStringList{"Technique", "Findings", "Impression"} << "No abnormal density";
  }
  void templatePreselectedForCtHead() {
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    QFETCH(QString, findingsStart);
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), language);
    QVERIFY(!editor.restoredFromDraft());
    auto* chooser = editor.findChild<QComboBox*>(QStringLiteral("templateChooser"));
    QCOMPARE(chooser->currentData().toString(), QStringLiteral("ct-head"));
    QCOMPARE(editor.report().templateId, QStringLiteral("ct-head"));
    QStringList titled;  // the section titles: the labels of the text areas
    for (QLabel* label : editor.findChildren<QLabel*>())
      if (qobject_cast<QPlainTextEdit*>(label->buddy())) titled << label->text();
    QCOMPARE(titled, titles);
    QVERIFY(editor.report().findings.startsWith(findingsStart));
    QCOMPARE(editor.report().author, author());
    QCOMPARE(editor.report().study.studyUid, kStudyUid);
    auto* authorField = editor.findChild<QLineEdit*>(QStringLiteral("author"));
    QVERIFY(authorField->isReadOnly());
    QCOMPARE(authorField->text(), QStringLiteral("王医生"));
  }

  void switchingTemplateKeepsWhatWasTyped() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    clearAndType(section(editor, "impression"), QStringLiteral("Lacunar infarct."));
    auto* chooser = editor.findChild<QComboBox*>(QStringLiteral("templateChooser"));
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("mr-head")));
    QCOMPARE(editor.report().templateId, QStringLiteral("mr-head"));
    QCOMPARE(editor.report().impression, QStringLiteral("Lacunar infarct."));  // typed: kept
    QVERIFY(!editor.report().findings.startsWith(QStringLiteral("No abnormal density")));  // untouched: replaced
  }

  void typingEndsUpInReport() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    clearAndType(section(editor, "technique"), QStringLiteral("Non-contrast CT, 5 mm."));
    clearAndType(section(editor, "findings"), QStringLiteral("Small lacunar infarct, right basal ganglia."));
    QTest::keyClicks(section(editor, "impression"), QStringLiteral(" Follow-up."));
    const Report r = editor.report();
    QCOMPARE(r.technique, QStringLiteral("Non-contrast CT, 5 mm."));
    QCOMPARE(r.findings, QStringLiteral("Small lacunar infarct, right basal ganglia."));
    QCOMPARE(r.impression, QStringLiteral("No abnormality on non-contrast CT of the head. Follow-up."));
  }

  void snippetInsertsAtTheCursor() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("zh_CN"));
    QVERIFY(editor.snippets().contains(QStringLiteral("中线结构居中。")));
    QPlainTextEdit* findings = section(editor, "findings");
    clearAndType(findings, QStringLiteral("AB"));
    QTest::keyClick(findings, Qt::Key_Left);  // cursor between A and B
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("snippets"));
    const QList<QListWidgetItem*> items = list->findItems(QStringLiteral("中线结构居中。"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    list->setCurrentItem(items[0]);
    QTest::keyClick(list, Qt::Key_Return);  // activates the phrase
    QCOMPARE(editor.report().findings, QStringLiteral("A中线结构居中。B"));

    ReportedStudy mrHead = ctHead();
    mrHead.studyUid += QStringLiteral(".2");
    mrHead.modality = QStringLiteral("MR");
    editor.openStudy(mrHead, author(), QStringLiteral("en"));
    QVERIFY(editor.snippets().contains(QStringLiteral("Restricted diffusion on DWI.")));
    QVERIFY(!editor.snippets().contains(QStringLiteral("Midline structures central.")));
  }

  void measurementGoesIntoFindingsAndList() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("zh_CN"));
    clearAndType(section(editor, "findings"), QStringLiteral("X"));
    const ReportMeasurement m = length(12.34);
    editor.insertMeasurement(m);
    ReportMeasurement hu = length(-7.0);
    hu.label = QStringLiteral("CT值");
    hu.unitCode = QStringLiteral("[hnsf'U]");
    editor.insertMeasurement(hu);
    QCOMPARE(editor.report().findings, QStringLiteral("X病灶长径: 12.3 mmCT值: -7 HU"));
    QCOMPARE(editor.report().measurements, (QList<ReportMeasurement>{m, hu}));
  }

  void keyImagesListedAndRemovable() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("zh_CN"));
    const ImageReference a{kStudyUid, "1.2.3", "1.2.840.10008.5.1.4.1.1.2", "1.2.3.1", 0};
    const ImageReference b{kStudyUid, "1.2.3", "1.2.840.10008.5.1.4.1.1.2", "1.2.3.2", 0};
    editor.addKeyImage(a, QStringLiteral("Se 2 Im 10"));
    editor.addKeyImage(b, QStringLiteral("Se 2 Im 11"));
    auto* list = editor.findChild<QListWidget*>(QStringLiteral("keyImages"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(), QStringLiteral("Se 2 Im 11"));
    list->setCurrentRow(0);
    QTest::mouseClick(editor.findChild<QPushButton*>(QStringLiteral("removeKeyImage")), Qt::LeftButton);
    QCOMPARE(editor.report().keyImages, QList<ImageReference>{b});
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Se 2 Im 11"));
  }

  void autosaveWritesAfterTheInterval() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    QCOMPARE(editor.autosaveInterval(), 3000);  // the default
    editor.setAutosaveInterval(300);
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    QVERIFY(!store.contains(kStudyUid));  // opening writes nothing
    QSignalSpy saved(&editor, &ReportEditor::draftSaved);
    clearAndType(section(editor, "findings"), QStringLiteral("Autosaved text."));
    QVERIFY(!store.contains(kStudyUid));  // not before the timer (no event loop ran)
    QTRY_VERIFY_WITH_TIMEOUT(store.contains(kStudyUid), 10000);
    Report back;
    QVERIFY(store.load(kStudyUid, &back, nullptr));
    QCOMPARE(back.findings, QStringLiteral("Autosaved text."));
    QCOMPARE(saved.count(), 1);  // the keys were all one change burst
    QVERIFY2(editor.statusText().startsWith(QStringLiteral("Draft saved ")), qPrintable(editor.statusText()));
    QVERIFY(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d$")).match(editor.statusText()).hasMatch());
    QTest::qWait(600);
    QCOMPARE(saved.count(), 1);  // nothing changed: nothing written
  }

  void leavingASectionSavesAtOnce() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.setAutosaveInterval(3600 * 1000);  // the timer plays no part here
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QPlainTextEdit* findings = section(editor, "findings");
    findings->setFocus();
    QTRY_VERIFY(findings->hasFocus());
    QTest::keyClicks(findings, QStringLiteral(" Then tab."));
    QVERIFY(!store.contains(kStudyUid));
    QTest::keyClick(findings, Qt::Key_Tab);  // focus moves to the next field
    QTRY_VERIFY(!findings->hasFocus());
    QVERIFY(store.contains(kStudyUid));
    Report back;
    QVERIFY(store.load(kStudyUid, &back, nullptr));
    QVERIFY(back.findings.endsWith(QStringLiteral(" Then tab.")));
  }

  void sectionTitlesWithoutATemplate() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    ReportedStudy pet = ctHead();
    pet.studyUid += QStringLiteral(".3");
    pet.modality = QStringLiteral("PT");  // no PET template ships
    editor.openStudy(pet, author(), QStringLiteral("en"));
    QCOMPARE(editor.report().templateId, QString());
    QCOMPARE(editor.report().findings, QString());
    QStringList titled;
    for (QLabel* label : editor.findChildren<QLabel*>())
      if (qobject_cast<QPlainTextEdit*>(label->buddy())) titled << label->text();
    QCOMPARE(titled, (QStringList{"Technique", "Findings", "Impression"}));
  }

  void reopeningTheStudyRestoresTheDraft() {
    QTemporaryDir dir;
    DraftStore store(dir.path());
    Report written;
    {
      ReportEditor editor(&store);
      editor.openStudy(ctHead(), author(), QStringLiteral("en"));
      clearAndType(section(editor, "findings"), QStringLiteral("Restored findings."));
      editor.insertMeasurement(length(6));
      editor.addKeyImage({kStudyUid, "1.2.3", "1.2.840.10008.5.1.4.1.1.2", "1.2.3.1", 0}, QStringLiteral("Se 2 Im 10"));
      written = editor.report();
      editor.close();  // saves on close, without waiting for the timer
      QVERIFY(store.contains(kStudyUid));
    }
    ReportEditor again(&store);
    again.openStudy(ctHead(), Observer{QStringLiteral("Other^Reader"), {}, {}}, QStringLiteral("zh_CN"));
    QVERIFY(again.restoredFromDraft());
    QVERIFY2(again.statusText().startsWith(QStringLiteral("Draft restored")), qPrintable(again.statusText()));
    const Report r = again.report();
    QCOMPARE(r.findings, QStringLiteral("Restored findings.病灶长径: 6 mm"));
    QCOMPARE(r.technique, written.technique);
    QCOMPARE(r.impression, written.impression);
    QCOMPARE(r.measurements, written.measurements);
    QCOMPARE(r.keyImages, written.keyImages);
    QCOMPARE(r.language, QStringLiteral("en"));  // the draft's language
    QCOMPARE(r.author, author());                // the draft's author
    QCOMPARE(again.findChild<QListWidget*>(QStringLiteral("keyImages"))->count(), 1);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("templateChooser"))->currentData().toString(),
             QStringLiteral("ct-head"));
  }

  void saveErrorShownInStatusLine() {
    QTemporaryDir dir;
    QFile plain(dir.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    DraftStore store(plain.fileName() + QStringLiteral("/drafts"));
    ReportEditor editor(&store);
    editor.openStudy(ctHead(), author(), QStringLiteral("en"));
    QSignalSpy failed(&editor, &ReportEditor::draftSaveFailed);
    QTest::keyClicks(section(editor, "findings"), QStringLiteral("x"));
    QVERIFY(!editor.saveDraft());
    QCOMPARE(failed.count(), 1);
    const ReportingError error = failed.at(0).at(0).value<ReportingError>();
    QCOMPARE(error.code, ReportingError::Code::DraftUnwritable);
    QCOMPARE(editor.statusText(), error.message);
  }

  // --- kill -9 while typing ---------------------------------------------------
  void killWhileTypingLosesAtMostOneInterval() {
    QTemporaryDir dir;
    const QString textPath = dir.filePath(QStringLiteral("text.txt"));
    {
      QFile f(textPath);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(m_typedText.toUtf8());
    }
    const QString draftDir = dir.filePath(QStringLiteral("drafts"));
    DraftStore store(draftDir);
    // The most a kill may cost: what is typed in one interval plus a second.
    const qsizetype maxLag = qsizetype((kAutosaveMs / 1000.0 + 1.0) * kTypingRate);
    qsizetype previous = -1;
    for (int round = 0; round < 4; ++round) {
      QProcess typist;
      typist.start(QStringLiteral(DRAFT_TYPIST),
                   {draftDir, textPath, QString::number(kAutosaveMs), QString::number(kTypingRate)});
      QVERIFY(typist.waitForStarted());
      QByteArray out;
      QTRY_VERIFY_WITH_TIMEOUT((out += typist.readAllStandardOutput()).contains("restored"), 20000);
      QTest::qWait(QRandomGenerator::global()->bounded(1500, 5000));
      QCOMPARE(typist.state(), QProcess::Running);
      typist.kill();  // SIGKILL: no destructor, no close event, no autosave
      QVERIFY(typist.waitForFinished());
      out += typist.readAllStandardOutput();  // what it printed before it died
      const qsizetype restored = lastCount(out, "restored");
      const qsizetype typed = lastCount(out, "typed");
      QCOMPARE(restored, previous);  // each round goes on from the last draft
      QVERIFY2(typed > 0, out.constData());

      Report draft;
      ReportingError error;
      QVERIFY2(store.load(kTypistStudyUid, &draft, &error),
               qPrintable(error.detail));
      const qsizetype saved = draft.findings.size();
      QVERIFY2(m_typedText.startsWith(draft.findings), qPrintable(draft.findings.right(40)));
      QVERIFY(saved <= typed);  // the typist prints each key before anything can save it
      QVERIFY2(typed - saved <= maxLag,
               qPrintable(QStringLiteral("round %1: typed %2, draft has %3").arg(round).arg(typed).arg(saved)));
      qInfo("round %d: killed after %lld characters, draft has %lld", round, static_cast<long long>(typed),
            static_cast<long long>(saved));
      previous = saved;
    }
    // Started again on the same drafts, the editor reopens the last one.
    QProcess reopen;
    reopen.start(QStringLiteral(DRAFT_TYPIST), {QStringLiteral("--restore-only"), draftDir, textPath});
    QVERIFY(reopen.waitForFinished(20000));
    QCOMPARE(reopen.exitCode(), 0);
    QCOMPARE(lastCount(reopen.readAllStandardOutput(), "restored"), previous);
  }
};

QTEST_MAIN(TestReportEditor)
#include "test_report_editor.moc"
