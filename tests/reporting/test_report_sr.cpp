// Report <-> DICOM SR (PS3.16 TID 2000) and Report <-> JSON.
// Independent checkers: DCMTK's dsrdump, dsr2xml/xml2dsr and dump2dcm, and
// dicom3tools' dciodvfy read or write the files.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "reporting/ReportJson.h"
#include "reporting/ReportSr.h"

using namespace yunyue;

namespace {

const char* const kCtImage = "1.2.840.10008.5.1.4.1.1.2";
const char* const kEnhancedCtImage = "1.2.840.10008.5.1.4.1.1.2.1";  // multi-frame: frames may be referenced
const char* const kComprehensiveSr = "1.2.840.10008.5.1.4.1.1.88.33";

// Series ".2" of a study is a multi-frame Enhanced CT series.
ImageReference ref(const QString& study, const QString& series, const QString& instance, int frame = 0) {
  ImageReference r;
  r.studyUid = study;
  r.seriesUid = series;
  r.sopClassUid = QString::fromLatin1(series.endsWith(QLatin1String(".2")) ? kEnhancedCtImage : kCtImage);
  r.sopInstanceUid = instance;
  r.frame = frame;
  return r;
}

// A report with every field set; Chinese or English text.
Report fullReport(bool chinese, bool verified) {
  const QString study = QStringLiteral("1.2.826.0.1.3680043.9.7777.1");
  const QString s1 = study + QStringLiteral(".1");
  const QString s2 = study + QStringLiteral(".2");
  Report r;
  r.instanceNumber = 3;
  r.language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  r.templateId = QStringLiteral("ct-chest");
  ReportedStudy& s = r.study;
  s.studyUid = study;
  s.patientName = chinese ? QStringLiteral("张^三") : QStringLiteral("Zhang^San");
  s.patientId = QStringLiteral("P-0042");
  s.issuerOfPatientId = chinese ? QStringLiteral("县人民医院") : QStringLiteral("County Hospital");
  s.patientBirthDate = QStringLiteral("19580312");
  s.patientSex = QStringLiteral("M");
  s.accessionNumber = QStringLiteral("A20261123001");
  s.studyDate = QStringLiteral("20261123");
  s.studyTime = QStringLiteral("101530");
  s.studyDescription = chinese ? QStringLiteral("胸部CT平扫") : QStringLiteral("CT chest plain");
  s.studyId = QStringLiteral("S77");
  s.referringPhysician = chinese ? QStringLiteral("李^四") : QStringLiteral("Li^Si");
  s.modality = QStringLiteral("CT");
  s.bodyPart = QStringLiteral("CHEST");
  // Two series, grouped as the Hierarchical SOP Instance Reference macro is.
  s.evidence = {ref(study, s1, s1 + ".1"), ref(study, s1, s1 + ".2"), ref(study, s2, s2 + ".1"),
                ref(study, s2, s2 + ".2"), ref(study, s2, s2 + ".3")};
  if (chinese) {
    r.technique = QStringLiteral("胸部CT平扫，层厚1.25mm。");
    r.findings = QStringLiteral("右肺上叶见一结节，边界清楚。\n纵隔淋巴结未见肿大。");
    r.impression = QStringLiteral("右肺上叶结节，建议随访。");
  } else {
    r.technique = QStringLiteral("Plain CT of the chest, 1.25 mm slices.");
    r.findings =
        QStringLiteral("A well-defined nodule in the right upper lobe.\nNo enlarged mediastinal nodes.");
    r.impression = QStringLiteral("Right upper lobe nodule; follow-up advised.");
  }
  ReportMeasurement length;
  length.label = chinese ? QStringLiteral("病灶长径") : QStringLiteral("Lesion long axis");
  length.conceptCode = QStringLiteral("410668003");
  length.conceptScheme = QStringLiteral("SCT");
  length.conceptMeaning = QStringLiteral("Length");
  length.value = 12.345678901234567;  // more digits than DS holds
  length.unitCode = QStringLiteral("mm");
  length.unitMeaning = QStringLiteral("millimeter");
  length.image = s.evidence[1];
  ReportMeasurement density;
  density.label = chinese ? QStringLiteral("平均CT值") : QStringLiteral("Mean density");
  density.conceptCode = QStringLiteral("112031");
  density.conceptScheme = QStringLiteral("DCM");
  density.conceptMeaning = QStringLiteral("Attenuation Coefficient");
  density.value = -42.5;
  density.unitCode = QStringLiteral("[hnsf'U]");
  density.unitMeaning = QStringLiteral("Hounsfield unit");
  density.image = ref(study, s2, s2 + ".3", 2);  // a frame of a multi-frame image
  ReportMeasurement free;                        // measured, but not tied to an image
  free.label = QStringLiteral("Angle");
  free.conceptCode = QStringLiteral("1483009");
  free.conceptScheme = QStringLiteral("SCT");
  free.conceptMeaning = QStringLiteral("Angle");
  free.value = 1e-7;
  free.unitCode = QStringLiteral("deg");
  free.unitMeaning = QStringLiteral("degree");
  r.measurements = {length, density, free};
  // One key image outside the evidence: it goes to Pertinent Other Evidence.
  r.keyImages = {
      ref(study, s1, s1 + ".2"), ref(study, s2, s2 + ".1", 4),
      ref(QStringLiteral("1.2.826.0.1.3680043.9.7777.9"), QStringLiteral("1.2.826.0.1.3680043.9.7777.9.1"),
          QStringLiteral("1.2.826.0.1.3680043.9.7777.9.1.1"))};
  r.author = {
      chinese ? QStringLiteral("王^医生") : QStringLiteral("Wang^Yi"), QStringLiteral("R042"),
      chinese ? QStringLiteral("云阅远程影像诊断中心") : QStringLiteral("Yunyue Remote Reading Center")};
  r.observationDateTime = QDateTime(QDate(2026, 11, 23), QTime(10, 42, 7, 123), Qt::OffsetFromUTC, 8 * 3600);
  r.contentDateTime = QDateTime(QDate(2026, 11, 23), QTime(10, 45, 0, 456), Qt::OffsetFromUTC, 8 * 3600);
  r.complete = verified;
  r.verified = verified;
  if (verified) {
    r.verifier = {chinese ? QStringLiteral("赵^主任") : QStringLiteral("Zhao^Wei"), QStringLiteral("R007"),
                  r.author.organisation};
    r.verificationDateTime =
        QDateTime(QDate(2026, 11, 23), QTime(11, 5, 59, 999), Qt::OffsetFromUTC, 8 * 3600);
    r.predecessors = {ImageReference{study, QStringLiteral("1.2.826.0.1.3680043.9.7777.99"),
                                     QString::fromLatin1(kComprehensiveSr),
                                     QStringLiteral("1.2.826.0.1.3680043.9.7777.99.1"), 0},
                      ImageReference{study, QStringLiteral("1.2.826.0.1.3680043.9.7777.99"),
                                     QString::fromLatin1(kComprehensiveSr),
                                     QStringLiteral("1.2.826.0.1.3680043.9.7777.99.2"), 0}};
  }
  return r;
}

void compareImages(const QList<ImageReference>& got, const QList<ImageReference>& want) {
  QCOMPARE(got.size(), want.size());
  for (int i = 0; i < got.size(); ++i) {
    QCOMPARE(got[i].studyUid, want[i].studyUid);
    QCOMPARE(got[i].seriesUid, want[i].seriesUid);
    QCOMPARE(got[i].sopClassUid, want[i].sopClassUid);
    QCOMPARE(got[i].sopInstanceUid, want[i].sopInstanceUid);
    QCOMPARE(got[i].frame, want[i].frame);
  }
}

void compareObservers(const Observer& got, const Observer& want) {
  QCOMPARE(got.name, want.name);
  QCOMPARE(got.id, want.id);
  QCOMPARE(got.organisation, want.organisation);
}

// Field by field, so a failure names the field; QDateTime also by offset.
void compareReports(const Report& got, const Report& want) {
  QCOMPARE(got.srSeriesUid, want.srSeriesUid);
  QCOMPARE(got.srInstanceUid, want.srInstanceUid);
  QCOMPARE(got.instanceNumber, want.instanceNumber);
  const ReportedStudy& g = got.study;
  const ReportedStudy& w = want.study;
  QCOMPARE(g.studyUid, w.studyUid);
  QCOMPARE(g.patientName, w.patientName);
  QCOMPARE(g.patientId, w.patientId);
  QCOMPARE(g.issuerOfPatientId, w.issuerOfPatientId);
  QCOMPARE(g.patientBirthDate, w.patientBirthDate);
  QCOMPARE(g.patientSex, w.patientSex);
  QCOMPARE(g.accessionNumber, w.accessionNumber);
  QCOMPARE(g.studyDate, w.studyDate);
  QCOMPARE(g.studyTime, w.studyTime);
  QCOMPARE(g.studyDescription, w.studyDescription);
  QCOMPARE(g.studyId, w.studyId);
  QCOMPARE(g.referringPhysician, w.referringPhysician);
  QCOMPARE(g.modality, w.modality);
  QCOMPARE(g.bodyPart, w.bodyPart);
  compareImages(g.evidence, w.evidence);
  if (QTest::currentTestFailed()) return;
  QCOMPARE(got.language, want.language);
  QCOMPARE(got.templateId, want.templateId);
  QCOMPARE(got.technique, want.technique);
  QCOMPARE(got.findings, want.findings);
  QCOMPARE(got.impression, want.impression);
  QCOMPARE(got.measurements.size(), want.measurements.size());
  for (int i = 0; i < got.measurements.size(); ++i) {
    const ReportMeasurement& a = got.measurements[i];
    const ReportMeasurement& b = want.measurements[i];
    QCOMPARE(a.label, b.label);
    QCOMPARE(a.conceptCode, b.conceptCode);
    QCOMPARE(a.conceptScheme, b.conceptScheme);
    QCOMPARE(a.conceptMeaning, b.conceptMeaning);
    QVERIFY2(a.value == b.value, qPrintable(QString::number(a.value, 'g', 17)));  // exact, not fuzzy
    QCOMPARE(a.unitCode, b.unitCode);
    QCOMPARE(a.unitMeaning, b.unitMeaning);
    compareImages({a.image}, {b.image});
    if (QTest::currentTestFailed()) return;
  }
  compareImages(got.keyImages, want.keyImages);
  if (QTest::currentTestFailed()) return;
  compareObservers(got.author, want.author);
  if (QTest::currentTestFailed()) return;
  QCOMPARE(got.observationDateTime, want.observationDateTime);
  QCOMPARE(got.observationDateTime.offsetFromUtc(), want.observationDateTime.offsetFromUtc());
  QCOMPARE(got.contentDateTime, want.contentDateTime);
  QCOMPARE(got.contentDateTime.offsetFromUtc(), want.contentDateTime.offsetFromUtc());
  QCOMPARE(got.complete, want.complete);
  QCOMPARE(got.verified, want.verified);
  compareObservers(got.verifier, want.verifier);
  if (QTest::currentTestFailed()) return;
  QCOMPARE(got.verificationDateTime, want.verificationDateTime);
  compareImages(got.predecessors, want.predecessors);
}

struct ToolRun {
  int exitCode = -1;
  QString out;  // stdout
  QString err;  // stderr
};

ToolRun runTool(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  ToolRun run;
  if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
    run.err = program + QStringLiteral(" did not finish: ") + p.errorString();
    return run;
  }
  run.exitCode = p.exitCode();
  run.out = QString::fromUtf8(p.readAllStandardOutput());
  run.err = QString::fromUtf8(p.readAllStandardError());
  return run;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray encoded(Report* report) {
  QByteArray bytes;
  ReportingError error;
  if (!encodeReportSr(report, &bytes, &error)) qWarning("encode: %s", qPrintable(error.detail));
  return bytes;
}

}  // namespace

