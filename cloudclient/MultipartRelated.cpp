#include "cloudclient/MultipartRelated.h"

#include "cloudclient/MultipartStream.h"

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
  MultipartStreamParser parser(boundary, {[parts](const QByteArray& headers) {
                                            MultipartPart part;
                                            part.contentType = partContentType(headers);
                                            parts->append(part);
                                            return true;
                                          },
                                          [parts](QByteArrayView data) {
                                            parts->last().body.append(data.data(), data.size());
                                            return true;
                                          },
                                          {}});
  if (!parser.feed(body)) {
    if (error) *error = malformed(parser.error());
    return false;
  }
  if (!parser.isComplete()) {
    if (error) *error = malformed(QStringLiteral("truncated multipart body after %1 parts").arg(parts->size()));
    return false;
  }
  return true;
}

QByteArray partContentType(const QByteArray& headers) {
  for (const QByteArray& line : headers.split('\n')) {
    const QByteArray l = line.trimmed();
    if (l.toLower().startsWith("content-type:")) return l.mid(13).trimmed();
  }
  return {};
}

}  // namespace yunyue
