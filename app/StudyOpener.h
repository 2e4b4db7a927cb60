#pragma once
// Opens a study for reading: pulls the whole study into the verified cache
// (its first image series first) and shows the first image as soon as it is
// there, while the rest streams in.

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/StudyPull.h"
#include "viewer/DecodedImage.h"

#include <QObject>
#include <QPointer>

namespace yunyue {

class StudyCache;

class StudyOpener : public QObject {
  Q_OBJECT
 public:
  StudyOpener(DicomWebClient* client, StudyCache* cache, QObject* parent = nullptr);

  // Opening another study stops the pull of the previous one; what it had
  // fetched stays in the cache and is not fetched again.
  void open(const StudyRecord& study);

 signals:
  void firstImageReady(const yunyue::DecodedImage& image, const yunyue::SeriesRecord& series);
  void pullProgress(const QString& studyUid, const yunyue::PullProgress& progress);
  void pullFinished(const QString& studyUid, const yunyue::PullResult& result);
  void failed(const QString& message, const QString& detail);

 private:
  void pull(const QString& studyUid, const QList<SeriesRecord>& allSeries, const SeriesRecord& series);
  void showFirstImage(const QString& path, const SeriesRecord& series, const QString& sopUid);

  DicomWebClient* m_client;
  StudyCache* m_cache;
  QPointer<StudyPull> m_pull;
  quint64 m_generation = 0;  // a newer open() makes older answers stale
};

// The series a reader looks at first: the lowest series number among image
// series (SR, presentation states and key object notes are not images).
int firstImageSeries(const QList<SeriesRecord>& series);

}  // namespace yunyue