class TestReportSr : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    if (qEnvironmentVariableIsSet("YUNYUE_KEEP_TEST_FILES")) {  // to look at the files by hand
      m_tmp.setAutoRemove(false);
      qInfo("files kept in %s", qPrintable(m_tmp.path()));
    }
  }

  void roundTrip_data() {
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<bool>("verified");
    QTest::newRow("zh_CN verified") << true << true;
    QTest::newRow("zh_CN draft") << true << false;
    QTest::newRow("en verified") << false << true;
    QTest::newRow("en draft") << false << false;
  }
  void roundTrip() {
    QFETCH(bool, chinese);
    QFETCH(bool, verified);
    Report report = fullReport(chinese, verified);
    QVERIFY(report.srSeriesUid.isEmpty());
    QByteArray bytes;
    ReportingError error;
    QVERIFY2(encodeReportSr(&report, &bytes, &error), qPrintable(error.message + " / " + error.detail));
    QVERIFY(!error.isError());
    // The codec made the SR identity and wrote it back.
    QVERIFY(report.srSeriesUid.startsWith(QLatin1String(SITE_SERIES_UID_ROOT)));
    QVERIFY(report.srInstanceUid.startsWith(QLatin1String(SITE_INSTANCE_UID_ROOT)));
    Report decoded;
    QVERIFY2(decodeReportSr(bytes, &decoded, &error), qPrintable(error.message + " / " + error.detail));
    compareReports(decoded, report);
    if (QTest::currentTestFailed()) return;
    // Encoding again keeps the identity: same UIDs, same bytes.
    Report again = decoded;
    QCOMPARE(encoded(&again), bytes);
  }

  // Only what a just-opened study has: no sections, no author, no times.
  void roundTripMinimal() {
    Report report;
    report.study.studyUid = QStringLiteral("1.2.826.0.1.3680043.9.7777.2");
    report.study.patientId = QStringLiteral("P-1");
    QByteArray bytes;
    ReportingError error;
    QVERIFY2(encodeReportSr(&report, &bytes, &error), qPrintable(error.detail));
    QVERIFY(report.contentDateTime.isValid());  // dated now, and written back
    Report decoded;
    QVERIFY2(decodeReportSr(bytes, &decoded, &error), qPrintable(error.detail));
    compareReports(decoded, report);
  }

  // The header as DICOM says it, read with dcmdata directly.
  void headerAttributes() {
    Report report = fullReport(true, true);
    const QByteArray bytes = encoded(&report);
    const QString path = m_tmp.filePath(QStringLiteral("header.dcm"));
    QVERIFY(writeFile(path, bytes));
    DcmFileFormat file;
    QVERIFY(file.loadFile(path.toLocal8Bit().constData()).good());
    DcmDataset& d = *file.getDataset();
    auto value = [&d](const DcmTagKey& key) {
      OFString v;
      d.findAndGetOFStringArray(key, v, OFTrue);
      return QString::fromUtf8(v.c_str());
    };
    OFString xfer;
    file.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, xfer);
    QCOMPARE(QString::fromLatin1(xfer.c_str()), QStringLiteral(UID_LittleEndianExplicitTransferSyntax));
    QCOMPARE(value(DCM_SpecificCharacterSet), QStringLiteral("ISO_IR 192"));
    QCOMPARE(value(DCM_SOPClassUID), QString::fromLatin1(kComprehensiveSr));
    QCOMPARE(value(DCM_Modality), QStringLiteral("SR"));
    QCOMPARE(value(DCM_Manufacturer), QStringLiteral("Yunyue"));
    QCOMPARE(value(DCM_PatientName), QStringLiteral("张^三"));
    QCOMPARE(value(DCM_CompletionFlag), QStringLiteral("COMPLETE"));
    QCOMPARE(value(DCM_VerificationFlag), QStringLiteral("VERIFIED"));
    QCOMPARE(value(DCM_ContentDate), QStringLiteral("20261123"));
    QCOMPARE(value(DCM_TimezoneOffsetFromUTC), QStringLiteral("+0800"));
    QCOMPARE(value(DCM_SOPInstanceUID), report.srInstanceUid);
    DcmItem* observer = nullptr;
    QVERIFY(d.findAndGetSequenceItem(DCM_VerifyingObserverSequence, observer, 0).good());
    OFString v;
    observer->findAndGetOFString(DCM_VerifyingObserverName, v);
    QCOMPARE(QString::fromUtf8(v.c_str()), QStringLiteral("赵^主任"));
    observer->findAndGetOFString(DCM_VerificationDateTime, v);
    QCOMPARE(QString::fromLatin1(v.c_str()), QStringLiteral("20261123110559.999+0800"));
    // Evidence from 2 series of one study (Hierarchical SOP Instance Reference macro).
    DcmItem* studyItem = nullptr;
    QVERIFY(d.findAndGetSequenceItem(DCM_CurrentRequestedProcedureEvidenceSequence, studyItem, 0).good());
    DcmSequenceOfItems* series = nullptr;
    QVERIFY(studyItem->findAndGetSequence(DCM_ReferencedSeriesSequence, series).good());
    QCOMPARE(int(series->card()), 2);
    QVERIFY(d.tagExists(DCM_PertinentOtherEvidenceSequence));
    QVERIFY(d.tagExists(DCM_PredecessorDocumentsSequence));

    Report draft = fullReport(false, false);
    DcmFileFormat draftFile;
    const QString draftPath = m_tmp.filePath(QStringLiteral("draft.dcm"));
    QVERIFY(writeFile(draftPath, encoded(&draft)));
    QVERIFY(draftFile.loadFile(draftPath.toLocal8Bit().constData()).good());
    OFString flag;
    draftFile.getDataset()->findAndGetOFString(DCM_CompletionFlag, flag);
    QCOMPARE(QString::fromLatin1(flag.c_str()), QStringLiteral("PARTIAL"));
    draftFile.getDataset()->findAndGetOFString(DCM_VerificationFlag, flag);
    QCOMPARE(QString::fromLatin1(flag.c_str()), QStringLiteral("UNVERIFIED"));
    QVERIFY(!draftFile.getDataset()->tagExists(DCM_VerifyingObserverSequence));
  }

  // DCMTK's dsrdump reads our file without a complaint and shows the content.
  void dsrdumpReadsIt_data() {
    QTest::addColumn<bool>("chinese");
    QTest::newRow("zh_CN") << true;
    QTest::newRow("en") << false;
  }
  void dsrdumpReadsIt() {
    QFETCH(bool, chinese);
    Report report = fullReport(chinese, true);
    const QString path = m_tmp.filePath(QStringLiteral("dsrdump.dcm"));
    QVERIFY(writeFile(path, encoded(&report)));
    const ToolRun run = runTool(QStringLiteral("dsrdump"),
                                {QStringLiteral("-v"), QStringLiteral("+Pl"), QStringLiteral("+Pc"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // DCMTK 3.6.7's VR checker cannot check UTF-8 and says so for every
    // ISO_IR 192 file; that notice is about DCMTK, any other W:/E: is about us.
    QString complaints = run.err + run.out;
    complaints.remove(
        QStringLiteral("W: The VR checker does not support this Specific Character Set: ISO_IR 192\n"));
    QVERIFY2(!complaints.contains(
                 QRegularExpression(QStringLiteral("^[WE]: "), QRegularExpression::MultilineOption)),
             qPrintable(complaints.left(3000)));
    // Concept names with their codes (+Pc), as TID 2000 and its sub-templates name them.
    for (const char* concept :
         {R"(<CONTAINER:(18748-4,LN,"Diagnostic Imaging Report")=SEPARATE>)",
          R"(<contains CONTAINER:(121070,DCM,"Findings")=SEPARATE>)",
          R"(<contains TEXT:(121071,DCM,"Finding")=)", R"(<contains CONTAINER:(121072,DCM,"Impressions"))",
          R"(<contains TEXT:(121073,DCM,"Impression")=)",
          R"(<contains CONTAINER:(55111-9,LN,"Current procedure descriptions"))",
          R"(<contains TEXT:(121065,DCM,"Procedure Description")=)",
          R"(<contains CONTAINER:(121180,DCM,"Key Images"))",
          R"(<has obs context CODE:(121005,DCM,"Observer Type")=(121006,DCM,"Person")>)",
          R"(<has obs context PNAME:(121008,DCM,"Person Observer Name")=)",
          R"(<has concept mod CODE:(121049,DCM,"Language of Content Item and Descendants")=)",
          R"(<contains NUM:(410668003,SCT,"Length")="12.3456789012346" (mm,UCUM,"millimeter")>)",
          R"(<has obs context TEXT:(112039,DCM,"Tracking Identifier")=)",
          R"(<inferred from IMAGE:(121112,DCM,"Source of Measurement")=)"})
      QVERIFY2(run.out.contains(QLatin1String(concept)), concept);
    const QString firstLine = report.findings.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(run.out.contains(firstLine), qPrintable(run.out.left(3000)));
    QVERIFY(run.out.contains(report.impression));
    QVERIFY(run.out.contains(report.measurements[0].label));
  }

  // dicom3tools' dciodvfy finds no error in the IOD (warnings are shown).
  void dciodvfyFindsNoError_data() { roundTrip_data(); }
  void dciodvfyFindsNoError() {
    QFETCH(bool, chinese);
    QFETCH(bool, verified);
    Report report = fullReport(chinese, verified);
    const QString path = m_tmp.filePath(QStringLiteral("dciodvfy.dcm"));
    QVERIFY(writeFile(path, encoded(&report)));
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

  // A file DCMTK wrote: our SR through dsr2xml, edited (a second findings
  // text, unknown content, optionally another SR SOP class), and back
  // through xml2dsr.
  void readsWhatDcmtkWrote_data() {
    QTest::addColumn<QString>("sopClass");
    QTest::newRow("Comprehensive SR") << QString::fromLatin1(kComprehensiveSr);
    QTest::newRow("Enhanced SR") << QStringLiteral("1.2.840.10008.5.1.4.1.1.88.22");
  }
  void readsWhatDcmtkWrote() {
    QFETCH(QString, sopClass);
    Report report = fullReport(true, true);
    const QString ours = m_tmp.filePath(QStringLiteral("ours.dcm"));
    const QString xmlPath = m_tmp.filePath(QStringLiteral("ours.xml"));
    const QString theirs = m_tmp.filePath(QStringLiteral("theirs.dcm"));
    QVERIFY(writeFile(ours, encoded(&report)));
    ToolRun run = runTool(QStringLiteral("dsr2xml"), {QStringLiteral("-Ec"), QStringLiteral("+Wt"), ours});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QString xml = run.out;
    // Edit the impression, and copy the Finding item into a second one with other text.
    const QString oldImpression = report.impression;
    QVERIFY(xml.contains(oldImpression));
    xml.replace(oldImpression, QStringLiteral("编辑后的诊断意见。"));
    static const QRegularExpression findingItem(
        QStringLiteral(
            R"(<text[^>]*>\s*<relationship>CONTAINS</relationship>\s*<concept>\s*<value>121071</value>.*?</text>)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = findingItem.match(xml);
    QVERIFY2(m.hasMatch(), qPrintable(xml.left(4000)));
    // dsr2xml writes the newline of the text as a character reference.
    const QString findingValue = QStringLiteral("<value>%1</value>")
                                     .arg(report.findings.toHtmlEscaped().replace(QLatin1Char('\n'), "&#10;"));
    QString second = m.captured(0);
    QVERIFY2(second.contains(findingValue), qPrintable(second));
    second.replace(findingValue, QStringLiteral("<value>第二段所见。</value>"));
    QVERIFY2(second.contains(QStringLiteral("第二段所见")), qPrintable(second));
    // Unknown content next to it: a TEXT item with a concept we do not know.
    QString unknown = second;
    unknown.replace(QStringLiteral("<value>121071</value>"), QStringLiteral("<value>99999</value>"));
    unknown.replace(QStringLiteral("<scheme>\n<designator>DCM</designator>"),
                    QStringLiteral("<scheme>\n<designator>99TEST</designator>"));
    unknown.replace(QStringLiteral("第二段所见。"), QStringLiteral("不应读入"));
    xml.insert(m.capturedEnd(0), second + unknown);
    const QString ourClass = QStringLiteral(R"(<sopclass uid="%1")").arg(QLatin1String(kComprehensiveSr));
    QVERIFY2(xml.contains(ourClass), qPrintable(xml.left(600)));
    xml.replace(ourClass, QStringLiteral(R"(<sopclass uid="%1")").arg(sopClass));
    QVERIFY(writeFile(xmlPath, xml.toUtf8()));
    run = runTool(QStringLiteral("xml2dsr"), {xmlPath, theirs});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    Report decoded;
    ReportingError error;
    const QByteArray theirBytes = readFile(theirs);
    QVERIFY(theirBytes.contains(sopClass.toLatin1()));
    QVERIFY2(decodeReportSr(theirBytes, &decoded, &error), qPrintable(error.detail));
    QCOMPARE(decoded.impression, QStringLiteral("编辑后的诊断意见。"));
    QCOMPARE(decoded.findings, report.findings + QStringLiteral("\n第二段所见。"));
    QVERIFY(!decoded.findings.contains(QStringLiteral("不应读入")));
    QCOMPARE(decoded.study.patientName, report.study.patientName);
    QCOMPARE(decoded.measurements.size(), report.measurements.size());
    QCOMPARE(decoded.measurements[0].label, report.measurements[0].label);
    QCOMPARE(decoded.measurements[0].value, report.measurements[0].value);
    compareImages(decoded.keyImages, report.keyImages);
    compareObservers(decoded.author, report.author);
    compareObservers(decoded.verifier, report.verifier);
    compareImages(decoded.study.evidence, report.study.evidence);
  }

  // A Basic Text SR written by dump2dcm from a hand-made dump (another
  // vendor's shape: two Finding items, unknown content, no observer, and a
  // NUM item that the Basic Text SR IOD does not allow there).
  // Chinese hospitals' systems often write GB18030; iconv makes that file.
  void readsBasicTextSr_data() {
    QTest::addColumn<QString>("charset");
    QTest::newRow("ISO_IR 192") << QStringLiteral("ISO_IR 192");
    QTest::newRow("GB18030") << QStringLiteral("GB18030");
  }
  void readsBasicTextSr() {
    QFETCH(QString, charset);
    QString dump = QStringLiteral(R"((0008,0005) CS [ISO_IR 192]
(0008,0016) UI =BasicTextSRStorage
(0008,0018) UI [1.2.826.0.1.3680043.9.7777.5.1]
(0008,0020) DA [20261120]
(0008,0023) DA [20261121]
(0008,0030) TM [0900]
(0008,0033) TM [093000]
(0008,0050) SH [ACC-9]
(0008,0060) CS [SR]
(0008,0070) LO [Other Vendor]
(0008,0090) PN []
(0010,0010) PN [刘^芳]
(0010,0020) LO [X-9]
(0010,0030) DA []
(0010,0040) CS [F]
(0020,000d) UI [1.2.826.0.1.3680043.9.7777.5]
(0020,000e) UI [1.2.826.0.1.3680043.9.7777.5.2]
(0020,0010) SH []
(0020,0011) IS [1]
(0020,0013) IS [7]
(0040,a040) CS [CONTAINER]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [18748-4]
(0008,0102) SH [LN]
(0008,0104) LO [Diagnostic Imaging Report]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a050) CS [SEPARATE]
(0040,a372) SQ
(fffe,e0dd) na
(0040,a491) CS [COMPLETE]
(0040,a493) CS [UNVERIFIED]
(0040,a730) SQ
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [CONTAINER]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121070]
(0008,0102) SH [DCM]
(0008,0104) LO [Findings]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a050) CS [SEPARATE]
(0040,a730) SQ
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [TEXT]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121071]
(0008,0102) SH [DCM]
(0008,0104) LO [Finding]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a160) UT [肝脏形态正常。]
(fffe,e00d) na
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [CODE]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121071]
(0008,0102) SH [DCM]
(0008,0104) LO [Finding]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a168) SQ
(fffe,e000) na
(0008,0100) SH [17621005]
(0008,0102) SH [SCT]
(0008,0104) LO [Normal]
(fffe,e00d) na
(fffe,e0dd) na
(fffe,e00d) na
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [TEXT]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121071]
(0008,0102) SH [DCM]
(0008,0104) LO [Finding]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a160) UT [脾脏不大。]
(fffe,e00d) na
(fffe,e0dd) na
(fffe,e00d) na
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [CONTAINER]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121072]
(0008,0102) SH [DCM]
(0008,0104) LO [Impressions]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a050) CS [SEPARATE]
(0040,a730) SQ
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [TEXT]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121073]
(0008,0102) SH [DCM]
(0008,0104) LO [Impression]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a160) UT [腹部CT未见异常。]
(fffe,e00d) na
(fffe,e0dd) na
(fffe,e00d) na
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [CONTAINER]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [99001]
(0008,0102) SH [99VENDOR]
(0008,0104) LO [Vendor Notes]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a050) CS [SEPARATE]
(0040,a730) SQ
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [TEXT]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [121071]
(0008,0102) SH [DCM]
(0008,0104) LO [Finding]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a160) UT [vendor internal note]
(fffe,e00d) na
(fffe,e0dd) na
(fffe,e00d) na
(fffe,e000) na
(0040,a010) CS [CONTAINS]
(0040,a040) CS [NUM]
(0040,a043) SQ
(fffe,e000) na
(0008,0100) SH [410668003]
(0008,0102) SH [SCT]
(0008,0104) LO [Length]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a300) SQ
(fffe,e000) na
(0040,08ea) SQ
(fffe,e000) na
(0008,0100) SH [mm]
(0008,0102) SH [UCUM]
(0008,0104) LO [millimeter]
(fffe,e00d) na
(fffe,e0dd) na
(0040,a30a) DS [3]
(fffe,e00d) na
(fffe,e0dd) na
(fffe,e00d) na
(fffe,e0dd) na
)");
    const QString dumpPath = m_tmp.filePath(QStringLiteral("basic.dump"));
    const QString path = m_tmp.filePath(QStringLiteral("basic.dcm"));
    dump.replace(QStringLiteral("[ISO_IR 192]"), QLatin1Char('[') + charset + QLatin1Char(']'));
    QVERIFY(writeFile(dumpPath, dump.toUtf8()));
    QString dumpInput = dumpPath;
    if (charset != QLatin1String("ISO_IR 192")) {
      dumpInput = m_tmp.filePath(QStringLiteral("basic-converted.dump"));
      const ToolRun iconv =
          runTool(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"),
                                            charset, QStringLiteral("-o"), dumpInput, dumpPath});
      QVERIFY2(iconv.exitCode == 0, qPrintable(iconv.err));
      QVERIFY(!readFile(dumpInput).contains(QStringLiteral("脾脏不大").toUtf8()));  // really converted
    }
    const ToolRun run = runTool(QStringLiteral("dump2dcm"), {QStringLiteral("+E"), dumpInput, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    Report decoded;
    ReportingError error;
    QVERIFY2(decodeReportSr(readFile(path), &decoded, &error), qPrintable(error.detail));
    QCOMPARE(decoded.findings, QStringLiteral("肝脏形态正常。\n脾脏不大。"));
    QCOMPARE(decoded.impression, QStringLiteral("腹部CT未见异常。"));
    QCOMPARE(decoded.technique, QString());
    QCOMPARE(decoded.study.patientName, QStringLiteral("刘^芳"));
    QCOMPARE(decoded.study.accessionNumber, QStringLiteral("ACC-9"));
    QCOMPARE(decoded.instanceNumber, 7);
    QVERIFY(decoded.complete);
    QVERIFY(!decoded.verified);
    QVERIFY(decoded.measurements.isEmpty());
    QCOMPARE(decoded.contentDateTime.date(), QDate(2026, 11, 21));
    QCOMPARE(decoded.contentDateTime.time(), QTime(9, 30));
  }

  void notDicom_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("这不是DICOM文件 / not a DICOM file");
    QTest::newRow("json") << QJsonDocument(reportToJson(fullReport(true, false))).toJson();
    QByteArray preambleOnly(132, '\0');
    QTest::newRow("preamble without DICM") << preambleOnly;
  }
  void notDicom() {
    QFETCH(QByteArray, bytes);
    Report report;
    report.findings = QStringLiteral("untouched");
    ReportingError error;
    QVERIFY(!decodeReportSr(bytes, &report, &error));
    QCOMPARE(error.code, ReportingError::Code::NotDicom);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    QCOMPARE(report.findings, QStringLiteral("untouched"));
  }

  // A report cut short (an interrupted download): an error, never a crash
  // and never a half-read report.
  void truncatedReport() {
    Report report = fullReport(true, true);
    const QByteArray bytes = encoded(&report);
    for (const int size : {140, 400, int(bytes.size()) / 2, int(bytes.size()) - 7}) {
      Report decoded;
      ReportingError error;
      QVERIFY2(!decodeReportSr(bytes.left(size), &decoded, &error), qPrintable(QString::number(size)));
      QVERIFY2(error.code == ReportingError::Code::NotDicom || error.code == ReportingError::Code::NotAReport,
               qPrintable(QString::number(size)));
      QVERIFY(!error.message.isEmpty());
      QVERIFY(decoded.findings.isEmpty());
    }
  }

  // A CT image of the demo data: DICOM, but no report.
  void ctImageIsNotAReport() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + QStringLiteral("/ct-head/1");
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir));
    const QByteArray bytes = readFile(dir + QLatin1Char('/') + files.first());
    Report report;
    ReportingError error;
    QVERIFY(!decodeReportSr(bytes, &report, &error));
    QCOMPARE(error.code, ReportingError::Code::NotAReport);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.detail.contains(QLatin1String(kCtImage)), qPrintable(error.detail));
  }

  void encodeRejects_data() {
    QTest::addColumn<int>("damage");
    QTest::newRow("key image without SOP Class UID") << 0;
    QTest::newRow("evidence without SOP Class UID") << 1;
    QTest::newRow("measurement image without SOP Class UID") << 2;
    QTest::newRow("predecessor without SOP Class UID") << 3;
    QTest::newRow("verified but not complete") << 4;
    QTest::newRow("measurement without unit") << 5;
  }
  void encodeRejects() {
    QFETCH(int, damage);
    Report report = fullReport(true, true);
    switch (damage) {
      case 0:
        report.keyImages[0].sopClassUid.clear();
        break;
      case 1:
        report.study.evidence[3].sopClassUid.clear();
        break;
      case 2:
        report.measurements[1].image.sopClassUid.clear();
        break;
      case 3:
        report.predecessors[0].sopClassUid.clear();
        break;
      case 4:
        report.complete = false;
        break;
      case 5:
        report.measurements[0].unitCode.clear();
        break;
    }
    QByteArray bytes("unchanged");
    ReportingError error;
    QVERIFY(!encodeReportSr(&report, &bytes, &error));
    QCOMPARE(error.code, ReportingError::Code::EncodeFailed);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
    qInfo("%s / %s", qPrintable(error.message), qPrintable(error.detail));
    QCOMPARE(bytes, QByteArray("unchanged"));
    QVERIFY(report.srInstanceUid.isEmpty());  // nothing written back on failure
  }

  void jsonRoundTrip_data() {
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<bool>("verified");
    QTest::newRow("zh_CN verified") << true << true;
    QTest::newRow("en draft") << false << false;
  }
  void jsonRoundTrip() {
    QFETCH(bool, chinese);
    QFETCH(bool, verified);
    Report report = fullReport(chinese, verified);
    report.srSeriesUid = QStringLiteral("1.2.3.4");
    report.srInstanceUid = QStringLiteral("1.2.3.4.5");
    report.measurements[2].value = 0.1 + 0.2;             // not representable in short decimal
    if (!verified) report.contentDateTime = QDateTime();  // absent stays absent
    // Through text, as a draft file is.
    const QByteArray text = QJsonDocument(reportToJson(report)).toJson();
    QVERIFY(text.contains("\"observationDateTime\": \"2026-11-23T10:42:07.123+08:00\""));
    Report back;
    ReportingError error;
    QVERIFY2(reportFromJson(QJsonDocument::fromJson(text).object(), &back, &error), qPrintable(error.detail));
    compareReports(back, report);
    QCOMPARE(back.contentDateTime.isValid(), report.contentDateTime.isValid());
  }

  void jsonDamaged_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not a draft") << QByteArray(R"({"id":"ct-chest"})");
    QTest::newRow("findings not text") << QByteArray(R"({"format":"yunyue-report/1","findings":42})");
    QTest::newRow("bad date") << QByteArray(R"({"format":"yunyue-report/1","contentDateTime":"yesterday"})");
    QTest::newRow("evidence not list")
        << QByteArray(R"({"format":"yunyue-report/1","study":{"evidence":{}}})");
  }
  void jsonDamaged() {
    QFETCH(QByteArray, json);
    Report report;
    ReportingError error;
    QVERIFY(!reportFromJson(QJsonDocument::fromJson(json).object(), &report, &error));
    QCOMPARE(error.code, ReportingError::Code::NotAReport);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.detail.isEmpty());
  }

 private:
  QTemporaryDir m_tmp;
};

QTEST_GUILESS_MAIN(TestReportSr)
#include "test_report_sr.moc"
