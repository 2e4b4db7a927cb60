#include "app/CachedSeries.h"

#include "cloudclient/StudyCache.h"

#include <QCoreApplication>
#include <cstdio>

namespace yunyue {
namespace {

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

VolumeLoadOutcome failed(const QString& message, const QString& detail = {}) {
  say(message);
  if (!detail.isEmpty()) say(QStringLiteral("  (%1)").arg(detail));
  VolumeLoadOutcome outcome;
  outcome.error = {ViewerErrorCode::UnreadableFile, message, detail};
  return outcome;
}

}  // namespace

VolumeLoadOutcome loadCachedSeries(const QString& cacheDirectory, const QString& uid, QStringList* seriesFiles) {
  CloudError cacheError;
  const std::unique_ptr<StudyCache> cache = StudyCache::open(cacheDirectory, &cacheError);
  if (!cache) return failed(QStringLiteral("yunyue: %1").arg(cacheError.message), cacheError.detail);
  QString seriesUid = uid;
  QStringList files = cache->seriesFiles(uid);
  if (files.isEmpty()) {
    const QStringList series = cache->studySeries(uid);
    if (!series.isEmpty()) {
      seriesUid = series.first();
      files = cache->seriesFiles(seriesUid);
    }
  }
  if (files.isEmpty())
    return failed(QCoreApplication::translate("yunyue::ExportCommand", "yunyue: series %1 is not in the cache %2 (pull its study first)")
                      .arg(uid, cache->root()));
  if (seriesFiles) *seriesFiles = files;
  VolumeLoadOutcome loaded = loadVolume(files);
  if (!loaded.ok())
    return failed(QCoreApplication::translate("yunyue::ExportCommand", "yunyue: series %1 cannot be loaded: %2")
                      .arg(seriesUid, loaded.error.message),
                  loaded.error.detail);
  for (const QString& note : loaded.notes) say(note);
  return loaded;
}

}  // namespace yunyue
