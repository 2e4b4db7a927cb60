#include "viewer/widgets/MprView.h"

#include "viewer/Measurements.h"
#include "viewer/WindowPresets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>
#include <limits>

namespace yunyue {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kSlabThicknessStepMm = 2;
constexpr double kDefaultSlabMm = 10;
constexpr int kPageSlices = 10;
// Full frames slower than this (ms) are drawn at half resolution while the
// reader interacts; the budget is 33 ms a frame.
constexpr double kInteractiveBudgetMs = 20;
constexpr int kSettleMs = 150;
// Pick radii, screen pixels.
constexpr double kCentrePickPx = 10;
constexpr double kHandlePickPx = 8;
constexpr double kLinePickPx = 5;
constexpr double kMeasureHandlePx = 7;
constexpr double kFusionOpacityStep = 0.1;

// One overlay line from a DICOM value: control characters (a newline would
// add lines) become spaces, and an LO / PN value is at most 64 characters
// (PS3.5 6.2), so anything longer is cut rather than covering the image.
QString boundedLine(const QString& value) {
  constexpr int kMaxChars = 64;
  QString text = value.size() > kMaxChars ? value.left(kMaxChars - 1) + QChar(0x2026) : value;
  for (QChar& c : text)
    if (c.category() == QChar::Other_Control) c = QLatin1Char(' ');
  return text;
}

QString joinLines(const QStringList& lines) {
  QStringList kept;
  for (const QString& l : lines)
    if (!l.trimmed().isEmpty()) kept << l;
  return kept.join(QLatin1Char('\n'));
}

// 3D Slicer's habit, with blue for sagittal as the brief asked.
QColor viewColour(CrosshairModel::View view) {
  switch (view) {
    case CrosshairModel::View::Axial: return QColor(235, 70, 70);
    case CrosshairModel::View::Coronal: return QColor(80, 200, 80);
    case CrosshairModel::View::Sagittal: return QColor(80, 140, 255);
  }
  return Qt::white;
}

QString viewName(CrosshairModel::View view) {
  switch (view) {
    case CrosshairModel::View::Axial: return QCoreApplication::translate("yunyue::MprView", "Axial");
    case CrosshairModel::View::Coronal: return QCoreApplication::translate("yunyue::MprView", "Coronal");
    case CrosshairModel::View::Sagittal: return QCoreApplication::translate("yunyue::MprView", "Sagittal");
  }
  return {};
}

QString slabName(SlabMode mode) {
  switch (mode) {
    case SlabMode::Mip: return QCoreApplication::translate("yunyue::MprView", "MIP");
    case SlabMode::MinIp: return QCoreApplication::translate("yunyue::MprView", "MinIP");
    case SlabMode::Average: return QCoreApplication::translate("yunyue::MprView", "Average");
    case SlabMode::None: break;
  }
  return {};
}

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF ab = b - a;
  const double len2 = QPointF::dotProduct(ab, ab);
  const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
  const QPointF d = p - (a + t * ab);
  return std::hypot(d.x(), d.y());
}

double screenDistance(const QPointF& a, const QPointF& b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

// The 8 corners of the volume's voxel centres (edge = 0) or of its voxels' extent (edge = 0.5).
std::vector<Eigen::Vector3d> volumeCorners(const ImageGeometry& g, double edge) {
  std::vector<Eigen::Vector3d> corners;
  for (int c = 0; c < 8; ++c) {
    const Eigen::Vector3d ijk((c & 1) ? g.size.x() - 1 + edge : -edge, (c & 2) ? g.size.y() - 1 + edge : -edge,
                              (c & 4) ? g.size.z() - 1 + edge : -edge);
    corners.push_back(g.indexToPatient(ijk));
  }
  return corners;
}

// The base plane carried into the overlay's frame: origin mapped as a point,
// directions as vectors (normalised, their length kept in the spacing, so a
// transform with some scale still covers the same pixels).
ReslicePlane overlayPlane(const ReslicePlane& base, const Eigen::Matrix4d& baseToOverlay) {
  const Eigen::Matrix3d linear = baseToOverlay.topLeftCorner<3, 3>();
  ReslicePlane plane = base;
  plane.origin = linear * base.origin + baseToOverlay.topRightCorner<3, 1>();
  const Eigen::Vector3d row = linear * base.rowDirection, column = linear * base.columnDirection;
  plane.rowDirection = row.normalized();
  plane.columnDirection = column.normalized();
  plane.spacing = Eigen::Vector2d(base.spacing.x() * row.norm(), base.spacing.y() * column.norm());
  return plane;
}

// The rigid motion turning the base frame by `angle` about `axis` through `pivot`.
Eigen::Matrix4d turnAbout(const Eigen::Vector3d& pivot, const Eigen::Vector3d& axis, double angle) {
  const Eigen::Affine3d m =
      Eigen::Translation3d(pivot) * Eigen::AngleAxisd(angle, axis.normalized()) * Eigen::Translation3d(-pivot);
  return m.matrix();
}

int pointCount(MprMeasurement::Kind kind) { return kind == MprMeasurement::Kind::Angle ? 3 : 2; }

bool isMeasuringTool(MprView::Tool tool) {
  return tool == MprView::Tool::Distance || tool == MprView::Tool::Angle || tool == MprView::Tool::EllipseRoi;
}

// The ellipse ROI's sampling grid, as MprView.h describes it.
struct EllipseGrid {
  ReslicePlane plane;
  Eigen::Vector2d centrePixel{0, 0};
  Eigen::Vector2d semiAxesPixels{0, 0};
  Eigen::Vector3d centreLps{0, 0, 0};
  Eigen::Vector2d semiAxesMm{0, 0};
};

EllipseGrid ellipseGrid(const MprMeasurement& m, double spacingMm) {
  const Eigen::Vector3d &u = m.planeRow, &v = m.planeColumn, &p0 = m.points[0], &p1 = m.points[1];
  const double left = std::min(u.dot(p0), u.dot(p1)), right = std::max(u.dot(p0), u.dot(p1));
  const double top = std::min(v.dot(p0), v.dot(p1)), bottom = std::max(v.dot(p0), v.dot(p1));
  EllipseGrid g;
  g.plane.rowDirection = u;
  g.plane.columnDirection = v;
  g.plane.spacing = Eigen::Vector2d(spacingMm, spacingMm);
  g.plane.origin = p0 + u * (left - u.dot(p0)) + v * (top - v.dot(p0));
  g.plane.columns = int(std::floor((right - left) / spacingMm)) + 1;
  g.plane.rows = int(std::floor((bottom - top) / spacingMm)) + 1;
  g.semiAxesMm = Eigen::Vector2d(right - left, bottom - top) / 2;
  g.semiAxesPixels = g.semiAxesMm / spacingMm;
  g.centrePixel = g.semiAxesPixels;
  g.centreLps = g.plane.origin + u * g.semiAxesMm.x() + v * g.semiAxesMm.y();
  return g;
}

}  // namespace

