// Peer-review scores (RADPEER) <-> DICOM SR, and the per-reader summary.
// Independent checkers: DCMTK's dsrdump and dicom3tools' dciodvfy read the
// files; the diagnostic report codec must refuse a score and vice versa.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include "reporting/PeerReview.h"
#include "reporting/ReportSr.h"

using namespace yunyue;

namespace {

const char* const kCtImage = "1.2.840.10008.5.1.4.1.1.2";
const char* const kComprehensiveSr = "1.2.840.10008.5.1.4.1.1.88.33";
const QString kStudy = QStringLiteral("1.2.826.0.1.3680043.9.7777.21");

ImageReference ref(const QString& series, const QString& instance, const char* sopClass) {
  ImageReference r;
  r.studyUid = kStudy;
  r.seriesUid = series;
  r.sopClassUid = QString::fromLatin1(sopClass);
  r.sopInstanceUid = instance;
  return r;
}

// A review with every field set; Chinese or English text.
PeerReview fullReview(bool chinese, RadpeerScore score, const QDateTime& when) {
  PeerReview p;
  ReportedStudy& s = p.study;
  s.studyUid = kStudy;
  s.patientName = chinese ? QStringLiteral("张^三") : QStringLiteral("Zhang^San");
  s.patientId = QStringLiteral("P-0042");
  s.issuerOfPatientId = chinese ? QStringLiteral("县人民医院") : QStringLiteral("County Hospital");
  s.patientBirthDate = QStringLiteral("19580312");
  s.patientSex = QStringLiteral("M");
  s.accessionNumber = QStringLiteral("A20261123001");
  s.studyDate = QStringLiteral("20261122");
  s.studyTime = QStringLiteral("101530");
  s.studyDescription = chinese ? QStringLiteral("胸部CT平扫") : QStringLiteral("CT chest plain");
  s.studyId = QStringLiteral("S77");
  s.referringPhysician = chinese ? QStringLiteral("李^四") : QStringLiteral("Li^Si");
  s.modality = QStringLiteral("CT");
  s.bodyPart = QStringLiteral("CHEST");
  const QString images = kStudy + QStringLiteral(".1");
  s.evidence = {ref(images, images + ".1", kCtImage), ref(images, images + ".2", kCtImage)};
  const QString reports = kStudy + QStringLiteral(".999");
  p.reviewedReport = ref(reports, reports + ".1", kComprehensiveSr);
  p.reviewedAuthor = {chinese ? QStringLiteral("王^医生") : QStringLiteral("Wang^Yi"), QStringLiteral("R042"),
                      chinese ? QStringLiteral("云阅远程影像诊断中心") : QStringLiteral("Yunyue Remote Reading Center")};
  p.reviewer = {chinese ? QStringLiteral("赵^主任") : QStringLiteral("Zhao^Wei"), QStringLiteral("R007"),
                p.reviewedAuthor.organisation};
  p.score = score;
  p.comment = chinese ? QStringLiteral("右肺上叶8毫米结节未报告。\n建议补充报告并随访。")
                      : QStringLiteral("8 mm nodule in the right upper lobe not reported.\nAddendum advised.");
  p.reviewDateTime = when;
  p.sampleDate = QDate(2026, 11, 23);
  p.samplePercent = 2.5;
  p.sampleSeed = 18446744073709551557ULL;  // above 2^63: must not pass through a signed or a double
  return p;
}

QDateTime beijing() { return QDateTime(QDate(2026, 11, 23), QTime(16, 5, 9, 321), Qt::OffsetFromUTC, 8 * 3600); }

QByteArray encoded(PeerReview* review) {
  QByteArray bytes;
  ReportingError error;
  if (!encodePeerReviewSr(review, &bytes, &error))
    qWarning("encodePeerReviewSr: %s / %s", qPrintable(error.message), qPrintable(error.detail));
  return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return !bytes.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct ToolRun {
  int exitCode = -1;
  QString out, err;
};

ToolRun runTool(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  ToolRun run;
  if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
    run.err = program + QStringLiteral(": ") + p.errorString();
    return run;
  }
  run.exitCode = p.exitCode();
  run.out = QString::fromUtf8(p.readAllStandardOutput());
  run.err = QString::fromUtf8(p.readAllStandardError());
  return run;
}

// Terminal columns as the test counts them: CJK ideographs and fullwidth
// forms take two, everything the tests print otherwise one.
int columns(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1;
}
int columns(const QString& s) {
  int width = 0;
  for (const char32_t c : s.toUcs4()) width += columns(c);
  return width;
}

// The terminal column where each run of non-blanks in a line ends.
QList<int> fieldEnds(const QString& line) {
  QList<int> ends;
  int column = 0;
  const QList<uint> chars = line.toUcs4();
  for (int i = 0; i < chars.size(); ++i) {
    column += columns(char32_t(chars[i]));
    const bool blankNext = i + 1 == chars.size() || chars[i + 1] == ' ';
    if (chars[i] != ' ' && blankNext) ends << column;
  }
  return ends;
}

PeerReview scored(const QString& reader, RadpeerScore score) {
  PeerReview p;
  p.reviewedAuthor.name = reader;
  p.score = score;
  return p;
}

}  // namespace

