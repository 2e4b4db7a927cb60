#include "app/StudyOpener.h"

#include "cloudclient/StudyCache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace yunyue {

int firstImageSeries(const QList<SeriesRecord>& series) {
  static const QStringList kNonImage{QStringLiteral("SR"), QStringLiteral("PR"), QStringLiteral("KO"),
                                     QStringLiteral("DOC"), QStringLiteral("REG"), QStringLiteral("SEG")};
  int best = -1;
  for (int i = 0; i < series.size(); ++i) {
    if (kNonImage.contains(series[i].modality) || series[i].numberOfInstances == 0) continue;
    if (best < 0 || series[i].seriesNumber < series[best].seriesNumber) best = i;
  }
  return best;
}

StudyOpener::StudyOpener(DicomWebClient* client, StudyCache* cache, QObject* parent)
    : QObject(parent), m_client(client), m_cache(cache) {}

void StudyOpener::open(const StudyRecord& study) {
  const quint64 generation = ++m_generation;
  if (m_pull) m_pull->cancel();
  const QString studyUid = study.studyInstanceUid;
  m_client->searchSeries(studyUid, [this, generation, studyUid](QList<SeriesRecord> series, CloudError error) {
    if (generation != m_generation) return;
    if (error.isError()) return emit failed(error.message, error.detail);
    const int index = firstImageSeries(series);
    if (index < 0) return emit failed(tr("This study has no images."), studyUid);
    pull(studyUid, series, series[index]);
  });
}

void StudyOpener::pull(const QString& studyUid, const QList<SeriesRecord>& allSeries, const SeriesRecord& series) {
  auto* pull = new StudyPull(m_client, m_cache, studyUid, {}, this);
  m_pull = pull;
  pull->setSeries(allSeries);  // just searched: the pull need not search again
  pull->setFirstSeries(series.seriesInstanceUid);
  connect(pull, &StudyPull::firstImageCached, this,
          [this](const SeriesRecord& first, const QString& sopUid, const QString& path) {
            showFirstImage(path, first, sopUid);
          });
  connect(pull, &StudyPull::progress, this, [this, studyUid](const PullProgress& p) { emit pullProgress(studyUid, p); });
  connect(pull, &StudyPull::finished, this, [this, pull, studyUid, series](const PullResult& result) {
    pull->deleteLater();
    emit pullFinished(studyUid, result);
    if (result.cancelled) return;
    // The first image never arrived: say why instead of an empty view.
    const bool seriesEmpty = std::any_of(result.series.begin(), result.series.end(), [&](const SeriesPullResult& r) {
      return r.series.seriesInstanceUid == series.seriesInstanceUid && r.cachedInstances == 0;
    });
    if (result.error.isError() && seriesEmpty) emit failed(result.error.message, result.error.detail);
    else if (seriesEmpty) emit failed(tr("This series has no images."), series.seriesInstanceUid);
  });
  pull->start();
}

void StudyOpener::showFirstImage(const QString& path, const SeriesRecord& series, const QString& sopUid) {
  const quint64 generation = m_generation;
  // Decoded off the GUI thread: a compressed slice takes a while.
  auto* watcher = new QFutureWatcher<DecodeOutcome>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, series, sopUid] {
    watcher->deleteLater();
    if (generation != m_generation) return;
    const DecodeOutcome decoded = watcher->result();
    if (!decoded.ok()) return emit failed(decoded.error.message, decoded.error.detail);
    if (decoded.image.sopInstanceUid != sopUid)
      return emit failed(tr("The server sent a different image than the one asked for."),
                         QStringLiteral("asked %1, got %2").arg(sopUid, decoded.image.sopInstanceUid));
    emit firstImageReady(decoded.image, series);
  });
  watcher->setFuture(QtConcurrent::run([path] { return decodeDicomFile(path); }));
}

}  // namespace yunyue
