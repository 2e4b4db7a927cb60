#pragma once
// New DICOM UIDs for the objects the viewer writes (derived series, Spatial
// Registration objects): under the site's root when one is configured, else
// 2.25 followed by a random UUID as one decimal number (PS3.5 B.2).

#include <QString>

namespace yunyue {

QString newDicomUid(const QString& root = {});

}  // namespace yunyue