QString fusionColorMapName(FusionColorMap map) {
  switch (map) {
    case FusionColorMap::HotIron: return QCoreApplication::translate("yunyue::MprView", "Hot iron");
    case FusionColorMap::Rainbow: return QCoreApplication::translate("yunyue::MprView", "Rainbow");
    case FusionColorMap::Grey: return QCoreApplication::translate("yunyue::MprView", "Grey");
  }
  return {};
}

QString fusionBlendName(FusionBlend blend) {
  switch (blend) {
    case FusionBlend::Alpha: return QCoreApplication::translate("yunyue::MprView", "Alpha blend");
    case FusionBlend::Additive: return QCoreApplication::translate("yunyue::MprView", "Additive");
    case FusionBlend::Checkerboard: return QCoreApplication::translate("yunyue::MprView", "Checkerboard");
  }
  return {};
}

double MprDistance::lengthMm() const { return distanceMm(a, b); }

double MprMeasurement::lengthMm() const { return points.size() >= 2 ? distanceMm(points[0], points[1]) : 0; }

double MprMeasurement::angleDegrees() const {
  return points.size() >= 3 ? yunyue::angleDegrees(points[0], points[1], points[2]) : 0;
}

MprView::MprView(QWidget* parent) : QWidget(parent), m_cine(new QTimer(this)), m_settle(new QTimer(this)) {
  m_settle->setSingleShot(true);
  m_settle->setInterval(kSettleMs);
  connect(m_settle, &QTimer::timeout, this, [this] {
    m_interactive = false;
    if (m_imageFactor != 1) update();
  });
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(64, 64);
  m_topLeft = makeOverlay("overlayTopLeft", Qt::AlignLeft | Qt::AlignTop);
  m_topRight = makeOverlay("overlayTopRight", Qt::AlignRight | Qt::AlignTop);
  m_bottomLeft = makeOverlay("overlayBottomLeft", Qt::AlignLeft | Qt::AlignBottom);
  m_bottomRight = makeOverlay("overlayBottomRight", Qt::AlignRight | Qt::AlignBottom);
  m_left = makeOverlay("orientationLeft", Qt::AlignLeft | Qt::AlignVCenter);
  m_right = makeOverlay("orientationRight", Qt::AlignRight | Qt::AlignVCenter);
  m_top = makeOverlay("orientationTop", Qt::AlignHCenter | Qt::AlignTop);
  m_bottom = makeOverlay("orientationBottom", Qt::AlignHCenter | Qt::AlignBottom);
  connect(m_cine, &QTimer::timeout, this, [this] {
    markInteractive();
    if (currentSliceNumber() >= sliceCount())
      goToFirstSlice();
    else
      scrollSlices(1);
  });
  setCineFrameRate(m_cineFps);
}

MprView::~MprView() = default;

QLabel* MprView::makeOverlay(const char* name, Qt::Alignment alignment) {
  auto* label = new QLabel(this);
  label->setObjectName(QLatin1String(name));
  // Text from DICOM files is shown as text, never interpreted as markup.
  label->setTextFormat(Qt::PlainText);
  label->setAlignment(alignment);
  label->setAttribute(Qt::WA_TransparentForMouseEvents);
  label->setStyleSheet(QStringLiteral("color: #e8e8a0; background: transparent;"));
  label->hide();
  return label;
}

// ------------------------------------------------------------------ model ---

void MprView::setVolume(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info,
                        std::shared_ptr<CrosshairModel> crosshair) {
  m_volume = std::move(volume);
  m_info = info;
  if (m_volume && !crosshair) crosshair = std::make_shared<CrosshairModel>(m_volume->geometry());
  m_crosshair = std::move(crosshair);
  m_overlay.reset();
  m_fusionTransform.setIdentity();
  m_fusionDescription.clear();
  if (m_tool == Tool::AdjustFusion) m_tool = Tool::Navigate;
  m_zoom = 1;
  m_panMm.setZero();
  m_inverted = m_flipHorizontal = m_flipVertical = false;
  m_quarterTurns = 0;
  m_measurements.clear();
  m_distances.clear();
  m_selected = -1;
  m_placing = false;
  m_windowCenter = info.windowCenter;
  m_windowWidth = std::max(1.0, info.windowWidth);
  invalidate();
  emit windowChanged(m_windowCenter, m_windowWidth);
  if (m_volume) emit sliceChanged(currentSlicePosition(), currentSliceNumber(), sliceCount());
}

void MprView::setView(View view) {
  m_view = view;
  m_placing = false;
  invalidate();
  if (m_volume) emit sliceChanged(currentSlicePosition(), currentSliceNumber(), sliceCount());
}

void MprView::setSlab(SlabMode mode, double thicknessMm) {
  m_slab.mode = mode;
  m_slab.thicknessMm = std::max(0.0, thicknessMm);
  invalidate();
  emit slabChanged();
}

void MprView::cycleSlabMode() {
  static const SlabMode order[] = {SlabMode::None, SlabMode::Mip, SlabMode::MinIp, SlabMode::Average};
  const int i = int(std::find(std::begin(order), std::end(order), m_slab.mode) - std::begin(order));
  const SlabMode next = order[(i + 1) % 4];
  setSlab(next, next != SlabMode::None && m_slab.thicknessMm <= 0 ? kDefaultSlabMm : m_slab.thicknessMm);
}

void MprView::setWindow(double center, double width) {
  width = std::max(1.0, width);
  if (center == m_windowCenter && width == m_windowWidth) return;
  m_windowCenter = center;
  m_windowWidth = width;
  invalidate();
  emit windowChanged(center, width);
}

bool MprView::applyPreset(int key) {
  const QString language =
      QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  const QList<WindowPreset> presets = windowPresets(m_info.modality, language);
  const WindowPreset* preset = presetForKey(presets, key);
  if (!preset) return false;
  setWindow(preset->level, preset->width);
  return true;
}

Eigen::Vector3d MprView::normal() const { return m_crosshair->normal(m_view).normalized(); }

// One voxel step along the normal: the normal's largest component in voxels
// per mm decides, so an axis-aligned view steps exactly one slice.
double MprView::sliceStepMm() const {
  if (!m_volume) return 1;
  const ImageGeometry& g = m_volume->geometry();
  const Eigen::Vector3d voxelsPerMm = (g.direction.transpose() * normal()).cwiseQuotient(g.spacing);
  return 1.0 / std::max(1e-9, voxelsPerMm.cwiseAbs().maxCoeff());
}

void MprView::sliceRange(double* first, double* last) const {
  *first = 1e300;
  *last = -1e300;
  const Eigen::Vector3d n = normal();
  for (const Eigen::Vector3d& c : volumeCorners(m_volume->geometry(), 0)) {
    *first = std::min(*first, n.dot(c));
    *last = std::max(*last, n.dot(c));
  }
}

double MprView::currentSlicePosition() const { return m_volume ? normal().dot(m_crosshair->centre()) : 0; }

int MprView::sliceCount() const {
  if (!m_volume) return 0;
  double first, last;
  sliceRange(&first, &last);
  return int(std::lround((last - first) / sliceStepMm())) + 1;
}

