#include "viewer/widgets/VolumeView.h"

#include "viewer/SurfaceExtraction.h"
#include "viewer/widgets/ClippingControls.h"
#include "viewer/widgets/TransferFunctionEditor.h"

#include <QFrame>
#include <QGroupBox>
#include <QKeyEvent>
#include <QToolButton>
#include <QVBoxLayout>

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

#include <algorithm>

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
  buildToolPanel();
}

void VolumeView::buildToolPanel() {
  m_panel = new QFrame(this);
  m_panel->setObjectName(QStringLiteral("volumeToolPanel"));
  m_panel->setFrameShape(QFrame::StyledPanel);
  m_panel->setAutoFillBackground(true);
  m_editor = new TransferFunctionEditor;
  m_clipping = new ClippingControls;
  auto* transfer = new QGroupBox(tr("Transfer function"));
  (new QVBoxLayout(transfer))->addWidget(m_editor);
  auto* clipping = new QGroupBox(tr("Clipping"));
  (new QVBoxLayout(clipping))->addWidget(m_clipping);
  auto* layout = new QVBoxLayout(m_panel);
  layout->addWidget(transfer, 1);
  layout->addWidget(clipping);
  m_editor->setVolumeView(this);
  m_clipping->setVolumeView(this);
  m_panel->hide();

  m_panelButton = new QToolButton(this);
  m_panelButton->setText(tr("3D tools"));
  m_panelButton->setToolTip(tr("Transfer function and clipping"));
  m_panelButton->setCheckable(true);
  connect(m_panelButton, &QToolButton::toggled, this, &VolumeView::setToolPanelVisible);
  placeToolPanel();
}

void VolumeView::placeToolPanel() {
  // Over the right side of the picture, full height; the button stays at
  // the panel's top left corner (or the view's top right one when closed).
  const int width = std::min(380, std::max(240, this->width() * 6 / 10));
  m_panel->setGeometry(this->width() - width, 0, width, height());
  m_panelButton->adjustSize();
  const int right = m_panel->isVisible() ? m_panel->x() : this->width();
  m_panelButton->move(right - m_panelButton->width() - 4, 4);
  m_panelButton->raise();
  // The picture moves into the part the panel leaves free.
  renderer()->SetViewport(0, 0, this->width() > 0 ? double(right) / this->width() : 1, 1);
  update();
}

void VolumeView::setToolPanelVisible(bool visible) {
  m_panel->setVisible(visible);
  const QSignalBlocker block(m_panelButton);
  m_panelButton->setChecked(visible);
  placeToolPanel();
}

bool VolumeView::isToolPanelVisible() const { return m_panel->isVisible(); }
QWidget* VolumeView::toolPanel() const { return m_panel; }
QToolButton* VolumeView::toolPanelButton() const { return m_panelButton; }
TransferFunctionEditor* VolumeView::transferFunctionEditor() const { return m_editor; }
ClippingControls* VolumeView::clippingControls() const { return m_clipping; }

void VolumeView::resizeEvent(QResizeEvent* e) {
  VtkOpenGLWidget::resizeEvent(e);
  placeToolPanel();
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
  m_volume = &volume;
  m_presets = volumePresets(modality, language);
  if (!m_presets.isEmpty()) m_scene->setPreset(m_presets.first());
  renderer()->AddVolume(m_scene->prop());
  showVolume();
  setCameraView(CameraView::Anterior);
  m_editor->reload();
  m_clipping->reload();
}

VolumeScene* VolumeView::scene() const { return m_scene.get(); }
const Volume* VolumeView::volume() const { return m_volume; }
QList<VolumePreset> VolumeView::presets() const { return m_presets; }

void VolumeView::setTransferFunction(const std::vector<OpacityPoint>& scalarOpacity,
                                     const std::vector<ColourPoint>& colour) {
  if (!m_scene || scalarOpacity.size() < 2 || colour.empty()) return;
  VolumePreset edited = m_scene->preset();
  edited.scalarOpacity = scalarOpacity;
  edited.colour = colour;
  m_scene->setPreset(edited);
  update();
}

void VolumeView::setInteractiveQuality(bool interacting) { onInteraction(interacting); }

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
