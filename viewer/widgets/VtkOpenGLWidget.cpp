#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkNew.h>
#include <vtkOpenGLState.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkRenderer.h>

namespace yunyue {

struct VtkOpenGLWidget::Vtk {
  vtkNew<vtkGenericOpenGLRenderWindow> window;
  vtkNew<vtkGenericRenderWindowInteractor> interactor;
  vtkNew<vtkRenderer> renderer;
  vtkNew<vtkCallbackCommand> windowCallback;
  vtkNew<vtkCallbackCommand> renderRequest;
};

QSurfaceFormat VtkOpenGLWidget::surfaceFormat() {
  QSurfaceFormat f;
  f.setRenderableType(QSurfaceFormat::OpenGL);
  f.setVersion(3, 2);
  f.setProfile(QSurfaceFormat::CoreProfile);
  f.setDepthBufferSize(24);
  f.setStencilBufferSize(8);
  f.setSamples(0);
  f.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
  return f;
}

VtkOpenGLWidget::VtkOpenGLWidget(QWidget* parent) : QOpenGLWidget(parent), m_vtk(new Vtk) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumSize(64, 64);

  vtkGenericOpenGLRenderWindow* w = m_vtk->window;
  // Qt owns the context and the framebuffer; VTK renders into its own
  // framebuffer, and paintGL blits the result into the widget's framebuffer.
  w->SetOwnContext(false);
  w->SetFrameBlitModeToNoBlit();
  w->SetMultiSamples(0);
  w->SetReadyForRendering(false);
  w->AddRenderer(m_vtk->renderer);

  m_vtk->windowCallback->SetClientData(this);
  m_vtk->windowCallback->SetCallback(&VtkOpenGLWidget::onWindowEvent);
  for (unsigned long id : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                           vtkCommand::WindowSupportsOpenGLEvent, vtkCommand::WindowIsDirectEvent})
    w->AddObserver(id, m_vtk->windowCallback);

  // The interactor never renders by itself: it asks Qt for a repaint, and VTK
  // renders inside paintGL where the context and framebuffer are Qt's.
  vtkGenericRenderWindowInteractor* i = m_vtk->interactor;
  i->SetRenderWindow(w);
  i->EnableRenderOff();
  vtkNew<vtkInteractorStyleTrackballCamera> style;
  i->SetInteractorStyle(style);
  m_vtk->renderRequest->SetClientData(this);
  m_vtk->renderRequest->SetCallback([](vtkObject*, unsigned long, void* self, void*) {
    static_cast<VtkOpenGLWidget*>(self)->update();
  });
  i->AddObserver(vtkCommand::RenderEvent, m_vtk->renderRequest);
  i->Initialize();
}

VtkOpenGLWidget::~VtkOpenGLWidget() {
  // QOpenGLWidget destroys the context after us: stop listening first.
  if (context()) disconnect(context(), nullptr, this, nullptr);
  makeCurrent();
  releaseGraphics();
  doneCurrent();
  delete m_vtk;
}

vtkGenericOpenGLRenderWindow* VtkOpenGLWidget::renderWindow() const { return m_vtk->window; }
vtkGenericRenderWindowInteractor* VtkOpenGLWidget::interactor() const { return m_vtk->interactor; }
vtkRenderer* VtkOpenGLWidget::renderer() const { return m_vtk->renderer; }

void VtkOpenGLWidget::onWindowEvent(vtkObject*, unsigned long eventId, void* clientData, void* callData) {
  auto* self = static_cast<VtkOpenGLWidget*>(clientData);
  switch (eventId) {
    case vtkCommand::WindowMakeCurrentEvent:
      self->makeCurrent();
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(callData) =
          self->context() && QOpenGLContext::currentContext() == self->context();
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
    case vtkCommand::WindowIsDirectEvent:
      *static_cast<int*>(callData) = 1;
      break;
    default:
      break;
  }
}

void VtkOpenGLWidget::initializeGL() {
  const qreal dpr = devicePixelRatioF();
  m_vtk->window->SetSize(int(width() * dpr), int(height() * dpr));
  m_vtk->window->OpenGLInitContext();
  // A widget moved to another top-level window gets a new context: free
  // VTK's GPU objects while the old one is still alive.
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &VtkOpenGLWidget::releaseGraphics,
          Qt::DirectConnection);
}

void VtkOpenGLWidget::releaseGraphics() {
  if (context()) m_vtk->window->ReleaseGraphicsResources(m_vtk->window);
}

void VtkOpenGLWidget::resizeGL(int w, int h) {
  const qreal dpr = devicePixelRatioF();
  m_vtk->interactor->UpdateSize(int(w * dpr), int(h * dpr));
}

