// Fusion in the MPR views (issue 7) on the real demo head CT: the overlay
// is a synthetic series in another geometry (other origin, anisotropic
// spacing, turned direction cosines) holding a hot Gaussian blob at a known
// LPS point of its own frame, fused through a non-identity baseToOverlay.
// The coloured pixels of MprView::renderedImage must gather around
// screenPoint(blob centre in the base frame), within 1.5 pixels, and nowhere
// far from it: axial, coronal, sagittal, oblique and a MIP slab. Opacity 0
// and a hidden overlay give the grey picture; the adjustment tool's drag
// moves the blob by the dragged mm and turns it about the crosshair centre;
// MprLayout keeps its three views in step. A fused 2×2 layout is written to
// YUNYUE_SCREENSHOT_DIR when set. Frame times (1024×1024, with and without
// fusion) are printed, never asserted.

#include "viewer/VolumeLoader.h"
#include "viewer/widgets/MprLayout.h"
#include "viewer/widgets/MprView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QTest>

#include <Eigen/Geometry>

#include <cmath>

using namespace yunyue;
using View = CrosshairModel::View;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kBlobSigmaMm = 5;
constexpr float kBlobPeak = 10;

void saveScreenshot(const QImage& image, const QString& name) {
  const QString dir = qEnvironmentVariable("YUNYUE_SCREENSHOT_DIR");
  if (!dir.isEmpty()) image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void drag(QWidget* w, Qt::KeyboardModifiers modifiers, const QList<QPointF>& path) {
  QTest::mousePress(w, Qt::LeftButton, modifiers, path.first().toPoint());
  for (const QPointF& p : path.mid(1)) {
    QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(w, &move);
  }
  QTest::mouseRelease(w, Qt::LeftButton, modifiers, path.last().toPoint());
}

// Coloured: the channels differ clearly (the grey picture has r = g = b).
bool coloured(QRgb c) {
  return std::max({qRed(c), qGreen(c), qBlue(c)}) - std::min({qRed(c), qGreen(c), qBlue(c)}) > 6;
}

bool allGrey(const QImage& img) {
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) {
      const QRgb c = img.pixel(x, y);
      if (qRed(c) != qGreen(c) || qGreen(c) != qBlue(c)) return false;
    }
  return true;
}

struct HotSpot {
  int count = 0;
  QPointF centroid;
  double farthest = 0;  // from `expected`, pixels
  int strongest = 0;    // largest red − blue: how hot the hottest pixel is
};

HotSpot hotSpot(const QImage& img, const QPointF& expected) {
  HotSpot s;
  double sx = 0, sy = 0;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) {
      const QRgb c = img.pixel(x, y);
      if (!coloured(c)) continue;
      ++s.count;
      sx += x;
      sy += y;
      s.farthest = std::max(s.farthest, std::hypot(x - expected.x(), y - expected.y()));
      s.strongest = std::max(s.strongest, qRed(c) - qBlue(c));
    }
  if (s.count) s.centroid = QPointF(sx / s.count, sy / s.count);
  return s;
}

QString describe(const HotSpot& s, const QPointF& expected) {
  return QStringLiteral("%1 coloured pixels, centroid (%2, %3), expected (%4, %5), farthest %6 px")
      .arg(s.count)
      .arg(s.centroid.x())
      .arg(s.centroid.y())
      .arg(expected.x())
      .arg(expected.y())
      .arg(s.farthest);
}

double distance(const QPointF& a, const QPointF& b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

}  // namespace

class TestFusionView : public QObject {
  Q_OBJECT
  std::shared_ptr<const Volume> m_ct;
  std::shared_ptr<const Volume> m_overlay;
  MprSeriesInfo m_info;
  Eigen::Matrix4d m_baseToOverlay = Eigen::Matrix4d::Identity();
  Eigen::Vector3d m_blobBase{0, 0, 0};  // the blob's centre in the CT's frame
  FusionOptions m_options;
  MprView* m_view = nullptr;

  // Where the colour starts (value lower) in mm from the blob centre, in
  // pixels of the view: nothing coloured may lie further out.
  double blobRadiusPx(const MprView* view) const {
    const double radiusMm = kBlobSigmaMm * std::sqrt(2 * std::log(kBlobPeak / m_options.lower));
    return radiusMm / view->mmPerScreenPixel();
  }

