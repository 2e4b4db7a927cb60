// The series strip and the hanging protocol editor, real widgets under Xvfb,
// on the demo studies' files: a cached series shows a thumbnail of its
// middle image with real content, its number, modality, description, image
// count and state; a series streaming in says how far it is; one without
// files shows the placeholder; DICOM text is shown literally. Clicks choose,
// double-click and Enter open. The editor changes, reorders and saves a
// protocol; Cancel leaves the file alone. Screenshots go to
// YUNYUE_SCREENSHOT_DIR when it is set.

#include "app/HangingProtocolDialog.h"
#include "app/SeriesStrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace yunyue;

namespace {

QStringList demoFiles(const QString& series) {
  const QDir dir(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/" + series + "/1");
  QStringList files;
  for (const QString& name : dir.entryList({"*.dcm"}, QDir::Files, QDir::Name)) files << dir.filePath(name);
  return files;
}

SeriesRecord record(const QString& uid, int number, const QString& modality, const QString& description, int images) {
  SeriesRecord s;
  s.seriesInstanceUid = uid;
  s.seriesNumber = number;
  s.modality = modality;
  s.seriesDescription = description;
  s.numberOfInstances = images;
  return s;
}

// Standard deviation of the grey levels: a blank or flat image has ~0.
double greyDeviation(const QImage& image) {
  double sum = 0, sum2 = 0;
  const double n = double(image.width()) * image.height();
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const double g = qGray(image.pixel(x, y));
      sum += g;
      sum2 += g * g;
    }
  return std::sqrt(std::max(0.0, sum2 / n - (sum / n) * (sum / n)));
}

void saveShot(const QImage& image, const QString& name) {
  const QString dir = qEnvironmentVariable("YUNYUE_SCREENSHOT_DIR");
  if (!dir.isEmpty()) image.save(dir + "/" + name);
}

QPoint itemCentre(SeriesStrip& strip, int row) {
  QListWidget* list = strip.findChild<QListWidget*>();
  return list->visualItemRect(list->item(row)).center();
}

}  // namespace

class TestSeriesStrip : public QObject {
  Q_OBJECT
  QStringList m_ct, m_mr, m_cr;

  QList<SeriesRecord> study() const {
    return {record("1.2.826.0.1.3", 3, "CR", "Skull lateral", 1),
            record("1.2.826.0.1.2", 2, "MR", "T1 <b>axial</b>\nline two", 20),
            record("1.2.826.0.1.1", 1, "CT", "Head 1.5mm", 108),
            record("1.2.826.0.1.9", 9, "SR", "", 1)};
  }

 private slots:
  void initTestCase() {
    m_ct = demoFiles("ct-head");
    m_mr = demoFiles("mr-head");
    m_cr = demoFiles("cr-skull");
    QCOMPARE(m_ct.size(), 108);
    QCOMPARE(m_mr.size(), 20);
    QCOMPARE(m_cr.size(), 1);
  }

