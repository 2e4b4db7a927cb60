#pragma once
// The study's series as a vertical strip beside the images: a thumbnail of
// each series' middle image, its number, modality, description, image count
// and whether it is in the local cache (complete, downloading N of M, not in
// cache). Thumbnails are decoded from the cache off the GUI thread and kept
// in memory per SOP Instance UID; a series whose files are not there yet
// shows a placeholder until setSeriesFiles() tells it more. Text from DICOM
// files is shown as plain text, never markup.

#include "cloudclient/Records.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace yunyue {

class SeriesStrip : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kThumbnailSize = 96;  // pixels, square

  explicit SeriesStrip(QWidget* parent = nullptr);
  ~SeriesStrip() override;

  // Shows these series (ordered by Series Number), none of them cached yet.
  void setStudy(const QString& studyUid, const QList<SeriesRecord>& series);
  // A series' record changed, or a new series arrived in the study.
  void updateSeries(const SeriesRecord& series);
  // The series' files now in the cache (ordered by Instance Number) and how
  // many the archive holds (<= 0: the record's Number of Series Related Instances).
  void setSeriesFiles(const QString& seriesUid, const QStringList& cachedFiles, int expected);
  // Selects a series without emitting seriesChosen (the caller chose it).
  void setCurrentSeries(const QString& seriesUid);
  void clear();

  QString studyUid() const { return m_studyUid; }
  QString currentSeries() const;
  QStringList seriesUids() const;  // in the order shown
  // The text shown for a series (several lines), and its thumbnail (null
  // while it shows the placeholder).
  QString seriesText(const QString& seriesUid) const;
  QImage thumbnail(const QString& seriesUid) const;
  bool hasThumbnail(const QString& seriesUid) const { return !thumbnail(seriesUid).isNull(); }

  // A thumbnail of one DICOM image: the image in its own window (the file's
  // Window Center/Width, else its value range), MONOCHROME1 inverted,
  // scaled to fit `size` with the pixels' true aspect, centred on black.
  // Null when the file is not an image we can decode. Thread-safe.
  static QImage makeThumbnail(const QString& path, int size, QString* sopInstanceUid = nullptr);

 signals:
  void seriesChosen(const QString& seriesUid);  // a click (or arrow keys) selected it
  void seriesOpened(const QString& seriesUid);  // double-click or Enter
  void thumbnailReady(const QString& seriesUid);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  struct Entry {
    SeriesRecord record;
    QStringList files;
    int expected = 0;
    QString thumbnailFile;  // the file the thumbnail shows (or is being made of)
    QImage thumbnail;
  };

  QListWidgetItem* item(const QString& seriesUid) const;
  void refresh(const QString& seriesUid);
  void requestThumbnail(const QString& seriesUid);
  void thumbnailMade(quint64 generation, const QString& seriesUid, const QString& path, const QString& sopUid,
                     const QImage& image);
  QString stateText(const Entry& entry) const;
  QImage placeholder(const QString& modality) const;

  QListWidget* m_list;
  QString m_studyUid;
  QHash<QString, Entry> m_entries;           // by Series Instance UID
  QHash<QString, QImage> m_thumbnailsBySop;  // made thumbnails, across studies
  QHash<QString, QString> m_sopByFile;       // which SOP instance a file held
  quint64 m_generation = 0;                  // setStudy()/clear() make older thumbnails stale
  bool m_settingCurrent = false;
};

}  // namespace yunyue
