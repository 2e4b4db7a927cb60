#include "cloudclient/MultipartRelated.h"

#include <QCoreApplication>

namespace yunyue {
namespace {

CloudError malformed(const QString& detail) {
  return {CloudErrorCode::MalformedResponse,
          QCoreApplication::translate("yunyue::MultipartRelated", "The server sent image data that cannot be read."),
          detail};
}

}  // namespace

QByteArray multipartBoundary(const QByteArray& contentType) {
  for (QByteArray param : contentType.split(';')) {
    param = param.trimmed();
    if (!param.toLower().startsWith("boundary=")) continue;
    QByteArray value = param.mid(9).trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.mid(1, value.size() - 2);
    return value;
  }
  return {};
}

bool parseMultipartRelated(const QByteArray& contentType, const QByteArray& body,
                           QList<MultipartPart>* parts, CloudError* error) {
  parts->clear();
  const QByteArray boundary = multipartBoundary(contentType);
  if (!contentType.trimmed().toLower().startsWith("multipart/related") || boundary.isEmpty()) {
    if (error) *error = malformed(QStringLiteral("unexpected content type '%1'").arg(QString::fromLatin1(contentType.left(200))));
    return false;
  }
  const QByteArray delimiter = "--" + boundary;
  qsizetype pos = body.indexOf(delimiter);
  if (pos < 0) {
    if (error) *error = malformed(QStringLiteral("no boundary in body"));
    return false;
  }
  while (true) {
    pos += delimiter.size();
    if (body.mid(pos, 2) == "--") return true;  // close delimiter
    const qsizetype headerStart = body.indexOf("\r\n", pos);
    const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerStart < 0 || headerEnd < 0) break;
    MultipartPart part;
    for (const QByteArray& line : body.mid(headerStart + 2, headerEnd - headerStart - 2).split('\n')) {
      const QByteArray l = line.trimmed();
      if (l.toLower().startsWith("content-type:")) part.contentType = l.mid(13).trimmed();
    }
    const qsizetype bodyStart = headerEnd + 4;
    const qsizetype next = body.indexOf("\r\n" + delimiter, bodyStart);
    if (next < 0) break;
    part.body = body.mid(bodyStart, next - bodyStart);
    parts->append(part);
    pos = next + 2;
  }
  if (error) *error = malformed(QStringLiteral("truncated multipart body after %1 parts").arg(parts->size()));
  return false;
}

}  // namespace yunyue