  void thumbnailsAndText() {
    SeriesStrip strip;
    strip.resize(300, 700);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    strip.setStudy("1.2.826.0.1", study());
    // Ordered by Series Number; nothing cached yet.
    QCOMPARE(strip.seriesUids(),
             QStringList({"1.2.826.0.1.1", "1.2.826.0.1.2", "1.2.826.0.1.3", "1.2.826.0.1.9"}));
    const QString ct = strip.seriesText("1.2.826.0.1.1");
    QVERIFY2(ct.contains("Series 1") && ct.contains("CT") && ct.contains("Head 1.5mm") &&
                 ct.contains("108 images") && ct.contains("Not in cache"),
             qPrintable(ct));
    QVERIFY(!strip.hasThumbnail("1.2.826.0.1.1"));
    // Markup and line breaks from the file are shown as they are, on one line.
    const QString mr = strip.seriesText("1.2.826.0.1.2");
    QVERIFY2(mr.contains("T1 <b>axial</b> line two"), qPrintable(mr));
    QCOMPARE(mr.count('\n'), 3);

    QSignalSpy ready(&strip, &SeriesStrip::thumbnailReady);
    strip.setSeriesFiles("1.2.826.0.1.1", m_ct, 108);
    strip.setSeriesFiles("1.2.826.0.1.3", m_cr, 1);
    QVERIFY(QTest::qWaitFor([&] { return strip.hasThumbnail("1.2.826.0.1.1") && strip.hasThumbnail("1.2.826.0.1.3"); }, 20000));
    QVERIFY(strip.seriesText("1.2.826.0.1.1").contains("Complete"));
    const QImage ctThumb = strip.thumbnail("1.2.826.0.1.1");
    QCOMPARE(ctThumb.size(), QSize(SeriesStrip::kThumbnailSize, SeriesStrip::kThumbnailSize));
    QVERIFY2(greyDeviation(ctThumb) > 20, "the CT thumbnail is blank");
    // It is the middle image (file 55 of 108), in its own window.
    QCOMPARE(SeriesStrip::makeThumbnail(m_ct[54], SeriesStrip::kThumbnailSize), ctThumb);
    QVERIFY(SeriesStrip::makeThumbnail(m_ct[0], SeriesStrip::kThumbnailSize) != ctThumb);
    QVERIFY(greyDeviation(strip.thumbnail("1.2.826.0.1.3")) > 20);

    // Streaming in: how far, a thumbnail of what is there, then the middle one.
    strip.setSeriesFiles("1.2.826.0.1.2", m_mr.mid(0, 5), 20);
    QVERIFY(strip.seriesText("1.2.826.0.1.2").contains("Downloading 5 of 20"));
    QVERIFY(QTest::qWaitFor([&] { return strip.hasThumbnail("1.2.826.0.1.2"); }, 20000));
    const QImage early = strip.thumbnail("1.2.826.0.1.2");
    strip.setSeriesFiles("1.2.826.0.1.2", m_mr.mid(0, 12), 20);
    QCOMPARE(strip.thumbnail("1.2.826.0.1.2"), early);  // not remade for every file
    strip.setSeriesFiles("1.2.826.0.1.2", m_mr, 20);
    QVERIFY(strip.seriesText("1.2.826.0.1.2").contains("Complete"));
    QVERIFY(QTest::qWaitFor([&] { return strip.thumbnail("1.2.826.0.1.2") != early; }, 20000));
    QCOMPARE(strip.thumbnail("1.2.826.0.1.2"), SeriesStrip::makeThumbnail(m_mr[10], SeriesStrip::kThumbnailSize));

    // No files, not an image series: the placeholder, not a thumbnail.
    QVERIFY(!strip.hasThumbnail("1.2.826.0.1.9"));
    QVERIFY(strip.seriesText("1.2.826.0.1.9").contains("Not in cache"));

    QTest::qWait(100);
    const QImage shot = strip.grab().toImage();
    saveShot(shot, "series-strip.png");
    // The first row's icon area on screen shows the CT, not a flat placeholder.
    QListWidget* list = strip.findChild<QListWidget*>();
    const QRect first = list->visualItemRect(list->item(0));
    const QImage icon = shot.copy(QRect(list->mapTo(&strip, first.topLeft()), QSize(first.height(), first.height())));
    QVERIFY2(greyDeviation(icon) > 20, "no thumbnail on screen");

    // Thumbnails are kept in memory: the same study again shows them at once.
    strip.setStudy("1.2.826.0.1", study());
    strip.setSeriesFiles("1.2.826.0.1.1", m_ct, 108);
    QCOMPARE(strip.thumbnail("1.2.826.0.1.1"), ctThumb);
  }

