#include "cloudclient/ServerProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace yunyue {

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
  if (!p.isComplete() && error)
    *error = {CloudErrorCode::BadProfile,
              QCoreApplication::translate("yunyue::ServerProfile", "The server profile has no valid DICOMweb address."),
              path};
  return p;
}

}  // namespace yunyue
