#pragma once
// The 3D view: a VolumeScene (volume rendering with presets) or a shaded
// surface in a VtkOpenGLWidget. Left drag rotates, right drag or the wheel
// zooms, middle drag pans (VTK's trackball camera through our adapter);
// while the reader drags, the volume is drawn at interactive quality, then
// once more at full quality. Number keys 1-9 choose the modality's presets.

#include "viewer/VolumeRendering.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QStringList>

#include <memory>

namespace yunyue {

struct Surface;

class VolumeView : public VtkOpenGLWidget {
  Q_OBJECT
 public:
  explicit VolumeView(QWidget* parent = nullptr);
  ~VolumeView() override;

  // Shows volume (which must outlive the view, or the next setVolume) with
  // the modality's first preset, seen from the front.
  void setVolume(Volume& volume, const QString& modality, const QString& language = QStringLiteral("en"));
  VolumeScene* scene() const;  // nullptr before setVolume

  QStringList presetIds() const;
  bool setPreset(const QString& id);  // false: no such preset for the modality
  QString presetId() const;

  void setCameraView(CameraView view);

  // A shaded surface instead of the volume (bone-coloured), and back.
  void showSurface(const Surface& surface);
  void showVolume();
  bool showsSurface() const;

 signals:
  void presetChanged(const QString& id);

 protected:
  void keyPressEvent(QKeyEvent* e) override;

 private:
  void onInteraction(bool started);
  struct Vtk;
  std::unique_ptr<Vtk> m_vtk;
  std::unique_ptr<VolumeScene> m_scene;
  QList<VolumePreset> m_presets;
};

}  // namespace yunyue
