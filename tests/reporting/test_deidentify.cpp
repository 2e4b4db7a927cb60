// De-identification (PS3.15 Annex E, Basic Profile with Retain Longitudinal
// Temporal Information with Modified Dates and Clean Descriptors) of the demo
// studies and a report SR of the CT, all in one run as a teaching set.
// Independent checkers: DCMTK's dcmdump reads every output file (no original
// identifier may show), dcmodify makes the variants (burned-in annotation,
// private attributes, dirty descriptions), dicom3tools' dciodvfy validates.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "reporting/Deidentifier.h"
#include "reporting/ReportSr.h"
#include "reporting/StudyEvidence.h"

using namespace yunyue;

namespace {

const QStringList kStudies = {QStringLiteral("ct-head"), QStringLiteral("ct-head-prior"), QStringLiteral("cr-skull"),
                              QStringLiteral("mr-head")};
const QByteArray kSecret = "teaching-file secret of the test";

struct ToolRun {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
};

ToolRun runTool(const QString& program, const QStringList& args) {
  QProcess p;
  p.start(program, args);
  ToolRun run;
  if (!p.waitForFinished(240000) || p.exitStatus() != QProcess::NormalExit) {
    run.err = (program + QStringLiteral(" did not finish: ") + p.errorString()).toUtf8();
    return run;
  }
  run.exitCode = p.exitCode();
  run.out = p.readAllStandardOutput();
  run.err = p.readAllStandardError();
  return run;
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QDir().mkpath(QFileInfo(path).path());
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A value as stored (raw bytes, in the file's own character set), and as
// Unicode once DCMTK converted the data set to UTF-8.
QByteArray rawValue(DcmFileFormat& file, const DcmTagKey& key) {
  OFString v;
  return file.getDataset()->findAndGetOFStringArray(key, v).good() ? QByteArray(v.c_str()) : QByteArray();
}

struct Dicom {
  DcmFileFormat file;
  bool ok = false;
  explicit Dicom(const QString& path) { ok = file.loadFile(path.toLocal8Bit().constData()).good(); }
  QString value(const DcmTagKey& key) { return QString::fromUtf8(rawValue(file, key)); }
  QByteArray pixelHash() {
    DcmElement* e = nullptr;
    if (file.getDataset()->findAndGetElement(DCM_PixelData, e).bad()) return {};
    Uint16* words = nullptr;
    if (e->getUint16Array(words).good() && words)
      return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(words), e->getLength()),
                                      QCryptographicHash::Sha256);
    Uint8* bytes = nullptr;
    if (e->getUint8Array(bytes).good() && bytes)
      return QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char*>(bytes), e->getLength()),
                                      QCryptographicHash::Sha256);
    return {};
  }
};

// One file of the run: where it came from, where its result went.
struct Processed {
  QString label;   // ct-head, ..., "sr"
  QString input;
  QString output;
  DeidentifiedFile result;
};

// dciodvfy's Error lines without their values, so input and output compare.
QSet<QString> dciodvfyErrors(const QString& path) {
  const ToolRun run = runTool(QStringLiteral("dciodvfy"), {path});
  QSet<QString> errors;
  static const QRegularExpression values(QStringLiteral("<[^>]*>|\\[[^\\]]*\\]"));
  for (const QString& line : QString::fromUtf8(run.out + run.err).split(QLatin1Char('\n')))
    if (line.startsWith(QLatin1String("Error"))) errors << QString(line).remove(values);
  return errors;
}

}  // namespace

