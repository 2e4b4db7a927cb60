// `yunyue render` as a script uses it: the real binary, on a cache filled by
// the real `yunyue pull` from the test cloud (the demo head CT), writes PNGs
// of the standard and oblique planes and of a MIP slab that show a head the
// right way up; an unknown series and bad usage end with distinct exit codes.

#include "tests/app/CliRun.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Picture {
  int greyLevels = 0;
  int bright = 0;      // pixels at 250 or more: bone in a soft-tissue window
  int darkCorners = 0; // of the four 8x8 corner blocks, those that are all air (below 10)
  QRect content;       // bounding box of pixels above 40 (tissue), in image pixels
};

Picture look(const QImage& image) {
  Picture p;
  QSet<int> levels;
  int left = image.width(), top = image.height(), right = -1, bottom = -1;
  for (int y = 0; y < image.height(); ++y) {
    const uchar* line = image.constScanLine(y);
    for (int x = 0; x < image.width(); ++x) {
      levels.insert(line[x]);
      p.bright += line[x] >= 250;
      if (line[x] > 40) {
        left = std::min(left, x), right = std::max(right, x);
        top = std::min(top, y), bottom = std::max(bottom, y);
      }
    }
  }
  p.greyLevels = int(levels.size());
  if (right >= 0) p.content = QRect(QPoint(left, top), QPoint(right, bottom));
  for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 8, 0), QPoint(0, image.height() - 8),
                              QPoint(image.width() - 8, image.height() - 8)}) {
    bool dark = true;
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 8; ++x) dark = dark && image.pixelColor(corner + QPoint(x, y)).value() < 10;
    p.darkCorners += dark;
  }
  return p;
}

}  // namespace

class TestCliRender : public QObject {
  Q_OBJECT
  QTemporaryDir m_cache;
  QTemporaryDir m_out;
  QString m_series;
  QString m_study;

  // Renders to OUT/name.png; returns the file (empty on failure) and the pixel size it reports.
  QString render(const QString& name, const QStringList& options, int size = 384, double* pixelMm = nullptr) {
    const QString file = m_out.filePath(name + ".png");
    QStringList args{"render", "--cache", m_cache.path(), m_series, "--size", QString::number(size), "--out", file};
    args << options;
    const yunyue::test::CliRun r = yunyue::test::runYunyue(args);
    if (r.exitCode != 0) qWarning("%s", qPrintable(r.errors));
    const QRegularExpressionMatch m = QRegularExpression(", ([0-9.]+) mm pixels").match(r.errors);
    if (pixelMm) *pixelMm = m.hasMatch() ? m.captured(1).toDouble() : 0;
    return r.exitCode == 0 ? file : QString();
  }