  void chooseAndOpen() {
    SeriesStrip strip;
    strip.resize(300, 700);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    strip.setStudy("1.2.826.0.1", study());
    QSignalSpy chosen(&strip, &SeriesStrip::seriesChosen);
    QSignalSpy opened(&strip, &SeriesStrip::seriesOpened);
    QListWidget* list = strip.findChild<QListWidget*>();

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, itemCentre(strip, 1));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().at(0).toString(), QString("1.2.826.0.1.2"));
    QCOMPARE(strip.currentSeries(), QString("1.2.826.0.1.2"));
    QVERIFY(opened.isEmpty());

    // Chosen by the program: selected, no signal back.
    strip.setCurrentSeries("1.2.826.0.1.3");
    QCOMPARE(strip.currentSeries(), QString("1.2.826.0.1.3"));
    QCOMPARE(chosen.size(), 1);

    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, itemCentre(strip, 0));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.last().at(0).toString(), QString("1.2.826.0.1.1"));

    list->setFocus();
    strip.setCurrentSeries("1.2.826.0.1.3");
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().at(0).toString(), QString("1.2.826.0.1.3"));
  }

  void dialogEditsAndSaves() {
    QTemporaryDir dir;
    const QString path = dir.filePath("hanging-protocols.json");
    HangingProtocolDialog dialog(defaultHangingProtocols(), path);
    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* name = dialog.findChild<QLineEdit*>("name");
    auto* bodyPart = dialog.findChild<QLineEdit*>("bodyPart");
    auto* layout = dialog.findChild<QComboBox*>("layout");
    QVERIFY(name && bodyPart && layout);

    // CT chest: its axial view is a 10 mm MIP in the lung window.
    dialog.setCurrentRow(1);
    QCOMPARE(name->text(), QString("CT chest"));
    QCOMPARE(dialog.findChild<QComboBox*>("preset0")->currentData().toString(), QString("lung"));
    QCOMPARE(dialog.findChild<QComboBox*>("slab0")->currentData().toInt(), int(SlabMode::Mip));
    QCOMPARE(dialog.findChild<QDoubleSpinBox*>("thickness0")->value(), 10.0);
    QTest::qWait(50);  // new view rows show on the next turn of the event loop
    QVERIFY(dialog.findChild<QComboBox*>("preset2")->isVisible());
    saveShot(dialog.grab().toImage(), "hanging-protocols-dialog.png");

    // Edit: 1×1 axial, mediastinum window, 5 mm MinIP, another body part.
    layout->setCurrentIndex(layout->findData(int(HangingLayout::MprAxial)));
    QVERIFY(!dialog.findChild<QComboBox*>("preset1"));  // one view now
    auto* preset = dialog.findChild<QComboBox*>("preset0");
    preset->setCurrentIndex(preset->findData(QString("mediastinum")));
    auto* slab = dialog.findChild<QComboBox*>("slab0");
    slab->setCurrentIndex(slab->findData(int(SlabMode::MinIp)));
    dialog.findChild<QDoubleSpinBox*>("thickness0")->setValue(5);
    bodyPart->setText("CHEST\\LUNG*");
    name->clear();
    QTest::keyClicks(name, "CT lung MinIP");

    // Add, duplicate, move up, delete.
    QTest::mouseClick(dialog.findChild<QPushButton*>("add"), Qt::LeftButton);
    QCOMPARE(dialog.currentRow(), 6);
    name->clear();
    QTest::keyClicks(name, "US");
    dialog.findChild<QComboBox*>("modality")->setCurrentText("US");
    layout->setCurrentIndex(layout->findData(int(HangingLayout::SingleImage)));
    QTest::mouseClick(dialog.findChild<QPushButton*>("duplicate"), Qt::LeftButton);
    QCOMPARE(dialog.currentRow(), 7);
    QTest::mouseClick(dialog.findChild<QPushButton*>("delete"), Qt::LeftButton);
    QTest::mouseClick(dialog.findChild<QPushButton*>("moveUp"), Qt::LeftButton);
    QCOMPARE(dialog.currentRow(), 5);

    const QList<HangingProtocol> edited = dialog.protocols();
    QCOMPARE(edited.size(), 7);
    QCOMPARE(edited[5].name, QString("US"));
    QCOMPARE(edited[5].layout, HangingLayout::SingleImage);
    QCOMPARE(edited[6].name, QString("MR"));
    const HangingProtocol& lung = edited[1];
    QCOMPARE(lung.name, QString("CT lung MinIP"));
    QCOMPARE(lung.bodyPart, QString("CHEST\\LUNG*"));
    QCOMPARE(lung.layout, HangingLayout::MprAxial);
    QCOMPARE(lung.views.size(), 1);
    QCOMPARE(lung.views[0].windowPreset, QString("mediastinum"));
    QCOMPARE(lung.views[0].slabMode, SlabMode::MinIp);
    QCOMPARE(lung.views[0].slabThicknessMm, 5.0);
    QTest::qWait(50);
    saveShot(dialog.grab().toImage(), "hanging-protocols-dialog-edited.png");

    QPushButton* save = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
      if (b->text() == "Save") save = b;
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const HangingProtocolLoad load = loadHangingProtocols(path);
    QVERIFY(!load.error.isError());
    QCOMPARE(load.protocols, edited);
    QCOMPARE(load.protocols[chooseHangingProtocol(load.protocols, "CT", "LUNGS", "")].name, QString("CT lung MinIP"));

    // Cancel leaves the saved file as it is.
    HangingProtocolDialog again(load.protocols, path);
    again.show();
    again.setCurrentRow(0);
    again.findChild<QLineEdit*>("name")->setText("changed");
    QTest::mouseClick(again.findChild<QPushButton*>("delete"), Qt::LeftButton);
    again.reject();
    QCOMPARE(loadHangingProtocols(path).protocols, edited);
  }
};

QTEST_MAIN(TestSeriesStrip)
#include "test_series_strip.moc"
