// The printed report, read back by tools that know nothing of Qt: poppler
// (pdftotext, pdftoppm), zbar (zbarimg) and, for its DICOM form, DCMTK
// (dcmdump, dcm2pdf) and dicom3tools (dciodvfy).
#include "reporting/EncapsulatedPdf.h"
#include "reporting/ReportPdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRadialGradient>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

Q_DECLARE_METATYPE(yunyue::Report)

namespace {

const QString kStudyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.10011223344556677");
const QString kSrUid = QStringLiteral("1.2.826.0.1.3680043.8.498.20011223344556677");
const QString kLink = QStringLiteral("https://yunyue.example.cn/study/1.2.826.0.1.3680043.8.498.10011223344556677");

struct Run {
  int exitCode = -1;
  QByteArray output;  // stdout
  QByteArray errors;  // stderr (dciodvfy reports there)
};

Run run(const QString& program, const QStringList& args) {
  Run r;
  const QString exe = QStandardPaths::findExecutable(program);
  if (exe.isEmpty()) {
    r.errors = program.toUtf8() + " not found";
    return r;
  }
  QProcess p;
  p.start(exe, args);
  p.waitForFinished(120000);
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  r.output = p.readAllStandardOutput();
  r.errors = p.readAllStandardError();
  return r;
}

QString withoutSpace(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); }

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A CT-like slice: dark field, a bright ring (skull), a grey disc, a lesion.
QImage syntheticSlice(int lesionX, const QString& description) {
  QImage image(512, 512, QImage::Format_RGB32);
  image.fill(Qt::black);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(QPen(QColor(230, 230, 230), 18));
  p.setBrush(QColor(110, 110, 110));
  p.drawEllipse(QPointF(256, 256), 200, 230);
  p.setPen(Qt::NoPen);
  QRadialGradient lesion(QPointF(lesionX, 220), 30);
  lesion.setColorAt(0, QColor(200, 200, 200));
  lesion.setColorAt(1, QColor(110, 110, 110));
  p.setBrush(lesion);
  p.drawEllipse(QPointF(lesionX, 220), 30, 30);
  p.end();
  image.setText(QStringLiteral("Description"), description);
  return image;
}

Report chineseReport() {
  Report r;
  r.srSeriesUid = QStringLiteral("1.2.826.0.1.3680043.8.498.30011223344556677");
  r.srInstanceUid = kSrUid;
  r.language = QStringLiteral("zh_CN");
  r.study.studyUid = kStudyUid;
  r.study.patientName = QStringLiteral("王^芳");
  r.study.patientId = QStringLiteral("P20261123001");
  r.study.patientBirthDate = QStringLiteral("19800512");
  r.study.patientSex = QStringLiteral("F");
  r.study.accessionNumber = QStringLiteral("A88231");
  r.study.studyDate = QStringLiteral("20261123");
  r.study.studyTime = QStringLiteral("083000");
  r.study.studyId = QStringLiteral("S1");
  r.study.referringPhysician = QStringLiteral("赵^医生");
  r.study.studyDescription = QStringLiteral("胸部CT平扫");
  r.study.modality = QStringLiteral("CT");
  r.study.bodyPart = QStringLiteral("CHEST");
  r.technique = QStringLiteral("胸部CT平扫，层厚5mm，薄层1mm重建，肺窗及纵隔窗观察。");
  QStringList findings;
  for (int i = 1; i <= 26; ++i) {
    findings << QStringLiteral("%1. 右肺上叶尖段见一磨玻璃密度结节，边界清楚，大小约8mm×6mm，"
                               "其内可见小血管穿行，邻近胸膜无牵拉；双肺其余肺野透亮度正常，"
                               "肺纹理走行自然，气管及各级支气管通畅。")
                    .arg(i);
  }
  r.findings = findings.join(QLatin1Char('\n'));
  r.impression = QStringLiteral("右肺上叶磨玻璃结节，建议3个月后复查胸部CT。");
  r.measurements = {
      {QStringLiteral("结节长径"), QStringLiteral("410668003"), QStringLiteral("SCT"), QStringLiteral("Length"),
       8.2, QStringLiteral("mm"), QStringLiteral("millimeter"), {}},
      {QStringLiteral("结节面积"), QStringLiteral("42798000"), QStringLiteral("SCT"), QStringLiteral("Area"),
       38.6, QStringLiteral("mm2"), QStringLiteral("square millimeter"), {}},
      {QStringLiteral("结节平均CT值"), QStringLiteral("112031"), QStringLiteral("DCM"),
       QStringLiteral("Attenuation Coefficient"), -512, QStringLiteral("[hnsf'U]"),
       QStringLiteral("Hounsfield unit"), {}},
  };
  r.author = {QStringLiteral("张^伟"), QStringLiteral("D001"), QStringLiteral("云阅远程影像诊断中心")};
  r.observationDateTime = QDateTime(QDate(2026, 11, 23), QTime(9, 5));
  r.contentDateTime = QDateTime(QDate(2026, 11, 23), QTime(9, 40));
  r.complete = true;
  r.verified = true;
  r.verifier = {QStringLiteral("李^明"), QStringLiteral("D002"), QStringLiteral("云阅远程影像诊断中心")};
  r.verificationDateTime = QDateTime(QDate(2026, 11, 23), QTime(9, 40));
  return r;
}

