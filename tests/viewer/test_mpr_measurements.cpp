// Angle and ellipse ROI tools of the MPR view (issue 9) on the real demo
// head CT and on a synthetic phantom: an angle placed with three clicks
// equals viewer::angleDegrees of the clicked LPS points and follows its
// dragged vertex; an ellipse ROI's statistics equal viewer::ellipseRoi on the
// plane it was drawn on (thin, even under a MIP slab) and follow a dragged
// corner; a uniform 100 HU block reads 100 with SD 0; Esc cancels a
// placement, Delete removes the selected measurement, and measurements show
// only on their own plane. A screenshot with a distance, an angle and an ROI
// goes to YUNYUE_SCREENSHOT_DIR when it is set.

#include "viewer/Measurements.h"
#include "viewer/VolumeLoader.h"
#include "viewer/widgets/MprView.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QMouseEvent>
#include <QTest>

#include <cmath>

using namespace yunyue;
using View = CrosshairModel::View;
using Kind = MprMeasurement::Kind;

namespace {

constexpr double kPi = 3.14159265358979323846;

void saveScreenshot(const QImage& image, const QString& name) {
  const QString dir = qEnvironmentVariable("YUNYUE_SCREENSHOT_DIR");
  if (!dir.isEmpty()) image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void press(QWidget* w, const QPoint& p) { QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, p); }
void release(QWidget* w, const QPoint& p) { QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, p); }
void moveWithButton(QWidget* w, const QPoint& p) {
  QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(w, &move);
}
void drag(QWidget* w, const QPoint& from, const QPoint& to) {
  press(w, from);
  moveWithButton(w, (from + to) / 2);
  moveWithButton(w, to);
  release(w, to);
}

// Painted measurement pixels: yellow, or cyan when selected (not the
// crosshair's red, green and blue, not the grey picture).
int measurementPixels(const QImage& img) {
  int n = 0;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) {
      const QRgb c = img.pixel(x, y);
      const bool yellow = qRed(c) > 200 && qGreen(c) > 180 && qBlue(c) < 120;
      const bool cyan = qRed(c) < 150 && qGreen(c) > 200 && qBlue(c) > 220;
      n += yellow || cyan;
    }
  return n;
}

// The ROI's grid as MprView.h documents it, built here from the corners:
// along the screen's right and down, the volume's finest spacing, origin at
// the box's least corner.
RoiStatistics expectedEllipse(const Volume& volume, const Eigen::Vector3d& c0, const Eigen::Vector3d& c1,
                              const Eigen::Vector3d& right, const Eigen::Vector3d& down) {
  const double s = volume.geometry().spacing.minCoeff();
  const double left = std::min(right.dot(c0), right.dot(c1)), width = std::abs(right.dot(c1 - c0));
  const double top = std::min(down.dot(c0), down.dot(c1)), height = std::abs(down.dot(c1 - c0));
  ReslicePlane plane;
  plane.rowDirection = right;
  plane.columnDirection = down;
  plane.spacing = Eigen::Vector2d(s, s);
  plane.origin = c0 + right * (left - right.dot(c0)) + down * (top - down.dot(c0));
  plane.columns = int(std::floor(width / s)) + 1;
  plane.rows = int(std::floor(height / s)) + 1;
  const Eigen::Vector2d semi(width / 2 / s, height / 2 / s);
  return ellipseRoi(volume, plane, semi, semi);
}

void compareStatistics(const RoiStatistics& got, const RoiStatistics& want) {
  QCOMPARE(got.pixelCount, want.pixelCount);
  QVERIFY(std::abs(got.mean - want.mean) < 1e-9);
  QVERIFY(std::abs(got.standardDeviation - want.standardDeviation) < 1e-9);
  QCOMPARE(got.minimum, want.minimum);
  QCOMPARE(got.maximum, want.maximum);
  QVERIFY(std::abs(got.areaMm2 - want.areaMm2) < 1e-9);
}

}  // namespace

class TestMprMeasurements : public QObject {
  Q_OBJECT
  std::shared_ptr<const Volume> m_volume;
  MprSeriesInfo m_info;
  MprView* m_view = nullptr;

  const ImageGeometry& geometry() const { return m_volume->geometry(); }

