#include "viewer/VolumeRendering.h"

#include "viewer/Volume.h"
#include "viewer/VolumeBridges.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPlane.h>
#include <vtkPlaneCollection.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>
#include <vtkWindowToImageFilter.h>
#include <vtkPointData.h>

#include <algorithm>
#include <cstring>

// Q_INIT_RESOURCE declares the initializer in the enclosing namespace: the
// global one, where rcc defines it.
static void initVolumePresetResources() { Q_INIT_RESOURCE(volume_presets); }

Q_LOGGING_CATEGORY(lcVolumeRendering, "yunyue.viewer.3d")

namespace yunyue {
namespace {

// Defined at the end of the file, after <X11/Xlib.h>, whose macros (None,
// Status, Bool) must not reach the code above.
void* openXDisplay(const char* name);
void closeXDisplay(void* display);

std::vector<OpacityPoint> opacityPoints(const QJsonArray& array) {
  std::vector<OpacityPoint> points;
  for (const QJsonValue& v : array) {
    const QJsonArray p = v.toArray();
    if (p.size() == 2) points.push_back({p[0].toDouble(), std::clamp(p[1].toDouble(), 0.0, 1.0)});
  }
  std::sort(points.begin(), points.end(), [](const OpacityPoint& a, const OpacityPoint& b) { return a.x < b.x; });
  return points;
}

std::vector<ColourPoint> colourPoints(const QJsonArray& array) {
  std::vector<ColourPoint> points;
  for (const QJsonValue& v : array) {
    const QJsonArray p = v.toArray();
    if (p.size() == 4) points.push_back({p[0].toDouble(), p[1].toDouble(), p[2].toDouble(), p[3].toDouble()});
  }
  std::sort(points.begin(), points.end(), [](const ColourPoint& a, const ColourPoint& b) { return a.hu < b.hu; });
  return points;
}

VolumePreset presetFromJson(const QJsonObject& o, const QString& language) {
  const QJsonObject names = o.value(QLatin1String("name")).toObject();
  VolumePreset p;
  p.id = o.value(QLatin1String("id")).toString();
  p.name = names.value(language).toString(names.value(QLatin1String("zh_CN")).toString());
  p.blend = o.value(QLatin1String("blend")).toString() == QLatin1String("mip") ? VolumeBlend::MaximumIntensity
                                                                                : VolumeBlend::Composite;
  p.scalarOpacity = opacityPoints(o.value(QLatin1String("scalarOpacity")).toArray());
  p.colour = colourPoints(o.value(QLatin1String("colour")).toArray());
  p.gradientOpacity = opacityPoints(o.value(QLatin1String("gradientOpacity")).toArray());
  p.shade = o.value(QLatin1String("shade")).toBool(true);
  p.ambient = o.value(QLatin1String("ambient")).toDouble(p.ambient);
  p.diffuse = o.value(QLatin1String("diffuse")).toDouble(p.diffuse);
  p.specular = o.value(QLatin1String("specular")).toDouble(p.specular);
  p.specularPower = o.value(QLatin1String("specularPower")).toDouble(p.specularPower);
  return p;
}

struct ViewDirections {
  Eigen::Vector3d towardsCamera;  // from the volume's centre, LPS
  Eigen::Vector3d up;
};

// LPS: +x the patient's left, +y posterior, +z head.
ViewDirections directionsOf(CameraView view) {
  switch (view) {
    case CameraView::Anterior: return {{0, -1, 0}, {0, 0, 1}};
    case CameraView::Posterior: return {{0, 1, 0}, {0, 0, 1}};
    case CameraView::Left: return {{1, 0, 0}, {0, 0, 1}};
    case CameraView::Right: return {{-1, 0, 0}, {0, 0, 1}};
    case CameraView::Superior: return {{0, 0, 1}, {0, -1, 0}};
    case CameraView::Inferior: return {{0, 0, -1}, {0, -1, 0}};
  }
  return {{0, -1, 0}, {0, 0, 1}};
}

const char* const kViewNames[] = {"anterior", "posterior", "left", "right", "superior", "inferior"};

}  // namespace

QList<VolumePreset> volumePresets(const QString& modality, const QString& language) {
  initVolumePresetResources();
  QFile file(QStringLiteral(":/volume-presets/%1.json").arg(modality.toLower()));
  if (!file.open(QIODevice::ReadOnly)) return {};
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (!doc.isObject()) {
    qCWarning(lcVolumeRendering) << file.fileName() << error.errorString();
    return {};
  }
  QList<VolumePreset> presets;
  for (const QJsonValue& v : doc.object().value(QLatin1String("presets")).toArray()) {
    VolumePreset p = presetFromJson(v.toObject(), language);
    // A transfer function needs two points to span a range.
    if (p.id.isEmpty() || p.scalarOpacity.size() < 2 || p.colour.size() < 2) {
      qCWarning(lcVolumeRendering) << file.fileName() << "entry" << p.id << "left out";
      continue;
    }
    presets.append(p);
  }
  return presets;
}

std::optional<VolumePreset> volumePreset(const QString& modality, const QString& id, const QString& language) {
  for (const VolumePreset& p : volumePresets(modality, language))
    if (p.id == id) return p;
  return std::nullopt;
}

void applyPreset(const VolumePreset& preset, vtkVolumeProperty* property) {
  vtkNew<vtkColorTransferFunction> colour;
  for (const ColourPoint& c : preset.colour) colour->AddRGBPoint(c.hu, c.red, c.green, c.blue);
  vtkNew<vtkPiecewiseFunction> opacity;
  for (const OpacityPoint& o : preset.scalarOpacity) opacity->AddPoint(o.x, o.opacity);
  property->SetColor(colour);
  property->SetScalarOpacity(opacity);
  // Opacities in the presets are per millimetre of ray, whatever the spacing.
  property->SetScalarOpacityUnitDistance(1.0);
  if (preset.gradientOpacity.empty() || preset.blend == VolumeBlend::MaximumIntensity) {
    property->DisableGradientOpacityOn();
  } else {
    vtkNew<vtkPiecewiseFunction> gradient;
    for (const OpacityPoint& o : preset.gradientOpacity) gradient->AddPoint(o.x, o.opacity);
    property->SetGradientOpacity(gradient);
    property->DisableGradientOpacityOff();
  }
  property->SetInterpolationTypeToLinear();
  property->SetShade(preset.shade && preset.blend == VolumeBlend::Composite ? 1 : 0);
  property->SetAmbient(preset.ambient);
  property->SetDiffuse(preset.diffuse);
  property->SetSpecular(preset.specular);
  property->SetSpecularPower(preset.specularPower);
}

std::optional<CameraView> cameraViewFromName(const QString& name) {
  for (int v = 0; v < 6; ++v)
    if (name == QLatin1String(kViewNames[v])) return CameraView(v);
  return std::nullopt;
}

QStringList cameraViewNames() {
  QStringList names;
  for (const char* n : kViewNames) names << QLatin1String(n);
  return names;
}

// --- the scene -------------------------------------------------------------

struct VolumeScene::Vtk {
  vtkSmartPointer<vtkImageData> image;
  // vtkGPUVolumeRayCastMapper, not vtkSmartVolumeMapper: the smart mapper
  // falls back to CPU ray casting without telling, and keeps its own
  // interactive-rate logic; we want the GPU path or a clear failure, and
  // sample distances we choose (RenderQuality).
  vtkNew<vtkGPUVolumeRayCastMapper> mapper;
  vtkNew<vtkVolumeProperty> property;
  vtkNew<vtkVolume> volume;
  vtkNew<vtkPlaneCollection> planes;
};

VolumeScene::VolumeScene(Volume& volume) : m_vtk(std::make_unique<Vtk>()) {
  const ImageGeometry& g = volume.geometry();
  // The mapper sees the voxels on an axis-aligned grid at the origin; the
  // prop's matrix places it in LPS. Volume mappers do not all honour a
  // vtkImageData direction matrix; every prop honours its matrix.
  m_vtk->image = asVtkImage(volume);
  m_vtk->image->SetOrigin(0, 0, 0);
  m_vtk->image->SetDirectionMatrix(1, 0, 0, 0, 1, 0, 0, 0, 1);
  vtkNew<vtkMatrix4x4> placement;
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) placement->SetElement(r, c, g.direction(r, c));
    placement->SetElement(r, 3, g.origin[r]);
  }
  m_vtk->volume->SetUserMatrix(placement);
  m_finestSpacing = g.spacing.minCoeff();

  m_vtk->mapper->SetInputData(m_vtk->image);
  m_vtk->mapper->SetClippingPlanes(m_vtk->planes);
  m_vtk->volume->SetMapper(m_vtk->mapper);
  m_vtk->volume->SetProperty(m_vtk->property);
  if (const auto bone = volumePreset(QStringLiteral("CT"), QStringLiteral("bone"), QStringLiteral("en"))) setPreset(*bone);
  setQuality(RenderQuality::Full);
}