 private slots:
  void initTestCase() {
    m_series = yunyue::test::demoStudyField("ct-head", 4);
    m_study = yunyue::test::demoStudyField("ct-head", 3);
    QVERIFY(!m_series.isEmpty());
    const yunyue::test::CliRun pull = yunyue::test::runYunyue({"pull", "--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD"), "--cache", m_cache.path(),
                             "QS20261120001"});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.errors));
    // Keep the pictures to look at: YUNYUE_RENDER_KEEP=1.
    m_out.setAutoRemove(qEnvironmentVariable("YUNYUE_RENDER_KEEP") != "1");
    if (!m_out.autoRemove()) qInfo("PNGs in %s", qPrintable(m_out.path()));
  }

  void rendersAHead_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("tall");            // head content taller than wide
    QTest::addColumn<bool>("fullScanLength");  // the head fills the scan's 108 x 1.5 mm from top to bottom
    const QStringList window{"--window", "40,400"};
    QTest::newRow("axial") << (QStringList{"--plane", "axial"} + window) << 384 << false << false;
    QTest::newRow("axial, window from the file, cubic")
        << QStringList{"--plane", "axial", "--interpolation", "cubic"} << 256 << false << false;
    QTest::newRow("coronal") << (QStringList{"--plane", "coronal"} + window) << 384 << true << true;
    // Seen from the side the head is longer (front to back) than the 162 mm scanned.
    QTest::newRow("sagittal") << (QStringList{"--plane", "sagittal"} + window) << 300 << false << true;
    QTest::newRow("oblique") << (QStringList{"--plane", "oblique", "--rotate", "1,0,0:25", "--interpolation", "nearest"} + window)
                             << 320 << false << false;
  }
  void rendersAHead() {
    QFETCH(QStringList, options);
    QFETCH(int, size);
    QFETCH(bool, tall);
    QFETCH(bool, fullScanLength);
    double pixelMm = 0;
    const QString file = render(QTest::currentDataTag(), options, size, &pixelMm);
    QVERIFY(!file.isEmpty());
    QVERIFY(pixelMm > 0);
    const QImage image(file);
    QCOMPARE(image.size(), QSize(size, size));
    const Picture p = look(image.convertToFormat(QImage::Format_Grayscale8));
    QVERIFY2(p.greyLevels >= 100, qPrintable(QString::number(p.greyLevels)));
    QVERIFY2(p.bright > size * size / 200, qPrintable(QString::number(p.bright)));
    QCOMPARE(p.darkCorners, 4);
    const QString box = QStringLiteral("content %1 x %2 mm").arg(p.content.width() * pixelMm).arg(p.content.height() * pixelMm);
    if (tall) QVERIFY2(p.content.height() > p.content.width(), qPrintable(box));
    // Square pixels in patient mm: the 1.5 mm slices are neither squeezed nor stretched.
    if (fullScanLength)
      QVERIFY2(std::abs(p.content.height() * pixelMm - 107 * 1.5) < 4 * pixelMm, qPrintable(box));
    // A head is 12 to 25 cm across in any direction.
    QVERIFY2(p.content.width() * pixelMm > 120 && p.content.width() * pixelMm < 250, qPrintable(box));
  }

  void studyUidMeansItsFirstSeries() {
    m_series = m_study;
    const QString file = render("by-study", {"--plane", "axial", "--position", "0,0,0"}, 128);
    QVERIFY(!file.isEmpty());
    m_series = yunyue::test::demoStudyField("ct-head", 4);
    QCOMPARE(QImage(file).size(), QSize(128, 128));
  }

  void mipShowsAtLeastTheThinImage() {
    // Through the volume centre (no --position) and through the same point given explicitly.
    const QStringList common{"--plane", "axial", "--window", "40,400"};
    const QString thin = render("thin", common);
    const QString mip = render("mip20", common + QStringList{"--slab", "mip", "--thickness", "20"});
    QVERIFY(!thin.isEmpty() && !mip.isEmpty());
    const int thinBright = look(QImage(thin).convertToFormat(QImage::Format_Grayscale8)).bright;
    const int mipBright = look(QImage(mip).convertToFormat(QImage::Format_Grayscale8)).bright;
    QVERIFY2(mipBright >= thinBright && thinBright > 0, qPrintable(QStringLiteral("%1 vs %2").arg(mipBright).arg(thinBright)));
    // Every MIP pixel is at least the thin one (both linear, same grid).
    const QImage a = QImage(thin).convertToFormat(QImage::Format_Grayscale8);
    const QImage b = QImage(mip).convertToFormat(QImage::Format_Grayscale8);
    int darker = 0;
    for (int y = 0; y < a.height(); ++y)
      for (int x = 0; x < a.width(); ++x) darker += b.constScanLine(y)[x] + 1 < a.constScanLine(y)[x];
    QCOMPARE(darker, 0);
  }

  void unknownSeriesExitsOne() {
    const yunyue::test::CliRun r = yunyue::test::runYunyue({"render", "--cache", m_cache.path(), "1.2.3.4.5.6", "--plane", "axial", "--out",
                          m_out.filePath("none.png")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("1.2.3.4.5.6") && r.errors.contains("not in the cache"), qPrintable(r.errors));
    QVERIFY(!QFile::exists(m_out.filePath("none.png")));
  }

  void badUsageExitsTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no plane") << QStringList{"--out", "x.png"};
    QTest::newRow("unknown plane") << QStringList{"--plane", "diagonal", "--out", "x.png"};
    QTest::newRow("no --out") << QStringList{"--plane", "axial"};
    QTest::newRow("oblique without rotation") << QStringList{"--plane", "oblique", "--out", "x.png"};
    QTest::newRow("bad position") << QStringList{"--plane", "axial", "--position", "1,2", "--out", "x.png"};
    QTest::newRow("slab without thickness") << QStringList{"--plane", "axial", "--slab", "mip", "--out", "x.png"};
    QTest::newRow("unknown slab") << QStringList{"--plane", "axial", "--slab", "max", "--thickness", "5", "--out", "x.png"};
    QTest::newRow("bad window") << QStringList{"--plane", "axial", "--window", "40", "--out", "x.png"};
    QTest::newRow("bad size") << QStringList{"--plane", "axial", "--size", "0", "--out", "x.png"};
    QTest::newRow("unknown option") << QStringList{"--plane", "axial", "--colour", "--out", "x.png"};
  }
  void badUsageExitsTwo() {
    QFETCH(QStringList, args);
    const yunyue::test::CliRun r = yunyue::test::runYunyue(QStringList{"render", "--cache", m_cache.path(), m_series} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errors.contains("usage: yunyue render"), qPrintable(r.errors));
  }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "test_cli_render.moc"
