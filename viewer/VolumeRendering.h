#pragma once
// Direct volume rendering of a Volume (no widgets): transfer-function presets
// as data (resources/volume-presets/<modality>.json), a VolumeScene that owns
// the vtkVolume and its GPU ray-cast mapper, an editable transfer function,
// clipping box and planes, interactive/full quality, camera views in patient
// terms, and an offscreen snapshot for the headless `yunyue render --3d`.
// World coordinates are patient LPS mm: the vtkVolume's matrix carries the
// volume's origin and direction.

#include "viewer/RenderingError.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <memory>
#include <optional>
#include <vector>

class vtkGPUVolumeRayCastMapper;
class vtkRenderer;
class vtkVolume;
class vtkVolumeProperty;

namespace yunyue {

class Volume;

enum class VolumeBlend { Composite, MaximumIntensity };

struct OpacityPoint {
  double x = 0;  // HU (scalar opacity) or HU per mm (gradient opacity)
  double opacity = 0;
};
struct ColourPoint {
  double hu = 0;
  double red = 0, green = 0, blue = 0;  // 0-1
};

struct VolumePreset {
  QString id;    // bone, cta, soft, skin, mip
  QString name;  // in the requested language
  VolumeBlend blend = VolumeBlend::Composite;
  std::vector<OpacityPoint> scalarOpacity;    // sorted by HU
  std::vector<ColourPoint> colour;            // sorted by HU
  std::vector<OpacityPoint> gradientOpacity;  // empty: no gradient modulation
  bool shade = true;
  double ambient = 0.2, diffuse = 0.8, specular = 0.2, specularPower = 10;
};

// The presets for a modality ("CT"), in file order; empty when there are none
// or the resource is damaged.
QList<VolumePreset> volumePresets(const QString& modality, const QString& language);
std::optional<VolumePreset> volumePreset(const QString& modality, const QString& id, const QString& language);

// Fills a vtkVolumeProperty (colour, scalar and gradient opacity, shading,
// linear interpolation, 1 mm opacity unit distance) from a preset.
void applyPreset(const VolumePreset& preset, vtkVolumeProperty* property);

// Where the camera stands, in the patient's terms; the head (or, for the
// axial views, the anterior side) is up on the screen.
enum class CameraView { Anterior, Posterior, Left, Right, Superior, Inferior };
std::optional<CameraView> cameraViewFromName(const QString& name);  // anterior, posterior, left, right, superior, inferior
QStringList cameraViewNames();

enum class RenderQuality {
  Full,         // fine rays, every pixel: for a still picture
  Interactive,  // coarser rays and half the pixels while the reader drags
};

class VolumeScene {
 public:
  // The scene reads volume's voxels in place (no copy): the volume must
  // outlive the scene and keep its voxels unchanged while it is shown.
  explicit VolumeScene(Volume& volume);
  ~VolumeScene();
  VolumeScene(const VolumeScene&) = delete;
  VolumeScene& operator=(const VolumeScene&) = delete;

  vtkVolume* prop() const;
  vtkGPUVolumeRayCastMapper* mapper() const;
  // The volume's bounds in LPS mm (the box of its voxel centres, axis-aligned).
  Eigen::AlignedBox3d bounds() const;

  void setPreset(const VolumePreset& preset);
  const VolumePreset& preset() const;

  // The transfer function, edited point by point (an opacity curve editor).
  // Points stay sorted by HU; an index is a position in that order. Return
  // the new index, or false / -1 for an index out of range. A curve keeps at
  // least two points.
  int addOpacityPoint(double hu, double opacity);
  bool moveOpacityPoint(int index, double hu, double opacity);
  bool removeOpacityPoint(int index);
  int addColourPoint(const ColourPoint& point);
  bool moveColourPoint(int index, const ColourPoint& point);
  bool removeColourPoint(int index);

  // An axis-aligned box (LPS mm) outside which nothing is drawn, and cut
  // planes that keep the side their normal points to.
  void setClippingBox(const Eigen::AlignedBox3d& box);
  void clearClippingBox();
  void addClippingPlane(const Eigen::Vector3d& point, const Eigen::Vector3d& normal);
  void clearClippingPlanes();
  int clippingPlaneCount() const;  // the box's six included

  void setQuality(RenderQuality quality);
  RenderQuality quality() const;

  // Points the renderer's camera at the whole volume from view.
  void setCameraView(vtkRenderer* renderer, CameraView view) const;

 private:
  void applyProperty();
  void applyClipping();
  struct Vtk;
  std::unique_ptr<Vtk> m_vtk;
  VolumePreset m_preset;
  std::optional<Eigen::AlignedBox3d> m_box;
  std::vector<std::pair<Eigen::Vector3d, Eigen::Vector3d>> m_planes;
  RenderQuality m_quality = RenderQuality::Full;
  double m_finestSpacing = 1;
};

// A still picture of the scene, rendered offscreen on the X display in
// DISPLAY (Debian's VTK is built for X, without EGL or OSMesa: a headless
// machine renders under xvfb-run).
struct VolumeSnapshot {
  QImage image;            // RGB32, size as asked
  RenderingError error;
  QString openGlRenderer;  // GL_VENDOR / GL_RENDERER / GL_VERSION
  // World (LPS mm) → normalised device coordinates (-1..1, y up) of the
  // camera that took the picture: lets a checker project anatomy onto it.
  Eigen::Matrix4d worldToDevice = Eigen::Matrix4d::Identity();
  bool ok() const { return !error.isError(); }
};
VolumeSnapshot renderVolumeSnapshot(VolumeScene& scene, CameraView view, const QSize& size);

// Whether an X display can be opened; the error says why not.
RenderingError checkRenderingDisplay();

}  // namespace yunyue