VolumeScene::~VolumeScene() = default;

vtkVolume* VolumeScene::prop() const { return m_vtk->volume; }
vtkGPUVolumeRayCastMapper* VolumeScene::mapper() const { return m_vtk->mapper; }

Eigen::AlignedBox3d VolumeScene::bounds() const {
  double b[6];
  m_vtk->volume->GetBounds(b);
  return Eigen::AlignedBox3d(Eigen::Vector3d(b[0], b[2], b[4]), Eigen::Vector3d(b[1], b[3], b[5]));
}

void VolumeScene::setPreset(const VolumePreset& preset) {
  m_preset = preset;
  applyProperty();
}

const VolumePreset& VolumeScene::preset() const { return m_preset; }

void VolumeScene::applyProperty() {
  applyPreset(m_preset, m_vtk->property);
  if (m_preset.blend == VolumeBlend::MaximumIntensity) m_vtk->mapper->SetBlendModeToMaximumIntensity();
  else m_vtk->mapper->SetBlendModeToComposite();
}

int VolumeScene::addOpacityPoint(double hu, double opacity) {
  auto& points = m_preset.scalarOpacity;
  const auto at = std::upper_bound(points.begin(), points.end(), hu,
                                   [](double x, const OpacityPoint& p) { return x < p.x; });
  const int index = int(at - points.begin());
  points.insert(at, {hu, std::clamp(opacity, 0.0, 1.0)});
  applyProperty();
  return index;
}