  void checkSpotAt(MprView* view, const QPointF& expected, const char* what) {
    const HotSpot s = hotSpot(view->renderedImage(), expected);
    const QString text = QString::fromLatin1(what) + QStringLiteral(": ") + describe(s, expected);
    qInfo("%s", qPrintable(text));
    QVERIFY2(s.count > 200, qPrintable(text));
    QVERIFY2(distance(s.centroid, expected) <= 1.5, qPrintable(text));
    QVERIFY2(s.farthest <= blobRadiusPx(view) + 2, qPrintable(text));
  }

 private slots:
  void initTestCase() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    VolumeLoadOutcome loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    m_ct = std::make_shared<const Volume>(std::move(loaded.volume));
    m_info.patientName = QStringLiteral("Demo^Fusion");
    m_info.seriesDescription = QStringLiteral("Head CT");
    m_info.modality = QStringLiteral("CT");

    // A registration's result: turned 15° about an oblique axis, shifted.
    const ImageGeometry& ct = m_ct->geometry();
    const Eigen::Vector3d ctCentre = ct.indexToPatient((ct.size.cast<double>() - Eigen::Vector3d::Ones()) * 0.5);
    const Eigen::Affine3d baseToOverlay = Eigen::Translation3d(12, -9, 7) *
                                          Eigen::AngleAxisd(15 * kPi / 180, Eigen::Vector3d(0.2, 0.3, 1).normalized());
    m_baseToOverlay = baseToOverlay.matrix();
    m_blobBase = ctCentre + Eigen::Vector3d(18, -22, 9);
    const Eigen::Vector3d blobOverlay = baseToOverlay * m_blobBase;

    // The overlay series: 2 × 2.5 × 3 mm voxels, axes turned 20° about
    // (1, 1, 0.5), the blob off the voxel grid.
    ImageGeometry g;
    g.size = {80, 72, 60};
    g.spacing = {2.0, 2.5, 3.0};
    g.direction = Eigen::AngleAxisd(20 * kPi / 180, Eigen::Vector3d(1, 1, 0.5).normalized()).toRotationMatrix();
    const Eigen::Vector3d blobIndex(37.37, 31.61, 28.29);
    g.origin = blobOverlay - g.direction * blobIndex.cwiseProduct(g.spacing);
    QVERIFY((g.patientToIndex(blobOverlay) - blobIndex).norm() < 1e-9);
    auto overlay = std::make_shared<Volume>(g);
    float* v = overlay->data();
    for (int k = 0; k < g.size.z(); ++k)
      for (int j = 0; j < g.size.y(); ++j)
        for (int i = 0; i < g.size.x(); ++i) {
          const double d2 = (g.indexToPatient(Eigen::Vector3d(i, j, k)) - blobOverlay).squaredNorm();
          *v++ = float(kBlobPeak * std::exp(-d2 / (2 * kBlobSigmaMm * kBlobSigmaMm)));
        }
    m_overlay = overlay;

    m_options.lower = 2;
    m_options.upper = 12;
    m_options.opacity = 0.5;

