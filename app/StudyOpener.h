#pragma once
// Opens a study for reading: finds its first image series and shows its
// first image as soon as it arrives.

#include "cloudclient/DicomWebClient.h"
#include "viewer/DecodedImage.h"

#include <QObject>

namespace yunyue {

class StudyOpener : public QObject {
  Q_OBJECT
 public:
  explicit StudyOpener(DicomWebClient* client, QObject* parent = nullptr);

  void open(const StudyRecord& study);

 signals:
  void firstImageReady(const yunyue::DecodedImage& image, const yunyue::SeriesRecord& series);
  void failed(const QString& message, const QString& detail);

 private:
  void openSeries(const QString& studyUid, const SeriesRecord& series);

  DicomWebClient* m_client;
  quint64 m_generation = 0;  // a newer open() makes older answers stale
};

// The series a reader looks at first: the lowest series number among image
// series (SR, presentation states and key object notes are not images).
int firstImageSeries(const QList<SeriesRecord>& series);

}  // namespace yunyue
