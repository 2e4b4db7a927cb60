#include "app/SeriesStrip.h"

#include "viewer/DecodedImage.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace yunyue {
namespace {

constexpr int kDescriptionLength = 40;       // characters shown of Series Description
constexpr int kThumbnailMemoryLimit = 2000;  // thumbnails kept (about 9 KiB each)
constexpr int kSeriesUidRole = Qt::UserRole;

// Series Description (LO, up to 64 characters) as one plain line: control
// characters (line breaks, escapes) become spaces, long text is cut.
QString plainLine(const QString& text) {
  QString line;
  for (const QChar c : text) line += (c.isPrint() ? c : QLatin1Char(' '));
  line = line.simplified();
  if (line.size() > kDescriptionLength) line = line.left(kDescriptionLength - 1) + QChar(0x2026);
  return line;
}

// Linear VOI LUT function of PS3.3 C.11.2.1.2.1, to 8 bits.
uchar windowed(float value, double center, double width) {
  const double low = center - 0.5 - (width - 1) / 2;
  const double high = center - 0.5 + (width - 1) / 2;
  if (value <= low) return 0;
  if (value > high) return 255;
  return uchar(std::lround(((value - (center - 0.5)) / (width - 1) + 0.5) * 255));
}

QImage windowedImage(const DecodedImage& image) {
  double center = image.windowCenter, width = image.windowWidth;
  if (!(width > 1)) {  // no usable window in the file: the value range
    width = std::max(2.0, double(image.maxValue) - double(image.minValue));
    center = (double(image.maxValue) + double(image.minValue)) / 2;
  }
  QImage grey(image.columns, image.rows, QImage::Format_Grayscale8);
  for (int r = 0; r < image.rows; ++r) {
    uchar* line = grey.scanLine(r);
    for (int c = 0; c < image.columns; ++c) {
      const uchar g = windowed(image.valueAt(r, c), center, width);
      line[c] = image.monochrome1 ? uchar(255 - g) : g;
    }
  }
  return grey;
}

struct Thumbnail {
  QString sopInstanceUid;
  QImage image;
};

}  // namespace

SeriesStrip::SeriesStrip(QWidget* parent) : QWidget(parent), m_list(new QListWidget(this)) {
  m_list->setViewMode(QListView::ListMode);
  m_list->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
  m_list->setSelectionMode(QAbstractItemView::SingleSelection);
  m_list->setWordWrap(false);
  m_list->setTextElideMode(Qt::ElideRight);
  m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_list->setSpacing(2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_list);
  setMinimumWidth(kThumbnailSize + 170);

  connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
    if (current && !m_settingCurrent) emit seriesChosen(current->data(kSeriesUidRole).toString());
  });
  // Opening is a double-click or Enter whatever the style's activation
  // convention (some styles activate on a single click).
  m_list->installEventFilter(this);
  m_list->viewport()->installEventFilter(this);
}

SeriesStrip::~SeriesStrip() = default;

bool SeriesStrip::eventFilter(QObject* watched, QEvent* event) {
  QListWidgetItem* opened = nullptr;
  if (watched == m_list->viewport() && event->type() == QEvent::MouseButtonDblClick) {
    const auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() == Qt::LeftButton) opened = m_list->itemAt(mouse->position().toPoint());
  } else if (watched == m_list && event->type() == QEvent::KeyPress) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) opened = m_list->currentItem();
  }
  if (!opened) return QWidget::eventFilter(watched, event);
  emit seriesOpened(opened->data(kSeriesUidRole).toString());
  return true;
}

void SeriesStrip::setStudy(const QString& studyUid, const QList<SeriesRecord>& series) {
  clear();
  m_studyUid = studyUid;
  QList<SeriesRecord> ordered = series;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const SeriesRecord& a, const SeriesRecord& b) { return a.seriesNumber < b.seriesNumber; });
  for (const SeriesRecord& s : ordered) updateSeries(s);
}

void SeriesStrip::updateSeries(const SeriesRecord& series) {
  const QString uid = series.seriesInstanceUid;
  if (!m_entries.contains(uid)) {
    auto* added = new QListWidgetItem(m_list);
    added->setData(kSeriesUidRole, uid);
  }
  m_entries[uid].record = series;
  refresh(uid);
}

void SeriesStrip::setSeriesFiles(const QString& seriesUid, const QStringList& cachedFiles, int expected) {
  if (!m_entries.contains(seriesUid)) return;
  Entry& entry = m_entries[seriesUid];
  entry.files = cachedFiles;
  entry.expected = expected;
  refresh(seriesUid);
  requestThumbnail(seriesUid);
}

void SeriesStrip::setCurrentSeries(const QString& seriesUid) {
  m_settingCurrent = true;
  m_list->setCurrentItem(item(seriesUid));
  m_settingCurrent = false;
}

void SeriesStrip::clear() {
  ++m_generation;
  m_studyUid.clear();
  m_entries.clear();
  m_list->clear();
}

QString SeriesStrip::currentSeries() const {
  const QListWidgetItem* current = m_list->currentItem();
  return current ? current->data(kSeriesUidRole).toString() : QString();
}

QStringList SeriesStrip::seriesUids() const {
  QStringList uids;
  for (int row = 0; row < m_list->count(); ++row) uids << m_list->item(row)->data(kSeriesUidRole).toString();
  return uids;
}

QString SeriesStrip::seriesText(const QString& seriesUid) const {
  const QListWidgetItem* found = item(seriesUid);
  return found ? found->text() : QString();
}

QImage SeriesStrip::thumbnail(const QString& seriesUid) const {
  return m_entries.value(seriesUid).thumbnail;
}

