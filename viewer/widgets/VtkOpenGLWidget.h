#pragma once
// Hosts a vtkGenericOpenGLRenderWindow inside a Qt6 QOpenGLWidget.
// Debian's VTK Qt module is built for Qt5, so we bridge the two ourselves:
// VTK renders into Qt's context and blits into the widget's framebuffer;
// Qt input events are forwarded to a VTK interactor.

#include <QOpenGLWidget>
#include <QSurfaceFormat>

class vtkGenericOpenGLRenderWindow;
class vtkGenericRenderWindowInteractor;
class vtkRenderer;
class vtkObject;

namespace yunyue {

class VtkOpenGLWidget : public QOpenGLWidget {
  Q_OBJECT
 public:
  explicit VtkOpenGLWidget(QWidget* parent = nullptr);
  ~VtkOpenGLWidget() override;

  // The OpenGL context VTK needs (3.2 core, depth). Call
  // QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat()) before
  // QApplication is created so that every widget shares it.
  static QSurfaceFormat surfaceFormat();

  vtkGenericOpenGLRenderWindow* renderWindow() const;
  vtkGenericRenderWindowInteractor* interactor() const;
  // The widget's one renderer, created with it.
  vtkRenderer* renderer() const;

 protected:
  void initializeGL() override;
  void resizeGL(int w, int h) override;
  void paintGL() override;

  void mousePressEvent(QMouseEvent* e) override;
  void mouseReleaseEvent(QMouseEvent* e) override;
  void mouseMoveEvent(QMouseEvent* e) override;
  void mouseDoubleClickEvent(QMouseEvent* e) override;
  void wheelEvent(QWheelEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;
  void keyReleaseEvent(QKeyEvent* e) override;
  void enterEvent(QEnterEvent* e) override;
  void leaveEvent(QEvent* e) override;

 private:
  void forwardPointer(QMouseEvent* e);
  void forwardKey(QKeyEvent* e, unsigned long vtkEvent);
  void releaseGraphics();
  // Whether the widget's context is current (QOpenGLWidget::makeCurrent()
  // also rebinds the widget's FBO, which VTK must not see mid-render).
  bool isCurrent() const;
  static void onWindowEvent(vtkObject* caller, unsigned long eventId, void* clientData, void* callData);

  struct Vtk;
  Vtk* m_vtk;
};

}  // namespace yunyue