int MprView::currentSliceNumber() const {
  if (!m_volume) return 0;
  double first, last;
  sliceRange(&first, &last);
  return std::clamp(int(std::lround((currentSlicePosition() - first) / sliceStepMm())) + 1, 1, sliceCount());
}

void MprView::moveToPosition(double positionMm) {
  if (!m_volume) return;
  double first, last;
  sliceRange(&first, &last);
  const double target = std::clamp(positionMm, first, last);
  const double current = currentSlicePosition();
  if (target == current) return;
  m_crosshair->moveCentre(normal() * (target - current));
  crosshairMoved();
}

void MprView::scrollSlices(int n) { moveToPosition(currentSlicePosition() + n * sliceStepMm()); }

void MprView::goToFirstSlice() { moveToPosition(-1e300); }

void MprView::goToLastSlice() { moveToPosition(1e300); }

void MprView::crosshairMoved() {
  invalidate();
  emit crosshairChanged();
  emit sliceChanged(currentSlicePosition(), currentSliceNumber(), sliceCount());
}

void MprView::refresh() {
  invalidate();
  if (m_volume) emit sliceChanged(currentSlicePosition(), currentSliceNumber(), sliceCount());
}

// ---------------------------------------------------------------- display ---

void MprView::setZoom(double zoom) {
  m_zoom = std::clamp(zoom, 0.05, 50.0);
  invalidate();
  emit displayChanged();
}

void MprView::setPan(const Eigen::Vector2d& panMm) {
  m_panMm = panMm;
  invalidate();
  emit displayChanged();
}

void MprView::setInverted(bool inverted) {
  m_inverted = inverted;
  invalidate();
}

void MprView::setFlipped(bool horizontal, bool vertical) {
  m_flipHorizontal = horizontal;
  m_flipVertical = vertical;
  invalidate();
  emit displayChanged();
}

void MprView::rotateQuarterTurns(int clockwise) {
  m_quarterTurns = ((m_quarterTurns + clockwise) % 4 + 4) % 4;
  invalidate();
  emit displayChanged();
}

void MprView::reset() {
  m_zoom = 1;
  m_panMm.setZero();
  m_inverted = m_flipHorizontal = m_flipVertical = false;
  m_quarterTurns = 0;
  setWindow(m_info.windowCenter, m_info.windowWidth);
  if (m_crosshair) {
    m_crosshair->resetOrientation();
    crosshairMoved();
  }
  invalidate();
}

// The screen's right and down in LPS: the view's row and column directions,
// turned by the quarter turns (clockwise: what was up is now right), then flipped.
MprView::ScreenAxes MprView::screenAxes(const Eigen::Vector3d& row, const Eigen::Vector3d& column) const {
  ScreenAxes axes{row, column};
  for (int q = 0; q < m_quarterTurns; ++q) axes = ScreenAxes{-axes.down, axes.right};
  if (m_flipHorizontal) axes.right = -axes.right;
  if (m_flipVertical) axes.down = -axes.down;
  return axes;
}

MprView::ScreenAxes MprView::currentAxes() const {
  return screenAxes(m_crosshair->rowDirection(m_view).normalized(), m_crosshair->columnDirection(m_view).normalized());
}

// Zoom 1: the whole volume in the standard orientation fits the widget, so
// rotating the crosshair does not change the scale under the reader's eyes.
double MprView::fitMmPerPixel() const {
  const CrosshairModel standard(m_volume->geometry());
  const ScreenAxes axes = screenAxes(standard.rowDirection(m_view), standard.columnDirection(m_view));
  double minR = 1e300, maxR = -1e300, minD = 1e300, maxD = -1e300;
  for (const Eigen::Vector3d& c : volumeCorners(m_volume->geometry(), 0.5)) {
    minR = std::min(minR, axes.right.dot(c));
    maxR = std::max(maxR, axes.right.dot(c));
    minD = std::min(minD, axes.down.dot(c));
    maxD = std::max(maxD, axes.down.dot(c));
  }
  return std::max((maxR - minR) / std::max(1, width()), (maxD - minD) / std::max(1, height()));
}

double MprView::mmPerScreenPixel() const { return m_volume ? fitMmPerPixel() / m_zoom : 1; }

// The volume's centre brought onto this view's plane, plus the pan: what the
// widget's centre shows. Moving the crosshair within the plane does not pan.
Eigen::Vector3d MprView::viewCentre() const {
  const ImageGeometry& g = m_volume->geometry();
  const Eigen::Vector3d volumeCentre = g.indexToPatient((g.size.cast<double>() - Eigen::Vector3d::Ones()) * 0.5);
  const Eigen::Vector3d n = normal();
  const ScreenAxes axes = currentAxes();
  return volumeCentre - n * n.dot(volumeCentre - m_crosshair->centre()) + m_panMm.x() * axes.right +
         m_panMm.y() * axes.down;
}

ReslicePlane MprView::screenPlane() const {
  ReslicePlane plane;
  if (!m_volume) return plane;
  const ScreenAxes axes = currentAxes();
  const double s = mmPerScreenPixel();
  plane.columns = std::max(1, width());
  plane.rows = std::max(1, height());
  plane.rowDirection = axes.right;
  plane.columnDirection = axes.down;
  plane.spacing = Eigen::Vector2d(s, s);
  plane.origin = viewCentre() - 0.5 * (plane.columns - 1) * s * axes.right - 0.5 * (plane.rows - 1) * s * axes.down;
  return plane;
}

QPointF MprView::screenPoint(const Eigen::Vector3d& lps) const {
  const Eigen::Vector2d p = screenPlane().patientToPixel(lps);
  return {p.x(), p.y()};
}

Eigen::Vector3d MprView::patientPoint(const QPointF& screen) const {
  return screenPlane().pixelToPatient(screen.x(), screen.y());
}

void MprView::invalidate() {
  m_dirty = true;
  updateOverlays();
  update();
}

// The slab's samples along the normal: one per voxel step. With linear
// interpolation along an axis-aligned normal the maximum (minimum) lies on
// the voxel centres, so finer steps find nothing more and only cost time.
SlabOptions MprView::effectiveSlab() const {
  if (m_slab.mode == SlabMode::None || m_slab.thicknessMm <= 0) return {};
  SlabOptions slab = m_slab;
  slab.stepMm = sliceStepMm();
  return slab;
}