bool VolumeScene::moveOpacityPoint(int index, double hu, double opacity) {
  auto& points = m_preset.scalarOpacity;
  if (index < 0 || index >= int(points.size())) return false;
  points.erase(points.begin() + index);
  addOpacityPoint(hu, opacity);
  return true;
}

bool VolumeScene::removeOpacityPoint(int index) {
  auto& points = m_preset.scalarOpacity;
  if (index < 0 || index >= int(points.size()) || points.size() <= 2) return false;
  points.erase(points.begin() + index);
  applyProperty();
  return true;
}

int VolumeScene::addColourPoint(const ColourPoint& point) {
  auto& points = m_preset.colour;
  const auto at = std::upper_bound(points.begin(), points.end(), point.hu,
                                   [](double x, const ColourPoint& p) { return x < p.hu; });
  const int index = int(at - points.begin());
  points.insert(at, point);
  applyProperty();
  return index;
}

bool VolumeScene::moveColourPoint(int index, const ColourPoint& point) {
  auto& points = m_preset.colour;
  if (index < 0 || index >= int(points.size())) return false;
  points.erase(points.begin() + index);
  addColourPoint(point);
  return true;
}

bool VolumeScene::removeColourPoint(int index) {
  auto& points = m_preset.colour;
  if (index < 0 || index >= int(points.size()) || points.size() <= 2) return false;
  points.erase(points.begin() + index);
  applyProperty();
  return true;
}

void VolumeScene::setClippingBox(const Eigen::AlignedBox3d& box) {
  m_box = box;
  applyClipping();
}

