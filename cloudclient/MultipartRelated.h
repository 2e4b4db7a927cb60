#pragma once
// multipart/related bodies (RFC 2387) as WADO-RS sends DICOM instances.
// This whole-body parser serves single-instance retrieves; series pulls use
// a streaming parser.

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

bool parseMultipartRelated(const QByteArray& contentType, const QByteArray& body,
                           QList<MultipartPart>* parts, CloudError* error);

}  // namespace yunyue
