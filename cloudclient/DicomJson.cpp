#include "cloudclient/DicomJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace yunyue {
namespace {

CloudError malformed(const QString& detail) {
  return {CloudErrorCode::MalformedResponse,
          QCoreApplication::translate("yunyue::DicomJson", "The server sent study data that cannot be read."),
          detail};
}

bool isCjk(QChar c) {
  const ushort u = c.unicode();
  return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF) ||
         c.isSurrogate();
}

}  // namespace

QString PersonName::readable(const QString& group) {
  QStringList parts;
  for (const QString& p : group.split(QLatin1Char('^')))
    if (!p.trimmed().isEmpty()) parts << p.trimmed();
  // Family^Given: East Asian names are written without a space.
  const bool cjk = !parts.isEmpty() && isCjk(parts.first().at(0));
  return parts.join(cjk ? QString() : QStringLiteral(" "));
}

QString PersonName::display() const {
  const QString ideo = readable(ideographic);
  const QString alpha = readable(alphabetic);
  if (!ideo.isEmpty() && !alpha.isEmpty()) return QStringLiteral("%1 (%2)").arg(ideo, alpha);
  if (!ideo.isEmpty()) return ideo;
  if (!alpha.isEmpty()) return alpha;
  return readable(phonetic);
}

bool DicomJsonDataset::parse(const QJsonObject& object, DicomJsonDataset* out, CloudError* error) {
  out->m_elements.clear();
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool ok = false;
    const quint32 tag = it.key().toUInt(&ok, 16);
    if (!ok || it.key().size() != 8) {
      if (error) *error = malformed(QStringLiteral("bad tag key '%1'").arg(it.key().left(20)));
      return false;
    }
    if (!it.value().isObject()) {
      if (error) *error = malformed(QStringLiteral("tag %1 is not an object").arg(it.key()));
      return false;
    }
    const QJsonObject e = it.value().toObject();
    Element element;
    element.vr = e.value(QLatin1String("vr")).toString();
    if (element.vr.size() != 2) {
      if (error) *error = malformed(QStringLiteral("tag %1 has no valid vr").arg(it.key()));
      return false;
    }
    if (e.contains(QLatin1String("Value"))) {
      if (!e.value(QLatin1String("Value")).isArray()) {
        if (error) *error = malformed(QStringLiteral("tag %1 Value is not an array").arg(it.key()));
        return false;
      }
      element.values = e.value(QLatin1String("Value")).toArray();
      if (element.vr == QLatin1String("SQ")) {
        for (const QJsonValue& item : std::as_const(element.values)) {
          DicomJsonDataset child;
          if (!item.isObject() || !parse(item.toObject(), &child, error)) {
            if (error && !error->isError()) *error = malformed(QStringLiteral("bad item in %1").arg(it.key()));
            return false;
          }
          element.items << child;
        }
      }
    }
    element.bulkDataUri = e.value(QLatin1String("BulkDataURI")).toString();
    if (e.contains(QLatin1String("InlineBinary")))
      element.inlineBinary =
          QByteArray::fromBase64(e.value(QLatin1String("InlineBinary")).toString().toLatin1());
    out->m_elements.insert(tag, element);
  }
  return true;
}

QString DicomJsonDataset::vr(quint32 tag) const { return m_elements.value(tag).vr; }

int DicomJsonDataset::valueCount(quint32 tag) const {
  const auto it = m_elements.constFind(tag);
  return it == m_elements.cend() ? 0 : int(it->values.size());
}

QString DicomJsonDataset::string(quint32 tag, int index) const {
  const auto it = m_elements.constFind(tag);
  if (it == m_elements.cend() || index < 0 || index >= it->values.size()) return {};
  const QJsonValue v = it->values.at(index);
  if (v.isString()) return v.toString();
  if (v.isDouble()) return QString::number(v.toDouble(), 'g', 17);
  if (v.isObject() && it->vr == QLatin1String("PN")) return personName(tag, index).display();
  return {};
}

QStringList DicomJsonDataset::strings(quint32 tag) const {
  QStringList list;
  for (int i = 0; i < valueCount(tag); ++i) list << string(tag, i);
  return list;
}

PersonName DicomJsonDataset::personName(quint32 tag, int index) const {
  const auto it = m_elements.constFind(tag);
  if (it == m_elements.cend() || index < 0 || index >= it->values.size()) return {};
  const QJsonObject o = it->values.at(index).toObject();
  return {o.value(QLatin1String("Alphabetic")).toString(), o.value(QLatin1String("Ideographic")).toString(),
          o.value(QLatin1String("Phonetic")).toString()};
}

std::optional<double> DicomJsonDataset::number(quint32 tag, int index) const {
  const auto it = m_elements.constFind(tag);
  if (it == m_elements.cend() || index < 0 || index >= it->values.size()) return std::nullopt;
  const QJsonValue v = it->values.at(index);
  if (v.isDouble()) return v.toDouble();
  // IS and DS may come as strings (PS3.18 F.2.3.1 allows both).
  bool ok = false;
  const double d = v.toString().trimmed().toDouble(&ok);
  return ok ? std::optional<double>(d) : std::nullopt;
}

QList<DicomJsonDataset> DicomJsonDataset::sequence(quint32 tag) const { return m_elements.value(tag).items; }
QString DicomJsonDataset::bulkDataUri(quint32 tag) const { return m_elements.value(tag).bulkDataUri; }
QByteArray DicomJsonDataset::inlineBinary(quint32 tag) const { return m_elements.value(tag).inlineBinary; }

bool parseDicomJsonArray(const QByteArray& body, QList<DicomJsonDataset>* out, CloudError* error) {
  out->clear();
  if (body.trimmed().isEmpty()) return true;
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
  if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
    if (error)
      *error = malformed(parseError.error != QJsonParseError::NoError
                             ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                             : QStringLiteral("top level is not an array"));
    return false;
  }
  for (const QJsonValue& v : doc.array()) {
    DicomJsonDataset ds;
    if (!v.isObject()) {
      if (error) *error = malformed(QStringLiteral("array element is not an object"));
      return false;
    }
    if (!DicomJsonDataset::parse(v.toObject(), &ds, error)) return false;
    out->append(ds);
  }
  return true;
}

}  // namespace yunyue
