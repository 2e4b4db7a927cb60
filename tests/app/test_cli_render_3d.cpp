// `yunyue render --3d` as a script uses it: the real binary, on a cache
// filled by the real `yunyue pull` from the test cloud (the demo head CT),
// under Xvfb with Mesa: a bone volume rendering from the front and the side
// shows bone-coloured skull on a black background, MIP is grey; --stl
// writes a binary STL that vtkSTLReader reads with the triangle count the
// verb reports; without a display the verb says so (exit 1); bad 3D usage
// exits 2. YUNYUE_RENDER_KEEP=1 keeps the PNGs.

#include "tests/app/CliRun.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkSTLReader.h>

namespace {

using yunyue::test::runYunyue;
using Run = yunyue::test::CliRun;

struct Picture {
  int lit = 0, bone = 0, grey = 0;
  bool cornersBlack = true;
  QRect content;
};

Picture look(const QImage& image) {
  Picture p;
  int left = image.width(), top = image.height(), right = -1, bottom = -1;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QRgb c = image.pixel(x, y);
      const bool lit = qRed(c) + qGreen(c) + qBlue(c) > 24;
      p.lit += lit;
      p.bone += qRed(c) >= 120 && qGreen(c) >= 95 && qBlue(c) >= 60 && qRed(c) >= qBlue(c);
      p.grey += lit && std::abs(qRed(c) - qBlue(c)) < 6 && std::abs(qRed(c) - qGreen(c)) < 6;
      if (lit) left = std::min(left, x), right = std::max(right, x), top = std::min(top, y), bottom = std::max(bottom, y);
    }
  if (right >= 0) p.content = QRect(QPoint(left, top), QPoint(right, bottom));
  for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 8, 0), QPoint(0, image.height() - 8),
                              QPoint(image.width() - 8, image.height() - 8)})
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 8; ++x) p.cornersBlack = p.cornersBlack && image.pixel(corner + QPoint(x, y)) == qRgb(0, 0, 0);
  return p;
}

}  // namespace

class TestCliRender3d : public QObject {
  Q_OBJECT
  QTemporaryDir m_cache;
  QTemporaryDir m_out;
  QString m_series;

