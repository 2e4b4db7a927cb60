#pragma once
// Stores DICOM files in an archive over STOW-RS, in batches, from the
// command line (derived series, teaching cases). Reports go through the
// outbox instead: they must survive a crash or an unreachable archive.

#include "cloudclient/ServerProfile.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace yunyue {

// True when the archive stored every file. `say` gets one line per file
// not stored and per error, translated; it ends with "stored N of M".
bool storeFilesInBatches(const ServerProfile& profile, const QList<QByteArray>& files,
                         const std::function<void(const QString&)>& say);

}  // namespace yunyue