void VolumeScene::clearClippingBox() {
  m_box.reset();
  applyClipping();
}

void VolumeScene::addClippingPlane(const Eigen::Vector3d& point, const Eigen::Vector3d& normal) {
  m_planes.emplace_back(point, normal.normalized());
  applyClipping();
}

void VolumeScene::clearClippingPlanes() {
  m_planes.clear();
  applyClipping();
}

int VolumeScene::clippingPlaneCount() const { return m_vtk->planes->GetNumberOfItems(); }

void VolumeScene::applyClipping() {
  // Mapper clipping planes are in world (LPS) coordinates and keep the half
  // space their normal points into; a box is six planes facing inwards.
  std::vector<std::pair<Eigen::Vector3d, Eigen::Vector3d>> all = m_planes;
  if (m_box) {
    for (int axis = 0; axis < 3; ++axis) {
      const Eigen::Vector3d n = Eigen::Vector3d::Unit(axis);
      all.emplace_back(m_box->min(), n);
      all.emplace_back(m_box->max(), -n);
    }
  }
  m_vtk->planes->RemoveAllItems();
  for (const auto& [point, normal] : all) {
    vtkNew<vtkPlane> plane;
    plane->SetOrigin(point.data());
    plane->SetNormal(normal.data());
    m_vtk->planes->AddItem(plane);
  }
  m_vtk->mapper->Modified();
}

void VolumeScene::setQuality(RenderQuality quality) {
  m_quality = quality;
  vtkGPUVolumeRayCastMapper* m = m_vtk->mapper;
  // Fixed distances, not the mapper's frame-rate driven ones: a still
  // picture is always sampled at half the finest voxel spacing (no step
  // artefacts on bone edges); while dragging, four times coarser along the
  // ray and on half the pixels in each direction.
  m->AutoAdjustSampleDistancesOff();
  m->LockSampleDistanceToInputSpacingOff();
  if (quality == RenderQuality::Full) {
    m->SetSampleDistance(float(0.5 * m_finestSpacing));
    m->SetImageSampleDistance(1.0f);
  } else {
    m->SetSampleDistance(float(2.0 * m_finestSpacing));
    m->SetImageSampleDistance(2.0f);
  }
}

RenderQuality VolumeScene::quality() const { return m_quality; }

void VolumeScene::setCameraView(vtkRenderer* renderer, CameraView view) const {
  const ViewDirections d = directionsOf(view);
  const Eigen::Vector3d centre = bounds().center();
  const double distance = bounds().diagonal().norm() * 2;
  vtkCamera* camera = renderer->GetActiveCamera();
  const Eigen::Vector3d position = centre + distance * d.towardsCamera;
  camera->SetFocalPoint(centre.data());
  camera->SetPosition(position.data());
  camera->SetViewUp(d.up.data());
  camera->SetViewAngle(30);
  double b[6];
  m_vtk->volume->GetBounds(b);
  renderer->ResetCamera(b);
  renderer->ResetCameraClippingRange(b);
}

// --- offscreen snapshot ----------------------------------------------------

RenderingError checkRenderingDisplay() {
  const QByteArray name = qgetenv("DISPLAY");
  RenderingError e;
  if (name.isEmpty()) {
    e.code = RenderingErrorCode::NoDisplay;
    e.message = QCoreApplication::translate("yunyue::VolumeRendering",
                                            "3D rendering needs a display: none is set (on a machine without one, run under xvfb-run)");
    e.detail = QStringLiteral("DISPLAY is not set; VTK 9.1 on Debian renders through GLX only (no EGL, no OSMesa)");
    return e;
  }
  void* display = openXDisplay(name.constData());
  if (!display) {
    e.code = RenderingErrorCode::NoDisplay;
    e.message = QCoreApplication::translate("yunyue::VolumeRendering", "3D rendering needs a display: %1 cannot be opened")
                    .arg(QString::fromLocal8Bit(name));
    e.detail = QStringLiteral("XOpenDisplay(%1) failed").arg(QString::fromLocal8Bit(name));
    return e;
  }
  closeXDisplay(display);
  return e;
}

