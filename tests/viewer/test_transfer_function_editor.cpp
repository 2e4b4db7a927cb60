// The 3D tools panel (issue 9) on the real demo head CT under Mesa (Xvfb):
// the transfer-function model keeps its points sorted, clamped and at least
// two; mouse gestures on the editor's curve (double-click, drag, right-click,
// Delete) change the VolumeScene's opacity and colour functions at the HU
// under the mouse, at interactive quality while dragging; the preset combo
// starts over; the clip-box sliders remove the bone on the clipped side of
// the rendered picture; standard planes are added and cleared.
// YUNYUE_RENDER_KEEP=DIR keeps the pictures and the panel screenshots.

#include "viewer/VolumeLoader.h"
#include "viewer/VolumeRendering.h"
#include "viewer/widgets/ClippingControls.h"
#include "viewer/widgets/TransferFunctionEditor.h"
#include "viewer/widgets/VolumeView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <vtkColorTransferFunction.h>
#include <vtkPiecewiseFunction.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <cmath>

using namespace yunyue;

namespace {

// Ivory to white, lit: the bone preset's skull (as test_volume_rendering).
bool boneColoured(QRgb c) {
  return qRed(c) >= 120 && qGreen(c) >= 95 && qBlue(c) >= 60 && qRed(c) >= qBlue(c);
}

struct Halves {
  int left = 0, right = 0, top = 0, bottom = 0;
};
Halves boneHalves(const QImage& image) {
  Halves h;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      if (!boneColoured(image.pixel(x, y))) continue;
      (x < image.width() / 2 ? h.left : h.right)++;
      (y < image.height() / 2 ? h.top : h.bottom)++;
    }
  return h;
}
QString describe(const Halves& h) {
  return QStringLiteral("L%1 R%2 T%3 B%4").arg(h.left).arg(h.right).arg(h.top).arg(h.bottom);
}

double sceneOpacity(VolumeScene& scene, double hu) {
  return scene.prop()->GetProperty()->GetScalarOpacity()->GetValue(hu);
}

bool sortedByHu(const std::vector<TransferFunctionPoint>& points) {
  return std::is_sorted(points.begin(), points.end(),
                        [](const TransferFunctionPoint& a, const TransferFunctionPoint& b) { return a.hu < b.hu; });
}

}  // namespace

class TestTransferFunctionEditor : public QObject {
  Q_OBJECT
  VolumeLoadOutcome m_ct;
  std::unique_ptr<VolumeView> m_view;
  QString m_keep;

  void keep(const QImage& image, const QString& name) {
    if (!m_keep.isEmpty()) QVERIFY(image.save(m_keep + '/' + name + ".png"));
  }
  TransferFunctionEditor* editor() const { return m_view->transferFunctionEditor(); }
  TransferFunctionCanvas* canvas() const { return editor()->canvas(); }
  QPoint handle(int index) const {
    const TransferFunctionPoint& p = editor()->model().points().at(size_t(index));
    return canvas()->toWidget(p.hu, p.opacity).toPoint();
  }
  // A small picture of the volume alone (the panel is a separate widget on top).
  QImage render(CameraView view) {
    m_view->setToolPanelVisible(false);
    m_view->resize(220, 220);
    m_view->setCameraView(view);
    QApplication::processEvents();
    return m_view->grabFramebuffer();
  }

 private slots:
  void initTestCase() {
    m_keep = qEnvironmentVariable("YUNYUE_RENDER_KEEP");
    if (!m_keep.isEmpty()) QDir().mkpath(m_keep);
    const RenderingError display = checkRenderingDisplay();
    QVERIFY2(!display.isError(), qPrintable(display.message));
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    m_ct = loadVolume(files);
    QVERIFY2(m_ct.ok(), qPrintable(m_ct.error.message));
    m_view = std::make_unique<VolumeView>();
    m_view->setVolume(m_ct.volume, "CT");
    m_view->resize(900, 560);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
  }