Report englishReport() {
  Report r = chineseReport();
  r.language = QStringLiteral("en");
  r.study.patientName = QStringLiteral("Wang^Fang");
  r.study.studyDescription = QStringLiteral("CT chest without contrast");
  r.technique = QStringLiteral("Axial CT of the chest without contrast, 5 mm slices, 1 mm reconstructions.");
  r.findings = QStringLiteral("A ground-glass nodule of 8 x 6 mm in the apical segment of the right upper lobe. "
                              "No pleural effusion. The airways are patent.");
  r.impression = QStringLiteral("Ground-glass nodule in the right upper lobe; follow-up CT in 3 months.");
  r.author.name = QStringLiteral("Zhang^Wei");
  r.verifier.name = QStringLiteral("Li^Ming");
  r.measurements.first().label = QStringLiteral("Nodule long axis");
  return r;
}

QList<PdfSigner> signersOf(const Report& r) {
  return {
      {r.author.name, r.author.organisation, QStringLiteral("author"), r.observationDateTime,
       QStringLiteral("CN=Zhang Wei,O=Yunyue Reading Center"), true},
      {r.verifier.name, r.verifier.organisation, QStringLiteral("reviewer"), r.verificationDateTime,
       QStringLiteral("CN=Li Ming,O=Yunyue Reading Center"), true},
  };
}

QList<QImage> keyImages() {
  return {syntheticSlice(200, QStringLiteral("Se 3 Im 45")), syntheticSlice(300, QStringLiteral("Se 3 Im 52"))};
}

// Fraction of pixels that are not (near) white.
double inkedFraction(const QImage& page) {
  const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
  qint64 inked = 0;
  for (int y = 0; y < gray.height(); ++y) {
    const uchar* line = gray.constScanLine(y);
    for (int x = 0; x < gray.width(); ++x) inked += line[x] < 200;
  }
  return double(inked) / (qint64(gray.width()) * gray.height());
}

QString buildDirFile(const QString& name) {
  return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

}  // namespace

class TestReportPdf : public QObject {
  Q_OBJECT
 private slots:
  void readablePersonNames_data() {
    QTest::addColumn<QString>("pn");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ideographic") << "王^芳" << "zh_CN" << "王芳";
    QTest::newRow("latin") << "Wang^Fang" << "en" << "Wang Fang";
    QTest::newRow("groups, Chinese report") << "Wang^Fang=王^芳" << "zh_CN" << "王芳";
    QTest::newRow("groups, English report") << "Wang^Fang=王^芳" << "en" << "Wang Fang";
    QTest::newRow("ideographic only") << "=王^芳" << "en" << "王芳";
    QTest::newRow("trailing carets") << "Smith^John^^Dr^" << "en" << "Dr Smith John";
  }
  void readablePersonNames() {
    QFETCH(QString, pn);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(readablePersonName(pn, language), expected);
  }