namespace {

// GL_VENDOR / GL_RENDERER / GL_VERSION from VTK's capability report.
QString openGlSummary(vtkRenderWindow* window) {
  const char* report = window->ReportCapabilities();
  if (!report) return {};
  QStringList parts;
  for (const QString& line : QString::fromLatin1(report).split(QLatin1Char('\n'))) {
    for (const char* key : {"OpenGL vendor string:", "OpenGL renderer string:", "OpenGL version string:"})
      if (line.startsWith(QLatin1String(key))) parts << line.mid(int(std::strlen(key))).trimmed();
  }
  return parts.join(QStringLiteral(" / "));
}

QImage toQImage(vtkImageData* rgb) {
  int dims[3];
  rgb->GetDimensions(dims);
  auto* bytes = static_cast<const unsigned char*>(rgb->GetScalarPointer());
  const int components = rgb->GetNumberOfScalarComponents();
  QImage image(dims[0], dims[1], QImage::Format_RGB32);
  for (int y = 0; y < dims[1]; ++y) {
    // VTK's rows go bottom-up.
    const unsigned char* row = bytes + size_t(dims[1] - 1 - y) * size_t(dims[0]) * size_t(components);
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < dims[0]; ++x) line[x] = qRgb(row[x * components], row[x * components + 1], row[x * components + 2]);
  }
  return image;
}

}  // namespace

VolumeSnapshot renderVolumeSnapshot(VolumeScene& scene, CameraView view, const QSize& size) {
  VolumeSnapshot snapshot;
  snapshot.error = checkRenderingDisplay();
  if (snapshot.error.isError()) return snapshot;
  void* display = openXDisplay(nullptr);
  {
    vtkNew<vtkRenderWindow> window;  // vtkXOpenGLRenderWindow on Debian
    window->SetDisplayId(display);
    window->SetOffScreenRendering(1);
    window->SetMultiSamples(0);
    window->SetSize(size.width(), size.height());
    vtkNew<vtkRenderer> renderer;
    renderer->SetBackground(0, 0, 0);
    window->AddRenderer(renderer);
    renderer->AddVolume(scene.prop());
    const RenderQuality quality = scene.quality();
    scene.setQuality(RenderQuality::Full);
    scene.setCameraView(renderer, view);
    window->Render();
    snapshot.openGlRenderer = openGlSummary(window);
    if (!window->SupportsOpenGL()) {
      snapshot.error.code = RenderingErrorCode::NoOpenGL;
      snapshot.error.message = QCoreApplication::translate("yunyue::VolumeRendering", "3D rendering needs OpenGL 3.2: this display does not offer it");
      snapshot.error.detail = snapshot.openGlRenderer;
    } else {
      vtkNew<vtkWindowToImageFilter> grab;
      grab->SetInput(window);
      grab->SetInputBufferTypeToRGB();
      grab->ReadFrontBufferOff();
      grab->Update();
      snapshot.image = toQImage(grab->GetOutput());
      vtkNew<vtkMatrix4x4> m;
      m->DeepCopy(renderer->GetActiveCamera()->GetCompositeProjectionTransformMatrix(
          renderer->GetTiledAspectRatio(), -1, 1));
      for (int r = 0; r < 4; ++r)
        for (int c = 0; c < 4; ++c) snapshot.worldToDevice(r, c) = m->GetElement(r, c);
    }
    // The mapper's textures belong to this window's context, which goes now.
    scene.prop()->ReleaseGraphicsResources(window);
    renderer->RemoveVolume(scene.prop());
    scene.setQuality(quality);
    window->Finalize();
  }
  closeXDisplay(display);
  return snapshot;
}

}  // namespace yunyue

// Last: Xlib's macros stop here.
#include <X11/Xlib.h>

namespace yunyue {
namespace {
void* openXDisplay(const char* name) { return XOpenDisplay(name); }
void closeXDisplay(void* display) { XCloseDisplay(static_cast<Display*>(display)); }
}  // namespace
}  // namespace yunyue
