#include "reporting/DicomSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <cstdlib>
#include <vector>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>

namespace yunyue::dicom {

bool readPart10(const QByteArray& bytes, DcmFileFormat& file, QString* detail) {
  if (bytes.size() < 132 || bytes.mid(128, 4) != "DICM") {
    *detail = QStringLiteral("no DICM prefix at byte 128 (%1 bytes)").arg(bytes.size());
    return false;
  }
  DcmInputBufferStream stream;
  stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
  stream.setEos();
  file.transferInit();
  const OFCondition status = file.read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
  file.transferEnd();
  if (status.bad()) {
    *detail = QStringLiteral("DCMTK: %1").arg(QString::fromLatin1(status.text()));
    return false;
  }
  return true;
}

bool writePart10(DcmFileFormat& file, QByteArray* out, QString* detail) {
  std::vector<char> chunk(1 << 16);
  DcmOutputBufferStream stream(chunk.data(), offile_off_t(chunk.size()));
  QByteArray bytes;
  file.transferInit();
  OFCondition status = EC_StreamNotifyClient;
  while (status == EC_StreamNotifyClient) {
    // EWM_updateMeta: the meta header follows the data set's UIDs.
    status = file.write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr, EGL_recalcGL, EPD_noChange,
                        0, 0, 0, EWM_updateMeta);
    void* data = nullptr;
    offile_off_t length = 0;
    stream.flushBuffer(data, length);
    bytes.append(static_cast<const char*>(data), qsizetype(length));
  }
  file.transferEnd();
  if (status.bad()) {
    *detail = QStringLiteral("writing Part 10: %1").arg(QString::fromLatin1(status.text()));
    return false;
  }
  *out = bytes;
  return true;
}

QString newUid(const char* root) {
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, root));
}

QString utcOffset(const QDateTime& dt) {
  const int minutes = dt.offsetFromUtc() / 60;
  const QChar sign = minutes < 0 ? QLatin1Char('-') : QLatin1Char('+');
  return sign + QStringLiteral("%1%2")
                    .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                    .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
}

// DCMTK 3.6.7 refuses offsets whose hours are 00 ("+0000", "-0030") although
// PS3.5 allows them: those moments are written without an offset, which a
// reader then takes from TimezoneOffsetFromUTC (PS3.3 C.12.1.1.8).
QString dicomDateTime(const QDateTime& dt) {
  const QString offset = std::abs(dt.offsetFromUtc()) < 3600 ? QString() : utcOffset(dt);
  return dt.toString(QStringLiteral("yyyyMMddHHmmss.zzz")) + offset;
}

QDateTime parseDicomDateTime(const QString& dt) {
  static const QRegularExpression re(
      QStringLiteral(R"(^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,6}))?([+-]\d{4})?$)"));
  const QRegularExpressionMatch m = re.match(dt.trimmed());
  if (!m.hasMatch()) return {};
  auto number = [&m](int i, int fallback) { return m.captured(i).isEmpty() ? fallback : m.captured(i).toInt(); };
  const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
  const QDate date(number(1, 1), number(2, 1), number(3, 1));
  const QTime time(number(4, 0), number(5, 0), number(6, 0), fraction.toInt());
  const QString zone = m.captured(8);
  if (zone.isEmpty()) return QDateTime(date, time);
  const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
  const int seconds = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
  return QDateTime(date, time, Qt::OffsetFromUTC, seconds);
}

QString decimalString(double value) {
  for (int precision = 16; precision > 0; --precision) {
    const QString s = QString::number(value, 'g', precision);
    if (s.size() <= 16) return s;
  }
  return QStringLiteral("0");
}

QString modalityMeaning(const QString& modality) {
  static const QHash<QString, QString> names{
      {QStringLiteral("CT"), QStringLiteral("Computed Tomography")},
      {QStringLiteral("MR"), QStringLiteral("Magnetic Resonance")},
      {QStringLiteral("CR"), QStringLiteral("Computed Radiography")},
      {QStringLiteral("DX"), QStringLiteral("Digital Radiography")},
      {QStringLiteral("MG"), QStringLiteral("Mammography")},
      {QStringLiteral("US"), QStringLiteral("Ultrasound")},
      {QStringLiteral("PT"), QStringLiteral("Positron emission tomography")},
      {QStringLiteral("NM"), QStringLiteral("Nuclear Medicine")},
      {QStringLiteral("XA"), QStringLiteral("X-Ray Angiography")},
      {QStringLiteral("RF"), QStringLiteral("Radiofluoroscopy")}};
  return names.value(modality, modality);
}

}  // namespace yunyue::dicom
