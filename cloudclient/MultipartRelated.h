#pragma once
// multipart/related bodies (RFC 2387) as WADO-RS sends DICOM instances.
// This whole-body parser serves small answers; pulls stream through
// MultipartStreamParser (MultipartStream.h), which this one is built on.

#include "cloudclient/CloudError.h"

#include <QByteArray>
#include <QList>

namespace yunyue {

struct MultipartPart {
  QByteArray contentType;
  QByteArray body;
};

// The boundary parameter of a Content-Type header, unquoted; empty if none.
QByteArray multipartBoundary(const QByteArray& contentType);

// The Content-Type value in a part's raw header block; empty if none.
QByteArray partContentType(const QByteArray& headers);

bool parseMultipartRelated(const QByteArray& contentType, const QByteArray& body,
                           QList<MultipartPart>* parts, CloudError* error);

}  // namespace yunyue