  // Where a screen pixel of the fitted, unpanned axial view lies, computed
  // from the volume alone: the widget's centre (255.5, 255.5) shows the
  // volume's centre; right is +x (left), down is +y (posterior).
  Eigen::Vector3d axialPoint(const QPoint& p) const {
    const ImageGeometry& g = geometry();
    const double mmPerPixel = std::max(g.size.x() * g.spacing.x() / 512, g.size.y() * g.spacing.y() / 512);
    const Eigen::Vector3d centre = g.indexToPatient((g.size.cast<double>() - Eigen::Vector3d::Ones()) * 0.5);
    return {centre.x() + (p.x() - 255.5) * mmPerPixel, centre.y() + (p.y() - 255.5) * mmPerPixel,
            m_view->currentSlicePosition()};
  }

 private slots:
  void initTestCase() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    VolumeLoadOutcome loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    m_volume = std::make_shared<const Volume>(std::move(loaded.volume));
    m_info.patientName = QStringLiteral("Demo^Head");
    m_info.modality = QStringLiteral("CT");
    m_info.windowCenter = 40;
    m_info.windowWidth = 400;
    m_view = new MprView;
    m_view->resize(512, 512);
    m_view->setVolume(m_volume, m_info);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setFocus();
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

  // Arm, vertex, arm: the value is the angle of the clicked LPS points, and
  // the painted label shows it; dragging the vertex changes it live.
  void angleFromThreeClicks() {
    QTest::keyClick(m_view, Qt::Key_G);
    QCOMPARE(m_view->tool(), MprView::Tool::Angle);
    const QPoint arm1(150, 180), vertex(260, 330), arm2(400, 200);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, arm1);
    QTest::mouseMove(m_view, QPoint(200, 250));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, vertex);
    QVERIFY(m_view->isPlacingMeasurement());
    QVERIFY(m_view->allMeasurements().empty());
    QTest::mouseMove(m_view, QPoint(350, 260));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, arm2);
    QVERIFY(!m_view->isPlacingMeasurement());
    QCOMPARE(int(m_view->allMeasurements().size()), 1);
    QVERIFY(m_view->measurements().empty());  // no distance among them
    const MprMeasurement m = m_view->allMeasurements().front();
    QCOMPARE(m.kind, Kind::Angle);
    const Eigen::Vector3d a = axialPoint(arm1), v = axialPoint(vertex), b = axialPoint(arm2);
    QVERIFY((m.points[0] - a).norm() < 1e-6);
    QVERIFY((m.points[1] - v).norm() < 1e-6);
    QVERIFY((m.points[2] - b).norm() < 1e-6);
    const double expected = angleDegrees(a, v, b);
    QVERIFY(std::abs(m.angleDegrees() - expected) < 1e-9);
    // The axial screen is isotropic, so the screen angle is the same angle.
    const double screen = std::abs(std::atan2(arm1.y() - vertex.y(), arm1.x() - vertex.x()) -
                                   std::atan2(arm2.y() - vertex.y(), arm2.x() - vertex.x())) * 180 / kPi;
    QVERIFY2(std::abs(expected - std::min(screen, 360 - screen)) < 1e-6, qPrintable(QString::number(expected)));
    QCOMPARE(m_view->measurementLabel(0), QLocale().toString(expected, 'f', 1) + QChar(0x00B0));

    // Back to navigation, drag the vertex 60 px down: the value follows while dragging.
    QTest::keyClick(m_view, Qt::Key_G);
    QCOMPARE(m_view->tool(), MprView::Tool::Navigate);
    const QPoint moved = vertex + QPoint(0, 60);
    press(m_view, vertex);
    moveWithButton(m_view, vertex + QPoint(0, 30));
    moveWithButton(m_view, moved);
    const double live = m_view->allMeasurements().front().angleDegrees();
    release(m_view, moved);
    const double edited = angleDegrees(a, axialPoint(moved), b);
    QVERIFY(std::abs(live - edited) < 1e-9);
    QVERIFY(std::abs(edited - expected) > 5);
    QCOMPARE(m_view->measurementLabel(0), QLocale().toString(edited, 'f', 1) + QChar(0x00B0));
  }

  // Press, drag, release a box: the ellipse's statistics are ellipseRoi's on
  // that thin plane, even while a MIP slab is shown; a dragged corner updates them.
  void ellipseRoiMatchesViewerCore() {
    m_view->setSlab(SlabMode::Mip, 10);
    QTest::keyClick(m_view, Qt::Key_O);
    QCOMPARE(m_view->tool(), MprView::Tool::EllipseRoi);
    const QPoint q0(215, 225), q1(305, 285);
    drag(m_view, q0, q1);
    QCOMPARE(int(m_view->allMeasurements().size()), 1);
    MprMeasurement m = m_view->allMeasurements().front();
    QCOMPARE(m.kind, Kind::EllipseRoi);
    // The corners are the pressed and released points; the grid is rebuilt
    // here from them (a centre exactly on the outline is sensitive to the
    // last bit, so from the stored corners rather than recomputed ones).
    QVERIFY((m.points[0] - axialPoint(q0)).norm() < 1e-6);
    QVERIFY((m.points[1] - axialPoint(q1)).norm() < 1e-6);
    const Eigen::Vector3d right(1, 0, 0), down(0, 1, 0);
    const RoiStatistics want = expectedEllipse(*m_volume, m.points[0], m.points[1], right, down);
    compareStatistics(m.statistics, want);
    QVERIFY(!QTest::currentTestFailed());
    // Geometry: pi a b with the semi-axes in mm; the samples fill it at the grid's spacing.
    const Eigen::Vector3d box = axialPoint(q1) - axialPoint(q0);
    QVERIFY(std::abs(want.areaMm2 - kPi * box.x() / 2 * box.y() / 2) < 1e-6);
    const double s = geometry().spacing.minCoeff();
    QVERIFY2(std::abs(want.pixelCount - want.areaMm2 / (s * s)) < 0.03 * want.pixelCount,
             qPrintable(QString::number(want.pixelCount)));
    QVERIFY(want.minimum <= want.mean && want.mean <= want.maximum && want.standardDeviation > 0);
    const QString label = m_view->measurementLabel(0);
    QVERIFY2(label.contains(QLocale().toString(want.mean, 'f', 1)) && label.contains(QStringLiteral("HU")) &&
                 label.contains(QLocale().toString(want.areaMm2 / 100, 'f', 2) + QStringLiteral(" cm")),
             qPrintable(label));

    // Zoom does not change it: the grid does not follow the screen.
    m_view->setZoom(2.5);
    compareStatistics(m_view->allMeasurements().front().statistics, want);
    QVERIFY(!QTest::currentTestFailed());
    m_view->setZoom(1);

    // Drag the top-right corner up and right: the bottom-left one stays, values follow.
    QTest::keyClick(m_view, Qt::Key_O);
    const QPoint corner(q1.x(), q0.y()), to(q1.x() + 30, q0.y() - 40);
    drag(m_view, corner, to);
    m = m_view->allMeasurements().front();
    QVERIFY((m.points[0] - axialPoint(QPoint(q0.x(), q1.y()))).norm() < 1e-6);
    QVERIFY((m.points[1] - axialPoint(to)).norm() < 1e-6);
    const RoiStatistics edited = expectedEllipse(*m_volume, m.points[0], m.points[1], right, down);
    compareStatistics(m.statistics, edited);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(edited.pixelCount > want.pixelCount);
  }

  // A uniform 100 HU block in air: an ROI inside it reads 100 with SD 0.
  void uniformPhantomReadsItsValue() {
    ImageGeometry g;
    g.size = Eigen::Vector3i(64, 64, 20);
    g.spacing = Eigen::Vector3d(1, 1, 2);
    g.origin = Eigen::Vector3d(-32, -32, 0);
    Volume phantom(g);
    for (int k = 0; k < 20; ++k)
      for (int j = 0; j < 64; ++j)
        for (int i = 0; i < 64; ++i) {
          const bool inBlock = i >= 16 && i < 48 && j >= 16 && j < 48 && k >= 4 && k < 16;
          phantom.data()[size_t(i) + 64 * (size_t(j) + 64 * size_t(k))] = inBlock ? 100.0f : -1000.0f;
        }
    auto volume = std::make_shared<const Volume>(std::move(phantom));
    MprView view;
    view.resize(400, 400);
    MprSeriesInfo info = m_info;
    view.setVolume(volume, info);
    view.crosshair()->setCentre(g.indexToPatient(Eigen::Vector3d(31.5, 31.5, 10)));
    view.refresh();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTool(MprView::Tool::EllipseRoi);
    const QPoint c0 = view.screenPoint(g.indexToPatient(Eigen::Vector3d(20, 21, 10))).toPoint();
    const QPoint c1 = view.screenPoint(g.indexToPatient(Eigen::Vector3d(43, 40, 10))).toPoint();
    drag(&view, c0, c1);
    QCOMPARE(int(view.allMeasurements().size()), 1);
    const RoiStatistics s = view.allMeasurements().front().statistics;
    QVERIFY2(s.pixelCount > 200, qPrintable(QString::number(s.pixelCount)));
    QVERIFY2(std::abs(s.mean - 100) <= 0.5, qPrintable(QString::number(s.mean)));
    QVERIFY2(s.standardDeviation < 1e-6, qPrintable(QString::number(s.standardDeviation)));
    QCOMPARE(s.minimum, 100.0);
    QCOMPARE(s.maximum, 100.0);
    // Across the block's edge the ROI sees air as well: the values spread.
    view.setTool(MprView::Tool::Navigate);
    view.setTool(MprView::Tool::EllipseRoi);
    drag(&view, view.screenPoint(g.indexToPatient(Eigen::Vector3d(4, 20, 10))).toPoint(), c1);
    const RoiStatistics edge = view.allMeasurements().back().statistics;
    QCOMPARE(edge.minimum, -1000.0);
    QCOMPARE(edge.maximum, 100.0);
    QVERIFY(edge.standardDeviation > 100);
  }

  // Esc drops a measurement being placed; Delete removes the selected one only.
  void escapeAndDelete() {
    QTest::keyClick(m_view, Qt::Key_G);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(150, 160));
    QVERIFY(m_view->isPlacingMeasurement());
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(!m_view->isPlacingMeasurement());
    QVERIFY(m_view->allMeasurements().empty());

    QTest::keyClick(m_view, Qt::Key_O);
    QCOMPARE(m_view->tool(), MprView::Tool::EllipseRoi);
    press(m_view, QPoint(200, 200));
    moveWithButton(m_view, QPoint(260, 240));
    QVERIFY(m_view->isPlacingMeasurement());
    QTest::keyClick(m_view, Qt::Key_Escape);
    release(m_view, QPoint(260, 240));
    QVERIFY(m_view->allMeasurements().empty());

    // An ROI and an angle; select the ROI by its outline (its leftmost point) and delete it.
    drag(m_view, QPoint(200, 200), QPoint(300, 280));
    QTest::keyClick(m_view, Qt::Key_G);
    for (const QPoint& p : {QPoint(350, 100), QPoint(420, 160), QPoint(470, 100)})
      QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, p);
    QCOMPARE(int(m_view->allMeasurements().size()), 2);
    QTest::keyClick(m_view, Qt::Key_G);  // navigation
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(200, 240));
    QCOMPARE(m_view->selectedMeasurement(), 0);
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(int(m_view->allMeasurements().size()), 1);
    QCOMPARE(m_view->allMeasurements().front().kind, Kind::Angle);
    QCOMPARE(m_view->selectedMeasurement(), -1);
    QTest::keyClick(m_view, Qt::Key_Delete);  // nothing selected: nothing removed
    QCOMPARE(int(m_view->allMeasurements().size()), 1);
  }

  // A distance, an angle and an ROI on one axial slice: painted there, gone
  // one slice further and on the coronal view.
  void shownOnlyOnTheirPlane() {
    QTest::keyClick(m_view, Qt::Key_D);
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(120, 390));
    QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, QPoint(250, 440));
    QTest::keyClick(m_view, Qt::Key_G);
    for (const QPoint& p : {QPoint(330, 120), QPoint(390, 200), QPoint(440, 130)})
      QTest::mouseClick(m_view, Qt::LeftButton, Qt::NoModifier, p);
    QTest::keyClick(m_view, Qt::Key_O);
    drag(m_view, QPoint(190, 215), QPoint(290, 290));
    QTest::keyClick(m_view, Qt::Key_O);
    QCOMPARE(int(m_view->allMeasurements().size()), 3);
    QCOMPARE(int(m_view->measurements().size()), 1);
    const QImage onPlane = m_view->grab().toImage();
    saveScreenshot(onPlane, QStringLiteral("mpr-axial-distance-angle-roi"));
    const int shown = measurementPixels(onPlane);
    m_view->scrollSlices(1);
    const int nextSlice = measurementPixels(m_view->grab().toImage());
    m_view->setView(View::Coronal);
    const int coronal = measurementPixels(m_view->grab().toImage());
    QVERIFY2(shown > 500, qPrintable(QString::number(shown)));
    QVERIFY2(nextSlice < shown / 20, qPrintable(QStringLiteral("%1 vs %2").arg(nextSlice).arg(shown)));
    QVERIFY2(coronal < shown / 20, qPrintable(QStringLiteral("%1 vs %2").arg(coronal).arg(shown)));
    m_view->setView(View::Axial);
    m_view->scrollSlices(-1);
    QVERIFY(measurementPixels(m_view->grab().toImage()) > shown / 2);
  }
};

QTEST_MAIN(TestMprMeasurements)
#include "test_mpr_measurements.moc"
