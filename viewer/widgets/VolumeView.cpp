#include "viewer/widgets/VolumeView.h"

#include "viewer/SurfaceExtraction.h"

#include <QKeyEvent>

#include <vtkActor.h>
#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorObserver.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkVolume.h>

namespace yunyue {

struct VolumeView::Vtk {
  vtkNew<vtkActor> surface;
  vtkNew<vtkPolyDataMapper> surfaceMapper;
  vtkNew<vtkCallbackCommand> interaction;
};

VolumeView::VolumeView(QWidget* parent) : VtkOpenGLWidget(parent), m_vtk(std::make_unique<Vtk>()) {
  renderer()->SetBackground(0, 0, 0);
  m_vtk->surface->SetMapper(m_vtk->surfaceMapper);
  // Bone-like ivory, lit (a shaded surface display).
  vtkProperty* p = m_vtk->surface->GetProperty();
  p->SetColor(0.93, 0.87, 0.75);
  p->SetAmbient(0.15);
  p->SetDiffuse(0.85);
  p->SetSpecular(0.25);
  p->SetSpecularPower(15);
  m_vtk->surface->VisibilityOff();
  renderer()->AddActor(m_vtk->surface);

  // The trackball style announces the start and end of every drag.
  m_vtk->interaction->SetClientData(this);
  m_vtk->interaction->SetCallback([](vtkObject*, unsigned long id, void* self, void*) {
    static_cast<VolumeView*>(self)->onInteraction(id == vtkCommand::StartInteractionEvent);
  });
  vtkInteractorObserver* style = interactor()->GetInteractorStyle();
  style->AddObserver(vtkCommand::StartInteractionEvent, m_vtk->interaction);
  style->AddObserver(vtkCommand::EndInteractionEvent, m_vtk->interaction);
}

VolumeView::~VolumeView() {
  // The scene's GPU textures belong to this widget's context.
  if (m_scene) {
    makeCurrent();
    m_scene->prop()->ReleaseGraphicsResources(renderWindow());
    renderer()->RemoveVolume(m_scene->prop());
    doneCurrent();
  }
}

void VolumeView::setVolume(Volume& volume, const QString& modality, const QString& language) {
  if (m_scene) {
    makeCurrent();
    m_scene->prop()->ReleaseGraphicsResources(renderWindow());
    renderer()->RemoveVolume(m_scene->prop());
    doneCurrent();
  }
  m_scene = std::make_unique<VolumeScene>(volume);
  m_presets = volumePresets(modality, language);
  if (!m_presets.isEmpty()) m_scene->setPreset(m_presets.first());
  renderer()->AddVolume(m_scene->prop());
  showVolume();
  setCameraView(CameraView::Anterior);
}

VolumeScene* VolumeView::scene() const { return m_scene.get(); }

QStringList VolumeView::presetIds() const {
  QStringList ids;
  for (const VolumePreset& p : m_presets) ids << p.id;
  return ids;
}

bool VolumeView::setPreset(const QString& id) {
  if (!m_scene) return false;
  for (const VolumePreset& p : m_presets) {
    if (p.id != id) continue;
    m_scene->setPreset(p);
    update();
    emit presetChanged(id);
    return true;
  }
  return false;
}

QString VolumeView::presetId() const { return m_scene ? m_scene->preset().id : QString(); }

void VolumeView::setCameraView(CameraView view) {
  if (m_scene) m_scene->setCameraView(renderer(), view);
  update();
}

void VolumeView::showSurface(const Surface& surface) {
  m_vtk->surfaceMapper->SetInputData(surface.polyData);
  m_vtk->surface->SetVisibility(surface.polyData ? 1 : 0);
  if (m_scene) m_scene->prop()->VisibilityOff();
  if (!m_scene) renderer()->ResetCamera();
  update();
}

void VolumeView::showVolume() {
  m_vtk->surface->VisibilityOff();
  if (m_scene) m_scene->prop()->VisibilityOn();
  update();
}

bool VolumeView::showsSurface() const { return m_vtk->surface->GetVisibility() != 0; }

void VolumeView::onInteraction(bool started) {
  if (!m_scene) return;
  m_scene->setQuality(started ? RenderQuality::Interactive : RenderQuality::Full);
  // The last interactive frame is replaced by a full-quality one.
  if (!started) update();
}

void VolumeView::keyPressEvent(QKeyEvent* e) {
  // Presets on the number row, as the window presets in 2D; VTK's own
  // meaning of '3' (stereo) is not wanted here.
  const int key = e->key() - Qt::Key_0;
  if (e->modifiers() == Qt::NoModifier && key >= 1 && key <= 9) {
    if (key <= m_presets.size()) setPreset(m_presets.at(key - 1).id);
    e->accept();
    return;
  }
  VtkOpenGLWidget::keyPressEvent(e);
}

}  // namespace yunyue