    m_view = new MprView;
    m_view->resize(512, 512);
    m_view->setVolume(m_ct, m_info);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
  }

  void cleanupTestCase() { delete m_view; }

  void init() {
    m_view->setView(View::Axial);
    m_view->reset();
    m_view->setSlab(SlabMode::None, 0);
    m_view->setTool(MprView::Tool::Navigate);
    m_view->setFusion(m_overlay, m_baseToOverlay, m_options, QStringLiteral("PET WB AC"));
    m_view->crosshair()->setCentre(m_blobBase);
    m_view->refresh();
  }

  void blobLandsAtItsPlace_data() {
    QTest::addColumn<int>("view");
    QTest::newRow("axial") << int(View::Axial);
    QTest::newRow("coronal") << int(View::Coronal);
    QTest::newRow("sagittal") << int(View::Sagittal);
  }
  void blobLandsAtItsPlace() {
    QFETCH(int, view);
    m_view->setView(View(view));
    QVERIFY(m_view->hasFusion());
    checkSpotAt(m_view, m_view->screenPoint(m_blobBase), "thin");
    // The identity map would put it elsewhere: the transform is what places it.
    m_view->setFusionTransform(Eigen::Matrix4d::Identity());
    const HotSpot wrong = hotSpot(m_view->renderedImage(), m_view->screenPoint(m_blobBase));
    QVERIFY(wrong.count == 0 || distance(wrong.centroid, m_view->screenPoint(m_blobBase)) > 10);
  }

  // A double-oblique plane (the crosshair turned about two axes) still finds
  // the blob at the crosshair centre.
  void oblique() {
    m_view->crosshair()->rotate(View::Coronal, 0.4);
    m_view->crosshair()->rotate(View::Sagittal, -0.3);
    m_view->refresh();
    QVERIFY(std::abs(m_view->crosshair()->normal(View::Axial).z()) < 0.95);
    checkSpotAt(m_view, m_view->screenPoint(m_blobBase), "oblique axial");
  }

  // A MIP slab 7 mm off the blob's centre shows it as bright as a thin plane
  // through its centre (the overlay's own MIP), a thin plane there only faintly.
  void mipSlab() {
    const Eigen::Vector3d n = m_view->crosshair()->normal(View::Axial).normalized();
    const HotSpot centred = hotSpot(m_view->renderedImage(), m_view->screenPoint(m_blobBase));
    m_view->crosshair()->setCentre(m_blobBase + 7 * n);
    m_view->refresh();
    const HotSpot thinOff = hotSpot(m_view->renderedImage(), m_view->screenPoint(m_blobBase));
    m_view->setSlab(SlabMode::Mip, 24);
    checkSpotAt(m_view, m_view->screenPoint(m_blobBase), "MIP");
    const HotSpot mip = hotSpot(m_view->renderedImage(), m_view->screenPoint(m_blobBase));
    QVERIFY2(thinOff.count < mip.count / 2, qPrintable(QStringLiteral("thin %1, MIP %2").arg(thinOff.count).arg(mip.count)));
    QVERIFY2(std::abs(mip.count - centred.count) < centred.count / 10,
             qPrintable(QStringLiteral("MIP %1, thin through the centre %2").arg(mip.count).arg(centred.count)));
    QVERIFY(std::abs(mip.strongest - centred.strongest) <= 3);
    saveScreenshot(m_view->grab().toImage(), QStringLiteral("fusion-axial-mip"));
  }

  // Opacity 0 and a hidden overlay give exactly the grey picture.
  void opacityZeroAndHidden() {
    const QImage withBlob = m_view->renderedImage();
    QVERIFY(!allGrey(withBlob));
    m_view->clearFusion();
    const QImage grey = m_view->renderedImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!m_view->hasFusion());
    m_view->setFusion(m_overlay, m_baseToOverlay, m_options, QStringLiteral("PET WB AC"));
    FusionOptions o = m_options;
    o.opacity = 0;
    m_view->setFusionOptions(o);
    QCOMPARE(m_view->renderedImage(), grey);
    m_view->setFusionOptions(m_options);
    QTest::keyClick(m_view, Qt::Key_F);
    QVERIFY(!m_view->fusionOptions().visible);
    QCOMPARE(m_view->renderedImage().convertToFormat(QImage::Format_RGB32), grey);
    QTest::keyClick(m_view, Qt::Key_F);
    QCOMPARE(m_view->renderedImage(), withBlob);
  }

  // , and . step the opacity by 10 %, B cycles the blends; each emits.
  void keys() {
    int emitted = 0;
    const auto c = connect(m_view, &MprView::fusionOptionsChanged, this, [&](const FusionOptions&) { ++emitted; });
    QTest::keyClick(m_view, Qt::Key_Period);
    QCOMPARE(m_view->fusionOptions().opacity, 0.6);
    QTest::keyClick(m_view, Qt::Key_Comma);
    QTest::keyClick(m_view, Qt::Key_Comma);
    QCOMPARE(m_view->fusionOptions().opacity, 0.4);
    QTest::keyClick(m_view, Qt::Key_B);
    QCOMPARE(m_view->fusionOptions().blend, FusionBlend::Additive);
    QTest::keyClick(m_view, Qt::Key_B);
    QCOMPARE(m_view->fusionOptions().blend, FusionBlend::Checkerboard);
    QTest::keyClick(m_view, Qt::Key_B);
    QCOMPARE(m_view->fusionOptions().blend, FusionBlend::Alpha);
    QCOMPARE(emitted, 6);
    disconnect(c);
    // The corner names the fused series and its window.
    QString text;
    for (const QLabel* l : m_view->findChildren<QLabel*>()) text += l->text() + '\n';
    QVERIFY2(text.contains(QStringLiteral("PET WB AC")) && text.contains(QStringLiteral("2 to 12")), qPrintable(text));
  }

  // The adjustment tool: a drag moves the blob by the dragged pixels (mm on
  // the plane), the transform changes by that shift, and the signal says so.
  void dragMovesOverlay() {
    QTest::keyClick(m_view, Qt::Key_A);
    QCOMPARE(m_view->tool(), MprView::Tool::AdjustFusion);
    Eigen::Matrix4d reported = Eigen::Matrix4d::Zero();
    const auto c = connect(m_view, &MprView::fusionTransformChanged, this,
                           [&](const Eigen::Matrix4d& t) { reported = t; });
    const QPointF before = m_view->screenPoint(m_blobBase);
    const QPointF shift(37, -23);
    QList<QPointF> path;
    for (int s = 0; s <= 10; ++s) path << QPointF(200, 300) + shift * (s / 10.0);
    drag(m_view, Qt::NoModifier, path);
    disconnect(c);
    QVERIFY(reported.isApprox(m_view->fusionTransform()));
    checkSpotAt(m_view, before + shift, "after the drag");
    // The blob's centre in the base frame moved by the dragged mm.
    const Eigen::Matrix4d t = m_view->fusionTransform();
    const Eigen::Vector3d blobOverlay = (m_baseToOverlay * m_blobBase.homogeneous()).head<3>();
    const Eigen::Vector3d moved = (t.inverse() * blobOverlay.homogeneous()).head<3>();
    const double mmPerPx = m_view->mmPerScreenPixel();
    QVERIFY(std::abs((moved - m_blobBase).norm() - std::hypot(shift.x(), shift.y()) * mmPerPx) < 0.05);
    QVERIFY(std::abs(m_view->crosshair()->normal(View::Axial).normalized().dot(moved - m_blobBase)) < 1e-9);
  }

  // Ctrl+drag a quarter turn clockwise around the crosshair centre: the blob,
  // 25 mm right of the centre on screen, ends 25 mm below it.
  void ctrlDragTurnsOverlay() {
    m_view->setTool(MprView::Tool::AdjustFusion);
    m_view->crosshair()->setCentre(m_blobBase - 25 * Eigen::Vector3d::UnitX());  // patient right of the blob
    m_view->refresh();
    const QPointF centre = m_view->screenPoint(m_view->crosshair()->centre());
    const QPointF blob = m_view->screenPoint(m_blobBase);
    QVERIFY(std::abs(blob.y() - centre.y()) < 1e-6 && blob.x() > centre.x());  // axial: patient left on screen right
    QList<QPointF> path;
    for (int s = 0; s <= 30; ++s) {
      const double a = kPi / 2 * s / 30;  // screen angles grow clockwise
      path << centre + 120 * QPointF(std::cos(a), std::sin(a));
    }
    drag(m_view, Qt::ControlModifier, path);
    checkSpotAt(m_view, centre + QPointF(0, blob.x() - centre.x()), "after a quarter turn");
  }

  // A 2×2 layout: the overlay in all three views; adjusting in one moves it
  // in all; keys in one apply to all. Screenshot for a person to look at.
  void layoutKeepsViewsInStep() {
    MprLayout layout;
    layout.resize(1200, 1000);
    layout.setVolume(m_ct, m_info);
    layout.setFusion(m_overlay, m_baseToOverlay, m_options, QStringLiteral("PET WB AC"));
    layout.crosshair()->setCentre(m_blobBase);
    for (View v : {View::Axial, View::Coronal, View::Sagittal}) layout.view(v)->refresh();
    layout.show();
    QVERIFY(QTest::qWaitForWindowExposed(&layout));
    QVERIFY(layout.hasFusion());
    for (View v : {View::Axial, View::Coronal, View::Sagittal})
      checkSpotAt(layout.view(v), layout.view(v)->screenPoint(m_blobBase), "layout");
    saveScreenshot(layout.grab().toImage(), QStringLiteral("fusion-layout-2x2"));

    int layoutSignals = 0;
    connect(&layout, &MprLayout::fusionTransformChanged, this, [&](const Eigen::Matrix4d&) { ++layoutSignals; });
    MprView* axial = layout.view(View::Axial);
    MprView* coronal = layout.view(View::Coronal);
    const QPointF coronalBefore = coronal->screenPoint(m_blobBase);
    QTest::keyClick(axial, Qt::Key_A);
    // 30 pixels along the axial screen's right: patient left, also the coronal's right.
    const QPointF from(100, 100);
    drag(axial, Qt::NoModifier, {from, from + QPointF(10, 0), from + QPointF(30, 0)});
    QVERIFY(layoutSignals > 0);
    for (View v : {View::Coronal, View::Sagittal})
      QVERIFY(layout.view(v)->fusionTransform().isApprox(axial->fusionTransform()));
    QVERIFY(layout.fusionTransform().isApprox(axial->fusionTransform()));
    const double shiftMm = 30 * axial->mmPerScreenPixel();
    checkSpotAt(coronal, coronalBefore + QPointF(shiftMm / coronal->mmPerScreenPixel(), 0), "coronal after the axial drag");

    QTest::keyClick(coronal, Qt::Key_F);
    for (View v : {View::Axial, View::Coronal, View::Sagittal}) QVERIFY(!layout.view(v)->fusionOptions().visible);
    QTest::keyClick(coronal, Qt::Key_F);
    layout.clearFusion();
    for (View v : {View::Axial, View::Coronal, View::Sagittal}) {
      QVERIFY(!layout.view(v)->hasFusion());
      QCOMPARE(layout.view(v)->tool() == MprView::Tool::AdjustFusion, false);
    }
  }

  // The checkerboard: in tiles of 32 screen pixels with (x / 32 + y / 32)
  // even the grey picture exactly, in the others the overlay (lower 0: all
  // of the overlay volume is coloured or the map's black).
  void checkerboard() {
    m_view->clearFusion();
    const QImage grey = m_view->renderedImage().convertToFormat(QImage::Format_RGB32);
    FusionOptions o = m_options;
    o.blend = FusionBlend::Checkerboard;
    o.lower = 0;
    m_view->setFusion(m_overlay, m_baseToOverlay, o, QStringLiteral("PET WB AC"));
    const QImage img = m_view->renderedImage();
    int changedInBaseTiles = 0, changedInOverlayTiles = 0;
    for (int y = 0; y < img.height(); ++y)
      for (int x = 0; x < img.width(); ++x) {
        const bool changed = img.pixel(x, y) != grey.pixel(x, y);
        ((x / 32 + y / 32) % 2 ? changedInOverlayTiles : changedInBaseTiles) += changed;
      }
    QCOMPARE(changedInBaseTiles, 0);
    QVERIFY2(changedInOverlayTiles > img.width() * img.height() / 10, qPrintable(QString::number(changedInOverlayTiles)));
    saveScreenshot(m_view->grab().toImage(), QStringLiteral("fusion-axial-checkerboard"));
  }

  // Frame times at 1024×1024 (printed, not asserted): thin and 10 mm MIP,
  // without and with fusion.
  void frameTimes() {
    MprView view;
    view.resize(1024, 1024);
    view.setVolume(m_ct, m_info);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.crosshair()->setCentre(m_blobBase);
    auto msPerFrame = [&view] {
      constexpr int kFrames = 10;
      view.renderedImage();
      QElapsedTimer timer;
      timer.start();
      for (int f = 0; f < kFrames; ++f) {
        view.refresh();
        view.renderedImage();
      }
      return double(timer.nsecsElapsed()) / 1e6 / kFrames;
    };
    for (SlabMode mode : {SlabMode::None, SlabMode::Mip}) {
      view.setSlab(mode, mode == SlabMode::None ? 0 : 10);
      view.clearFusion();
      const double grey = msPerFrame();
      view.setFusion(m_overlay, m_baseToOverlay, m_options, QStringLiteral("PET WB AC"));
      const double fused = msPerFrame();
      qInfo("1024x1024 %s: %.1f ms per frame grey, %.1f ms fused (%.2fx)",
            mode == SlabMode::None ? "thin" : "MIP 10 mm", grey, fused, fused / grey);
    }
  }
};

QTEST_MAIN(TestFusionView)
#include "test_fusion_view.moc"
