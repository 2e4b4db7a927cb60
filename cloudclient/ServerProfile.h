#pragma once
// A DICOMweb server the workstation reads from and reports to.

#include "cloudclient/CloudError.h"

#include <QString>
#include <QUrl>

namespace yunyue {

struct ServerProfile {
  QString name;
  QUrl dicomWebRoot;  // e.g. http://127.0.0.1:8042/dicom-web (no trailing slash needed)
  QString user;
  QString password;   // held in memory only; never logged

  bool isComplete() const { return dicomWebRoot.isValid() && !dicomWebRoot.host().isEmpty(); }

  // Reads the [cloud] section written by scripts/orthanc-instance (cloud.ini).
  static ServerProfile fromCloudFile(const QString& path, CloudError* error = nullptr);
};

}  // namespace yunyue
