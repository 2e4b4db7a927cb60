#include "reporting/ReportPdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextLayout>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace yunyue {
namespace {

// Device units are 300 dpi pixels: fine enough for print, and the QR code and
// the text are vector anyway; only key images are sampled at this density.
constexpr int kDpi = 300;
constexpr double kMarginX = 18;       // mm, left and right
constexpr double kMarginTop = 12;     // mm
constexpr double kMarginBottom = 18;  // mm, room for the footer
constexpr double kQrSize = 30;        // mm, quiet zone included

double mm(double v) { return v * kDpi / 25.4; }

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kAccent(0x0b, 0x4f, 0x8a);
const QColor kRule(0x9a, 0xa0, 0xa6);

bool isChinese(const QString& language) { return language.startsWith(QLatin1String("zh")); }

// The printed labels follow the report's language, not the interface's: a
// Chinese report stays Chinese when printed from an English session.
struct Labels {
  QString title, name, sex, age, birthDate, patientId, accession, studyDate, modality, bodyPart,
      study, referring, technique, findings, impression, measurements, number, item, value, unit,
      keyImages, figure, reader, reviewer, signedAt, signatureValid, signatureInvalid, notSigned,
      awaitingReview, certificate, status, draft, preliminary, final, reportTime, page, qrCaption,
      disclaimer, male, female, other, years, months, days, colon;
};

Labels labelsFor(const QString& language) {
  const bool zh = isChinese(language);
  auto t = [zh](const char* chinese, const char* english) { return QString::fromUtf8(zh ? chinese : english); };
  Labels l;
  l.title = t("影像诊断报告", "Diagnostic Imaging Report");
  l.name = t("姓名", "Name");
  l.sex = t("性别", "Sex");
  l.age = t("年龄", "Age");
  l.birthDate = t("出生日期", "Birth date");
  l.patientId = t("患者编号", "Patient ID");
  l.accession = t("检查号", "Accession No.");
  l.studyDate = t("检查日期", "Study date");
  l.modality = t("检查类型", "Modality");
  l.bodyPart = t("检查部位", "Body part");
  l.study = t("检查项目", "Study");
  l.referring = t("申请医师", "Referring physician");
  l.technique = t("检查方法", "Technique");
  l.findings = t("影像所见", "Findings");
  l.impression = t("诊断意见", "Impression");
  l.measurements = t("测量结果", "Measurements");
  l.number = t("序号", "No.");
  l.item = t("项目", "Item");
  l.value = t("测量值", "Value");
  l.unit = t("单位", "Unit");
  l.keyImages = t("关键图像", "Key images");
  l.figure = t("图 %1", "Image %1");
  l.reader = t("报告医师", "Reporting radiologist");
  l.reviewer = t("审核医师", "Reviewing radiologist");
  l.signedAt = t("签名时间", "Signed");
  l.signatureValid = t("已数字签名（签名有效）", "Digitally signed (signature valid)");
  l.signatureInvalid = t("数字签名无效", "Digital signature NOT valid");
  l.notSigned = t("未签名", "Not signed");
  l.awaitingReview = t("待审核", "Awaiting review");
  l.certificate = t("证书", "Certificate");
  l.status = t("报告状态", "Report status");
  l.draft = t("草稿", "DRAFT");
  l.preliminary = t("初步报告", "PRELIMINARY");
  l.final = t("正式报告", "FINAL");
  l.reportTime = t("报告时间", "Report time");
  l.page = t("第 %1 页 / 共 %2 页", "Page %1 of %2");
  l.qrCaption = t("扫码查看影像", "Scan to view the images");
  l.disclaimer = t("本报告仅供临床参考，请结合临床及其他检查综合分析。",
                   "This report is for clinical reference; interpret it with the clinical findings.");
  l.male = t("男", "Male");
  l.female = t("女", "Female");
  l.other = t("其他", "Other");
  l.years = t("%1岁", "%1 years");
  l.months = t("%1个月", "%1 months");
  l.days = t("%1天", "%1 days");
  l.colon = t("：", ": ");
  return l;
}

// ---------------------------------------------------------------- values

QString readableDate(const QString& da) {
  const QDate d = QDate::fromString(da, QStringLiteral("yyyyMMdd"));
  return d.isValid() ? d.toString(Qt::ISODate) : da;
}

QString readableDateTime(const QDateTime& dt) {
  return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Patient's Sex (0010,0040) is M, F or O (PS3.3 C.7.1.1).
QString readableSex(const QString& sex, const Labels& l) {
  if (sex == QLatin1String("M")) return l.male;
  if (sex == QLatin1String("F")) return l.female;
  if (sex == QLatin1String("O")) return l.other;
  return sex;
}

// Age at the study, in the units Patient's Age (AS) would use: years, or
// months below two years, or days below one month.
QString readableAge(const QString& birthDa, const QString& studyDa, const Labels& l) {
  const QDate birth = QDate::fromString(birthDa, QStringLiteral("yyyyMMdd"));
  QDate at = QDate::fromString(studyDa, QStringLiteral("yyyyMMdd"));
  if (!at.isValid()) at = QDate::currentDate();
  if (!birth.isValid() || birth > at) return {};
  int months = (at.year() - birth.year()) * 12 + at.month() - birth.month();
  if (at.day() < birth.day()) --months;
  if (months >= 24) return l.years.arg(months / 12);
  if (months >= 1) return l.months.arg(months);
  return l.days.arg(birth.daysTo(at));
}

// At most two decimals below 10, one above, no trailing zeros: 8.2, 38.6, -512.
QString readableValue(double v) {
  QString text = QLocale::c().toString(v, 'f', std::abs(v) < 10 ? 2 : 1);
  if (text.contains(QLatin1Char('.'))) {
    while (text.endsWith(QLatin1Char('0'))) text.chop(1);
    if (text.endsWith(QLatin1Char('.'))) text.chop(1);
  }
  return text;
}

// UCUM codes (PS3.16 CID 82 and friends) as printed on a report.
QString readableUnit(const ReportMeasurement& m) {
  if (m.unitCode == QLatin1String("mm2")) return QStringLiteral("mm²");
  if (m.unitCode == QLatin1String("cm2")) return QStringLiteral("cm²");
  if (m.unitCode == QLatin1String("mm3")) return QStringLiteral("mm³");
  if (m.unitCode == QLatin1String("cm3")) return QStringLiteral("cm³");
  if (m.unitCode == QLatin1String("[hnsf'U]")) return QStringLiteral("HU");
  if (m.unitCode == QLatin1String("deg")) return QStringLiteral("°");
  return m.unitCode.isEmpty() ? m.unitMeaning : m.unitCode;
}

// Body Part Examined (0018,0015) defined terms (PS3.16 Annex L) a Chinese
// report names in Chinese; other terms print as they are.
QString readableBodyPart(const QString& term, const QString& language) {
  static const QHash<QString, QString> chinese = {
      {"HEAD", "头部"},      {"BRAIN", "颅脑"},     {"NECK", "颈部"},       {"CHEST", "胸部"},
      {"ABDOMEN", "腹部"},   {"PELVIS", "盆腔"},    {"HEART", "心脏"},      {"BREAST", "乳腺"},
      {"SPINE", "脊柱"},     {"CSPINE", "颈椎"},    {"TSPINE", "胸椎"},     {"LSPINE", "腰椎"},
      {"SHOULDER", "肩关节"}, {"ELBOW", "肘关节"},   {"WRIST", "腕关节"},    {"HAND", "手"},
      {"HIP", "髋关节"},     {"KNEE", "膝关节"},    {"ANKLE", "踝关节"},    {"FOOT", "足"},
      {"EXTREMITY", "四肢"}, {"WHOLEBODY", "全身"},
  };
  const QString key = term.trimmed().toUpper();
  if (isChinese(language)) return chinese.value(key, term);
  return key.isEmpty() ? term : key.left(1) + key.mid(1).toLower();
}

// -------------------------------------------------------------- fonts

// A family with Simplified Chinese glyphs, proportional if there is one, so
// Chinese text is drawn with a real font that the PDF embeds (and pdftotext
// reads back) instead of fallback glyphs.
QString cjkFamily() {
  const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
  for (const QString& f : families) {
    if (!QFontDatabase::isFixedPitch(f) && !QFontDatabase::isPrivateFamily(f)) return f;
  }
  return families.isEmpty() ? QFont().family() : families.first();
}

class Fonts {
 public:
  Fonts() : family_(cjkFamily()) {
    // Synthetic bold is not worth the risk of text turned into outlines;
    // headings stand out by size and colour where the family has no bold.
    hasBold_ = QFontDatabase::styles(family_).contains(QStringLiteral("Bold"));
  }
  QFont font(double points, bool strong = false) const {
    QFont f(family_);
    f.setPointSizeF(points);
    f.setWeight(strong && hasBold_ ? QFont::Bold : QFont::Normal);
    return f;
  }

 private:
  QString family_;
  bool hasBold_ = false;
};

// ------------------------------------------------------------ QR code

// The QR symbol as dark/light modules, error correction level M (ISO/IEC 18004).
struct QrSymbol {
  int width = 0;
  QVector<bool> dark;
};

bool encodeQr(const QString& text, QrSymbol* symbol) {
  const QByteArray utf8 = text.toUtf8();
  QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
  if (!code) return false;
  symbol->width = code->width;
  symbol->dark.resize(code->width * code->width);
  for (int i = 0; i < code->width * code->width; ++i) symbol->dark[i] = code->data[i] & 1;
  QRcode_free(code);
  return true;
}

// One filled path of whole modules on a white square with the 4-module quiet
// zone the standard asks for: crisp at any print or render resolution.
void drawQr(QPainter& p, const QrSymbol& symbol, const QRectF& box) {
  const int quiet = 4;
  const double module = box.width() / (symbol.width + 2 * quiet);
  p.fillRect(box, Qt::white);
  QPainterPath path;
  path.setFillRule(Qt::WindingFill);
  for (int row = 0; row < symbol.width; ++row) {
    for (int col = 0; col < symbol.width;) {
      if (!symbol.dark[row * symbol.width + col]) {
        ++col;
        continue;
      }
      int run = 1;
      while (col + run < symbol.width && symbol.dark[row * symbol.width + col + run]) ++run;
      path.addRect(box.x() + (quiet + col) * module, box.y() + (quiet + row) * module,
                   run * module, module);
      col += run;
    }
  }
  p.save();
  p.setRenderHint(QPainter::Antialiasing, false);
  p.setPen(Qt::NoPen);
  p.setBrush(Qt::black);
  p.drawPath(path);
  p.restore();
}

// ----------------------------------------------------------- layout

// Lays the report out once into per-page drawing operations, so the page
// count is known before the footers ("Page 1 of 3") are drawn.
class Composer {
 public:
  using Op = std::function<void(QPainter&)>;

  Composer(QPaintDevice* device, double pageHeight, double continuationTop)
      : device_(device), bottom_(pageHeight - mm(kMarginBottom)),
        continuationTop_(continuationTop) {
    pages_.append(QList<Op>());
  }

  QPaintDevice* device() const { return device_; }
  double y() const { return y_; }
  void setY(double y) { y_ = y; }
  void advance(double dy) { y_ += dy; }
  // Starts a new page unless `height` still fits on this one.
  void ensure(double height) {
    if (y_ + height > bottom_) {
      pages_.append(QList<Op>());
      y_ = continuationTop_;
    }
  }
  void add(Op op) { pages_.last().append(std::move(op)); }
  const QList<QList<Op>>& pages() const { return pages_; }

  void text(const QFont& font, const QColor& color, const QPointF& baseline, const QString& s) {
    add([=](QPainter& p) {
      p.setFont(font);
      p.setPen(color);
      p.drawText(baseline, s);
    });
  }
  void rule(double x1, double x2, double y, double width, const QColor& color) {
    add([=](QPainter& p) {
      p.setPen(QPen(color, width));
      p.drawLine(QPointF(x1, y), QPointF(x2, y));
    });
  }

 private:
  QPaintDevice* device_;
  double bottom_;
  double continuationTop_;
  double y_ = 0;
  QList<QList<Op>> pages_;
};

// Text broken into lines that fit `width` (Unicode line breaking, so Chinese
// breaks between characters and English between words).
QStringList wrap(const QString& text, const QFont& font, QPaintDevice* device, double width) {
  QStringList lines;
  const QStringList paragraphs = text.split(QLatin1Char('\n'));
  for (const QString& paragraph : paragraphs) {
    if (paragraph.trimmed().isEmpty()) {
      lines << QString();
      continue;
    }
    QTextLayout layout(paragraph, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
      line.setLineWidth(width);
      lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
  }
  return lines;
}

struct Context {
  const Report& report;
  const Labels& l;
  const Fonts& fonts;
  double left = 0;
  double right = 0;
  double width() const { return right - left; }
};

QString statusText(const Report& r, const Labels& l) {
  if (r.verified) return l.final;
  return r.complete ? l.preliminary : l.draft;
}

QColor statusColor(const Report& r) {
  if (r.verified) return QColor(0x1b, 0x7f, 0x3b);
  return r.complete ? QColor(0xb3, 0x6b, 0x00) : QColor(0xb0, 0x1e, 0x1e);
}

void composeHeader(Composer& c, const Context& x, const QrSymbol* qr) {
  const double top = mm(kMarginTop);
  QFontMetricsF fmOrg(x.fonts.font(15, true), c.device());
  QFontMetricsF fmTitle(x.fonts.font(22, true), c.device());
  const double center = (x.left + x.right) / 2;
  // Centred between the status stamp and the QR code, whatever the name's length.
  const double room = x.width() - 2 * mm(kQrSize + 4);
  const QString org = fmOrg.elidedText(x.report.author.organisation, Qt::ElideRight, room);
  const double orgBase = top + mm(4) + fmOrg.ascent();
  c.text(x.fonts.font(15, true), kInk, {center - fmOrg.horizontalAdvance(org) / 2, orgBase}, org);
  const double titleBase = orgBase + fmOrg.descent() + mm(4) + fmTitle.ascent();
  c.text(x.fonts.font(22, true), kAccent,
         {center - fmTitle.horizontalAdvance(x.l.title) / 2, titleBase}, x.l.title);

  // Status stamp on the left, opposite the QR code.
  const QString status = statusText(x.report, x.l);
  const QFont stampFont = x.fonts.font(12, true);
  QFontMetricsF fmStamp(stampFont, c.device());
  const QRectF stamp(x.left, top + mm(6), fmStamp.horizontalAdvance(status) + mm(6), mm(9));
  const QColor color = statusColor(x.report);
  c.add([=](QPainter& p) {
    p.setPen(QPen(color, mm(0.5)));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(stamp, mm(1), mm(1));
    p.setFont(stampFont);
    p.drawText(stamp, Qt::AlignCenter, status);
  });

  double headerBottom = titleBase + fmTitle.descent() + mm(4);
  if (qr) {
    const QRectF box(x.right - mm(kQrSize), top, mm(kQrSize), mm(kQrSize));
    const QrSymbol symbol = *qr;
    c.add([=](QPainter& p) { drawQr(p, symbol, box); });
    const QFont small = x.fonts.font(7);
    QFontMetricsF fm(small, c.device());
    const QString caption = x.l.qrCaption;
    c.text(small, kMuted, {box.center().x() - fm.horizontalAdvance(caption) / 2, box.bottom() + fm.ascent()},
           caption);
    headerBottom = std::max(headerBottom, box.bottom() + fm.height() + mm(1.5));
  }
  c.rule(x.left, x.right, headerBottom, mm(0.6), kAccent);
  c.setY(headerBottom + mm(3));
}

constexpr int kColumns = 3;

struct Field {
  QString label;
  QString value;
  int span = 1;
};

// Patient and study identification, three columns: IDs and accession
// numbers are long (PS3.3 C.7.1.1, C.7.2.1).
void composePatientBlock(Composer& c, const Context& x) {
  const ReportedStudy& s = x.report.study;
  const QList<Field> fields = {
      {x.l.name, readablePersonName(s.patientName, x.report.language)},
      {x.l.sex, readableSex(s.patientSex, x.l)},
      {x.l.age, readableAge(s.patientBirthDate, s.studyDate, x.l)},
      {x.l.patientId, s.patientId},
      {x.l.accession, s.accessionNumber},
      {x.l.birthDate, readableDate(s.patientBirthDate)},
      {x.l.studyDate, readableDate(s.studyDate)},
      {x.l.modality, s.modality},
      {x.l.bodyPart, readableBodyPart(s.bodyPart, x.report.language)},
      {x.l.study, s.studyDescription, kColumns - 1},
      {x.l.referring, readablePersonName(s.referringPhysician, x.report.language)},
  };
  const QFont labelFont = x.fonts.font(9.5);
  const QFont valueFont = x.fonts.font(11);
  QFontMetricsF fmLabel(labelFont, c.device());
  QFontMetricsF fmValue(valueFont, c.device());
  const double column = x.width() / kColumns;
  const double rowHeight = mm(7.5);
  int col = 0;
  double baseline = c.y() + fmValue.ascent() + mm(1);
  for (const Field& f : fields) {
    if (col + f.span > kColumns) {
      col = 0;
      baseline += rowHeight;
    }
    const double cellX = x.left + col * column;
    const QString label = f.label + x.l.colon;
    const double labelWidth = fmLabel.horizontalAdvance(label);
    const double room = f.span * column - labelWidth - mm(2);
    c.text(labelFont, kMuted, {cellX, baseline}, label);
    c.text(valueFont, kInk, {cellX + labelWidth, baseline},
           fmValue.elidedText(f.value, Qt::ElideRight, room));
    col += f.span;
  }
  const double end = baseline + fmValue.descent() + mm(2.5);
  c.rule(x.left, x.right, end, mm(0.25), kRule);
  c.setY(end + mm(4));
}

void composeHeading(Composer& c, const Context& x, const QString& title) {
  const QFont font = x.fonts.font(13, true);
  QFontMetricsF fm(font, c.device());
  QFontMetricsF fmBody(x.fonts.font(11), c.device());
  // Keep the heading with at least two lines of its text.
  c.ensure(fm.height() + mm(2) + 2 * fmBody.height() * 1.5);
  const double top = c.y();
  const QRectF bar(x.left, top + mm(0.5), mm(1.2), fm.height() - mm(1));
  c.add([=](QPainter& p) { p.fillRect(bar, kAccent); });
  c.text(font, kAccent, {x.left + mm(3), top + fm.ascent()}, title);
  c.advance(fm.height() + mm(2));
}

void composeParagraphs(Composer& c, const Context& x, const QString& text) {
  const QFont font = x.fonts.font(11);
  QFontMetricsF fm(font, c.device());
  const double indent = mm(3);
  const double lineHeight = fm.height() * 1.5;
  const QStringList lines = wrap(text, font, c.device(), x.width() - indent);
  for (const QString& line : lines) {
    c.ensure(lineHeight);
    if (!line.isEmpty()) c.text(font, kInk, {x.left + indent, c.y() + fm.ascent()}, line);
    c.advance(line.isEmpty() ? lineHeight / 2 : lineHeight);
  }
  c.advance(mm(4));
}

void composeSection(Composer& c, const Context& x, const QString& title, const QString& text) {
  if (text.trimmed().isEmpty()) return;
  composeHeading(c, x, title);
  composeParagraphs(c, x, text);
}

void composeMeasurements(Composer& c, const Context& x) {
  if (x.report.measurements.isEmpty()) return;
  composeHeading(c, x, x.l.measurements);
  const QFont font = x.fonts.font(10);
  QFontMetricsF fm(font, c.device());
  const double rowHeight = mm(7);
  const double indent = mm(3);
  const double left = x.left + indent;
  // Columns: number, item, value (right-aligned), unit.
  const double widths[] = {mm(14), x.width() - indent - mm(14) - mm(35) - mm(25), mm(35), mm(25)};
  auto row = [&](const QStringList& cells, bool header) {
    c.ensure(rowHeight);
    const QRectF band(left, c.y(), x.right - left, rowHeight);
    c.add([=](QPainter& p) {
      if (header) p.fillRect(band, QColor(0xe8, 0xee, 0xf4));
      p.setPen(QPen(kRule, mm(0.15)));
      p.drawLine(band.bottomLeft(), band.bottomRight());
    });
    double cx = left;
    for (int i = 0; i < cells.size(); ++i) {
      const QString cell = fm.elidedText(cells[i], Qt::ElideRight, widths[i] - mm(3));
      const double base = c.y() + (rowHeight + fm.ascent() - fm.descent()) / 2;
      const double tx = i == 2 ? cx + widths[i] - mm(3) - fm.horizontalAdvance(cell) : cx + mm(1.5);
      c.text(font, header ? kAccent : kInk, {tx, base}, cell);
      cx += widths[i];
    }
    c.advance(rowHeight);
  };
  row({x.l.number, x.l.item, x.l.value, x.l.unit}, true);
  int n = 0;
  for (const ReportMeasurement& m : x.report.measurements) {
    const QString item = m.label.isEmpty() ? m.conceptMeaning : m.label;
    row({QString::number(++n), item, readableValue(m.value), readableUnit(m)}, false);
  }
  c.advance(mm(5));
}

void composeKeyImages(Composer& c, const Context& x, const QList<QImage>& images) {
  if (images.isEmpty()) return;
  const QFont captionFont = x.fonts.font(9);
  QFontMetricsF fm(captionFont, c.device());
  const double gap = mm(6);
  const double cellWidth = (x.width() - mm(3) - gap) / 2;
  const double imageHeight = mm(62);
  const double rowHeight = imageHeight + fm.height() + mm(4);
  composeHeading(c, x, x.l.keyImages);
  for (int i = 0; i < images.size(); ++i) {
    const int col = i % 2;
    if (col == 0) c.ensure(rowHeight);
    const QRectF cell(x.left + mm(3) + col * (cellWidth + gap), c.y(), cellWidth, imageHeight);
    QSizeF size = QSizeF(images[i].size()).scaled(cell.size(), Qt::KeepAspectRatio);
    const QRectF target(cell.center().x() - size.width() / 2, cell.top() + (imageHeight - size.height()) / 2,
                        size.width(), size.height());
    // Sampled once at print density: the PDF stays small, the print sharp.
    const QImage image = images[i]
                             .convertToFormat(QImage::Format_RGB32)
                             .scaled(target.size().toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    c.add([=](QPainter& p) {
      p.drawImage(target, image);
      p.setPen(QPen(kRule, mm(0.2)));
      p.setBrush(Qt::NoBrush);
      p.drawRect(target);
    });
    QString caption = x.l.figure.arg(i + 1);
    const QString description = images[i].text(QStringLiteral("Description"));
    if (!description.isEmpty()) caption += QStringLiteral("  ") + description;
    caption = fm.elidedText(caption, Qt::ElideRight, cellWidth);
    c.text(captionFont, kMuted,
           {cell.center().x() - fm.horizontalAdvance(caption) / 2, cell.bottom() + mm(1.5) + fm.ascent()},
           caption);
    if (col == 1 || i == images.size() - 1) c.advance(rowHeight);
  }
  c.advance(mm(3));
}

const PdfSigner* signerFor(const QList<PdfSigner>& signers, const Observer& who, const QString& role) {
  for (const PdfSigner& s : signers)
    if (!who.name.isEmpty() && s.name == who.name) return &s;
  for (const PdfSigner& s : signers)
    if (s.role.compare(role, Qt::CaseInsensitive) == 0) return &s;
  return nullptr;
}

// One signer column: role and name, when, and what the signature check said.
// Returns the baseline of its last line.
double composeSigner(Composer& c, const Context& x, double left, double top, const QString& role,
                   const Observer* who, const QDateTime& when, const PdfSigner* signer) {
  const QFont labelFont = x.fonts.font(10);
  const QFont nameFont = x.fonts.font(12, true);
  const QFont small = x.fonts.font(8.5);
  QFontMetricsF fmLabel(labelFont, c.device());
  QFontMetricsF fmName(nameFont, c.device());
  QFontMetricsF fmSmall(small, c.device());
  const double columnWidth = x.width() / 2 - mm(4);
  double base = top + fmName.ascent();
  const QString label = role + x.l.colon;
  c.text(labelFont, kMuted, {left, base}, label);
  const QString name = who ? readablePersonName(who->name, x.report.language) : x.l.awaitingReview;
  c.text(nameFont, who ? kInk : kMuted, {left + fmLabel.horizontalAdvance(label), base}, name);
  if (!who) return base;
  base += fmName.descent() + mm(2) + fmLabel.ascent();
  const QDateTime at = signer && signer->signedAt.isValid() ? signer->signedAt : when;
  c.text(labelFont, kMuted, {left, base}, x.l.signedAt + x.l.colon + readableDateTime(at));
  base += fmLabel.height() + mm(1);
  const QString state = !signer ? x.l.notSigned : signer->verified ? x.l.signatureValid : x.l.signatureInvalid;
  const QColor stateColor = !signer ? kMuted : signer->verified ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x1e, 0x1e);
  c.text(labelFont, stateColor, {left, base}, state);
  if (signer && !signer->certificateSubject.isEmpty()) {
    base += fmLabel.descent() + mm(1.5) + fmSmall.ascent();
    c.text(small, kMuted, {left, base},
           fmSmall.elidedText(x.l.certificate + x.l.colon + signer->certificateSubject, Qt::ElideRight,
                              columnWidth));
  }
  return base;
}

void composeSignatures(Composer& c, const Context& x, const QList<PdfSigner>& signers) {
  const Report& r = x.report;
  QFontMetricsF fm(x.fonts.font(10), c.device());
  const double blockHeight = mm(46);  // two signer columns, status line, disclaimer
  c.ensure(blockHeight);
  const double top = c.y() + mm(2);
  c.rule(x.left, x.right, top, mm(0.25), kRule);
  const double columns = top + mm(4);
  const double readerEnd = composeSigner(c, x, x.left, columns, x.l.reader, &r.author, r.observationDateTime,
                                         signerFor(signers, r.author, QStringLiteral("author")));
  const double reviewerEnd =
      composeSigner(c, x, (x.left + x.right) / 2, columns, x.l.reviewer, r.verified ? &r.verifier : nullptr,
                    r.verificationDateTime,
                    r.verified ? signerFor(signers, r.verifier, QStringLiteral("reviewer")) : nullptr);
  double base = std::max(readerEnd, reviewerEnd) + mm(6) + fm.ascent();
  c.text(x.fonts.font(10), kMuted, {x.left, base}, x.l.status + x.l.colon);
  const double statusX = x.left + fm.horizontalAdvance(x.l.status + x.l.colon);
  c.text(x.fonts.font(10, true), statusColor(r), {statusX, base}, statusText(r, x.l));
  const QDateTime reported = r.contentDateTime.isValid() ? r.contentDateTime : r.observationDateTime;
  if (reported.isValid()) {
    c.text(x.fonts.font(10), kMuted, {(x.left + x.right) / 2, base},
           x.l.reportTime + x.l.colon + readableDateTime(reported));
  }
  QFontMetricsF fmSmall(x.fonts.font(8.5), c.device());
  base += fm.descent() + mm(3) + fmSmall.ascent();
  c.text(x.fonts.font(8.5), kMuted, {x.left, base}, x.l.disclaimer);
  c.setY(base + fmSmall.descent());
}

// On every page: who the page belongs to and where it is in the document;
// from page 2 on also the institution and title, since pages get separated.
void drawPageChrome(QPainter& p, const Context& x, double pageHeight, int page, int pages) {
  const QFont small = x.fonts.font(8.5);
  QFontMetricsF fm(small, p.device());
  const ReportedStudy& s = x.report.study;
  const double footerRule = pageHeight - mm(kMarginBottom) + mm(4);
  p.setPen(QPen(kRule, mm(0.25)));
  p.drawLine(QPointF(x.left, footerRule), QPointF(x.right, footerRule));
  const double base = footerRule + mm(1.5) + fm.ascent();
  p.setFont(small);
  p.setPen(kMuted);
  const QString who = readablePersonName(s.patientName, x.report.language) + QStringLiteral("  ") +
                      x.l.patientId + x.l.colon + s.patientId + QStringLiteral("  ") + x.l.accession +
                      x.l.colon + s.accessionNumber;
  p.drawText(QPointF(x.left, base), fm.elidedText(who, Qt::ElideRight, x.width() * 0.6));
  const QString number = x.l.page.arg(page).arg(pages);
  p.drawText(QPointF(x.right - fm.horizontalAdvance(number), base), number);
  if (page == 1) return;
  const double top = mm(kMarginTop) + fm.ascent();
  const QString head = x.report.author.organisation + QStringLiteral("  ") + x.l.title;
  p.drawText(QPointF(x.left, top), head);
  const QString status = statusText(x.report, x.l);
  p.drawText(QPointF(x.right - fm.horizontalAdvance(status), top), status);
  p.drawLine(QPointF(x.left, top + fm.descent() + mm(1.5)), QPointF(x.right, top + fm.descent() + mm(1.5)));
}

void fail(ReportingError* error, const QString& message, const QString& detail) {
  if (!error) return;
  error->code = ReportingError::Code::PdfFailed;
  error->message = message;
  error->detail = detail;
}

}  // namespace

bool renderReportPdf(const Report& report, const QList<PdfSigner>& signers, const QList<QImage>& keyImages,
                     const QString& studyLink, QByteArray* pdf, ReportingError* error) {
  QrSymbol qr;
  if (!studyLink.isEmpty() && !encodeQr(studyLink, &qr)) {
    fail(error, QCoreApplication::translate("yunyue::ReportPdf", "The study link is too long for a QR code."),
         QStringLiteral("QRcode_encodeString8bit failed for %1 bytes").arg(studyLink.toUtf8().size()));
    return false;
  }
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter writer(&buffer);
  writer.setResolution(kDpi);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setPageMargins(QMarginsF(0, 0, 0, 0));
  const Labels labels = labelsFor(report.language);
  writer.setTitle(labels.title);
  writer.setCreator(QStringLiteral("Yunyue"));

  const Fonts fonts;
  Context x{report, labels, fonts};
  x.left = mm(kMarginX);
  x.right = writer.width() - mm(kMarginX);
  const double pageHeight = writer.height();
  Composer c(&writer, pageHeight, mm(kMarginTop) + mm(9));
  composeHeader(c, x, studyLink.isEmpty() ? nullptr : &qr);
  composePatientBlock(c, x);
  composeSection(c, x, labels.technique, report.technique);
  composeSection(c, x, labels.findings, report.findings);
  composeSection(c, x, labels.impression, report.impression);
  composeMeasurements(c, x);
  composeKeyImages(c, x, keyImages);
  composeSignatures(c, x, signers);

  QPainter painter;
  if (!painter.begin(&writer)) {
    fail(error, QCoreApplication::translate("yunyue::ReportPdf", "The report PDF could not be produced."),
         QStringLiteral("QPainter::begin on QPdfWriter failed"));
    return false;
  }
  painter.setRenderHint(QPainter::Antialiasing);
  const int pages = c.pages().size();
  for (int i = 0; i < pages; ++i) {
    if (i > 0) writer.newPage();
    for (const Composer::Op& op : c.pages()[i]) op(painter);
    drawPageChrome(painter, x, pageHeight, i + 1, pages);
  }
  painter.end();
  buffer.close();
  if (!bytes.startsWith("%PDF-")) {
    fail(error, QCoreApplication::translate("yunyue::ReportPdf", "The report PDF could not be produced."),
         QStringLiteral("QPdfWriter wrote %1 bytes without a PDF header").arg(bytes.size()));
    return false;
  }
  *pdf = bytes;
  return true;
}

}  // namespace yunyue