// Resamples the screen's own grid (every `factor`-th pixel: the pixel
// centres of a coarser grid over the same area) and maps it through the
// window: the linear VOI LUT function of PS3.3 C.11.2.1.2.1, to 8 bits.
void MprView::renderFrame(int factor) {
  m_dirty = false;
  m_imageFactor = factor;
  m_imageWidgetSize = size();
  const int w = (std::max(1, width()) + factor - 1) / factor, h = (std::max(1, height()) + factor - 1) / factor;
  if (m_image.size() != QSize(w, h)) m_image = QImage(w, h, QImage::Format_Grayscale8);
  if (!m_volume) {
    m_image.fill(0);
    return;
  }
  ReslicePlane plane = screenPlane();
  plane.origin = plane.pixelToPatient(0.5 * (factor - 1), 0.5 * (factor - 1));
  plane.spacing *= factor;
  plane.columns = w;
  plane.rows = h;
  m_samples.resize(size_t(w) * size_t(h));
  reslice(*m_volume, plane, Interpolation::Linear, m_samples.data(), effectiveSlab());

  const float range = float(std::max(m_windowWidth - 1, 1e-3));
  const float scale = 255.0f / range;
  const float offset = (0.5f - float(m_windowCenter - 0.5) / range) * 255.0f;
  const bool invert = m_inverted != m_info.monochrome1;
  for (int r = 0; r < h; ++r) {
    const float* in = m_samples.data() + size_t(r) * size_t(w);
    uchar* out = m_image.scanLine(r);
    for (int c = 0; c < w; ++c) {
      const float v = std::clamp(in[c] * scale + offset, 0.0f, 255.0f);
      out[c] = uchar(invert ? 255.5f - v : v + 0.5f);
    }
  }
  if (fusionShown()) composeFusion(plane, factor);
}

// The overlay on the same pixels: the screen plane carried into its frame,
// the same slab (its samples one half of the overlay's finest voxel apart,
// so a small hot spot is not stepped over), outside the overlay transparent.
void MprView::composeFusion(const ReslicePlane& plane, int factor) {
  const int w = m_image.width(), h = m_image.height();
  m_overlaySamples.resize(size_t(w) * size_t(h));
  SlabOptions slab = effectiveSlab();
  slab.stepMm = 0;
  reslice(*m_overlay, overlayPlane(plane, m_fusionTransform), Interpolation::Linear, m_overlaySamples.data(), slab,
          -std::numeric_limits<float>::infinity());
  if (m_fused.size() != m_image.size()) m_fused = QImage(w, h, QImage::Format_RGB32);
  FusionCompositor(m_fusionOptions)
      .fuseImage(m_image.constBits(), int(m_image.bytesPerLine()), m_overlaySamples.data(), w, w, h, factor,
                 reinterpret_cast<uint32_t*>(m_fused.bits()), int(m_fused.bytesPerLine() / 4));
}

bool MprView::frameIsCurrent(int factor) const {
  return !m_dirty && m_imageFactor == factor && m_imageWidgetSize == size();
}

QImage MprView::renderedImage() {
  if (!frameIsCurrent(1)) renderFrame(1);
  return fusionShown() ? m_fused : m_image;
}

void MprView::markInteractive() {
  m_interactive = true;
  m_settle->start();
}

// ------------------------------------------------------------- painting ---

