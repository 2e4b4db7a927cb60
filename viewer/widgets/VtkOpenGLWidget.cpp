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
  // Qt composites the widget's framebuffer with its alpha: VTK's default
  // background alpha of 0 would let the window show through beside the image.
  m_vtk->renderer->SetBackgroundAlpha(1.0);

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
      // VTK calls MakeCurrent() all through a render (creating textures,
      // populating its framebuffers, ...), not only at its start, and keeps
      // the framebuffer bindings it set in a cache (vtkOpenGLState).
      // QOpenGLWidget::makeCurrent() does more than make the context
      // current: it also binds the widget's FBO. Calling it while VTK is in
      // the middle of its work rebinds Qt's FBO behind VTK's cache, so VTK's
      // next calls land in Qt's FBO: on the first render VTK attached its
      // own colour and depth textures to Qt's FBO (leaving its own
      // framebuffers empty, GL_INVALID_FRAMEBUFFER_OPERATION, black widget).
      // When the context is already current, leave the bindings alone.
      if (!self->isCurrent()) self->makeCurrent();
      break;
    case vtkCommand::WindowIsCurrentEvent:
      *static_cast<bool*>(callData) = self->isCurrent();
      break;
    case vtkCommand::WindowSupportsOpenGLEvent:
    case vtkCommand::WindowIsDirectEvent:
      *static_cast<int*>(callData) = 1;
      break;
    default:
      break;
  }
}

bool VtkOpenGLWidget::isCurrent() const {
  return context() && QOpenGLContext::currentContext() == context();
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
  // vtkGenericOpenGLRenderWindow::Render() re-reads the GL state Qt left
  // (vtkOpenGLState::Reset) and restores it afterwards (Push/Pop), so Qt's
  // FBO is bound again when it returns.
  w->SetReadyForRendering(true);
  w->Render();
  w->SetReadyForRendering(false);

  // Copy VTK's display framebuffer into the widget's.
  QOpenGLExtraFunctions* f = context()->extraFunctions();
  const int* size = w->GetSize();
  const GLboolean scissor = f->glIsEnabled(GL_SCISSOR_TEST);
  f->glDisable(GL_SCISSOR_TEST);
  f->glBindFramebuffer(GL_READ_FRAMEBUFFER, w->GetDisplayFramebuffer()->GetFBOIndex());
  f->glReadBuffer(GL_COLOR_ATTACHMENT0);
  f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
  f->glBlitFramebuffer(0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
  f->glBindFramebuffer(GL_FRAMEBUFFER, defaultFramebufferObject());
  if (scissor) f->glEnable(GL_SCISSOR_TEST);
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
