#pragma once
// The cloudclient module's catalogue of failures a user can cause or meet
// (server down, wrong password, malformed answers). Returned as values.

#include <QString>

namespace yunyue {

enum class CloudErrorCode {
  None,
  ServerUnreachable,   // connection refused, DNS, timeout
  AuthenticationFailed,  // 401
  AccessDenied,        // 403
  NotFound,            // 404
  ServerError,         // 5xx
  MalformedResponse,   // bad JSON, bad multipart, wrong content type
  BadProfile,          // incomplete or unreadable server profile
  CacheFailed,         // local cache cannot be written: disk full, permissions
  DamagedInstance,     // an image arrived but does not parse or is not the one asked for
  TlsFailed,           // TLS handshake failed: certificate not trusted, wrong host, no common protocol
  StoreRefused,        // STOW-RS: the server stored none of the instances sent (409, or 4xx with a response)
};

struct CloudError {
  CloudErrorCode code = CloudErrorCode::None;
  QString message;  // for the user, translated
  QString detail;   // technical: URL, HTTP status, parser position

  bool isError() const { return code != CloudErrorCode::None; }
  // Worth retrying later without changing anything (issue: resume and retry).
  bool isTransient() const {
    return code == CloudErrorCode::ServerUnreachable || code == CloudErrorCode::ServerError;
  }
};

}  // namespace yunyue
