// The QOpenGLWidget ↔ VTK bridge renders a known scene into Qt's framebuffer
// and passes mouse, wheel and key events to VTK's interactor.

#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QTest>
#include <QWheelEvent>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkNew.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSphereSource.h>

using yunyue::VtkOpenGLWidget;

namespace {

bool near(QRgb c, int r, int g, int b) {
  return std::abs(qRed(c) - r) < 20 && std::abs(qGreen(c) - g) < 20 && std::abs(qBlue(c) - b) < 20;
}

}  // namespace

class TestVtkView : public QObject {
  Q_OBJECT
  VtkOpenGLWidget* m_widget = nullptr;
  vtkNew<vtkActor> m_actor;

 private slots:
  void initTestCase() {
    m_widget = new VtkOpenGLWidget;
    m_widget->resize(320, 240);
    vtkNew<vtkSphereSource> sphere;
    sphere->SetThetaResolution(48);
    sphere->SetPhiResolution(48);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(sphere->GetOutputPort());
    m_actor->SetMapper(mapper);
    // Unlit pure red, so the expected colour does not depend on lights.
    m_actor->GetProperty()->SetColor(1, 0, 0);
    m_actor->GetProperty()->SetAmbient(1);
    m_actor->GetProperty()->SetDiffuse(0);
    m_actor->GetProperty()->SetSpecular(0);
    m_widget->renderer()->AddActor(m_actor);
    m_widget->renderer()->SetBackground(0, 0, 1);
    m_widget->renderer()->ResetCamera();
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
  }

  void cleanupTestCase() { delete m_widget; }

  void rendersTheSceneIntoTheWidget() {
    const QImage image = m_widget->grabFramebuffer();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 320 && image.height() >= 240);
    const QRgb centre = image.pixel(image.width() / 2, image.height() / 2);
    const QRgb corner = image.pixel(3, 3);
    QVERIFY2(near(centre, 255, 0, 0), qPrintable(QStringLiteral("centre is #%1").arg(centre, 8, 16)));
    QVERIFY2(near(corner, 0, 0, 255), qPrintable(QStringLiteral("corner is #%1").arg(corner, 8, 16)));
    // Opaque: Qt composites by alpha, and the window must not show through.
    QCOMPARE(qAlpha(corner), 255);
    // The sphere is round and centred: red along the middle row, blue at the sides.
    int red = 0;
    for (int x = 0; x < image.width(); ++x) red += near(image.pixel(x, image.height() / 2), 255, 0, 0);
    QVERIFY(red > image.width() / 4 && red < image.width());
  }

  void followsResize() {
    m_widget->resize(400, 300);
    QTest::qWait(50);
    const QImage image = m_widget->grabFramebuffer();
    QCOMPARE(image.size(), QSize(400, 300) * m_widget->devicePixelRatio());
    QVERIFY(near(image.pixel(image.width() / 2, image.height() / 2), 255, 0, 0));
    QVERIFY(near(image.pixel(image.width() - 3, image.height() - 3), 0, 0, 255));
  }

  void leftDragRotatesTheCamera() {
    vtkCamera* camera = m_widget->renderer()->GetActiveCamera();
    double before[3];
    camera->GetPosition(before);
    const QPoint c(m_widget->width() / 2, m_widget->height() / 2);
    QTest::mousePress(m_widget, Qt::LeftButton, Qt::NoModifier, c);
    for (int step = 1; step <= 5; ++step) QTest::mouseMove(m_widget, c + QPoint(12 * step, 4 * step));
    QTest::mouseRelease(m_widget, Qt::LeftButton, Qt::NoModifier, c + QPoint(60, 20));
    double after[3];
    camera->GetPosition(after);
    const double moved = std::hypot(after[0] - before[0], after[1] - before[1], after[2] - before[2]);
    QVERIFY2(moved > 0.1, qPrintable(QString::number(moved)));
  }

  void wheelZooms() {
    vtkCamera* camera = m_widget->renderer()->GetActiveCamera();
    const double before = camera->GetDistance();
    const QPointF c(m_widget->width() / 2.0, m_widget->height() / 2.0);
    QWheelEvent wheel(c, m_widget->mapToGlobal(c), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_widget, &wheel);
    QVERIFY(camera->GetDistance() < before);
  }

  void keysReachTheInteractor() {
    // VTK's trackball style switches actors to wireframe on 'w'.
    m_widget->setFocus();
    QTest::keyClick(m_widget, Qt::Key_W);
    QCOMPARE(m_actor->GetProperty()->GetRepresentation(), VTK_WIREFRAME);
    QTest::keyClick(m_widget, Qt::Key_S);
    QCOMPARE(m_actor->GetProperty()->GetRepresentation(), VTK_SURFACE);
  }
};

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  TestVtkView test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_vtk_view.moc"