class TestDeidentify : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    if (qEnvironmentVariableIsSet("YUNYUE_KEEP_TEST_FILES")) {
      m_tmp.setAutoRemove(false);
      qInfo("files kept in %s", qPrintable(m_tmp.path()));
    }
    const QString data = qEnvironmentVariable("YUNYUE_TEST_DATA");
    QVERIFY2(!data.isEmpty(), "YUNYUE_TEST_DATA is not set");
    QStringList ctFiles;
    for (const QString& label : kStudies) {
      QDir dir(data + QLatin1Char('/') + label + QStringLiteral("/1"));
      const QStringList names = dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
      QVERIFY2(!names.isEmpty(), qPrintable(dir.path()));
      for (const QString& name : names) {
        m_inputs << Processed{label, dir.filePath(name), {}, {}};
        if (label == QLatin1String("ct-head")) ctFiles << dir.filePath(name);
      }
    }
    m_inputs << Processed{QStringLiteral("sr"), makeReportSr(ctFiles), {}, {}};
    QVERIFY(!m_inputs.last().input.isEmpty());

    // The whole teaching set through one Deidentifier, as the CLI does it.
    Deidentifier deidentifier(DeidentificationOptions{{}, {}, kSecret});
    for (int i = 0; i < m_inputs.size(); ++i) {
      Processed& p = m_inputs[i];
      ReportingError error;
      QVERIFY2(deidentifier.deidentify(readFile(p.input), &p.result, &error),
               qPrintable(p.input + ": " + error.message + " / " + error.detail));
      p.output = m_tmp.filePath(QStringLiteral("out/%1/%2.dcm").arg(p.label).arg(i, 4, 10, QLatin1Char('0')));
      QVERIFY(writeFile(p.output, p.result.part10));
    }
  }

  // dcmdump shows none of the identifying values of any input, neither as
  // stored (GB18030 for ct-head) nor in UTF-8, and no input UID.
  void noIdentifyingValueLeft() {
    QSet<QByteArray> forbidden = {"张伟", "李^娜", "Li^Na", "王^芳", "Wang^Fang", "P1001", "P2002", "P3003"};
    static const DcmTagKey keys[] = {DCM_PatientName,     DCM_PatientID,        DCM_PatientBirthDate,
                                     DCM_AccessionNumber, DCM_InstitutionName,  DCM_ReferringPhysicianName,
                                     DCM_StationName,     DCM_StudyID,          DCM_StudyInstanceUID,
                                     DCM_SeriesInstanceUID, DCM_SOPInstanceUID, DCM_FrameOfReferenceUID};
    for (const Processed& p : std::as_const(m_inputs)) {
      Dicom in(p.input);
      QVERIFY(in.ok);
      for (const DcmTagKey& key : keys) forbidden << rawValue(in.file, key);
      QVERIFY(in.file.convertToUTF8().good());
      for (const DcmTagKey& key : keys) forbidden << rawValue(in.file, key);
    }
    forbidden.remove(QByteArray());
    QVERIFY(forbidden.size() > 200);  // every SOP instance UID is in there

    QStringList outputs;
    for (const Processed& p : std::as_const(m_inputs)) outputs << p.output;
    for (int first = 0; first < outputs.size(); first += 40) {
      const ToolRun dump = runTool(QStringLiteral("dcmdump"), QStringList{QStringLiteral("+L")} + outputs.mid(first, 40));
      QCOMPARE(dump.exitCode, 0);
      QVERIFY(dump.out.contains("(0010,0010) PN [ANONYMOUS^"));
      for (const QByteArray& value : std::as_const(forbidden))
        QVERIFY2(!dump.out.contains(value), qPrintable(QStringLiteral("dcmdump shows %1").arg(QString::fromUtf8(value))));
    }
    // The bytes themselves, too (values dcmdump might shorten or not decode).
    for (const Processed& p : std::as_const(m_inputs))
      for (const QByteArray& value : std::as_const(forbidden))
        QVERIFY2(!p.result.part10.contains(value), qPrintable(p.output + ": " + QString::fromUtf8(value)));
  }

  // One pseudonym per patient: the two CTs of P1001 share theirs.
  void patientsKeepOnePseudonymEach() {
    QMap<QString, QSet<QString>> idsByStudy;
    for (const Processed& p : std::as_const(m_inputs)) {
      Dicom out(p.output);
      idsByStudy[p.label] << out.value(DCM_PatientID) + QLatin1Char('|') + out.value(DCM_PatientName);
      QCOMPARE(out.value(DCM_SpecificCharacterSet), QStringLiteral("ISO_IR 192"));
    }
    for (const QSet<QString>& ids : std::as_const(idsByStudy)) QCOMPARE(ids.size(), 1);
    QCOMPARE(idsByStudy[QStringLiteral("ct-head")], idsByStudy[QStringLiteral("ct-head-prior")]);
    QCOMPARE(idsByStudy[QStringLiteral("ct-head")], idsByStudy[QStringLiteral("sr")]);
    QVERIFY(idsByStudy[QStringLiteral("ct-head")] != idsByStudy[QStringLiteral("cr-skull")]);
    QVERIFY(idsByStudy[QStringLiteral("cr-skull")] != idsByStudy[QStringLiteral("mr-head")]);
  }

  void givenPseudonymsAreUsed() {
    Deidentifier deidentifier(
        DeidentificationOptions{QStringLiteral("TEACHING^CASE001"), QStringLiteral("CASE001"), kSecret});
    DeidentifiedFile result;
    ReportingError error;
    QVERIFY(deidentifier.deidentify(readFile(m_inputs.first().input), &result, &error));
    const QString path = m_tmp.filePath(QStringLiteral("named.dcm"));
    QVERIFY(writeFile(path, result.part10));
    const ToolRun dump = runTool(QStringLiteral("dcmdump"), {path});
    QVERIFY(dump.out.contains("(0010,0010) PN [TEACHING^CASE001]"));
    QVERIFY(dump.out.contains("(0010,0020) LO [CASE001]"));
  }

  // Every date of a patient moves by the same number of days, in every
  // study; intervals between studies are kept; times are not touched.
  void datesShiftByOneOffsetPerPatient() {
    QMap<QString, QSet<qint64>> shiftByPatient;
    for (const Processed& p : std::as_const(m_inputs)) {
      Dicom in(p.input), out(p.output);
      const QString patient = in.value(DCM_PatientID);
      for (const DcmTagKey& key : {DCM_StudyDate, DCM_SeriesDate, DCM_ContentDate, DCM_AcquisitionDate}) {
        const QDate before = QDate::fromString(in.value(key), QStringLiteral("yyyyMMdd"));
        if (!before.isValid()) continue;
        const QDate after = QDate::fromString(out.value(key), QStringLiteral("yyyyMMdd"));
        QVERIFY2(after.isValid(), qPrintable(p.output));
        shiftByPatient[patient] << before.daysTo(after);
      }
      QCOMPARE(out.value(DCM_StudyTime), in.value(DCM_StudyTime));
      QVERIFY(out.value(DCM_PatientBirthDate).isEmpty());
    }
    QCOMPARE(shiftByPatient.size(), 3);
    for (auto it = shiftByPatient.cbegin(); it != shiftByPatient.cend(); ++it) {
      QCOMPARE(it.value().size(), 1);
      QVERIFY(*it.value().cbegin() < 0);
      QVERIFY(*it.value().cbegin() >= -3650);
    }
    // The interval between P1001's two CTs, in days, is what it was.
    auto studyDate = [this](const QString& label, bool output) {
      for (const Processed& p : std::as_const(m_inputs))
        if (p.label == label) return QDate::fromString(Dicom(output ? p.output : p.input).value(DCM_StudyDate), QStringLiteral("yyyyMMdd"));
      return QDate();
    };
    QCOMPARE(studyDate(QStringLiteral("ct-head-prior"), true).daysTo(studyDate(QStringLiteral("ct-head"), true)),
             studyDate(QStringLiteral("ct-head-prior"), false).daysTo(studyDate(QStringLiteral("ct-head"), false)));
  }

  // Geometry and pixels are the image: byte-identical.
  void geometryAndPixelsUnchanged() {
    int images = 0;
    for (const Processed& p : std::as_const(m_inputs)) {
      if (p.label == QLatin1String("sr")) continue;
      Dicom in(p.input), out(p.output);
      for (const DcmTagKey& key : {DCM_ImagePositionPatient, DCM_ImageOrientationPatient, DCM_PixelSpacing,
                                   DCM_SliceThickness, DCM_SliceLocation, DCM_Rows, DCM_Columns,
                                   DCM_RescaleIntercept, DCM_RescaleSlope, DCM_PatientOrientation, DCM_PatientPosition})
        QCOMPARE(out.value(key), in.value(key));
      const QByteArray hash = in.pixelHash();
      QVERIFY(!hash.isEmpty());
      QCOMPARE(out.pixelHash(), hash);
      ++images;
    }
    QCOMPARE(images, m_inputs.size() - 1);
  }

  // New UIDs, consistent over the set: series and frame of reference shared
  // as before, and every reference points at an output instance.
  void uidsReplacedAndReferencesKept() {
    QSet<QString> outputInstances;
    QMap<QString, QSet<QString>> studiesByLabel, seriesByLabel, frameByLabel;
    for (const Processed& p : std::as_const(m_inputs)) {
      Dicom out(p.output);
      const QString sop = out.value(DCM_SOPInstanceUID);
      QVERIFY(sop.startsWith(QLatin1String("2.25.")));
      QVERIFY(sop.size() <= 64);
      QCOMPARE(sop, p.result.sopInstanceUid);
      outputInstances << sop;
      studiesByLabel[p.label] << out.value(DCM_StudyInstanceUID);
      seriesByLabel[p.label] << out.value(DCM_SeriesInstanceUID);
      frameByLabel[p.label] << out.value(DCM_FrameOfReferenceUID);
    }
    QCOMPARE(outputInstances.size(), m_inputs.size());
    for (const QString& label : kStudies) {
      QCOMPARE(studiesByLabel[label].size(), 1);
      QCOMPARE(seriesByLabel[label].size(), 1);
      QCOMPARE(frameByLabel[label].size(), 1);
    }
    // The report is in the CT's (new) study.
    QCOMPARE(studiesByLabel[QStringLiteral("sr")], studiesByLabel[QStringLiteral("ct-head")]);

    // Every ReferencedSOPInstanceUID anywhere (dcmdump prints nested items too).
    QStringList outputs;
    for (const Processed& p : std::as_const(m_inputs)) outputs << p.output;
    const ToolRun dump = runTool(QStringLiteral("dcmdump"), QStringList{QStringLiteral("+L")} + outputs);
    static const QRegularExpression referenced(QStringLiteral("\\(0008,1155\\) UI \\[([0-9.]+)\\]"));
    int references = 0;
    for (auto m = referenced.globalMatch(QString::fromUtf8(dump.out)); m.hasNext();) {
      const QString uid = m.next().captured(1);
      QVERIFY2(outputInstances.contains(uid), qPrintable(uid));
      ++references;
    }
    QVERIFY(references >= 108);  // the report's evidence: the whole CT
  }

  // The report still reads as a report, citing the de-identified CT,
  // without the patient's name in its text.
  void reportStillReads() {
    const Processed& sr = m_inputs.last();
    Report report;
    ReportingError error;
    QVERIFY2(decodeReportSr(sr.result.part10, &report, &error), qPrintable(error.detail));
    QSet<QString> ct;
    for (const Processed& p : std::as_const(m_inputs))
      if (p.label == QLatin1String("ct-head")) ct << p.result.sopInstanceUid;
    QCOMPARE(report.study.evidence.size(), ct.size());
    for (const ImageReference& r : std::as_const(report.study.evidence)) QVERIFY(ct.contains(r.sopInstanceUid));
    QCOMPARE(report.keyImages.size(), 1);
    QVERIFY(ct.contains(report.keyImages.first().sopInstanceUid));
    QVERIFY(report.findings.contains(QStringLiteral("右侧额叶")));
    QVERIFY(!report.findings.contains(QStringLiteral("张伟")));
    QVERIFY(!report.findings.contains(QStringLiteral("19680312")));
    QVERIFY(report.study.studyDescription.contains(QStringLiteral("头颅")));
    // The author is no one in particular now (Person Observer, TID 1003).
    QVERIFY(!report.author.name.contains(QStringLiteral("王")));
    QVERIFY(!sr.result.part10.contains("R007"));
    QVERIFY(!sr.result.part10.contains("云阅远程影像诊断中心"));
  }

  // PS3.15 E.1.1 / PS3.3 C.7.1.1: what was done is recorded in the object.
  void methodIsRecorded() {
    for (const Processed& p : std::as_const(m_inputs)) {
      const ToolRun dump = runTool(QStringLiteral("dcmdump"), {QStringLiteral("+L"), p.output});
      QVERIFY(dump.out.contains("(0012,0062) CS [YES]"));
      QVERIFY(dump.out.contains("(0012,0063) LO [PS3.15 E Basic Application Confidentiality Profile\\Retain"));
      for (const char* code : {"[113100]", "[113107]", "[113105]"}) QVERIFY2(dump.out.contains(code), code);
      QVERIFY(dump.out.contains("(0028,0303) CS [MODIFIED]"));
      QVERIFY(dump.out.contains("(0008,0005) CS [ISO_IR 192]"));
      QVERIFY(!p.result.changedAttributes.isEmpty());
      if (p.label == QLatin1String("ct-head")) break;  // one CT file is enough; the others are alike
    }
  }

  void burnedInAnnotationWarns_data() {
    QTest::addColumn<QString>("modification");
    QTest::addColumn<int>("warnings");
    QTest::newRow("NO") << QString() << 0;
    QTest::newRow("YES") << QStringLiteral("-m (0028,0301)=YES") << 1;
    QTest::newRow("absent") << QStringLiteral("-ea (0028,0301)") << 1;
  }
  void burnedInAnnotationWarns() {
    QFETCH(QString, modification);
    QFETCH(int, warnings);
    const QString copy = variant(QStringLiteral("cr-skull"), modification.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    QVERIFY(!copy.isEmpty());
    Deidentifier deidentifier(DeidentificationOptions{{}, {}, kSecret});
    DeidentifiedFile result;
    ReportingError error;
    QVERIFY(deidentifier.deidentify(readFile(copy), &result, &error));
    QCOMPARE(result.warnings.size(), warnings);
    if (warnings) QVERIFY(result.warnings.first().contains(QStringLiteral("Burned In Annotation")));
    // The report has no pixels: nothing to warn about.
    QVERIFY(m_inputs.last().result.warnings.isEmpty());
  }

  void privateAttributesRemoved() {
    // dcmodify cannot make a private element of unknown VR; dcmdata can.
    const QString copy = variant(QStringLiteral("mr-head"), {});
    QVERIFY(!copy.isEmpty());
    {
      DcmFileFormat file;
      QVERIFY(file.loadFile(copy.toLocal8Bit().constData()).good());
      DcmDataset& dataset = *file.getDataset();
      QVERIFY(dataset.putAndInsertString(DcmTag(0x0009, 0x0010, EVR_LO), "ACME 1.0").good());
      DcmTag note(0x0009, 0x1001, EVR_LO);
      note.setPrivateCreator("ACME 1.0");
      QVERIFY(dataset.putAndInsertString(note, "P3003 note").good());
      QVERIFY(file.saveFile(copy.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
    }
    QVERIFY(runTool(QStringLiteral("dcmdump"), {copy}).out.contains("(0009,1001)"));
    Deidentifier deidentifier(DeidentificationOptions{{}, {}, kSecret});
    DeidentifiedFile result;
    ReportingError error;
    QVERIFY(deidentifier.deidentify(readFile(copy), &result, &error));
    QVERIFY(!result.part10.contains("P3003"));
    QVERIFY(!result.part10.contains("ACME"));
    QVERIFY(result.changedAttributes.join(QLatin1Char('\n')).contains(QStringLiteral("private, removed")));
  }

  // Clean Descriptors: names, IDs and long numbers go, the description stays.
  void descriptionsCleaned() {
    const QString copy = variant(QStringLiteral("cr-skull"),
                                 {QStringLiteral("-m"), QStringLiteral("(0008,1030)=Li^Na 头颅侧位片 P2002"),
                                  QStringLiteral("-m"), QStringLiteral("(0008,103e)=Skull 13912345678 李^娜"),
                                  QStringLiteral("-i"), QStringLiteral("(0020,4000)=云溪县中医院 Zhao^Lei")});
    QVERIFY(!copy.isEmpty());
    Deidentifier deidentifier(DeidentificationOptions{{}, {}, kSecret});
    DeidentifiedFile result;
    ReportingError error;
    QVERIFY(deidentifier.deidentify(readFile(copy), &result, &error));
    const QString path = m_tmp.filePath(QStringLiteral("cleaned.dcm"));
    QVERIFY(writeFile(path, result.part10));
    Dicom out(path);
    QVERIFY(out.value(DCM_StudyDescription).contains(QStringLiteral("头颅侧位片")));
    QVERIFY(!out.value(DCM_StudyDescription).contains(QStringLiteral("Li")));
    QVERIFY(!out.value(DCM_StudyDescription).contains(QStringLiteral("P2002")));
    QCOMPARE(out.value(DCM_SeriesDescription), QStringLiteral("Skull"));
    QVERIFY(!out.file.getDataset()->tagExists(DCM_ImageComments));  // nothing left: removed
  }

  // The same secret gives the same files (a teaching set can be redone);
  // another secret gives other UIDs and, as likely as not, other dates.
  void sameSecretSameResult() {
    Deidentifier again(DeidentificationOptions{{}, {}, kSecret});
    Deidentifier other(DeidentificationOptions{{}, {}, "another secret"});
    const Processed& p = m_inputs.first();
    DeidentifiedFile a, b;
    ReportingError error;
    QVERIFY(again.deidentify(readFile(p.input), &a, &error));
    QVERIFY(other.deidentify(readFile(p.input), &b, &error));
    QCOMPARE(a.part10, p.result.part10);
    QVERIFY(b.sopInstanceUid != p.result.sopInstanceUid);
    QVERIFY(b.studyInstanceUid != p.result.studyInstanceUid);
  }

  // dciodvfy finds no error in an output that it did not find in its input.
  void dciodvfyNoNewErrors() {
    QSet<QString> checked;
    for (const Processed& p : std::as_const(m_inputs)) {
      if (checked.contains(p.label)) continue;
      checked << p.label;
      const QSet<QString> before = dciodvfyErrors(p.input);
      const QSet<QString> after = dciodvfyErrors(p.output);
      const QSet<QString> added = after - before;
      QVERIFY2(added.isEmpty(), qPrintable(p.label + QStringLiteral(": ") + QStringList(added.values()).join(QLatin1Char('\n'))));
    }
    QCOMPARE(checked.size(), kStudies.size() + 1);
  }

  void notDicomRefused() {
    Deidentifier deidentifier(DeidentificationOptions{{}, {}, kSecret});
    DeidentifiedFile result;
    ReportingError error;
    QVERIFY(!deidentifier.deidentify("plain text, no DICOM", &result, &error));
    QCOMPARE(error.code, ReportingError::Code::NotDicom);
    QVERIFY(!error.message.isEmpty());
  }

 private:
  // The report of the head CT, with the patient's name and birth date typed
  // into the findings (it happens), the whole CT as evidence, a key image.
  QString makeReportSr(const QStringList& ctFiles) {
    Report report;
    ReportingError error;
    if (!readReportedStudy(ctFiles, &report.study, &error)) return {};
    report.language = QStringLiteral("zh_CN");
    report.technique = QStringLiteral("头颅CT平扫");
    report.findings = QStringLiteral("张伟 19680312 右侧额叶见片状低密度影。");
    report.impression = QStringLiteral("右侧额叶梗死可能。");
    report.keyImages << report.study.evidence.at(report.study.evidence.size() / 2);
    report.author = Observer{QStringLiteral("王^医生"), QStringLiteral("R007"), QStringLiteral("云阅远程影像诊断中心")};
    report.observationDateTime = QDateTime(QDate(2026, 11, 20), QTime(10, 30), Qt::OffsetFromUTC, 8 * 3600);
    QByteArray bytes;
    if (!encodeReportSr(&report, &bytes, &error)) return {};
    const QString path = m_tmp.filePath(QStringLiteral("in/report.dcm"));
    return writeFile(path, bytes) ? path : QString();
  }

  // A copy of the first file of a demo study, changed by dcmodify.
  QString variant(const QString& label, const QStringList& dcmodifyArgs) {
    QString source;
    for (const Processed& p : std::as_const(m_inputs))
      if (p.label == label) { source = p.input; break; }
    const QString copy = m_tmp.filePath(QStringLiteral("variant-%1.dcm").arg(++m_variants));
    if (!writeFile(copy, readFile(source))) return {};
    if (dcmodifyArgs.isEmpty()) return copy;
    const ToolRun run = runTool(QStringLiteral("dcmodify"), QStringList{QStringLiteral("-nb")} + dcmodifyArgs + QStringList{copy});
    if (run.exitCode != 0) {
      qWarning("dcmodify: %s", run.err.constData());
      return {};
    }
    return copy;
  }

  QTemporaryDir m_tmp;
  QList<Processed> m_inputs;
  int m_variants = 0;
};

QTEST_GUILESS_MAIN(TestDeidentify)
#include "test_deidentify.moc"
