// The MPR reading views on the real demo head CT (256×256×108, 0.957 mm
// pixels, 1.5 mm slices): slice stepping in patient mm, W/L presets on the
// number keys, the bone window showing the skull where the data has it,
// distances placed with the mouse measured in patient mm, slab MIP/MinIP
// against the thin plane, oblique planes by rotating the crosshair, layouts,
// and overlays that show DICOM text literally. Screenshots are checked for
// content and written to YUNYUE_SCREENSHOT_DIR when it is set.

#include "viewer/VolumeLoader.h"
#include "viewer/widgets/MprLayout.h"
#include "viewer/widgets/MprView.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <set>

using namespace yunyue;
using View = CrosshairModel::View;

namespace {

constexpr double kPi = 3.14159265358979323846;

void saveScreenshot(const QImage& image, const QString& name) {
  const QString dir = qEnvironmentVariable("YUNYUE_SCREENSHOT_DIR");
  if (!dir.isEmpty()) image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Not blank: many grey levels, and a good share of the picture not black.
bool hasContent(const QImage& image) {
  std::set<int> levels;
  int lit = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) {
      const int g = qGray(image.pixel(x, y));
      levels.insert(g);
      lit += g > 20;
    }
  return levels.size() > 50 && lit > image.width() * image.height() / 4 / 10;
}

QString allOverlayText(const QWidget* w) {
  QStringList texts;
  for (const QLabel* l : w->findChildren<QLabel*>()) texts << l->text();
  return texts.join(QLatin1Char('\n'));
}

void drag(QWidget* w, Qt::MouseButton button, Qt::KeyboardModifiers modifiers, const QList<QPoint>& path) {
  QTest::mousePress(w, button, modifiers, path.first());
  for (const QPoint& p : path.mid(1)) {
    QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, button, modifiers);
    QApplication::sendEvent(w, &move);
  }
  QTest::mouseRelease(w, button, modifiers, path.last());
}

// Equal but for rounding: the same points sampled through mirrored or turned axes.
bool sameGrey(QRgb a, QRgb b) { return std::abs(qGray(a) - qGray(b)) <= 1; }

// Pixels of the painted measurement colour (yellow; the selected one is cyan).
int yellow(const QImage& img) {
  int n = 0;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) {
      const QRgb c = img.pixel(x, y);
      n += qRed(c) > 200 && qGreen(c) > 180 && qBlue(c) < 120 && qRed(c) - qBlue(c) > 120;
    }
  return n;
}

double angleBetween(const Eigen::Vector3d& a, const Eigen::Vector3d& b) {
  return std::acos(std::clamp(a.normalized().dot(b.normalized()), -1.0, 1.0)) * 180 / kPi;
}

}  // namespace

class TestMprView : public QObject {
  Q_OBJECT
  std::shared_ptr<const Volume> m_volume;
  MprSeriesInfo m_info;
  MprView* m_view = nullptr;

  ImageGeometry geometry() const { return m_volume->geometry(); }

 private slots:
  void initTestCase() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    VolumeLoadOutcome loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    m_volume = std::make_shared<const Volume>(std::move(loaded.volume));
    QCOMPARE(geometry().size, Eigen::Vector3i(256, 256, 108));

    // Markup in a name must show as typed, never as bold text.
    m_info.patientName = QStringLiteral("<b>Bold</b>^Name");
    m_info.patientId = QStringLiteral("DEMO-001");
    m_info.studyDate = QStringLiteral("2026-11-23");
    m_info.studyDescription = QStringLiteral("Head CT");
    m_info.seriesDescription = QString(200, QLatin1Char('x'));
    m_info.modality = QStringLiteral("CT");
    m_info.windowCenter = 40;
    m_info.windowWidth = 400;

