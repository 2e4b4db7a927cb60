#include "cloudclient/ServerProfile.h"

#include "cloudclient/CredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcProfile, "yunyue.cloud.profile")

namespace yunyue {

QList<QSslCertificate> ServerProfile::caCertificates(CloudError* error) const {
  if (caCertificatesFile.isEmpty()) return {};
  auto fail = [&](const QString& why) {
    if (error)
      *error = {CloudErrorCode::BadProfile,
                QCoreApplication::translate("yunyue::ServerProfile",
                                            "The certificate authority file of the server profile cannot be used."),
                QStringLiteral("ca_file %1: %2").arg(caCertificatesFile, why)};
    return QList<QSslCertificate>();
  };
  const QFileInfo info(caCertificatesFile);
  if (!info.exists()) return fail(QStringLiteral("does not exist"));
  if (!info.isFile()) return fail(QStringLiteral("is not a file"));
  QFile file(caCertificatesFile);
  if (!file.open(QIODevice::ReadOnly)) return fail(file.errorString());
  const QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
  if (certificates.isEmpty()) return fail(QStringLiteral("holds no PEM certificate"));
  for (const QSslCertificate& c : certificates)
    if (c.isNull()) return fail(QStringLiteral("holds an unreadable certificate"));
  return certificates;
}

ServerProfile ServerProfile::fromCloudFile(const QString& path, CloudError* error) {
  ServerProfile p;
  if (!QFileInfo(path).isReadable()) {
    if (error)
      *error = {CloudErrorCode::BadProfile,
                QCoreApplication::translate("yunyue::ServerProfile", "The server profile file cannot be read."),
                path};
    return p;
  }
  QSettings ini(path, QSettings::IniFormat);
  ini.beginGroup(QStringLiteral("cloud"));
  p.name = ini.value(QStringLiteral("name")).toString();
  p.dicomWebRoot = QUrl(ini.value(QStringLiteral("dicomweb")).toString());
  p.user = ini.value(QStringLiteral("user")).toString();
  p.password = ini.value(QStringLiteral("password")).toString();
  p.bearerToken = ini.value(QStringLiteral("token")).toString();
  const QString caFile = ini.value(QStringLiteral("ca_file")).toString();
  if (!caFile.isEmpty())
    p.caCertificatesFile = QDir::cleanPath(QFileInfo(path).absoluteDir().absoluteFilePath(caFile));
  if (!p.isComplete()) {
    if (error)
      *error = {CloudErrorCode::BadProfile,
                QCoreApplication::translate("yunyue::ServerProfile", "The server profile has no valid DICOMweb address."),
                path};
    return p;
  }
  // Secrets in the file keep working (demo, tests) but are named in the log
  // (never their value); without one, the credential store's is used.
  if (!p.password.isEmpty() || !p.bearerToken.isEmpty()) {
    qCWarning(lcProfile).noquote() << "the server profile" << path << "holds a"
                                   << (p.bearerToken.isEmpty() ? "password" : "token")
                                   << "in clear text; keep it with `yunyue credentials store` and remove it from the file";
  } else {
    CloudError storeError;
    CredentialStore().fillProfile(&p, &storeError);
    if (storeError.isError()) {
      qCWarning(lcProfile).noquote() << storeError.message;
      if (error) *error = storeError;
    }
  }
  CloudError caError;
  p.caCertificates(&caError);
  if (caError.isError() && error) *error = caError;
  return p;
}

}  // namespace yunyue
