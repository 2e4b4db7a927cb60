#pragma once
// The 3D view: a VolumeScene (volume rendering with presets) or a shaded
// surface in a VtkOpenGLWidget. Left drag rotates, right drag or the wheel
// zooms, middle drag pans (VTK's trackball camera through our adapter);
// while the reader drags, the volume is drawn at interactive quality, then
// once more at full quality. Number keys 1-9 choose the modality's presets.
// A tool button in the top right corner opens a side panel with the
// transfer-function editor and the clipping controls.

#include "viewer/VolumeRendering.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QStringList>

#include <memory>
#include <vector>

class QFrame;
class QToolButton;

namespace yunyue {

struct Surface;
class ClippingControls;
class TransferFunctionEditor;

class VolumeView : public VtkOpenGLWidget {
  Q_OBJECT
 public:
  explicit VolumeView(QWidget* parent = nullptr);
  ~VolumeView() override;

  // Shows volume (which must outlive the view, or the next setVolume) with
  // the modality's first preset, seen from the front.
  void setVolume(Volume& volume, const QString& modality, const QString& language = QStringLiteral("en"));
  VolumeScene* scene() const;  // nullptr before setVolume
  const Volume* volume() const;  // nullptr before setVolume

  QStringList presetIds() const;
  bool setPreset(const QString& id);  // false: no such preset for the modality
  QString presetId() const;
  QList<VolumePreset> presets() const;  // the modality's, in the language asked

  // Replaces the current preset's opacity and colour functions (the editor's
  // curve) and redraws.
  void setTransferFunction(const std::vector<OpacityPoint>& scalarOpacity, const std::vector<ColourPoint>& colour);
  // Interactive quality while a control is dragged; full quality (and a
  // redraw) when it is let go.
  void setInteractiveQuality(bool interacting);

  // The side panel (transfer function, clipping) and its parts.
  void setToolPanelVisible(bool visible);
  bool isToolPanelVisible() const;
  QWidget* toolPanel() const;
  QToolButton* toolPanelButton() const;
  TransferFunctionEditor* transferFunctionEditor() const;
  ClippingControls* clippingControls() const;

  void setCameraView(CameraView view);

  // A shaded surface instead of the volume (bone-coloured), and back.
  void showSurface(const Surface& surface);
  void showVolume();
  bool showsSurface() const;

 signals:
  void presetChanged(const QString& id);

 protected:
  void keyPressEvent(QKeyEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

 private:
  void onInteraction(bool started);
  void buildToolPanel();
  void placeToolPanel();
  struct Vtk;
  std::unique_ptr<Vtk> m_vtk;
  std::unique_ptr<VolumeScene> m_scene;
  QList<VolumePreset> m_presets;
  Volume* m_volume = nullptr;
  QFrame* m_panel = nullptr;
  QToolButton* m_panelButton = nullptr;
  TransferFunctionEditor* m_editor = nullptr;
  ClippingControls* m_clipping = nullptr;
};

}  // namespace yunyue