void MprView::paintEvent(QPaintEvent*) {
  // While the reader drags, scrolls or plays cine, a view whose full frames
  // miss the budget draws at half resolution; the full frame follows when
  // the input settles (as Slicer and Horos do).
  const int factor = m_interactive && m_lastFullFrameMs > kInteractiveBudgetMs ? 2 : 1;
  if (!frameIsCurrent(factor)) {
    QElapsedTimer timer;
    timer.start();
    renderFrame(factor);
    if (factor == 1) m_lastFullFrameMs = double(timer.nsecsElapsed()) / 1e6;
  }
  QPainter p(this);
  p.setRenderHint(QPainter::SmoothPixmapTransform);
  p.drawImage(QRectF(0, 0, m_image.width() * m_imageFactor, m_image.height() * m_imageFactor),
              fusionShown() ? m_fused : m_image);
  if (!m_volume) return;
  p.setRenderHint(QPainter::Antialiasing);
  drawCrosshair(p);
  drawMeasurements(p);
  drawScaleBar(p);
  if (fusionShown()) drawFusionColorBar(p);
  // The view's colour along the top edge, as Slicer marks its slice views.
  p.fillRect(QRect(0, 0, width(), 3), viewColour(m_view));
  if (hasFocus()) {
    p.setPen(QPen(viewColour(m_view), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(0, 0, -1, -1));
  }
}

void MprView::drawCrosshair(QPainter& p) const {
  const ScreenAxes axes = currentAxes();
  const Eigen::Vector3d n = normal();
  const QPointF centre = screenPoint(m_crosshair->centre());
  const double reach = width() + height();
  const double handleRadius = 0.35 * std::min(width(), height());
  for (View other : {View::Axial, View::Coronal, View::Sagittal}) {
    if (other == m_view) continue;
    // Where the other plane cuts this one: a line through the centre along n × n_other.
    const Eigen::Vector3d d = n.cross(m_crosshair->normal(other));
    QPointF u(d.dot(axes.right), d.dot(axes.down));
    const double len = std::hypot(u.x(), u.y());
    if (len < 1e-9) continue;
    u /= len;
    QColor colour = viewColour(other);
    colour.setAlpha(200);
    p.setPen(QPen(colour, 1.5));
    constexpr double gap = 12;  // leaves the centre visible
    p.drawLine(centre + gap * u, centre + reach * u);
    p.drawLine(centre - gap * u, centre - reach * u);
    p.setBrush(colour);
    for (double side : {-1.0, 1.0}) p.drawEllipse(centre + side * handleRadius * u, 4.0, 4.0);
    p.setBrush(Qt::NoBrush);
  }
  p.setPen(QPen(QColor(255, 255, 255, 160), 1));
  p.drawEllipse(centre, 3.0, 3.0);
}

bool MprView::measurementVisible(const MprMeasurement& m) const {
  const Eigen::Vector3d n = normal();
  if (std::abs(n.dot(m.planeNormal)) < 1 - 1e-6) return false;
  const double sign = n.dot(m.planeNormal) > 0 ? 1 : -1;
  return std::abs(sign * m.planePosition - currentSlicePosition()) < 0.5 * sliceStepMm();
}

// Distance and angle: their points; the ellipse ROI: the four corners of its
// bounding box, the two stored ones at 0 and 2.
std::vector<Eigen::Vector3d> MprView::measurementHandles(const MprMeasurement& m) const {
  if (m.kind != MprMeasurement::Kind::EllipseRoi) return m.points;
  const Eigen::Vector3d &p0 = m.points[0], &p1 = m.points[1];
  return {p0, p0 + m.planeRow * m.planeRow.dot(p1 - p0), p1, p0 + m.planeColumn * m.planeColumn.dot(p1 - p0)};
}

// The painted lines on screen: open for distance and angle, closed for the ellipse.
std::vector<QPointF> MprView::measurementOutline(const MprMeasurement& m) const {
  std::vector<QPointF> outline;
  if (m.kind != MprMeasurement::Kind::EllipseRoi) {
    for (const Eigen::Vector3d& p : m.points) outline.push_back(screenPoint(p));
    return outline;
  }
  constexpr int kSegments = 72;
  const EllipseGrid g = ellipseGrid(m, 1);
  for (int i = 0; i <= kSegments; ++i) {
    const double t = 2 * kPi * i / kSegments;
    outline.push_back(screenPoint(g.centreLps + m.planeRow * g.semiAxesMm.x() * std::cos(t) +
                                  m.planeColumn * g.semiAxesMm.y() * std::sin(t)));
  }
  return outline;
}

bool MprView::nearMeasurementOutline(const MprMeasurement& m, const QPointF& at) const {
  const std::vector<QPointF> outline = measurementOutline(m);
  for (size_t i = 1; i < outline.size(); ++i)
    if (distanceToSegment(at, outline[i - 1], outline[i]) <= kLinePickPx) return true;
  return false;
}

QStringList MprView::measurementText(const MprMeasurement& m) const {
  const QLocale locale;
  switch (m.kind) {
    case MprMeasurement::Kind::Distance: return {tr("%1 mm").arg(locale.toString(m.lengthMm(), 'f', 1))};
    case MprMeasurement::Kind::Angle: return {tr("%1°").arg(locale.toString(m.angleDegrees(), 'f', 1))};
    case MprMeasurement::Kind::EllipseRoi: break;
  }
  const RoiStatistics& s = m.statistics;
  // Hounsfield units are CT's modality values (PS3.3 C.11.1.1.2); other modalities show bare values.
  const QString unit = m_info.modality == QLatin1String("CT") ? QStringLiteral(" HU") : QString();
  const QString area = s.areaMm2 >= 100 ? tr("Area %1 cm²").arg(locale.toString(s.areaMm2 / 100, 'f', 2))
                                        : tr("Area %1 mm²").arg(locale.toString(s.areaMm2, 'f', 1));
  if (s.pixelCount == 0) return {area};
  return {tr("Mean %1 ± %2%3").arg(locale.toString(s.mean, 'f', 1), locale.toString(s.standardDeviation, 'f', 1), unit),
          tr("Min %1  Max %2%3").arg(locale.toString(s.minimum, 'f', 0), locale.toString(s.maximum, 'f', 0), unit),
          area};
}

QString MprView::measurementLabel(int index) const {
  if (index < 0 || index >= int(m_measurements.size())) return {};
  return measurementText(m_measurements[size_t(index)]).join(QLatin1Char('\n'));
}

void MprView::drawMeasurement(QPainter& p, const MprMeasurement& m, bool selected) const {
  const QColor colour = selected ? QColor(90, 230, 255) : QColor(255, 220, 60);
  p.setPen(QPen(colour, 1.5));
  p.setBrush(Qt::NoBrush);
  const std::vector<QPointF> outline = measurementOutline(m);
  p.drawPolyline(outline.data(), int(outline.size()));
  QRectF box;
  for (const Eigen::Vector3d& h : measurementHandles(m)) {
    const QPointF at = screenPoint(h);
    p.drawRect(QRectF(at - QPointF(3, 3), QSizeF(6, 6)));
    box = box.isNull() ? QRectF(at, QSizeF(0.001, 0.001)) : box.united(QRectF(at, QSizeF(0.001, 0.001)));
  }
  // Beside the measurement's right side, so the text does not cover it; the
  // angle's beside its vertex, where the value belongs.
  QPointF at = box.topRight() + QPointF(8, -6);
  if (m.kind == MprMeasurement::Kind::Angle) at = outline[1] + QPointF(10, -8);
  if (m.kind == MprMeasurement::Kind::Distance) at = (outline[0].x() > outline[1].x() ? outline[0] : outline[1]) + QPointF(8, -6);
  if (m.kind == MprMeasurement::Kind::EllipseRoi) at = box.topRight() + QPointF(8, 10);
  const double lineHeight = p.fontMetrics().height();
  for (const QString& line : measurementText(m)) {
    p.setPen(Qt::black);
    p.drawText(at + QPointF(1, 1), line);
    p.setPen(colour);
    p.drawText(at, line);
    at.ry() += lineHeight;
  }
}

void MprView::drawMeasurements(QPainter& p) const {
  for (size_t i = 0; i < m_measurements.size(); ++i)
    if (measurementVisible(m_measurements[i])) drawMeasurement(p, m_measurements[i], int(i) == m_selected);
  if (m_placing) drawMeasurement(p, m_pending, true);
}

// A vertical bar of a round length (1, 2 or 5 × 10^k mm), about a fifth of
// the height, along the right edge below the orientation marker, where the
// corner texts never reach.
void MprView::drawScaleBar(QPainter& p) const {
  const double mmPerPx = mmPerScreenPixel();
  const double wanted = 0.2 * height() * mmPerPx;
  const double decade = std::pow(10.0, std::floor(std::log10(wanted)));
  double length = decade;
  for (double f : {2.0, 5.0})
    if (decade * f <= wanted) length = decade * f;
  const double px = length / mmPerPx;
  const double x = width() - 10;
  const double y0 = height() / 2.0 + 24;
  p.setPen(QPen(QColor(232, 232, 160), 1.5));
  p.drawLine(QPointF(x, y0), QPointF(x, y0 + px));
  for (double y : {y0, y0 + px}) p.drawLine(QPointF(x - 5, y), QPointF(x, y));
  const QLocale locale;
  const QString text = length >= 10 ? tr("%1 cm").arg(locale.toString(length / 10, 'g', 3))
                                    : tr("%1 mm").arg(locale.toString(length, 'g', 3));
  p.drawText(QRectF(x - 86, y0 + px / 2 - 8, 80, 16), Qt::AlignRight | Qt::AlignVCenter, text);
}

void MprView::updateOverlays() {
  const bool shown = bool(m_volume);
  for (QLabel* l : {m_topLeft, m_topRight, m_bottomLeft, m_bottomRight, m_left, m_right, m_top, m_bottom})
    l->setVisible(shown);
  if (!shown) return;
  const QLocale locale;
  m_topLeft->setText(joinLines({boundedLine(m_info.patientName), boundedLine(m_info.patientId)}));
  m_topRight->setText(
      joinLines(QStringList{boundedLine(m_info.studyDate), boundedLine(m_info.studyDescription)} + fusionOverlayLines()));

  const QString slab = m_slab.mode == SlabMode::None || m_slab.thicknessMm <= 0
                           ? tr("Thin")
                           : tr("%1 %2 mm").arg(slabName(m_slab.mode), locale.toString(m_slab.thicknessMm, 'f', 1));
  m_bottomLeft->setText(joinLines({boundedLine(m_info.seriesDescription),
                                   tr("Position %1 mm").arg(locale.toString(currentSlicePosition(), 'f', 1)),
                                   tr("Slice %1 / %2").arg(currentSliceNumber()).arg(sliceCount()), slab}));
  const QString toolName = m_tool == Tool::Distance       ? tr("Distance")
                           : m_tool == Tool::Angle        ? tr("Angle")
                           : m_tool == Tool::EllipseRoi   ? tr("Ellipse ROI")
                           : m_tool == Tool::AdjustFusion ? tr("Adjust fusion")
                                                          : QString();
  m_bottomRight->setText(joinLines({viewName(m_view) + (toolName.isEmpty() ? QString() : QStringLiteral(" · ") + toolName),
                                    tr("W %1  L %2").arg(locale.toString(m_windowWidth, 'f', 0),
                                                          locale.toString(m_windowCenter, 'f', 0)),
                                    tr("Zoom %1%").arg(locale.toString(m_zoom * 100, 'f', 0))}));
  const ScreenAxes axes = currentAxes();
  m_left->setText(orientationLabel(-axes.right));
  m_right->setText(orientationLabel(axes.right));
  m_top->setText(orientationLabel(-axes.down));
  m_bottom->setText(orientationLabel(axes.down));
  placeOverlays();
}

// The fused series' name, then its colour map, window and blend.
QStringList MprView::fusionOverlayLines() const {
  if (!m_overlay) return {};
  const QLocale locale;
  if (!m_fusionOptions.visible) return {tr("Fusion hidden: %1").arg(boundedLine(m_fusionDescription))};
  const QString blend = m_fusionOptions.blend == FusionBlend::Alpha
                            ? tr("opacity %1%").arg(locale.toString(m_fusionOptions.opacity * 100, 'f', 0))
                            : fusionBlendName(m_fusionOptions.blend);
  return {tr("Fusion: %1").arg(boundedLine(m_fusionDescription)),
          tr("%1 %2 to %3, %4")
              .arg(fusionColorMapName(m_fusionOptions.colorMap), locale.toString(m_fusionOptions.lower, 'g', 4),
                   locale.toString(m_fusionOptions.upper, 'g', 4), blend)};
}

// The colour map as a vertical bar at the right edge, upper end on top,
// between the top-right text and the orientation marker, with the window's
// ends beside it.
void MprView::drawFusionColorBar(QPainter& p) const {
  const int top = 110, bottom = height() / 2 - 30;
  if (bottom - top < 40) return;
  const FusionColorTable table = fusionColorTable(m_fusionOptions.colorMap);
  const QRect bar(width() - 18, top, 10, bottom - top);
  for (int y = bar.top(); y <= bar.bottom(); ++y) {
    const int index = int(std::lround(255.0 * (bar.bottom() - y) / std::max(1, bar.height() - 1)));
    p.setPen(QColor::fromRgb(table[size_t(std::clamp(index, 0, 255))]));
    p.drawLine(bar.left(), y, bar.right(), y);
  }
  p.setPen(QPen(QColor(232, 232, 160), 1));
  p.setBrush(Qt::NoBrush);
  p.drawRect(bar);
  const QLocale locale;
  const QRectF upperText(bar.left() - 86, bar.top() - 8, 80, 16), lowerText(bar.left() - 86, bar.bottom() - 8, 80, 16);
  p.drawText(upperText, Qt::AlignRight | Qt::AlignVCenter, locale.toString(m_fusionOptions.upper, 'g', 4));
  p.drawText(lowerText, Qt::AlignRight | Qt::AlignVCenter, locale.toString(m_fusionOptions.lower, 'g', 4));
}

void MprView::placeOverlays() {
  const QRect r = rect().adjusted(6, 6, -6, -4);
  for (QLabel* l : {m_topLeft, m_topRight, m_bottomLeft, m_bottomRight, m_left, m_right, m_top, m_bottom})
    l->setGeometry(r);
}

void MprView::resizeEvent(QResizeEvent*) {
  placeOverlays();
  invalidate();
}

// ----------------------------------------------------------- measuring ---

void MprView::setTool(Tool tool) {
  if (tool == Tool::AdjustFusion && !m_overlay) tool = Tool::Navigate;
  m_tool = tool;
  m_placing = false;
  setCursor(isMeasuringTool(tool) ? Qt::CrossCursor : tool == Tool::AdjustFusion ? Qt::SizeAllCursor : Qt::ArrowCursor);
  invalidate();
}

void MprView::toggleTool(Tool tool) { setTool(m_tool == tool ? Tool::Navigate : tool); }

void MprView::removeSelectedMeasurement() {
  if (m_selected < 0 || m_selected >= int(m_measurements.size())) return;
  m_measurements.erase(m_measurements.begin() + m_selected);
  m_selected = -1;
  measurementsEdited();
}

void MprView::clearMeasurements() {
  m_measurements.clear();
  m_selected = -1;
  measurementsEdited();
}

void MprView::measurementsEdited() {
  m_distances.clear();
  for (const MprMeasurement& m : m_measurements)
    if (m.kind == MprMeasurement::Kind::Distance)
      m_distances.push_back(MprDistance{m.points[0], m.points[1], m.planeNormal, m.planePosition});
  update();
  emit measurementsChanged();
}

// ROI values come from the volume on the thin plane the ROI lies on, never
// from the rendered (windowed, slabbed) picture, on a grid of the volume's
// finest spacing so zooming does not change them.
void MprView::updateStatistics(MprMeasurement& m) const {
  if (m.kind != MprMeasurement::Kind::EllipseRoi || !m_volume) return;
  const EllipseGrid g = ellipseGrid(m, m_volume->geometry().spacing.minCoeff());
  m.statistics = ellipseRoi(*m_volume, g.plane, g.centrePixel, g.semiAxesPixels);
}

// Moves handle `handle` of m to `to`; returns the handle's index afterwards
// (an ellipse corner keeps its opposite corner fixed and becomes corner 2).
int MprView::moveHandle(MprMeasurement& m, int handle, const Eigen::Vector3d& to) const {
  if (m.kind != MprMeasurement::Kind::EllipseRoi) {
    m.points[size_t(handle)] = to;
    return handle;
  }
  const Eigen::Vector3d opposite = measurementHandles(m)[size_t((handle + 2) % 4)];
  m.points = {opposite, to};
  updateStatistics(m);
  return 2;
}

// The first point of a new measurement of the current tool's kind, on this plane.
void MprView::beginMeasurement(const QPointF& at) {
  m_pending = MprMeasurement();
  m_pending.kind = m_tool == Tool::Angle        ? MprMeasurement::Kind::Angle
                   : m_tool == Tool::EllipseRoi ? MprMeasurement::Kind::EllipseRoi
                                                : MprMeasurement::Kind::Distance;
  m_pending.points.assign(size_t(pointCount(m_pending.kind)), patientPoint(at));
  m_pending.planeNormal = normal();
  m_pending.planePosition = currentSlicePosition();
  const ScreenAxes axes = currentAxes();
  m_pending.planeRow = axes.right;
  m_pending.planeColumn = axes.down;
  m_pendingFixed = 1;
  m_placing = true;
  updateStatistics(m_pending);
  update();
}

// The points not yet placed follow the mouse.
void MprView::movePending(const QPointF& at) {
  const Eigen::Vector3d p = patientPoint(at);
  for (size_t i = size_t(m_pendingFixed); i < m_pending.points.size(); ++i) m_pending.points[i] = p;
  updateStatistics(m_pending);
  update();
}

// Places the next point; the last one completes the measurement.
void MprView::fixPendingPoint(const QPointF& at) {
  movePending(at);
  if (++m_pendingFixed < int(m_pending.points.size())) return;
  m_placing = false;
  m_measurements.push_back(m_pending);
  m_selected = int(m_measurements.size()) - 1;
  measurementsEdited();
}

// A press on a visible measurement selects it; on one of its handles, starts dragging that handle.
bool MprView::pickMeasurementHandle(const QPointF& at) {
  for (int i = int(m_measurements.size()) - 1; i >= 0; --i) {
    const MprMeasurement& m = m_measurements[size_t(i)];
    if (!measurementVisible(m)) continue;
    const std::vector<Eigen::Vector3d> handles = measurementHandles(m);
    for (size_t h = 0; h < handles.size(); ++h) {
      if (screenDistance(at, screenPoint(handles[h])) > kMeasureHandlePx) continue;
      m_selected = i;
      m_draggedHandle = int(h);
      m_drag = Drag::MeasureHandle;
      update();
      return true;
    }
    if (nearMeasurementOutline(m, at)) {
      m_selected = i;
      m_drag = Drag::None;
      update();
      return true;
    }
  }
  return false;
}

// ------------------------------------------------------------ crosshair ---

bool MprView::pickCrosshair(const QPointF& at, Qt::KeyboardModifiers modifiers) {
  if (modifiers & Qt::ControlModifier) {
    m_drag = Drag::Rotate;
    return true;
  }
  const QPointF centre = screenPoint(m_crosshair->centre());
  if (screenDistance(at, centre) <= kCentrePickPx) {
    m_drag = Drag::MoveCentre;
    return true;
  }
  const ScreenAxes axes = currentAxes();
  const double handleRadius = 0.35 * std::min(width(), height());
  for (View other : {View::Axial, View::Coronal, View::Sagittal}) {
    if (other == m_view) continue;
    const Eigen::Vector3d d = normal().cross(m_crosshair->normal(other));
    QPointF u(d.dot(axes.right), d.dot(axes.down));
    const double len = std::hypot(u.x(), u.y());
    if (len < 1e-9) continue;
    u /= len;
    for (double side : {-1.0, 1.0}) {
      if (screenDistance(at, centre + side * handleRadius * u) <= kHandlePickPx) {
        m_drag = Drag::Rotate;
        return true;
      }
    }
    const QPointF rel = at - centre;
    if (std::abs(rel.x() * u.y() - rel.y() * u.x()) <= kLinePickPx) {
      m_drag = Drag::MovePlane;
      m_draggedPlane = other;
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- input ---

void MprView::mousePressEvent(QMouseEvent* e) {
  m_pressPos = m_lastPos = e->position();
  m_drag = Drag::None;
  if (!m_volume) return;
  const QPointF at = e->position();
  if (e->button() == Qt::LeftButton) {
    if (e->modifiers() & Qt::ShiftModifier) {
      m_drag = Drag::Pan;
    } else if (m_tool == Tool::AdjustFusion) {
      m_drag = e->modifiers() & Qt::ControlModifier ? Drag::FusionTurn : Drag::FusionMove;
    } else if (!m_placing && pickMeasurementHandle(at)) {
      // selected, maybe dragging an end
    } else if (m_selected >= 0 && m_tool == Tool::Navigate) {
      m_selected = -1;  // a press elsewhere deselects
      update();
      if (!pickCrosshair(at, e->modifiers())) m_drag = Drag::WindowLevel;
    } else if (isMeasuringTool(m_tool)) {
      if (m_placing) {
        fixPendingPoint(at);
      } else {
        beginMeasurement(at);
        m_drag = Drag::Measuring;
      }
    } else if (!pickCrosshair(at, e->modifiers())) {
      m_drag = Drag::WindowLevel;
    }
  } else if (e->button() == Qt::RightButton) {
    m_drag = Drag::Zoom;
  } else if (e->button() == Qt::MiddleButton) {
    m_drag = Drag::Pan;
  }
}

void MprView::mouseMoveEvent(QMouseEvent* e) {
  const QPointF at = e->position();
  const QPointF delta = at - m_lastPos;
  if (!m_volume) return;
  if (m_drag != Drag::None) markInteractive();
  switch (m_drag) {
    case Drag::WindowLevel: {
      // Sensitivity follows the window, so narrow brain windows stay controllable.
      const double perPixel = std::max(m_windowWidth, 20.0) / 256;
      setWindow(m_windowCenter + delta.y() * perPixel, m_windowWidth + delta.x() * perPixel);
      break;
    }
    case Drag::Zoom: setZoom(m_zoom * std::exp(-delta.y() * 0.01)); break;
    case Drag::Pan: setPan(m_panMm - Eigen::Vector2d(delta.x(), delta.y()) * mmPerScreenPixel()); break;
    case Drag::MoveCentre:
      m_crosshair->setCentre(patientPoint(at));
      crosshairMoved();
      break;
    case Drag::MovePlane: {
      const Eigen::Vector3d n = m_crosshair->normal(m_draggedPlane).normalized();
      m_crosshair->moveCentre(n * n.dot(patientPoint(at) - patientPoint(m_lastPos)));
      crosshairMoved();
      break;
    }
    case Drag::Rotate: {
      const QPointF centre = screenPoint(m_crosshair->centre());
      const QPointF from = m_lastPos - centre, to = at - centre;
      if (std::hypot(from.x(), from.y()) < 2 || std::hypot(to.x(), to.y()) < 2) break;
      double turn = std::atan2(to.y(), to.x()) - std::atan2(from.y(), from.x());
      if (turn > kPi) turn -= 2 * kPi;
      if (turn < -kPi) turn += 2 * kPi;
      // Screen angles grow clockwise (y down); the model's positive turn is
      // clockwise seen along its normal, so a flipped picture turns the other way.
      const ScreenAxes axes = currentAxes();
      const double handedness = axes.right.cross(axes.down).dot(normal()) > 0 ? 1 : -1;
      m_crosshair->rotate(m_view, handedness * turn);
      crosshairMoved();
      break;
    }
    case Drag::MeasureHandle:
      if (m_selected >= 0) {
        MprMeasurement& m = m_measurements[size_t(m_selected)];
        m_draggedHandle = moveHandle(m, m_draggedHandle, patientPoint(at));
        measurementsEdited();
      }
      break;
    case Drag::FusionMove: moveFusion(m_lastPos, at); break;
    case Drag::FusionTurn: turnFusion(m_lastPos, at); break;
    case Drag::Measuring:
    case Drag::None:
      if (m_placing) movePending(at);
      break;
  }
  m_lastPos = at;
}

void MprView::mouseReleaseEvent(QMouseEvent* e) {
  // Press, drag and release places the next point as well as a click does
  // (a distance or an ellipse ROI in one drag).
  if (m_drag == Drag::Measuring && m_placing && screenDistance(e->position(), m_pressPos) > 3)
    fixPendingPoint(e->position());
  m_drag = Drag::None;
}

void MprView::mouseDoubleClickEvent(QMouseEvent*) {
  m_drag = Drag::None;
  emit doubleClicked();
}

void MprView::wheelEvent(QWheelEvent* e) {
  // Notches of 120; wheel towards the reader = next slice, as in RadiAnt.
  const int steps = e->angleDelta().y() / 120;
  if (steps) {
    markInteractive();
    scrollSlices(-steps);
  }
  e->accept();
}

void MprView::keyPressEvent(QKeyEvent* e) {
  if (!m_volume) return QWidget::keyPressEvent(e);
  const bool ctrl = e->modifiers() & Qt::ControlModifier;
  const int key = e->key();
  if (key >= Qt::Key_1 && key <= Qt::Key_9 && !ctrl) {
    if (!applyPreset(key - Qt::Key_0)) QWidget::keyPressEvent(e);
    return;
  }
  if (e->isAutoRepeat() || key == Qt::Key_Up || key == Qt::Key_Down) markInteractive();
  if (!ctrl && fusionKey(key)) {
    e->accept();
    return;
  }
  switch (key) {
    case Qt::Key_Down: scrollSlices(1); break;
    case Qt::Key_Up: scrollSlices(-1); break;
    case Qt::Key_PageDown: scrollSlices(kPageSlices); break;
    case Qt::Key_PageUp: scrollSlices(-kPageSlices); break;
    case Qt::Key_Home: goToFirstSlice(); break;
    case Qt::Key_End: goToLastSlice(); break;
    case Qt::Key_R:
      if (ctrl)
        rotateQuarterTurns(e->modifiers() & Qt::ShiftModifier ? -1 : 1);
      else
        reset();
      break;
    case Qt::Key_I: setInverted(!m_inverted); break;
    case Qt::Key_H: setFlipped(!m_flipHorizontal, m_flipVertical); break;
    case Qt::Key_V: setFlipped(m_flipHorizontal, !m_flipVertical); break;
    case Qt::Key_C: setCinePlaying(!isCinePlaying()); break;
    case Qt::Key_M: cycleSlabMode(); break;
    case Qt::Key_BracketLeft: setSlab(m_slab.mode, m_slab.thicknessMm - kSlabThicknessStepMm); break;
    case Qt::Key_BracketRight: setSlab(m_slab.mode, m_slab.thicknessMm + kSlabThicknessStepMm); break;
    case Qt::Key_D: toggleTool(Tool::Distance); break;
    case Qt::Key_G: toggleTool(Tool::Angle); break;
    case Qt::Key_O: toggleTool(Tool::EllipseRoi); break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: removeSelectedMeasurement(); break;
    case Qt::Key_Escape:
      if (!m_placing) return QWidget::keyPressEvent(e);
      m_placing = false;
      update();
      break;
    default: QWidget::keyPressEvent(e); return;
  }
  e->accept();
}

// --------------------------------------------------------------- fusion ---

void MprView::setFusion(std::shared_ptr<const Volume> overlay, const Eigen::Matrix4d& baseToOverlay,
                        const FusionOptions& options, const QString& overlayDescription) {
  if (!overlay || overlay->isEmpty()) return clearFusion();
  m_overlay = std::move(overlay);
  m_fusionTransform = baseToOverlay;
  m_fusionOptions = options;
  m_fusionDescription = overlayDescription;
  invalidate();
}

void MprView::clearFusion() {
  m_overlay.reset();
  m_fusionTransform.setIdentity();
  m_fusionDescription.clear();
  m_overlaySamples = {};
  m_fused = QImage();
  if (m_tool == Tool::AdjustFusion) setTool(Tool::Navigate);
  invalidate();
}

void MprView::setFusionOptions(const FusionOptions& options) {
  if (options == m_fusionOptions) return;
  m_fusionOptions = options;
  invalidate();
}

void MprView::setFusionTransform(const Eigen::Matrix4d& baseToOverlay) {
  if (baseToOverlay == m_fusionTransform) return;
  m_fusionTransform = baseToOverlay;
  invalidate();
}

void MprView::changeFusionOptions(const FusionOptions& options) {
  setFusionOptions(options);
  emit fusionOptionsChanged(m_fusionOptions);
}

// The overlay follows the mouse: what showed at `from` now shows at `to`, so
// the base-to-overlay map first undoes the drag (T' = T · shift(−d)).
void MprView::moveFusion(const QPointF& from, const QPointF& to) {
  const Eigen::Vector3d shift = patientPoint(to) - patientPoint(from);
  const Eigen::Affine3d undo(Eigen::Translation3d(-shift));
  m_fusionTransform = m_fusionTransform * undo.matrix();
  invalidate();
  emit fusionTransformChanged(m_fusionTransform);
}

// Turns the overlay about the screen's normal through the crosshair centre
// by the angle the mouse swept around it. Right × down is that normal (a
// flip reverses it), and a right-hand turn about it is clockwise on screen,
// as screen angles grow; the map undoes the turn (T' = T · turn⁻¹).
void MprView::turnFusion(const QPointF& from, const QPointF& to) {
  const QPointF centre = screenPoint(m_crosshair->centre());
  const QPointF a = from - centre, b = to - centre;
  if (std::hypot(a.x(), a.y()) < 2 || std::hypot(b.x(), b.y()) < 2) return;
  double angle = std::atan2(b.y(), b.x()) - std::atan2(a.y(), a.x());
  if (angle > kPi) angle -= 2 * kPi;
  if (angle < -kPi) angle += 2 * kPi;
  const ScreenAxes axes = currentAxes();
  m_fusionTransform = m_fusionTransform * turnAbout(m_crosshair->centre(), axes.right.cross(axes.down), -angle);
  invalidate();
  emit fusionTransformChanged(m_fusionTransform);
}

// F, comma, period, B and A: only with a fusion; false leaves the key to the parent.
bool MprView::fusionKey(int key) {
  if (!m_overlay) return false;
  FusionOptions o = m_fusionOptions;
  switch (key) {
    case Qt::Key_F: o.visible = !o.visible; break;
    case Qt::Key_Comma: o.opacity = std::max(0.0, std::round((o.opacity - kFusionOpacityStep) * 10) / 10); break;
    case Qt::Key_Period: o.opacity = std::min(1.0, std::round((o.opacity + kFusionOpacityStep) * 10) / 10); break;
    case Qt::Key_B: o.blend = FusionBlend((int(o.blend) + 1) % 3); break;
    case Qt::Key_A: setTool(m_tool == Tool::AdjustFusion ? Tool::Navigate : Tool::AdjustFusion); return true;
    default: return false;
  }
  changeFusionOptions(o);
  return true;
}

// ------------------------------------------------------------------ cine ---

void MprView::setCineFrameRate(double framesPerSecond) {
  m_cineFps = std::clamp(framesPerSecond, 0.5, 60.0);
  m_cine->setInterval(int(std::lround(1000.0 / m_cineFps)));
}

void MprView::setCinePlaying(bool playing) {
  if (playing && m_volume)
    m_cine->start();
  else
    m_cine->stop();
}

bool MprView::isCinePlaying() const { return m_cine->isActive(); }

}  // namespace yunyue