  void pdfReadsBack_data() {
    QTest::addColumn<Report>("report");
    QTest::addColumn<QStringList>("expectedText");
    QTest::addColumn<QString>("firstPageNumber");
    QTest::addColumn<QString>("pageCountFormat");
    QTest::addColumn<int>("minimumPages");
    QTest::addColumn<QString>("png");
    const Report zh = chineseReport();
    QTest::newRow("zh_CN") << zh
                           << QStringList{"云阅远程影像诊断中心", "影像诊断报告", "王芳", "检查方法", "影像所见",
                                          "诊断意见", zh.impression, "张伟", "李明", "已数字签名",
                                          "正式报告", "结节长径", "8.2", "P20261123001", "A88231",
                                          "胸部CT平扫", "46岁", "申请医师", "赵医生", "胸部"}
                           << "第 1 页" << "共 %1 页" << 3 << "report-pdf-page1.png";
    const Report en = englishReport();
    QTest::newRow("en") << en
                        << QStringList{"Diagnostic Imaging Report", "Wang Fang", "Technique", "Findings",
                                       "Impression", en.impression, "Zhang Wei", "Li Ming", "Digitally signed",
                                       "FINAL", "Nodule long axis", "46 years"}
                        << "Page 1 of" << "of %1" << 1 << "report-pdf-page1-en.png";
  }
  void pdfReadsBack() {
    QFETCH(Report, report);
    QFETCH(QStringList, expectedText);
    QFETCH(QString, firstPageNumber);
    QFETCH(QString, pageCountFormat);
    QFETCH(int, minimumPages);
    QFETCH(QString, png);

    QByteArray pdf;
    ReportingError error;
    QVERIFY2(renderReportPdf(report, signersOf(report), keyImages(), kLink, &pdf, &error),
             qPrintable(error.detail));
    QVERIFY(!error.isError());
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath("report.pdf");
    QVERIFY(writeFile(pdfPath, pdf));

    // Text stays text: poppler extracts every part of the report.
    const Run text = run("pdftotext", {"-enc", "UTF-8", pdfPath, "-"});
    QCOMPARE(text.exitCode, 0);
    const QString extracted = QString::fromUtf8(text.output);
    const QString flat = withoutSpace(extracted);
    for (const QString& expected : expectedText)
      QVERIFY2(flat.contains(withoutSpace(expected)), qPrintable("missing in the PDF text: " + expected));
    QVERIFY2(flat.contains(withoutSpace(firstPageNumber)), qPrintable(extracted.right(400)));

    // Pages as an image: the count the footers announce, and page 1 has ink.
    const Run raster = run("pdftoppm", {"-r", "100", "-png", pdfPath, dir.filePath("page")});
    QCOMPARE(raster.exitCode, 0);
    const QStringList pages = QDir(dir.path()).entryList({"page*.png"}, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= minimumPages, qPrintable(QString::number(pages.size())));
    QVERIFY2(flat.contains(withoutSpace(pageCountFormat.arg(pages.size()))), qPrintable(extracted.right(400)));
    const QImage first(dir.filePath(pages.first()));
    QCOMPARE(first.size(), QSize(827, 1170));  // A4 at 100 dpi
    const double ink = inkedFraction(first);
    QVERIFY2(ink > 0.03, qPrintable(QString::number(ink)));
    // Kept beside the test for people to look at.
    QVERIFY(first.save(buildDirFile(png)));
    QVERIFY(writeFile(buildDirFile(QString(png).remove("-page1").replace(".png", ".pdf")), pdf));

    // The QR code on page 1 decodes to exactly the study link.
    const Run qr = run("zbarimg", {"--quiet", "--raw", dir.filePath(pages.first())});
    QCOMPARE(qr.exitCode, 0);
    QCOMPARE(QString::fromUtf8(qr.output).trimmed(), kLink);
  }

