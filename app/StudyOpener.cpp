#include "app/StudyOpener.h"

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

StudyOpener::StudyOpener(DicomWebClient* client, QObject* parent) : QObject(parent), m_client(client) {}

void StudyOpener::open(const StudyRecord& study) {
  const quint64 generation = ++m_generation;
  const QString studyUid = study.studyInstanceUid;
  m_client->searchSeries(studyUid, [this, generation, studyUid](QList<SeriesRecord> series, CloudError error) {
    if (generation != m_generation) return;
    if (error.isError()) return emit failed(error.message, error.detail);
    const int index = firstImageSeries(series);
    if (index < 0) return emit failed(tr("This study has no images."), studyUid);
    openSeries(studyUid, series[index]);
  });
}

void StudyOpener::openSeries(const QString& studyUid, const SeriesRecord& series) {
  const quint64 generation = m_generation;
  m_client->searchInstances(studyUid, series.seriesInstanceUid,
                            [this, generation, studyUid, series](QList<InstanceRecord> instances, CloudError error) {
    if (generation != m_generation) return;
    if (error.isError()) return emit failed(error.message, error.detail);
    if (instances.isEmpty()) return emit failed(tr("This series has no images."), series.seriesInstanceUid);
    const auto first = std::min_element(instances.begin(), instances.end(),
                                        [](const InstanceRecord& a, const InstanceRecord& b) {
                                          return a.instanceNumber < b.instanceNumber;
                                        });
    const QString sopUid = first->sopInstanceUid;
    m_client->retrieveInstance(studyUid, series.seriesInstanceUid, sopUid,
                               [this, generation, series, sopUid](QByteArray file, CloudError retrieveError) {
      if (generation != m_generation) return;
      if (retrieveError.isError()) return emit failed(retrieveError.message, retrieveError.detail);
      const DecodeOutcome decoded = decodeDicomBytes(file);
      if (!decoded.ok()) return emit failed(decoded.error.message, decoded.error.detail);
      if (decoded.image.sopInstanceUid != sopUid)
        return emit failed(tr("The server sent a different image than the one asked for."),
                           QStringLiteral("asked %1, got %2").arg(sopUid, decoded.image.sopInstanceUid));
      emit firstImageReady(decoded.image, series);
    });
  });
}

}  // namespace yunyue