  void model() {
    TransferFunctionModel m(-1000, 3000);
    QCOMPARE(m.count(), 2);
    QCOMPARE(m.add(500, 0.5), 1);
    QCOMPARE(m.add(-200, 0.1), 1);
    QCOMPARE(m.add(1200, 0.9), 3);
    QCOMPARE(m.count(), 5);
    QVERIFY(sortedByHu(m.points()));
    QCOMPARE(m.add(500.2, 0.3), -1);  // a point already stands there
    // Clamped: opacity to 0-1, HU to the range and between the neighbours.
    QCOMPARE(m.add(-5000, 2), -1);    // clamped onto the -1000 end point
    QVERIFY(m.move(2, 99999, 7));
    QCOMPARE(m.points().at(2).opacity, 1.0);
    QVERIFY(m.points().at(2).hu < 1200 && m.points().at(2).hu > 1190);
    QVERIFY(m.move(4, 99999, -3));
    QCOMPARE(m.points().at(4).hu, 3000.0);
    QCOMPARE(m.points().at(4).opacity, 0.0);
    QVERIFY(m.move(0, -99999, 0.25));
    QCOMPARE(m.points().at(0).hu, -1000.0);
    QVERIFY(sortedByHu(m.points()));
    QVERIFY(!m.move(5, 0, 0));
    QVERIFY(!m.move(-1, 0, 0));
    // Linear between points; the colour function follows the same points.
    QVERIFY(m.move(1, -200, 0));
    QVERIFY(m.move(2, 600, 1));
    QCOMPARE(m.opacityAt(200), 0.5);
    QVERIFY(m.setColour(1, Qt::black));
    QVERIFY(m.setColour(2, QColor(200, 100, 0)));
    QCOMPARE(m.colourAt(200).red(), 100);
    QVERIFY(!m.setColour(9, Qt::red));
    QCOMPARE(int(m.scalarOpacity().size()), 5);
    QVERIFY(std::abs(m.colour().at(2).green - 100.0 / 255.0) < 1e-6);
    // Never fewer than two points.
    QVERIFY(m.remove(1));
    QVERIFY(m.remove(1));
    QVERIFY(m.remove(1));
    QCOMPARE(m.count(), 2);
    QVERIFY(!m.remove(0));
    QVERIFY(!m.remove(1));
    QVERIFY(!m.remove(7));
    // From a preset: its opacity points, coloured as its colour function.
    const VolumePreset bone = *volumePreset("CT", "bone", "en");
    m.setFromPreset(bone);
    QCOMPARE(m.count(), int(bone.scalarOpacity.size()));
    for (size_t i = 0; i < bone.scalarOpacity.size(); ++i) QCOMPARE(m.points().at(i).hu, bone.scalarOpacity.at(i).x);
  }

  void editorTakesUpTheViewsPreset() {
    m_view->setToolPanelVisible(true);
    QVERIFY(m_view->isToolPanelVisible());
    QVERIFY(m_view->toolPanelButton()->isChecked());
    QCOMPARE(editor()->presetBox()->count(), 5);
    QCOMPARE(editor()->presetBox()->currentData().toString(), QStringLiteral("bone"));
    QCOMPARE(editor()->model().count(), int(m_view->scene()->preset().scalarOpacity.size()));
    // The combo starts over from a preset, and the curve follows.
    emit editor()->presetBox()->activated(editor()->presetBox()->findData("soft"));
    QCOMPARE(m_view->presetId(), QStringLiteral("soft"));
    QCOMPARE(editor()->model().count(), int(volumePreset("CT", "soft", "en")->scalarOpacity.size()));
    m_view->setPreset("bone");  // a number key or the combo: the editor follows either way
    QCOMPARE(editor()->presetBox()->currentData().toString(), QStringLiteral("bone"));
    // The tool button closes and reopens the panel.
    m_view->toolPanelButton()->click();
    QVERIFY(!m_view->isToolPanelVisible());
    m_view->toolPanelButton()->click();
    QVERIFY(m_view->isToolPanelVisible());
  }