  void noLinkNoQrCode() {
    QByteArray pdf;
    ReportingError error;
    Report report = englishReport();
    report.verified = false;
    QVERIFY(renderReportPdf(report, {}, {}, QString(), &pdf, &error));
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("r.pdf"), pdf));
    QCOMPARE(run("pdftoppm", {"-r", "100", "-png", dir.filePath("r.pdf"), dir.filePath("page")}).exitCode, 0);
    const QStringList pages = QDir(dir.path()).entryList({"page*.png"}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 1);
    // zbarimg exits 4 when it finds no symbol.
    QCOMPARE(run("zbarimg", {"--quiet", "--raw", dir.filePath(pages.first())}).exitCode, 4);
    const QString text = QString::fromUtf8(run("pdftotext", {dir.filePath("r.pdf"), "-"}).output);
    QVERIFY(text.contains("PRELIMINARY"));
    QVERIFY(text.contains("Not signed"));
    QVERIFY(text.contains("Awaiting review"));
  }

  void alteredReportShowsInvalidSignature() {
    const Report report = chineseReport();
    QList<PdfSigner> signers = signersOf(report);
    signers[1].verified = false;  // the reviewer's signature no longer matches
    QByteArray pdf;
    ReportingError error;
    QVERIFY(renderReportPdf(report, signers, {}, kLink, &pdf, &error));
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("r.pdf"), pdf));
    const QString text = withoutSpace(QString::fromUtf8(run("pdftotext", {dir.filePath("r.pdf"), "-"}).output));
    QVERIFY(text.contains("数字签名无效"));
    QCOMPARE(text.count("已数字签名"), 1);  // the author's still holds
  }

  void encapsulatedPdf() {
    const Report report = chineseReport();
    QByteArray pdf;
    ReportingError error;
    QVERIFY2(renderReportPdf(report, signersOf(report), keyImages(), kLink, &pdf, &error), qPrintable(error.detail));
    // An odd length, so the padding to an even value length is exercised
    // (a line feed after %%EOF is still the same PDF).
    if (pdf.size() % 2 == 0) pdf.append('\n');
    QByteArray part10;
    QVERIFY2(encapsulatePdf(pdf, report, &part10, &error), qPrintable(error.detail));
    QVERIFY(part10.mid(128, 4) == "DICM");
    QTemporaryDir dir;
    const QString dcm = dir.filePath("report.dcm");
    QVERIFY(writeFile(dcm, part10));
    QVERIFY(writeFile(buildDirFile("report-pdf.dcm"), part10));

    const Run dump = run("dcmdump", {"-Un", dcm});
    QCOMPARE(dump.exitCode, 0);
    const QString d = QString::fromUtf8(dump.output);
    auto has = [&](const QString& tag, const QString& value) {
      const QRegularExpression line("\\(" + tag + "\\) [A-Z]{2} \\[" + QRegularExpression::escape(value) + "\\]");
      return line.match(d).hasMatch();
    };
    QVERIFY2(has("0002,0002", "1.2.840.10008.5.1.4.1.1.104.1"), qPrintable(d));
    QVERIFY(has("0008,0016", "1.2.840.10008.5.1.4.1.1.104.1"));
    QVERIFY(has("0042,0012", "application/pdf"));
    QVERIFY(has("0020,000d", kStudyUid));
    QVERIFY(has("0008,0060", "DOC"));
    QVERIFY(has("0008,0064", "WSD"));
    QVERIFY(has("0028,0301", "YES"));
    QVERIFY(has("0008,0005", "ISO_IR 192"));
    QVERIFY(has("0010,0010", "王^芳"));
    QVERIFY(has("0008,0100", "18748-4"));
    QVERIFY(has("0008,1155", kSrUid));  // SourceInstanceSequence: the SR it renders
    QVERIFY(d.contains(QStringLiteral("(0042,0015) UL %1").arg(pdf.size())));
    QVERIFY(!has("0020,000e", report.srSeriesUid));  // a series of its own

    // DCMTK's own extractor gives back our PDF (one NUL pads an odd length).
    const QString extracted = dir.filePath("extracted.pdf");
    const Run out = run("dcm2pdf", {dcm, extracted});
    QVERIFY2(out.exitCode == 0, out.errors.constData());
    const QByteArray back = readFile(extracted);
    QVERIFY(back == pdf || back == pdf + QByteArray(1, '\0'));

    // The IOD checker finds no errors (warnings are its opinion on optional attributes).
    const Run check = run("dciodvfy", {dcm});
    QVERIFY2(check.exitCode != -1, check.errors.constData());
    const QString report10 = QString::fromUtf8(check.output + check.errors);
    QVERIFY2(report10.contains("EncapsulatedPDF") || report10.contains("Encapsulated PDF"), qPrintable(report10));
    QVERIFY2(!report10.contains(QRegularExpression("^Error", QRegularExpression::MultilineOption)),
             qPrintable(report10));
  }

  void encapsulateRefusesNonPdf() {
    QByteArray part10;
    ReportingError error;
    QVERIFY(!encapsulatePdf("not a pdf", chineseReport(), &part10, &error));
    QCOMPARE(error.code, ReportingError::Code::PdfFailed);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(part10.isEmpty());
  }
};

QTEST_MAIN(TestReportPdf)
#include "test_report_pdf.moc"