    m_view = new MprView;
    m_view->resize(512, 512);
    m_view->setVolume(m_volume, m_info);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setFocus();
    QVERIFY(hasContent(m_view->grab().toImage()));
  }

  void cleanupTestCase() { delete m_view; }

  void init() {
    m_view->setView(View::Axial);
    m_view->reset();
    m_view->setSlab(SlabMode::None, 0);
    m_view->setTool(MprView::Tool::Navigate);
    m_view->clearMeasurements();
    m_view->crosshair()->setCentre(CrosshairModel(geometry()).centre());
    m_view->refresh();
  }

  // One step is one voxel along the normal: 1.5 mm axial, 0.957 mm coronal and sagittal.
  void scrollMovesByVoxelSpacing_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("axis");  // the volume axis along the view's normal
    QTest::addColumn<int>("count");
    QTest::newRow("axial") << int(View::Axial) << 2 << 108;
    QTest::newRow("coronal") << int(View::Coronal) << 1 << 256;
    QTest::newRow("sagittal") << int(View::Sagittal) << 0 << 256;
  }
  void scrollMovesByVoxelSpacing() {
    QFETCH(int, view);
    QFETCH(int, axis);
    QFETCH(int, count);
    const double spacing = geometry().spacing[axis];
    QVERIFY(std::abs(spacing - (axis == 2 ? 1.5 : 0.95703112)) < 1e-6);
    m_view->setView(View(view));
    QCOMPARE(m_view->sliceCount(), count);
    QSignalSpy sliceChanged(m_view, &MprView::sliceChanged);
    const double start = m_view->currentSlicePosition();
    m_view->scrollSlices(7);
    QVERIFY(std::abs(m_view->currentSlicePosition() - (start + 7 * spacing)) < 1e-6);
    QCOMPARE(sliceChanged.count(), 1);
    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_Up);
    QVERIFY(std::abs(m_view->currentSlicePosition() - (start + 5 * spacing)) < 1e-6);
    QTest::keyClick(m_view, Qt::Key_PageDown);
    QVERIFY(std::abs(m_view->currentSlicePosition() - (start + 15 * spacing)) < 1e-6);
    QWheelEvent wheel(QPointF(100, 100), m_view->mapToGlobal(QPointF(100, 100)), QPoint(), QPoint(0, -240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    QVERIFY(std::abs(m_view->currentSlicePosition() - (start + 17 * spacing)) < 1e-6);

    // Home / End: the outermost voxel centres along the normal.
    const Eigen::Vector3d n = m_view->crosshair()->normal(View(view)).normalized();
    const Eigen::Vector3d first = geometry().indexToPatient(Eigen::Vector3d::Zero());
    const Eigen::Vector3d last = geometry().indexToPatient((geometry().size - Eigen::Vector3i::Ones()).cast<double>());
    QTest::keyClick(m_view, Qt::Key_Home);
    QVERIFY(std::abs(m_view->currentSlicePosition() - std::min(n.dot(first), n.dot(last))) < 1e-6);
    QCOMPARE(m_view->currentSliceNumber(), 1);
    QTest::keyClick(m_view, Qt::Key_End);
    QVERIFY(std::abs(m_view->currentSlicePosition() - std::max(n.dot(first), n.dot(last))) < 1e-6);
    QCOMPARE(m_view->currentSliceNumber(), count);
    m_view->scrollSlices(3);  // stays inside
    QCOMPARE(m_view->currentSliceNumber(), count);
    QVERIFY(allOverlayText(m_view).contains(QStringLiteral("%1 / %1").arg(count)));
  }

  void presetKeys_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("level");
    QTest::newRow("1 lung") << int(Qt::Key_1) << 1500.0 << -600.0;
    QTest::newRow("2 mediastinum") << int(Qt::Key_2) << 350.0 << 50.0;
    QTest::newRow("3 bone") << int(Qt::Key_3) << 2000.0 << 500.0;
    QTest::newRow("4 brain") << int(Qt::Key_4) << 80.0 << 40.0;
    QTest::newRow("5 abdomen") << int(Qt::Key_5) << 400.0 << 40.0;
    QTest::newRow("6 liver") << int(Qt::Key_6) << 150.0 << 30.0;
  }
  void presetKeys() {
    QFETCH(int, key);
    QFETCH(double, width);
    QFETCH(double, level);
    m_view->setWindow(-100, 77);
    QSignalSpy changed(m_view, &MprView::windowChanged);
    QTest::keyClick(m_view, Qt::Key(key));
    QCOMPARE(m_view->windowWidth(), width);
    QCOMPARE(m_view->windowCenter(), level);
    QCOMPARE(changed.count(), 1);
    QVERIFY(allOverlayText(m_view).contains(QStringLiteral("W %1  L %2").arg(QLocale().toString(width, 'f', 0),
                                                                               QLocale().toString(level, 'f', 0))));
    QTest::keyClick(m_view, Qt::Key_R);  // back to the series' own window
    QCOMPARE(m_view->windowWidth(), 400.0);
    QCOMPARE(m_view->windowCenter(), 40.0);
  }

  void leftDragWindowsAndLevels() {
    drag(m_view, Qt::LeftButton, Qt::NoModifier, {QPoint(60, 400), QPoint(80, 400), QPoint(100, 430)});
    QVERIFY(m_view->windowWidth() > 400);   // right: wider
    QVERIFY(m_view->windowCenter() > 40);   // down: higher level
  }

  // The skull on an upper axial slice, found in the voxels: solid bone
  // (> 700 HU with all 8 neighbours) is bright in the bone window, brain
  // (20-45 HU amid soft tissue) dark grey, air black.
  void boneWindowShowsTheSkull() {
    const int k = 80;
    m_view->goToFirstSlice();
    m_view->scrollSlices(k);
    QVERIFY(std::abs(m_view->currentSlicePosition() - geometry().indexToPatient(Eigen::Vector3d(0, 0, k)).z()) < 1e-6);
    QTest::keyClick(m_view, Qt::Key_3);
    const QImage shot = m_view->grab().toImage();
    saveScreenshot(shot, QStringLiteral("mpr-axial-bone"));
    int bone = 0, brightBone = 0, brain = 0, greyBrain = 0;
    for (int j = 1; j < 255; ++j)
      for (int i = 1; i < 255; ++i) {
        float lo = 1e9f, hi = -1e9f;
        for (int dj = -1; dj <= 1; ++dj)
          for (int di = -1; di <= 1; ++di) {
            lo = std::min(lo, m_volume->at(i + di, j + dj, k));
            hi = std::max(hi, m_volume->at(i + di, j + dj, k));
          }
        const float v = m_volume->at(i, j, k);
        const bool isBone = lo > 700;  // at least grey 153 in W 2000 / L 500
        const bool isBrain = v >= 20 && v <= 45 && lo > 0 && hi < 80;
        if (!isBone && !isBrain) continue;
        const QPointF s = m_view->screenPoint(geometry().indexToPatient(Eigen::Vector3d(i, j, k)));
        const QRgb c = shot.pixel(int(std::lround(s.x())), int(std::lround(s.y())));
        if (qRed(c) != qGreen(c) || qGreen(c) != qBlue(c)) continue;  // under a crosshair line or text
        if (isBone) {
          ++bone;
          brightBone += qGray(c) >= 140;
        } else {
          ++brain;
          greyBrain += qGray(c) >= 40 && qGray(c) <= 100;
        }
      }
    QVERIFY2(bone > 300, qPrintable(QString::number(bone)));
    QVERIFY2(brightBone >= bone * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(brightBone).arg(bone)));
    QVERIFY2(brain > 1000, qPrintable(QString::number(brain)));
    QVERIFY2(greyBrain >= brain * 95 / 100, qPrintable(QStringLiteral("%1 of %2").arg(greyBrain).arg(brain)));
    QCOMPARE(qGray(shot.pixel(8, 120)), 0);  // air beside the head (bone window: -1000 HU is black)
  }

  // Two clicks with the distance tool; the length is the screen distance
  // times the scale that fits the volume's extent (size × spacing) into
  // 512 pixels, and the points lie on the axial plane shown.
  void distanceMeasurement() {
    QTest::keyClick(m_view, Qt::Key_D);
    QCOMPARE(m_view->tool(), MprView::Tool::Distance);
    const QPoint p1(150, 200), p2(390, 380);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, p1);
    QTest::mouseMove(m_view, QPoint(300, 300));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, p2);
    QCOMPARE(int(m_view->measurements().size()), 1);
    const MprDistance m = m_view->measurements().front();
    const ImageGeometry g = geometry();
    const double mmPerPixel = std::max(g.size.x() * g.spacing.x() / 512, g.size.y() * g.spacing.y() / 512);
    const double expected = std::hypot(p2.x() - p1.x(), p2.y() - p1.y()) * mmPerPixel;
    QVERIFY2(std::abs(m.lengthMm() - expected) < 1e-3, qPrintable(QStringLiteral("%1 vs %2").arg(m.lengthMm()).arg(expected)));
    QVERIFY(std::abs(m.a.z() - m_view->currentSlicePosition()) < 1e-9);
    QVERIFY(std::abs(m.b.z() - m_view->currentSlicePosition()) < 1e-9);
    // Axial from the feet: screen right is patient left (+x), screen down posterior (+y).
    QVERIFY(std::abs((m.b.x() - m.a.x()) - 240 * mmPerPixel) < 1e-6);
    QVERIFY(std::abs((m.b.y() - m.a.y()) - 180 * mmPerPixel) < 1e-6);
    saveScreenshot(m_view->grab().toImage(), QStringLiteral("mpr-axial-distance"));

    // Drag the second end 40 px to the left: the length follows.
    QTest::keyClick(m_view, Qt::Key_D);  // back to navigation: ends are still draggable
    drag(m_view, Qt::LeftButton, Qt::NoModifier, {p2, p2 + QPoint(-20, 0), p2 + QPoint(-40, 0)});
    const double edited = std::hypot(p2.x() - 40 - p1.x(), p2.y() - p1.y()) * mmPerPixel;
    QVERIFY(std::abs(m_view->measurements().front().lengthMm() - edited) < 1e-3);

    // Zoom and pan: the measurement stays in patient mm, its ends follow the image.
    m_view->setZoom(2);
    m_view->setPan(Eigen::Vector2d(10, -5));
    QVERIFY(std::abs(m_view->measurements().front().lengthMm() - edited) < 1e-3);
    const QPointF a = m_view->screenPoint(m_view->measurements().front().a);
    QVERIFY(std::abs(a.x() - (255.5 + ((p1.x() - 255.5) * mmPerPixel - 10) / (mmPerPixel / 2))) < 1e-6);
    QVERIFY(std::abs(a.y() - (255.5 + ((p1.y() - 255.5) * mmPerPixel + 5) / (mmPerPixel / 2))) < 1e-6);

    // Shown only on its own plane: the painted line (yellow when not
    // selected) disappears one slice further.
    m_view->reset();
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(30, 480));  // W/L click elsewhere
    const int onPlane = yellow(m_view->grab().toImage());
    m_view->scrollSlices(1);
    const int offPlane = yellow(m_view->grab().toImage());
    QVERIFY2(onPlane > 100, qPrintable(QString::number(onPlane)));
    QVERIFY2(offPlane < onPlane / 10, qPrintable(QStringLiteral("%1 vs %2").arg(offPlane).arg(onPlane)));
    m_view->scrollSlices(-1);

    // Select by clicking its line, Delete removes it.
    const QPointF mid = (m_view->screenPoint(m_view->measurements().front().a) +
                         m_view->screenPoint(m_view->measurements().front().b)) / 2;
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, mid.toPoint());
    QCOMPARE(m_view->selectedMeasurement(), 0);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QVERIFY(m_view->measurements().empty());
  }

  // A MIP slab holds the thin plane's sample (the view samples a slab once
  // per voxel step along the normal, and a thickness of an even number of
  // steps puts one at offset 0), so it is never darker; a MinIP never
  // brighter; both differ from thin where the head has structure.
  void slabAgainstThin() {
    m_view->setView(View::Coronal);
    m_view->setWindow(500, 3000);
    const QImage thin = m_view->renderedImage();
    const double thickness = 10 * geometry().spacing.y();  // coronal: the normal is along j
    m_view->setSlab(SlabMode::Mip, thickness);
    const QImage mip = m_view->renderedImage();
    saveScreenshot(m_view->grab().toImage(), QStringLiteral("mpr-coronal-mip"));
    m_view->setSlab(SlabMode::MinIp, thickness);
    const QImage minip = m_view->renderedImage();
    QCOMPARE(mip.size(), thin.size());
    int brighter = 0, darker = 0;
    for (int y = 0; y < thin.height(); ++y)
      for (int x = 0; x < thin.width(); ++x) {
        const int t = qGray(thin.pixel(x, y)), hi = qGray(mip.pixel(x, y)), lo = qGray(minip.pixel(x, y));
        QVERIFY2(hi >= t - 1, qPrintable(QStringLiteral("MIP %1 < thin %2 at %3,%4").arg(hi).arg(t).arg(x).arg(y)));
        QVERIFY2(lo <= t + 1, qPrintable(QStringLiteral("MinIP %1 > thin %2 at %3,%4").arg(lo).arg(t).arg(x).arg(y)));
        brighter += hi > t + 2;
        darker += lo < t - 2;
      }
    const int pixels = thin.width() * thin.height();
    QVERIFY2(brighter > pixels / 20, qPrintable(QString::number(brighter)));
    QVERIFY2(darker > pixels / 20, qPrintable(QString::number(darker)));
    QVERIFY(allOverlayText(m_view).contains(QStringLiteral("MinIP")));

    // Keys: M cycles the mode, ] thickens by 2 mm.
    m_view->setSlab(SlabMode::None, 0);
    QTest::keyClick(m_view, Qt::Key_M);
    QCOMPARE(m_view->slab().mode, SlabMode::Mip);
    QCOMPARE(m_view->slab().thicknessMm, 10.0);
    QTest::keyClick(m_view, Qt::Key_BracketRight);
    QCOMPARE(m_view->slab().thicknessMm, 12.0);
    QTest::keyClick(m_view, Qt::Key_BracketLeft);
    QTest::keyClick(m_view, Qt::Key_BracketLeft);
    QCOMPARE(m_view->slab().thicknessMm, 8.0);
    QTest::keyClick(m_view, Qt::Key_M);
    QCOMPARE(m_view->slab().mode, SlabMode::MinIp);
  }

  void displayKeys() {
    const QImage before = m_view->renderedImage();
    QTest::keyClick(m_view, Qt::Key_I);
    QVERIFY(m_view->isInverted());
    QVERIFY(sameGrey(m_view->renderedImage().pixel(300, 200), qRgb(255, 255, 255) - before.pixel(300, 200)));
    QTest::keyClick(m_view, Qt::Key_I);
    QTest::keyClick(m_view, Qt::Key_H);
    QVERIFY(sameGrey(m_view->renderedImage().pixel(100, 300), before.pixel(511 - 100, 300)));
    QTest::keyClick(m_view, Qt::Key_H);
    QTest::keyClick(m_view, Qt::Key_V);
    QVERIFY(sameGrey(m_view->renderedImage().pixel(100, 300), before.pixel(100, 511 - 300)));
    QTest::keyClick(m_view, Qt::Key_V);
    // Ctrl+R: 90° clockwise; patient left (screen right in axial) comes to the bottom.
    QTest::keyClick(m_view, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_view->quarterTurns(), 1);
    QCOMPARE(m_view->findChild<QLabel*>(QStringLiteral("orientationBottom"))->text(), QStringLiteral("L"));
    QVERIFY(sameGrey(m_view->renderedImage().pixel(511 - 300, 100), before.pixel(100, 300)));
    QTest::keyClick(m_view, Qt::Key_R);
    QCOMPARE(m_view->quarterTurns(), 0);
    QCOMPARE(m_view->renderedImage(), before);

    // Right drag up zooms in; middle drag pans by what the mouse moved.
    drag(m_view, Qt::RightButton, Qt::NoModifier, {QPoint(200, 300), QPoint(200, 250), QPoint(200, 200)});
    QVERIFY(m_view->zoom() > 2);
    const double mmPerPixel = m_view->mmPerScreenPixel();
    drag(m_view, Qt::MiddleButton, Qt::NoModifier, {QPoint(200, 200), QPoint(230, 220)});
    QVERIFY((m_view->pan() - Eigen::Vector2d(-30, -20) * mmPerPixel).norm() < 1e-9);

    // Cine steps through the slices on its own.
    m_view->setCineFrameRate(50);
    const int slice = m_view->currentSliceNumber();
    QTest::keyClick(m_view, Qt::Key_C);
    QVERIFY(m_view->isCinePlaying());
    QTRY_VERIFY(m_view->currentSliceNumber() != slice);
    QTest::keyClick(m_view, Qt::Key_C);
    QVERIFY(!m_view->isCinePlaying());
  }

  // Linked views: rotating the crosshair in the axial view (Ctrl + left drag
  // by 30° about the centre) turns the coronal plane's normal by 30° about
  // the axial normal; the axial plane stays. The coronal view is oblique.
  void rotatingTheCrosshairTurnsTheOtherPlanes() {
    MprLayout layout;
    layout.resize(1024, 1024);
    layout.setVolume(m_volume, m_info);
    layout.show();
    QVERIFY(QTest::qWaitForWindowExposed(&layout));
    MprView* axial = layout.view(View::Axial);
    const Eigen::Vector3d axialNormal = layout.crosshair()->normal(View::Axial);
    const Eigen::Vector3d coronalNormal = layout.crosshair()->normal(View::Coronal);
    const QString coronalRight = layout.view(View::Coronal)->findChild<QLabel*>("orientationRight")->text();
    QCOMPARE(coronalRight, QStringLiteral("L"));

    const QPointF c = axial->screenPoint(layout.crosshair()->centre());
    QList<QPoint> path;
    for (int deg = 0; deg <= 30; deg += 5)
      path << (c + 150 * QPointF(std::cos(deg * kPi / 180), std::sin(deg * kPi / 180))).toPoint();
    drag(axial, Qt::LeftButton, Qt::ControlModifier, path);
    const QPointF first = path.first() - c, last = path.last() - c;
    const double turned = (std::atan2(last.y(), last.x()) - std::atan2(first.y(), first.x())) * 180 / kPi;
    QVERIFY(std::abs(turned - 30) < 0.5);
    QVERIFY(std::abs(angleBetween(coronalNormal, layout.crosshair()->normal(View::Coronal)) - turned) < 1e-6);
    QVERIFY(angleBetween(axialNormal, layout.crosshair()->normal(View::Axial)) < 1e-6);
    // The coronal line followed the mouse: it now runs from the centre through
    // where the drag ended (a turn the wrong way would put it at -30°).
    const Eigen::Vector3d toEnd = axial->patientPoint(path.last()) - layout.crosshair()->centre();
    QVERIFY(std::abs(layout.crosshair()->normal(View::Coronal).normalized().dot(toEnd.normalized())) < 1e-6);
    // The turn is about the axial normal: the coronal normal stays in the axial plane.
    QVERIFY(std::abs(layout.crosshair()->normal(View::Coronal).dot(axialNormal)) < 1e-9);
    // The oblique coronal's row direction mixes left and posterior.
    QCOMPARE(layout.view(View::Coronal)->findChild<QLabel*>("orientationRight")->text().size(), 2);
    saveScreenshot(layout.grab().toImage(), QStringLiteral("mpr-layout-oblique"));

    // Dragging the centre moves the crosshair point in all views.
    const Eigen::Vector3d before = layout.crosshair()->centre();
    drag(axial, Qt::LeftButton, Qt::NoModifier, {c.toPoint(), c.toPoint() + QPoint(20, 0), c.toPoint() + QPoint(40, 30)});
    const Eigen::Vector3d moved = layout.crosshair()->centre() - before;
    QVERIFY(std::abs(moved.z()) < 1e-9);
    QVERIFY(std::abs(moved.norm() - 50 * axial->mmPerScreenPixel()) < 0.05 * 50 * axial->mmPerScreenPixel());

    // R resets the orientation for every view.
    axial->setFocus();
    QTest::keyClick(axial, Qt::Key_R);
    QVERIFY(angleBetween(coronalNormal, layout.crosshair()->normal(View::Coronal)) < 1e-6);

    // The round handle on the coronal line (right of the centre, 35% of the
    // view's size away) rotates without Ctrl: 20° anticlockwise here.
    const QPointF centre = axial->screenPoint(layout.crosshair()->centre());
    const double radius = 0.35 * std::min(axial->width(), axial->height());
    QList<QPoint> handlePath;
    for (int deg = 0; deg >= -20; deg -= 4)
      handlePath << (centre + radius * QPointF(std::cos(deg * kPi / 180), std::sin(deg * kPi / 180))).toPoint();
    drag(axial, Qt::LeftButton, Qt::NoModifier, handlePath);
    const QPointF h0 = handlePath.first() - centre, h1 = handlePath.last() - centre;
    const double handleTurn = (std::atan2(h1.y(), h1.x()) - std::atan2(h0.y(), h0.x())) * 180 / kPi;
    QVERIFY(std::abs(angleBetween(coronalNormal, layout.crosshair()->normal(View::Coronal)) - std::abs(handleTurn)) < 1e-6);
    QTest::keyClick(axial, Qt::Key_R);

    // Dragging the sagittal line (vertical, away from centre and handles)
    // moves only the sagittal plane: the centre moves along x alone.
    const Eigen::Vector3d atStart = layout.crosshair()->centre();
    const QPoint onLine = (centre + QPointF(0, 60)).toPoint();
    drag(axial, Qt::LeftButton, Qt::NoModifier, {onLine, onLine + QPoint(15, 10), onLine + QPoint(30, 25)});
    const Eigen::Vector3d shift = layout.crosshair()->centre() - atStart;
    QVERIFY(std::abs(shift.x() - 30 * axial->mmPerScreenPixel()) < 1e-6);
    QVERIFY(std::abs(shift.y()) < 1e-9 && std::abs(shift.z()) < 1e-9);
    QVERIFY(std::abs(layout.view(View::Sagittal)->currentSlicePosition() - (-atStart.x() - shift.x())) < 1e-6);
  }

  void layouts() {
    MprLayout layout;
    layout.resize(1024, 800);
    layout.setVolume(m_volume, m_info);
    // The free slot takes the VTK adapter the 3D view is built on.
    auto* threeD = new VtkOpenGLWidget;
    layout.setFreeSlotWidget(threeD);
    layout.show();
    QVERIFY(QTest::qWaitForWindowExposed(&layout));
    const QImage vtkFrame = threeD->grabFramebuffer();
    QVERIFY(!vtkFrame.isNull());
    QCOMPARE(vtkFrame.size(), threeD->size() * threeD->devicePixelRatio());
    for (View v : {View::Axial, View::Coronal, View::Sagittal}) QVERIFY(layout.view(v)->isVisible());
    QVERIFY(threeD->isVisible());
    QVERIFY(layout.view(View::Axial)->width() < 600);
    const QImage four = layout.grab().toImage();
    QVERIFY(hasContent(four));
    saveScreenshot(four, QStringLiteral("mpr-layout-2x2"));

    // Linked W/L: a preset in one view applies to all.
    layout.view(View::Sagittal)->setFocus();
    QTest::keyClick(layout.view(View::Sagittal), Qt::Key_1);
    QCOMPARE(layout.view(View::Axial)->windowWidth(), 1500.0);
    QCOMPARE(layout.view(View::Coronal)->windowCenter(), -600.0);

    // Double-click maximises, and again goes back.
    QTest::mouseDClick(layout.view(View::Coronal), Qt::LeftButton, Qt::NoModifier, QPoint(40, 40));
    QCOMPARE(layout.viewLayout(), MprLayout::ViewLayout::OneByOne);
    QCOMPARE(layout.activeView(), View::Coronal);
    QTRY_VERIFY(layout.view(View::Coronal)->width() > 900);
    QVERIFY(!layout.view(View::Axial)->isVisible());
    QVERIFY(!threeD->isVisible());
    saveScreenshot(layout.grab().toImage(), QStringLiteral("mpr-layout-1x1"));
    QTest::mouseDClick(layout.view(View::Coronal), Qt::LeftButton, Qt::NoModifier, QPoint(40, 40));
    QCOMPARE(layout.viewLayout(), MprLayout::ViewLayout::TwoByTwo);
    QVERIFY(layout.view(View::Axial)->isVisible() && threeD->isVisible());
    layout.setLayout(MprLayout::ViewLayout::OneByOne);
    layout.setActiveView(View::Sagittal);
    QVERIFY(layout.view(View::Sagittal)->isVisible() && !layout.view(View::Coronal)->isVisible());

    // F1 (from a view, which passes it on) shows every shortcut; Esc hides it.
    QTest::keyClick(layout.view(View::Sagittal), Qt::Key_F1);
    QVERIFY(layout.isHelpVisible());
    const QString help = layout.findChild<QLabel*>(QStringLiteral("mprHelp"))->text();
    for (const char* shortcut : {"Ctrl+R", "Page Down", "Home", "1-6", "D:", "M:", "C:", "I:", "H / V", "F1", "Delete"})
      QVERIFY2(help.contains(QLatin1String(shortcut)), shortcut);
    saveScreenshot(layout.grab().toImage(), QStringLiteral("mpr-layout-help"));
    QTest::keyClick(&layout, Qt::Key_Escape);
    QVERIFY(!layout.isHelpVisible());
  }

  // DICOM text is shown literally and bounded; the other corners are there.
  void overlaysArePlainBoundedText() {
    const QString text = allOverlayText(m_view);
    QVERIFY(text.contains(QStringLiteral("<b>Bold</b>^Name")));
    QVERIFY(text.contains(QStringLiteral("DEMO-001")));
    QVERIFY(text.contains(QStringLiteral("Head CT")));
    QVERIFY(!text.contains(QString(65, QLatin1Char('x'))));
    QVERIFY(text.contains(QString(63, QLatin1Char('x')) + QChar(0x2026)));
    for (const QLabel* l : m_view->findChildren<QLabel*>()) QCOMPARE(l->textFormat(), Qt::PlainText);
    // Orientation markers of the axial view from the feet.
    QCOMPARE(m_view->findChild<QLabel*>("orientationLeft")->text(), QStringLiteral("R"));
    QCOMPARE(m_view->findChild<QLabel*>("orientationRight")->text(), QStringLiteral("L"));
    QCOMPARE(m_view->findChild<QLabel*>("orientationTop")->text(), QStringLiteral("A"));
    QCOMPARE(m_view->findChild<QLabel*>("orientationBottom")->text(), QStringLiteral("P"));
    // Markup rendered as rich text would be narrower than the literal text.
    const QLabel* topLeft = m_view->findChild<QLabel*>("overlayTopLeft");
    QVERIFY(topLeft->sizeHint().width() >= topLeft->fontMetrics().horizontalAdvance(m_info.patientName));
    const QImage shot = m_view->grab().toImage();
    QVERIFY(hasContent(shot));
    saveScreenshot(shot, QStringLiteral("mpr-axial"));
  }
};

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  TestMprView test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_mpr_view.moc"