  void mouseEditsTheScenesTransferFunction() {
    m_view->setPreset("bone");
    m_view->setToolPanelVisible(true);
    QApplication::processEvents();
    VolumeScene& scene = *m_view->scene();
    const int count = editor()->model().count();
    int edits = 0;
    connect(editor(), &TransferFunctionEditor::transferFunctionEdited, this, [&edits] { ++edits; });

    // Double-click on empty space at soft-tissue values (where bone is clear): a new point.
    const QPointF empty = canvas()->toWidget(40, 0.6);
    QVERIFY2(scene.preset().scalarOpacity.front().x < 40, "the bone preset starts below 40 HU");
    QTest::mouseDClick(canvas(), Qt::LeftButton, Qt::NoModifier, empty.toPoint());
    QCOMPARE(editor()->model().count(), count + 1);
    const int added = canvas()->selectedIndex();
    QVERIFY(added > 0);
    const double addedHu = editor()->model().points().at(size_t(added)).hu;
    QVERIFY2(std::abs(addedHu - 40) < 20, qPrintable(QString::number(addedHu)));
    QVERIFY2(std::abs(sceneOpacity(scene, addedHu) - 0.6) < 0.02, qPrintable(QString::number(sceneOpacity(scene, addedHu))));
    QVERIFY(edits > 0);

    // Drag it down to 0.2 opacity: interactive quality while dragging, the
    // scene's opacity at that HU follows the mouse, full quality after.
    const QPoint from = handle(added);
    const QPoint to = canvas()->toWidget(addedHu, 0.2).toPoint();
    QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(canvas(), (from + to) / 2);
    QCOMPARE(scene.quality(), RenderQuality::Interactive);
    QTest::mouseMove(canvas(), to);
    QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(scene.quality(), RenderQuality::Full);
    const double dragged = editor()->model().points().at(size_t(added)).opacity;
    QVERIFY2(std::abs(dragged - canvas()->opacityAt(to.y())) < 1e-9 && std::abs(dragged - 0.2) < 0.02,
             qPrintable(QString::number(dragged)));
    QVERIFY2(std::abs(sceneOpacity(scene, editor()->model().points().at(size_t(added)).hu) - dragged) < 1e-3,
             qPrintable(QString::number(sceneOpacity(scene, addedHu))));
    keep(m_view->grab().toImage(), "panel-point-added");

    // Drag sideways: the point moves in HU, never past its neighbour.
    const double nextHu = editor()->model().points().at(size_t(added) + 1).hu;
    QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, handle(added));
    QTest::mouseMove(canvas(), canvas()->toWidget(nextHu + 800, 0.2).toPoint());
    QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, canvas()->toWidget(nextHu + 800, 0.2).toPoint());
    QVERIFY(sortedByHu(editor()->model().points()));
    QVERIFY(editor()->model().points().at(size_t(added)).hu < nextHu);
    QCOMPARE(int(scene.preset().scalarOpacity.size()), count + 1);

    // A colour for the selected point goes into the colour function.
    canvas()->setSelectedIndex(added);
    QVERIFY(editor()->setSelectedColour(QColor(0, 255, 0)));
    double rgb[3];
    scene.prop()->GetProperty()->GetRGBTransferFunction()->GetColor(editor()->model().points().at(size_t(added)).hu, rgb);
    QVERIFY2(rgb[0] < 0.01 && rgb[1] > 0.99 && rgb[2] < 0.01, qPrintable(QStringLiteral("%1 %2 %3").arg(rgb[0]).arg(rgb[1]).arg(rgb[2])));

    // Right-click removes the point: the opacity there is the preset's again.
    const double removedHu = editor()->model().points().at(size_t(added)).hu;
    QTest::mouseClick(canvas(), Qt::RightButton, Qt::NoModifier, handle(added));
    QCOMPARE(editor()->model().count(), count);
    const VolumePreset bone = *volumePreset("CT", "bone", "en");
    TransferFunctionModel reference;
    reference.setFromPreset(bone);
    QVERIFY(std::abs(sceneOpacity(scene, removedHu) - reference.opacityAt(removedHu)) < 1e-3);

    // Delete removes the selected point, but never the last two.
    canvas()->setFocus();
    for (int i = 0; i < count + 2; ++i) {
      QTest::mouseClick(canvas(), Qt::LeftButton, Qt::NoModifier, handle(0));
      QCOMPARE(canvas()->selectedIndex(), 0);
      QTest::keyClick(canvas(), Qt::Key_Delete);
    }
    QCOMPARE(editor()->model().count(), 2);
    QCOMPARE(int(scene.preset().scalarOpacity.size()), 2);
    QTest::mouseClick(canvas(), Qt::RightButton, Qt::NoModifier, handle(1));
    QCOMPARE(editor()->model().count(), 2);

    // Drag both to zero opacity: nothing is drawn.
    for (int i = 0; i < 2; ++i) {
      const QPoint h = handle(i);
      const QPoint floor = canvas()->toWidget(editor()->model().points().at(size_t(i)).hu, 0).toPoint() + QPoint(0, 30);
      QTest::mousePress(canvas(), Qt::LeftButton, Qt::NoModifier, h);
      QTest::mouseMove(canvas(), floor);
      QTest::mouseRelease(canvas(), Qt::LeftButton, Qt::NoModifier, floor);
    }
    QCOMPARE(sceneOpacity(scene, 1000), 0.0);
    const QImage empty3d = render(CameraView::Anterior);
    keep(empty3d, "all-transparent");
    QCOMPARE(boneHalves(empty3d).left + boneHalves(empty3d).right, 0);
    m_view->setPreset("bone");
  }

  void clipBoxSlidersRemoveTheClippedSide() {
    m_view->setPreset("bone");
    ClippingControls* clipping = m_view->clippingControls();
    const QImage whole = render(CameraView::Anterior);
    keep(whole, "clip-none");
    const Halves before = boneHalves(whole);
    QVERIFY2(before.right > 1000 && before.left > 1000, qPrintable(describe(before)));

    // The sliders wait for the check.
    QVERIFY(!clipping->slider(0, true)->isEnabled());
    clipping->boxCheck()->setChecked(true);
    QVERIFY(clipping->slider(0, true)->isEnabled());
    QCOMPARE(m_view->scene()->clippingPlaneCount(), 6);
    // The box starts as the whole extent.
    const Eigen::AlignedBox3d bounds = m_view->scene()->bounds();
    QVERIFY(clipping->box().min().x() <= bounds.min().x() && clipping->box().max().z() >= bounds.max().z());

    // R–L upper slider to the centre: the patient's left half is cut away,
    // which from the front is the screen's right.
    const int centre = int(std::lround(bounds.center().x()));
    clipping->slider(0, true)->setValue(centre);
    QCOMPARE(clipping->box().max().x(), double(centre));
    const QImage half = render(CameraView::Anterior);
    keep(half, "clip-box-right-half-kept");
    const Halves after = boneHalves(half);
    const QString what = "before " + describe(before) + ", after " + describe(after);
    QVERIFY2(after.right < before.right / 20, qPrintable(what));
    QVERIFY2(after.left > before.left * 7 / 10, qPrintable(what));

    // The pair never crosses.
    clipping->slider(0, false)->setValue(centre + 20);
    QCOMPARE(clipping->slider(0, true)->value(), centre + 20);
    QVERIFY(clipping->box().min().x() <= clipping->box().max().x());

    // Unchecked: the whole head again.
    clipping->boxCheck()->setChecked(false);
    QCOMPARE(m_view->scene()->clippingPlaneCount(), 0);
    const Halves restored = boneHalves(render(CameraView::Anterior));
    QVERIFY2(restored.right > before.right * 9 / 10, qPrintable(describe(restored)));
  }

  void planesAddAndClear() {
    ClippingControls* clipping = m_view->clippingControls();
    VolumeScene& scene = *m_view->scene();
    QCOMPARE(scene.clippingPlaneCount(), 0);
    clipping->addPlaneButton(StandardPlane::Axial)->click();
    QCOMPARE(scene.clippingPlaneCount(), 1);
    // The axial plane keeps the superior half: seen from the side, no bone below the middle.
    const QImage top = render(CameraView::Left);
    keep(top, "plane-axial-upper-half");
    const Halves h = boneHalves(top);
    QVERIFY2(h.top > 500 && h.bottom < h.top / 10, qPrintable(describe(h)));

    clipping->addPlaneButton(StandardPlane::Coronal)->click();
    clipping->addPlaneButton(StandardPlane::Sagittal)->click();
    QCOMPARE(scene.clippingPlaneCount(), 3);
    // Clearing the planes leaves the box alone.
    clipping->boxCheck()->setChecked(true);
    QCOMPARE(scene.clippingPlaneCount(), 9);
    clipping->clearPlanesButton()->click();
    QCOMPARE(scene.clippingPlaneCount(), 6);
    clipping->boxCheck()->setChecked(false);
    QCOMPARE(scene.clippingPlaneCount(), 0);
  }

  void screenshotWithThePanelOpen() {
    m_view->setPreset("bone");
    m_view->resize(900, 560);
    m_view->setCameraView(CameraView::Anterior);
    m_view->clippingControls()->addPlaneButton(StandardPlane::Coronal)->click();
    m_view->setToolPanelVisible(true);
    QApplication::processEvents();
    const QImage shot = m_view->grab().toImage();
    keep(shot, "panel-open");
    // The panel is drawn over the right side, the skull still shows on the left.
    const QWidget* panel = m_view->toolPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->geometry().right() == m_view->width() - 1 && panel->width() < m_view->width() / 2);
    int bone = 0;
    for (int y = 0; y < shot.height(); ++y)
      for (int x = 0; x < panel->x(); ++x) bone += boneColoured(shot.pixel(x, y));
    QVERIFY2(bone > 2000, qPrintable(QString::number(bone)));
    QVERIFY(shot.pixel(panel->x() + panel->width() / 2, panel->height() - 5) != shot.pixel(5, 5));
    m_view->clippingControls()->clearPlanes();
  }

  void cleanupTestCase() { m_view.reset(); }
};

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  TestTransferFunctionEditor test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_transfer_function_editor.moc"