QListWidgetItem* SeriesStrip::item(const QString& seriesUid) const {
  for (int row = 0; row < m_list->count(); ++row)
    if (m_list->item(row)->data(kSeriesUidRole).toString() == seriesUid) return m_list->item(row);
  return nullptr;
}

QString SeriesStrip::stateText(const Entry& entry) const {
  const int expected = entry.expected > 0 ? entry.expected : entry.record.numberOfInstances;
  const int cached = int(entry.files.size());
  if (cached == 0) return tr("Not in cache");
  if (cached >= expected) return tr("Complete");
  return tr("Downloading %1 of %2").arg(cached).arg(expected);
}

void SeriesStrip::refresh(const QString& seriesUid) {
  QListWidgetItem* shown = item(seriesUid);
  if (!shown) return;
  const Entry& entry = m_entries[seriesUid];
  const SeriesRecord& s = entry.record;
  const int images = std::max({entry.expected, s.numberOfInstances, int(entry.files.size())});
  const QString description = plainLine(s.seriesDescription);
  const QStringList lines{
      tr("Series %1 · %2").arg(s.seriesNumber).arg(plainLine(s.modality)),
      description.isEmpty() ? tr("(no description)") : description,
      images == 1 ? tr("1 image") : tr("%1 images").arg(images),
      stateText(entry),
  };
  // QListWidgetItem text is plain text: DICOM values never become markup.
  shown->setText(lines.join(QLatin1Char('\n')));
  shown->setIcon(QIcon(QPixmap::fromImage(entry.thumbnail.isNull() ? placeholder(s.modality) : entry.thumbnail)));
}

void SeriesStrip::requestThumbnail(const QString& seriesUid) {
  Entry& entry = m_entries[seriesUid];
  if (entry.files.isEmpty()) return;
  const int expected = entry.expected > 0 ? entry.expected : entry.record.numberOfInstances;
  const bool complete = entry.files.size() >= expected;
  // While the series streams in, its first thumbnail stays: the middle of
  // a growing list would change with every other file.
  if (!complete && !entry.thumbnailFile.isEmpty()) return;
  const QString path = entry.files.at(entry.files.size() / 2);
  if (path == entry.thumbnailFile) return;
  entry.thumbnailFile = path;

  const QString knownSop = m_sopByFile.value(path);
  if (!knownSop.isEmpty() && m_thumbnailsBySop.contains(knownSop)) {
    thumbnailMade(m_generation, seriesUid, path, knownSop, m_thumbnailsBySop.value(knownSop));
    return;
  }
  auto* watcher = new QFutureWatcher<Thumbnail>(this);
  const quint64 generation = m_generation;
  connect(watcher, &QFutureWatcher<Thumbnail>::finished, this, [=] {
    const Thumbnail made = watcher->result();
    watcher->deleteLater();
    thumbnailMade(generation, seriesUid, path, made.sopInstanceUid, made.image);
  });
  watcher->setFuture(QtConcurrent::run([path] {
    Thumbnail made;
    made.image = makeThumbnail(path, kThumbnailSize, &made.sopInstanceUid);
    return made;
  }));
}

void SeriesStrip::thumbnailMade(quint64 generation, const QString& seriesUid, const QString& path, const QString& sopUid,
                                const QImage& image) {
  if (!sopUid.isEmpty() && !image.isNull()) {
    if (m_thumbnailsBySop.size() >= kThumbnailMemoryLimit) {
      m_thumbnailsBySop.clear();
      m_sopByFile.clear();
    }
    m_thumbnailsBySop.insert(sopUid, image);
    m_sopByFile.insert(path, sopUid);
  }
  if (generation != m_generation || !m_entries.contains(seriesUid)) return;  // another study by now
  Entry& entry = m_entries[seriesUid];
  if (entry.thumbnailFile != path || image.isNull()) return;  // a newer request, or not an image (SR): placeholder
  entry.thumbnail = image;
  refresh(seriesUid);
  emit thumbnailReady(seriesUid);
}

QImage SeriesStrip::placeholder(const QString& modality) const {
  QImage image(kThumbnailSize, kThumbnailSize, QImage::Format_RGB32);
  image.fill(QColor(40, 40, 40));
  QPainter painter(&image);
  painter.setPen(QPen(QColor(110, 110, 110), 1, Qt::DashLine));
  painter.drawRect(image.rect().adjusted(2, 2, -3, -3));
  painter.setPen(QColor(150, 150, 150));
  QFont font = painter.font();
  font.setPixelSize(kThumbnailSize / 5);
  painter.setFont(font);
  painter.drawText(image.rect(), Qt::AlignCenter, plainLine(modality).left(4));
  painter.end();
  return image;
}

QImage SeriesStrip::makeThumbnail(const QString& path, int size, QString* sopInstanceUid) {
  const DecodeOutcome decoded = decodeDicomFile(path);
  if (!decoded.ok() || decoded.image.rows <= 0 || decoded.image.columns <= 0) return {};
  const DecodedImage& image = decoded.image;
  if (sopInstanceUid) *sopInstanceUid = image.sopInstanceUid;
  // The pixels' true aspect: columns × column spacing by rows × row spacing (mm).
  const double widthMm = image.columns * image.geometry.spacing.x();
  const double heightMm = image.rows * image.geometry.spacing.y();
  const double scale = size / std::max(widthMm, heightMm);
  const QSize fitted(std::max(1, int(std::lround(widthMm * scale))), std::max(1, int(std::lround(heightMm * scale))));
  const QImage scaled = windowedImage(image).scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  QImage square(size, size, QImage::Format_RGB32);
  square.fill(Qt::black);
  QPainter painter(&square);
  painter.drawImage((size - fitted.width()) / 2, (size - fitted.height()) / 2, scaled);
  painter.end();
  return square;
}

}  // namespace yunyue
