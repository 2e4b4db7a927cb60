#include "reporting/Report.h"

#include <QStringList>

namespace yunyue {
namespace {

bool hasCjk(const QString& s) {
  for (const QChar c : s) {
    const ushort u = c.unicode();
    if ((u >= 0x3400 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff) || c.isSurrogate()) return true;
  }
  return false;
}

}  // namespace

QString readablePersonName(const QString& pn, const QString& language) {
  // Component groups: alphabetic = ideographic = phonetic (PS3.5 6.2.1.2).
  const QStringList groups = pn.split(QLatin1Char('='));
  QString chosen = groups.value(0);
  const bool chinese = language.startsWith(QLatin1String("zh"));
  if ((chinese || chosen.isEmpty()) && !groups.value(1).isEmpty()) chosen = groups.value(1);
  // Components: family ^ given ^ middle ^ prefix ^ suffix.
  const QStringList c = chosen.split(QLatin1Char('^'));
  const QString family = c.value(0).trimmed(), given = c.value(1).trimmed(), middle = c.value(2).trimmed();
  const QString prefix = c.value(3).trimmed(), suffix = c.value(4).trimmed();
  if (hasCjk(chosen)) return prefix + family + given + middle + suffix;
  QStringList parts;
  for (const QString& part : {prefix, family, given, middle, suffix})
    if (!part.isEmpty()) parts << part;
  return parts.join(QLatin1Char(' '));
}

}  // namespace yunyue
