#pragma once
// A DICOMweb server the workstation reads from and reports to.

#include "cloudclient/CloudError.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace yunyue {

struct ServerProfile {
  QString name;
  QUrl dicomWebRoot;  // e.g. http://127.0.0.1:8042/dicom-web (no trailing slash needed)
  QString user;
  QString password;   // held in memory only; never logged
  // OAuth 2 / OpenID Connect access token. When set, requests carry
  // "Authorization: Bearer <token>" instead of Basic user:password.
  // Held in memory only; never logged.
  QString bearerToken;
  // PEM file with the certificate authorities that https servers must chain
  // to. When set, these are the only trusted CAs (the system store is not
  // used) and the peer is always verified. Empty: the system's CAs.
  QString caCertificatesFile;

  bool isComplete() const { return dicomWebRoot.isValid() && !dicomWebRoot.host().isEmpty(); }

  // The certificates in caCertificatesFile (empty list when none is set).
  // A file that is missing, unreadable or holds no valid PEM certificate is
  // a BadProfile error in *error, never a silent fallback to the system store.
  QList<QSslCertificate> caCertificates(CloudError* error) const;

  // Reads the [cloud] section written by scripts/orthanc-instance (cloud.ini):
  // name, dicomweb, user, password, token, ca_file (relative paths are taken
  // from the directory of the ini file). A profile without password and token
  // takes the secret the CredentialStore holds for its address and user.
  static ServerProfile fromCloudFile(const QString& path, CloudError* error = nullptr);
};

}  // namespace yunyue