class TestPeerReview : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_tmp;

 private slots:
  void radpeerCodes() {
    const QList<QPair<RadpeerScore, QString>> all{{RadpeerScore::Agree, "1"},
                                                  {RadpeerScore::MinorDiscrepancy2a, "2a"},
                                                  {RadpeerScore::SignificantDiscrepancy2b, "2b"},
                                                  {RadpeerScore::Discrepancy3a, "3a"},
                                                  {RadpeerScore::SignificantDiscrepancy3b, "3b"}};
    QStringList meanings;
    for (const auto& [score, code] : all) {
      QCOMPARE(radpeerCode(score), code);
      RadpeerScore back = RadpeerScore::Agree;
      QVERIFY(radpeerFromCode(code, &back));
      QCOMPARE(back, score);
      QVERIFY(radpeerFromCode(code.toUpper(), &back));
      QCOMPARE(back, score);
      QVERIFY(!radpeerMeaning(score).isEmpty());
      meanings << radpeerMeaning(score);
    }
    meanings.removeDuplicates();
    QCOMPARE(meanings.size(), 5);
    for (const char* bad : {"", "0", "2", "2c", "4", "1a", "3bb"}) {
      RadpeerScore untouched = RadpeerScore::Discrepancy3a;
      QVERIFY2(!radpeerFromCode(QString::fromLatin1(bad), &untouched), bad);
      QCOMPARE(untouched, RadpeerScore::Discrepancy3a);
    }
  }

  void roundTrip_data() {
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<int>("score");
    QTest::addColumn<QDateTime>("when");
    QTest::newRow("zh 1") << true << int(RadpeerScore::Agree) << beijing();
    QTest::newRow("zh 2a") << true << int(RadpeerScore::MinorDiscrepancy2a) << beijing();
    QTest::newRow("zh 2b") << true << int(RadpeerScore::SignificantDiscrepancy2b) << beijing();
    QTest::newRow("zh 3a") << true << int(RadpeerScore::Discrepancy3a) << beijing();
    QTest::newRow("en 3b") << false << int(RadpeerScore::SignificantDiscrepancy3b) << beijing();
    // Offsets DCMTK refuses in a DT (hours 00) come back through TimezoneOffsetFromUTC.
    QTest::newRow("en UTC") << false << int(RadpeerScore::SignificantDiscrepancy2b)
                            << QDateTime(QDate(2026, 11, 23), QTime(8, 5, 9, 7), Qt::UTC);
    QTest::newRow("en -00:30") << false << int(RadpeerScore::Agree)
                               << QDateTime(QDate(2026, 1, 2), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -1800);
    QTest::newRow("en -05:00") << false << int(RadpeerScore::Discrepancy3a)
                               << QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::OffsetFromUTC, -5 * 3600);
  }
  void roundTrip() {
    QFETCH(bool, chinese);
    QFETCH(int, score);
    QFETCH(QDateTime, when);
    PeerReview review = fullReview(chinese, RadpeerScore(score), when);
    const QByteArray bytes = encoded(&review);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(review.srSeriesUid.startsWith(QLatin1String(SITE_SERIES_UID_ROOT)));
    QVERIFY(review.srInstanceUid.startsWith(QLatin1String(SITE_INSTANCE_UID_ROOT)));
    QVERIFY(review.srSeriesUid != review.reviewedReport.seriesUid);

    PeerReview decoded;
    ReportingError error;
    QVERIFY2(decodePeerReviewSr(bytes, &decoded, &error), qPrintable(error.message + " / " + error.detail));
    QVERIFY(!error.isError());
    QCOMPARE(decoded.srSeriesUid, review.srSeriesUid);
    QCOMPARE(decoded.srInstanceUid, review.srInstanceUid);
    const ReportedStudy& a = decoded.study;
    const ReportedStudy& b = review.study;
    QCOMPARE(a.studyUid, b.studyUid);
    QCOMPARE(a.patientName, b.patientName);
    QCOMPARE(a.patientId, b.patientId);
    QCOMPARE(a.issuerOfPatientId, b.issuerOfPatientId);
    QCOMPARE(a.patientBirthDate, b.patientBirthDate);
    QCOMPARE(a.patientSex, b.patientSex);
    QCOMPARE(a.accessionNumber, b.accessionNumber);
    QCOMPARE(a.studyDate, b.studyDate);
    QCOMPARE(a.studyTime, b.studyTime);
    QCOMPARE(a.studyDescription, b.studyDescription);
    QCOMPARE(a.studyId, b.studyId);
    QCOMPARE(a.referringPhysician, b.referringPhysician);
    QCOMPARE(a.modality, b.modality);
    QCOMPARE(a.bodyPart, b.bodyPart);
    QCOMPARE(a.evidence, b.evidence);
    QCOMPARE(decoded.reviewedReport, review.reviewedReport);
    QCOMPARE(decoded.reviewedAuthor, review.reviewedAuthor);
    QCOMPARE(decoded.reviewer, review.reviewer);
    QCOMPARE(decoded.score, review.score);
    QCOMPARE(decoded.comment, review.comment);
    QCOMPARE(decoded.reviewDateTime, review.reviewDateTime);
    QCOMPARE(decoded.reviewDateTime.offsetFromUtc(), review.reviewDateTime.offsetFromUtc());
    QCOMPARE(decoded.reviewDateTime.time().msec(), review.reviewDateTime.time().msec());
    QCOMPARE(decoded.sampleDate, review.sampleDate);
    QCOMPARE(decoded.samplePercent, review.samplePercent);
    QCOMPARE(decoded.sampleSeed, review.sampleSeed);

    // The same review gives the same bytes (its identity is filled in now).
    QCOMPARE(encoded(&review), bytes);
  }

  // A percentage with more digits than a DS holds comes back exactly, and
  // an empty comment and no evidence are fine.
  void minimalReview() {
    PeerReview review = fullReview(false, RadpeerScore::Agree, beijing());
    review.study.evidence.clear();
    review.comment.clear();
    review.samplePercent = 100.0 / 3.0;
    review.sampleSeed = 0;
    PeerReview decoded;
    ReportingError error;
    QVERIFY2(decodePeerReviewSr(encoded(&review), &decoded, &error), qPrintable(error.detail));
    QVERIFY(decoded.study.evidence.isEmpty());
    QVERIFY(decoded.comment.isEmpty());
    QCOMPARE(decoded.samplePercent, 100.0 / 3.0);
    QCOMPARE(decoded.sampleSeed, quint64(0));
    QCOMPARE(decoded.reviewedReport, review.reviewedReport);
  }

  void encodeRejects_data() {
    QTest::addColumn<int>("damage");
    QTest::newRow("no study") << 0;
    QTest::newRow("reviewed report without SOP Class UID") << 1;
    QTest::newRow("reviewed report without SOP Instance UID") << 2;
    QTest::newRow("percentage not a number") << 3;
    QTest::newRow("evidence without SOP Instance UID") << 4;
    QTest::newRow("score off the scale") << 5;
  }
  void encodeRejects() {
    QFETCH(int, damage);
    PeerReview review = fullReview(true, RadpeerScore::Discrepancy3a, beijing());
    switch (damage) {
      case 0: review.study.studyUid.clear(); break;
      case 1: review.reviewedReport.sopClassUid.clear(); break;
      case 2: review.reviewedReport.sopInstanceUid.clear(); break;
      case 3: review.samplePercent = std::numeric_limits<double>::quiet_NaN(); break;
      case 4: review.study.evidence[1].sopInstanceUid.clear(); break;
      case 5: review.score = RadpeerScore(9); break;
    }
    const PeerReview before = review;
    QByteArray bytes("untouched");
    ReportingError error;
    QVERIFY(!encodePeerReviewSr(&review, &bytes, &error));
    QCOMPARE(error.code, ReportingError::Code::EncodeFailed);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(bytes, QByteArray("untouched"));
    QVERIFY(review.srInstanceUid == before.srInstanceUid);
  }

  // DCMTK's dsrdump reads the file without a complaint and shows the score,
  // the comment and the reviewed report.
  void dsrdumpReadsIt() {
    PeerReview review = fullReview(true, RadpeerScore::SignificantDiscrepancy2b, beijing());
    const QString path = m_tmp.filePath(QStringLiteral("dsrdump.dcm"));
    QVERIFY(writeFile(path, encoded(&review)));
    const ToolRun run = runTool(QStringLiteral("dsrdump"),
                                {QStringLiteral("-v"), QStringLiteral("+Pl"), QStringLiteral("+Pc"),
                                 QStringLiteral("+Pu"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // DCMTK 3.6.7 says for every ISO_IR 192 file that its VR checker cannot
    // check UTF-8; that is about DCMTK, any other W:/E: is about us.
    QString complaints = run.err + run.out;
    complaints.remove(
        QStringLiteral("W: The VR checker does not support this Specific Character Set: ISO_IR 192\n"));
    QVERIFY2(!complaints.contains(QRegularExpression(QStringLiteral("^[WE]: "), QRegularExpression::MultilineOption)),
             qPrintable(complaints.left(3000)));
    for (const char* shown :
         {R"(Comprehensive SR Document)", R"(<CONTAINER:(PEER-REVIEW,99YUNYUE,"Radiology peer review")=SEPARATE>)",
          R"(<contains CODE:(RADPEER-SCORE,99YUNYUE,"RADPEER score")=(2b,99YUNYUE,"Understandable miss, likely clinically significant")>)",
          R"(<has obs context CODE:(121005,DCM,"Observer Type")=(121006,DCM,"Person")>)",
          R"(<has obs context PNAME:(121008,DCM,"Person Observer Name")="赵^主任">)",
          R"(<contains CONTAINER:(REVIEWED-AUTHOR,99YUNYUE,"Author of the reviewed report")=SEPARATE>)",
          R"(<contains PNAME:(121008,DCM,"Person Observer Name")="王^医生">)",
          R"(<contains DATE:(SAMPLE-DATE,99YUNYUE,"Spot check sample date")="20261123">)",
          R"(<contains NUM:(SAMPLE-PERCENT,99YUNYUE,"Spot check sample percentage")="2.5" (%,UCUM,"percent")>)",
          R"(<contains TEXT:(SAMPLE-SEED,99YUNYUE,"Spot check sample seed")="18446744073709551557">)",
          R"(<contains TEXT:(121106,DCM,"Comment")=)", "右肺上叶8毫米结节未报告。",
          R"(<contains COMPOSITE:(REVIEWED-REPORT,99YUNYUE,"Reviewed report")=)",
          "Completion Flag     : COMPLETE", "Verification Flag   : UNVERIFIED"})
      QVERIFY2(run.out.contains(QString::fromUtf8(shown)),
               qPrintable(QString::fromUtf8(shown) + "\n" + run.out.mid(run.out.indexOf("<CONTAINER"))));
    QVERIFY2(run.out.contains(review.reviewedReport.sopInstanceUid), qPrintable(run.out.left(4000)));
  }

  // dicom3tools' dciodvfy finds no error in the IOD (warnings are shown).
  void dciodvfyFindsNoError_data() {
    QTest::addColumn<bool>("chinese");
    QTest::newRow("zh_CN") << true;
    QTest::newRow("en") << false;
  }
  void dciodvfyFindsNoError() {
    QFETCH(bool, chinese);
    PeerReview review = fullReview(chinese, RadpeerScore::SignificantDiscrepancy3b, beijing());
    const QString path = m_tmp.filePath(QStringLiteral("dciodvfy.dcm"));
    QVERIFY(writeFile(path, encoded(&review)));
    const ToolRun run = runTool(QStringLiteral("dciodvfy"), {path});
    QVERIFY2(run.exitCode >= 0, qPrintable(run.err));
    const QStringList lines = (run.out + run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString& line : lines) {
      if (line.startsWith(QLatin1String("Error")))
        errors << line;
      else if (line.startsWith(QLatin1String("Warning")))
        qInfo("dciodvfy: %s", qPrintable(line));
    }
    QVERIFY2(lines.size() > 0, "dciodvfy printed nothing");
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
  }

  // The workflow reads every SR of a study: a score is no diagnostic report.
  void reportCodecRefusesAReview() {
    PeerReview review = fullReview(true, RadpeerScore::Agree, beijing());
    const QByteArray bytes = encoded(&review);
    QVERIFY(!bytes.isEmpty());
    Report report;
    ReportingError error;
    QVERIFY(!decodeReportSr(bytes, &report, &error));
    QCOMPARE(error.code, ReportingError::Code::NotAReport);
    QVERIFY(!error.message.isEmpty());
  }

  // ... and a diagnostic report is no score.
  void reviewCodecRefusesAReport() {
    Report report;
    report.study = fullReview(true, RadpeerScore::Agree, beijing()).study;
    report.findings = QStringLiteral("右肺上叶见一结节。");
    report.impression = QStringLiteral("右肺上叶结节。");
    report.author = {QStringLiteral("王^医生"), QStringLiteral("R042"), QStringLiteral("云阅远程影像诊断中心")};
    report.complete = true;
    QByteArray bytes;
    ReportingError error;
    QVERIFY2(encodeReportSr(&report, &bytes, &error), qPrintable(error.detail));
    Report back;
    QVERIFY2(decodeReportSr(bytes, &back, &error), qPrintable(error.detail));  // it is a report
    PeerReview review;
    review.comment = QStringLiteral("untouched");
    QVERIFY(!decodePeerReviewSr(bytes, &review, &error));
    QCOMPARE(error.code, ReportingError::Code::NotAReport);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.detail.contains(QLatin1String("18748-4")), qPrintable(error.detail));
    QCOMPARE(review.comment, QStringLiteral("untouched"));
  }

  void notDicom() {
    PeerReview review;
    ReportingError error;
    QVERIFY(!decodePeerReviewSr(QByteArray("这不是DICOM文件 / not a DICOM file"), &review, &error));
    QCOMPARE(error.code, ReportingError::Code::NotDicom);
    QVERIFY(!error.message.isEmpty());
  }

  // A review cut short (an interrupted download): an error, never a crash.
  void truncatedReview() {
    PeerReview review = fullReview(true, RadpeerScore::SignificantDiscrepancy3b, beijing());
    const QByteArray bytes = encoded(&review);
    for (const int size : {140, 400, int(bytes.size()) / 2, int(bytes.size()) - 7}) {
      PeerReview decoded;
      ReportingError error;
      QVERIFY2(!decodePeerReviewSr(bytes.left(size), &decoded, &error), qPrintable(QString::number(size)));
      QVERIFY2(error.code == ReportingError::Code::NotDicom || error.code == ReportingError::Code::NotAReport,
               qPrintable(QString::number(size)));
    }
  }

  // Three readers, scores counted by hand.
  void summaryByReader() {
    QList<PeerReview> reviews;
    const QString wang = QStringLiteral("王^医生"), li = QStringLiteral("Li^Ming"), ou = QStringLiteral("欧阳^娜娜");
    for (int i = 0; i < 6; ++i) reviews << scored(wang, RadpeerScore::Agree);
    reviews << scored(wang, RadpeerScore::MinorDiscrepancy2a) << scored(wang, RadpeerScore::SignificantDiscrepancy2b)
            << scored(li, RadpeerScore::Agree) << scored(li, RadpeerScore::Agree)
            << scored(li, RadpeerScore::SignificantDiscrepancy3b) << scored(li, RadpeerScore::Discrepancy3a)
            << scored(ou, RadpeerScore::Agree) << scored(wang, RadpeerScore::Agree);
    const QList<ReaderSummary> summaries = summarizeByReader(reviews);
    QCOMPARE(summaries.size(), 3);
    // Code point order: Latin before CJK, 欧 (U+6B27) before 王 (U+738B).
    QCOMPARE(summaries[0].readerName, li);
    QCOMPARE(summaries[1].readerName, ou);
    QCOMPARE(summaries[2].readerName, wang);
    const ReaderSummary& l = summaries[0];
    QCOMPARE(l.reviewed, 4);
    QCOMPARE(QList<int>(std::begin(l.counts), std::end(l.counts)), QList<int>({2, 0, 0, 1, 1}));
    QCOMPARE(l.discrepancyRate(), 0.5);
    QCOMPARE(l.significantRate(), 0.25);
    const ReaderSummary& o = summaries[1];
    QCOMPARE(o.reviewed, 1);
    QCOMPARE(QList<int>(std::begin(o.counts), std::end(o.counts)), QList<int>({1, 0, 0, 0, 0}));
    QCOMPARE(o.discrepancyRate(), 0.0);
    QCOMPARE(o.significantRate(), 0.0);
    const ReaderSummary& w = summaries[2];
    QCOMPARE(w.reviewed, 9);
    QCOMPARE(QList<int>(std::begin(w.counts), std::end(w.counts)), QList<int>({7, 1, 1, 0, 0}));
    QCOMPARE(w.discrepancyRate(), 2.0 / 9.0);
    QCOMPARE(w.significantRate(), 1.0 / 9.0);

    QVERIFY(summarizeByReader({}).isEmpty());
    const ReaderSummary none;
    QCOMPARE(none.discrepancyRate(), 0.0);
    QCOMPARE(none.significantRate(), 0.0);
  }

  // Every column ends at the same terminal column in every line, Chinese
  // names counting two columns a character.
  void summaryTableLinesUp() {
    QList<PeerReview> reviews;
    for (int i = 0; i < 12; ++i) reviews << scored(QStringLiteral("王^医生"), RadpeerScore::Agree);
    reviews << scored(QStringLiteral("王^医生"), RadpeerScore::SignificantDiscrepancy3b)
            << scored(QStringLiteral("Li^Ming"), RadpeerScore::MinorDiscrepancy2a)
            << scored(QStringLiteral("Li^Ming"), RadpeerScore::Agree) << scored(QStringLiteral("Li^Ming"), RadpeerScore::Agree)
            << scored(QStringLiteral("欧阳^娜娜"), RadpeerScore::SignificantDiscrepancy2b);
    const QString table = formatSummaryTable(summarizeByReader(reviews));
    qInfo("\n%s", qPrintable(table));
    QVERIFY(table.endsWith(QLatin1Char('\n')));
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);  // heading and three readers
    // Names as people read them, in the first column.
    QVERIFY2(lines[1].startsWith(QLatin1String("Li Ming ")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("欧阳娜娜 ")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("王医生 ")), qPrintable(lines[3]));
    // The numbers of 王医生: 13 reviewed, 12 x 1, one 3b; 7.7 % both rates.
    QCOMPARE(lines[3].mid(QStringLiteral("王医生").size()).simplified(), QStringLiteral("13 12 0 0 0 1 7.7 7.7"));
    QCOMPARE(lines[1].mid(7).simplified(), QStringLiteral("3 2 1 0 0 0 33.3 0.0"));
    QCOMPARE(lines[2].mid(4).simplified(), QStringLiteral("1 0 0 1 0 0 100.0 100.0"));
    // Alignment: with 9 columns and the multi-word heading cells, compare
    // the ends of the data rows' fields with each other and with the heading's last.
    const QList<int> first = fieldEnds(lines[1]);
    QCOMPARE(first.size(), 10);  // "Li", "Ming" and eight numbers
    for (int i = 2; i < lines.size(); ++i) {
      QList<int> ends = fieldEnds(lines[i]);
      QCOMPARE(ends.size(), 9);  // a Chinese name is one field
      // The numeric columns (right-aligned) end where Li Ming's do.
      QCOMPARE(ends.mid(1), first.mid(2));
      QVERIFY2(ends[0] <= first[2] - 3, qPrintable(lines[i]));
    }
    QCOMPARE(columns(lines[0]), columns(lines[1]));
    QCOMPARE(columns(lines[2]), columns(lines[1]));
    QCOMPARE(columns(lines[3]), columns(lines[1]));
    QCOMPARE(fieldEnds(lines[0]).last(), first.last());
  }
};

QTEST_GUILESS_MAIN(TestPeerReview)
#include "test_peer_review.moc"