 private slots:
  void initTestCase() {
    m_series = yunyue::test::demoStudyField("ct-head", 4);
    QVERIFY(!m_series.isEmpty());
    const Run pull = runYunyue({"pull", "--profile", qEnvironmentVariable("YUNYUE_TEST_CLOUD"), "--cache", m_cache.path(),
                             "QS20261120001"});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.errors));
    m_out.setAutoRemove(qEnvironmentVariable("YUNYUE_RENDER_KEEP") != "1");
    if (!m_out.autoRemove()) qInfo("PNGs in %s", qPrintable(m_out.path()));
  }

  void volumeRendering_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("bone");
    QTest::newRow("bone anterior") << QStringList{"--preset", "bone", "--view", "anterior", "--size", "400x320"} << QSize(400, 320) << true;
    QTest::newRow("bone left, default preset") << QStringList{"--view", "left", "--size", "300"} << QSize(300, 300) << true;
    QTest::newRow("mip superior") << QStringList{"--preset", "mip", "--view", "superior", "--size", "256"} << QSize(256, 256) << false;
  }
  void volumeRendering() {
    QFETCH(QStringList, options);
    QFETCH(QSize, size);
    QFETCH(bool, bone);
    const QString file = m_out.filePath(QString(QTest::currentDataTag()).replace(' ', '-').remove(',') + ".png");
    const QStringList args = QStringList{"render", "--cache", m_cache.path(), m_series, "--3d", "--out", file} + options;
    Run r = runYunyue(args);
    // Mesa's llvmpipe on the shared CI X server has crashed once in many
    // runs (never here by hand): a crash is retried once, and said.
    if (r.exitCode == -2) {
      qWarning("yunyue render --3d crashed (%s); running it once more", qPrintable(r.errors.trimmed()));
      r = runYunyue(args);
    }
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errors)));
    QVERIFY2(r.errors.contains("OpenGL: "), qPrintable(r.errors));
    qInfo("%s", qPrintable(r.errors.trimmed()));
    const QImage image(file);
    QCOMPARE(image.size(), size);
    const Picture p = look(image);
    const int pixels = size.width() * size.height();
    const QString what = QStringLiteral("lit %1, bone %2, grey %3, content %4x%5")
                             .arg(p.lit).arg(p.bone).arg(p.grey).arg(p.content.width()).arg(p.content.height());
    QVERIFY2(p.cornersBlack, qPrintable(what));
    QVERIFY2(p.lit > pixels / 10, qPrintable(what));
    // The head is framed: not touching the picture's edges.
    QVERIFY2(p.content.left() > 0 && p.content.top() > 0 && p.content.right() < size.width() - 1 &&
                 p.content.bottom() < size.height() - 1, qPrintable(what));
    if (bone) QVERIFY2(p.bone > pixels / 20, qPrintable(what));
    else QVERIFY2(p.grey > p.lit * 9 / 10, qPrintable(what));
  }

  void stlSurface() {
    const QString stl = m_out.filePath("skull.stl");
    const Run r = runYunyue({"render", "--cache", m_cache.path(), m_series, "--3d", "--stl", stl, "--threshold", "300"},
                            {"DISPLAY"});  // STL export needs no display
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    const QRegularExpressionMatch m = QRegularExpression("surface at 300 HU, ([0-9]+) triangles").match(r.errors);
    QVERIFY2(m.hasMatch(), qPrintable(r.errors));
    const long long triangles = m.captured(1).toLongLong();
    QVERIFY(triangles > 50000);
    QCOMPARE(QFileInfo(stl).size(), 84 + 50 * triangles);
    vtkNew<vtkSTLReader> reader;
    reader->SetFileName(QFile::encodeName(stl).constData());
    reader->Update();
    QCOMPARE(reader->GetOutput()->GetNumberOfPolys(), triangles);
  }

  void unwritableStlExitsOne() {
    const QString stl = m_out.filePath("missing-directory/skull.stl");
    const Run r = runYunyue({"render", "--cache", m_cache.path(), m_series, "--3d", "--stl", stl}, {"DISPLAY"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("Cannot write the surface to " + stl), qPrintable(r.errors));
  }

  void noDisplayExitsOne() {
    const QString file = m_out.filePath("none.png");
    const Run r = runYunyue({"render", "--cache", m_cache.path(), m_series, "--3d", "--out", file}, {"DISPLAY"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errors.contains("needs a display") && r.errors.contains("xvfb-run"), qPrintable(r.errors));
    QVERIFY(!QFile::exists(file));
  }

  void badUsageExitsTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown preset") << QStringList{"--3d", "--preset", "lung", "--out", "x.png"};
    QTest::newRow("unknown view") << QStringList{"--3d", "--view", "oblique", "--out", "x.png"};
    QTest::newRow("bad size") << QStringList{"--3d", "--size", "10x5000", "--out", "x.png"};
    QTest::newRow("nothing to write") << QStringList{"--3d"};
    QTest::newRow("plane with --3d") << QStringList{"--3d", "--plane", "axial", "--out", "x.png"};
    QTest::newRow("preset without --3d") << QStringList{"--plane", "axial", "--preset", "bone", "--out", "x.png"};
    QTest::newRow("threshold without --stl") << QStringList{"--3d", "--threshold", "200", "--out", "x.png"};
  }
  void badUsageExitsTwo() {
    QFETCH(QStringList, args);
    const Run r = runYunyue(QStringList{"render", "--cache", m_cache.path(), m_series} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errors.contains("yunyue render [--cache DIR] SERIES --3d"), qPrintable(r.errors));
  }
};

QTEST_GUILESS_MAIN(TestCliRender3d)
#include "test_cli_render_3d.moc"
