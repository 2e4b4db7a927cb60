#include "viewer/DicomUid.h"

#include <dcmtk/dcmdata/dcuid.h>

#include <QByteArray>
#include <QUuid>

#include <algorithm>

namespace yunyue {
namespace {

// A UUID as one 128-bit decimal number under 2.25 (PS3.5 B.2).
QString uuidUid() {
  QByteArray bytes = QUuid::createUuid().toRfc4122();
  QString digits;
  // Long division of the big-endian byte string by 10 until it is zero.
  while (std::any_of(bytes.begin(), bytes.end(), [](char b) { return b != 0; })) {
    int remainder = 0;
    for (char& b : bytes) {
      const int value = remainder * 256 + static_cast<unsigned char>(b);
      b = static_cast<char>(value / 10);
      remainder = value % 10;
    }
    digits.prepend(QChar('0' + remainder));
  }
  return QStringLiteral("2.25.") + (digits.isEmpty() ? QStringLiteral("0") : digits);
}

}  // namespace

QString newDicomUid(const QString& root) {
  if (root.isEmpty()) return uuidUid();
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, root.toLatin1().constData()));
}

}  // namespace yunyue