void VtkOpenGLWidget::paintGL() {
  vtkGenericOpenGLRenderWindow* w = m_vtk->window;
  const qreal dpr = devicePixelRatioF();
  w->SetSize(int(width() * dpr), int(height() * dpr));
  w->SetReadyForRendering(true);
  // Qt changed GL state behind VTK's cache (it bound its own framebuffer):
  // make VTK re-read it, and give Qt its state back afterwards.
  w->Render();
  // Copy VTK's display framebuffer into the widget's, with plain GL calls:
  // VTK's state cache does not know Qt's framebuffer.
  const int* size = w->GetSize();
  QOpenGLExtraFunctions* f = context()->extraFunctions();
  f->glBindFramebuffer(GL_READ_FRAMEBUFFER, w->GetDisplayFramebuffer()->GetFBOIndex());
  f->glReadBuffer(GL_COLOR_ATTACHMENT0);
  f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  f->glDisable(GL_SCISSOR_TEST);
  f->glBlitFramebuffer(0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
  f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
  if (qEnvironmentVariableIsSet("YY_DEBUG")) {
    unsigned char px[4] = {0,0,0,0}, qx[4] = {0,0,0,0};
    f->glBindFramebuffer(GL_READ_FRAMEBUFFER, w->GetDisplayFramebuffer()->GetFBOIndex());
    f->glReadPixels(size[0]/2, size[1]/2, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, px);
    f->glBindFramebuffer(GL_READ_FRAMEBUFFER, defaultFramebufferObject());
    f->glReadPixels(size[0]/2, size[1]/2, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, qx);
    qWarning("vtk fbo %u px %d %d %d qt fbo %u px %d %d %d err %x", w->GetDisplayFramebuffer()->GetFBOIndex(), px[0], px[1], px[2], defaultFramebufferObject(), qx[0], qx[1], qx[2], f->glGetError());
    f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
  }
  w->SetReadyForRendering(false);
}

// --- input: Qt events → VTK interactor events -----------------------------

void VtkOpenGLWidget::forwardPointer(QMouseEvent* e) {
  const qreal dpr = devicePixelRatioF();
  const QPointF p = e->position() * dpr;
  m_vtk->interactor->SetEventInformationFlipY(
      int(p.x()), int(p.y()), (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
      (e->modifiers() & Qt::ShiftModifier) ? 1 : 0, 0,
      e->type() == QEvent::MouseButtonDblClick ? 1 : 0);
  m_vtk->interactor->SetAltKey((e->modifiers() & Qt::AltModifier) ? 1 : 0);
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent* e) {
  forwardPointer(e);
  switch (e->button()) {
    case Qt::LeftButton: m_vtk->interactor->InvokeEvent(vtkCommand::LeftButtonPressEvent); break;
    case Qt::MiddleButton: m_vtk->interactor->InvokeEvent(vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: m_vtk->interactor->InvokeEvent(vtkCommand::RightButtonPressEvent); break;
    default: break;
  }
}

void VtkOpenGLWidget::mouseDoubleClickEvent(QMouseEvent* e) { mousePressEvent(e); }

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent* e) {
  forwardPointer(e);
  switch (e->button()) {
    case Qt::LeftButton: m_vtk->interactor->InvokeEvent(vtkCommand::LeftButtonReleaseEvent); break;
    case Qt::MiddleButton: m_vtk->interactor->InvokeEvent(vtkCommand::MiddleButtonReleaseEvent); break;
    case Qt::RightButton: m_vtk->interactor->InvokeEvent(vtkCommand::RightButtonReleaseEvent); break;
    default: break;
  }
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent* e) {
  forwardPointer(e);
  m_vtk->interactor->InvokeEvent(vtkCommand::MouseMoveEvent);
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent* e) {
  const qreal dpr = devicePixelRatioF();
  const QPointF p = e->position() * dpr;
  m_vtk->interactor->SetEventInformationFlipY(int(p.x()), int(p.y()),
                                              (e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                              (e->modifiers() & Qt::ShiftModifier) ? 1 : 0);
  const int dy = e->angleDelta().y();
  if (dy > 0) m_vtk->interactor->InvokeEvent(vtkCommand::MouseWheelForwardEvent);
  if (dy < 0) m_vtk->interactor->InvokeEvent(vtkCommand::MouseWheelBackwardEvent);
  e->accept();
}

void VtkOpenGLWidget::forwardKey(QKeyEvent* e, unsigned long vtkEvent) {
  const QString text = e->text();
  const char ascii = text.size() == 1 && text.at(0).unicode() < 128 ? char(text.at(0).unicode()) : 0;
  const QByteArray keySym = text.toLatin1();
  m_vtk->interactor->SetKeyEventInformation((e->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                            (e->modifiers() & Qt::ShiftModifier) ? 1 : 0, ascii,
                                            e->count(), keySym.isEmpty() ? nullptr : keySym.constData());
  m_vtk->interactor->InvokeEvent(vtkEvent);
  if (vtkEvent == vtkCommand::KeyPressEvent && ascii)
    m_vtk->interactor->InvokeEvent(vtkCommand::CharEvent);
}

void VtkOpenGLWidget::keyPressEvent(QKeyEvent* e) { forwardKey(e, vtkCommand::KeyPressEvent); }
void VtkOpenGLWidget::keyReleaseEvent(QKeyEvent* e) { forwardKey(e, vtkCommand::KeyReleaseEvent); }

void VtkOpenGLWidget::enterEvent(QEnterEvent*) { m_vtk->interactor->InvokeEvent(vtkCommand::EnterEvent); }
void VtkOpenGLWidget::leaveEvent(QEvent*) { m_vtk->interactor->InvokeEvent(vtkCommand::LeaveEvent); }

}  // namespace yunyue
