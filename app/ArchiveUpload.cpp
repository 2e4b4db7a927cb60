#include "app/ArchiveUpload.h"

#include "cloudclient/DicomWebClient.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace yunyue {
namespace {

// One STOW-RS request carries at most this many bytes of files: the client
// builds each request body in memory.
constexpr qint64 kStoreBatchBytes = 64 * 1024 * 1024;

}  // namespace

bool storeFilesInBatches(const ServerProfile& profile, const QList<QByteArray>& files,
                         const std::function<void(const QString&)>& say) {
  DicomWebClient client(profile);
  int stored = 0;
  int next = 0;
  while (next < files.size()) {
    QList<QByteArray> batch;
    qint64 bytes = 0;
    while (next < files.size() && (batch.isEmpty() || bytes + files[next].size() <= kStoreBatchBytes)) {
      bytes += files[next].size();
      batch.append(files[next++]);
    }
    QEventLoop loop;
    StoreResult result;
    CloudError error;
    client.storeInstances(batch, [&](StoreResult r, CloudError e) {
      result = std::move(r);
      error = std::move(e);
      loop.quit();
    });
    loop.exec();
    stored += int(result.stored.size());
    for (const StoreFailure& f : result.failed)
      say(QCoreApplication::translate("yunyue::ExportCommand", "not stored: %1 (%2)")
              .arg(f.sopInstanceUid.isEmpty() ? QString::number(f.part) : f.sopInstanceUid, f.reason));
    if (error.isError()) {
      say(QStringLiteral("yunyue: %1").arg(error.message));
      if (!error.detail.isEmpty()) say(QStringLiteral("  (%1)").arg(error.detail));
      if (result.stored.isEmpty()) break;  // refused or unreachable: the next batch would fare no better
    }
  }
  say(QCoreApplication::translate("yunyue::ExportCommand", "stored %1 of %2 images on %3")
          .arg(stored)
          .arg(files.size())
          .arg(profile.dicomWebRoot.host()));
  return stored == files.size();
}

}  // namespace yunyue
