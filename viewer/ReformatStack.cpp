#include "viewer/ReformatStack.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace yunyue {
namespace {

// Larger stacks are refused before allocating (a slip of the spacing, e.g.
// 0.01 mm, would otherwise ask for tens of GB).
constexpr double kMaxStackBytes = 4.0 * 1024 * 1024 * 1024;
constexpr int kMaxImages = 4096;

ViewerError invalidRequest(const QString& detail) {
  return {ViewerErrorCode::UnsupportedImage,
          QCoreApplication::translate("yunyue::ReformatStack", "This reformatted series cannot be made."), detail};
}

// Range of the voxel centres' projections onto a unit direction, mm from pointLps.
void extentAlong(const ImageGeometry& g, const Eigen::Vector3d& pointLps, const Eigen::Vector3d& direction,
                 double* lo, double* hi) {
  *lo = std::numeric_limits<double>::max();
  *hi = std::numeric_limits<double>::lowest();
  for (int corner = 0; corner < 8; ++corner) {
    const Eigen::Vector3d ijk((corner & 1) ? g.size.x() - 1 : 0, (corner & 2) ? g.size.y() - 1 : 0,
                              (corner & 4) ? g.size.z() - 1 : 0);
    const double d = (g.indexToPatient(ijk) - pointLps).dot(direction);
    *lo = std::min(*lo, d);
    *hi = std::max(*hi, d);
  }
}

// Image positions along the normal: on the voxel centres when the extent is
// a whole number of steps (an axial stack at the slice spacing resamples
// nothing), otherwise centred on the extent. First offset and count.
std::pair<double, int> stackPositions(double lo, double hi, double spacing) {
  const double cells = (hi - lo) / spacing;
  const double whole = std::round(cells);
  if (std::abs(cells - whole) < 1e-6) return {lo, int(whole) + 1};
  const int count = int(std::floor(cells)) + 1;
  return {0.5 * (lo + hi) - 0.5 * (count - 1) * spacing, count};
}

// The in-plane grid asked for: the fitted one, or square pixels / a given
// matrix centred where the fitted grid is centred.
ReslicePlane inPlaneGrid(const ReslicePlane& fitted, const ReformatStackRequest& request) {
  ReslicePlane plane = fitted;
  if (request.pixelSpacingMm > 0) {
    plane.spacing = Eigen::Vector2d(request.pixelSpacingMm, request.pixelSpacingMm);
    plane.columns = int(std::ceil((fitted.columns - 1) * fitted.spacing.x() / request.pixelSpacingMm - 1e-6)) + 1;
    plane.rows = int(std::ceil((fitted.rows - 1) * fitted.spacing.y() / request.pixelSpacingMm - 1e-6)) + 1;
  }
  if (request.columns > 0) plane.columns = request.columns;
  if (request.rows > 0) plane.rows = request.rows;
  plane.origin = fitted.centre() - 0.5 * (plane.columns - 1) * plane.spacing.x() * plane.rowDirection -
                 0.5 * (plane.rows - 1) * plane.spacing.y() * plane.columnDirection;
  return plane;
}

QString orientationName(ReformatOrientation o) {
  switch (o) {
    case ReformatOrientation::Axial: return QCoreApplication::translate("yunyue::ReformatStack", "Axial");
    case ReformatOrientation::Coronal: return QCoreApplication::translate("yunyue::ReformatStack", "Coronal");
    case ReformatOrientation::Sagittal: return QCoreApplication::translate("yunyue::ReformatStack", "Sagittal");
    case ReformatOrientation::Oblique: break;
  }
  return QCoreApplication::translate("yunyue::ReformatStack", "Oblique");
}

QString slabName(SlabMode mode) {
  switch (mode) {
    case SlabMode::Mip: return QStringLiteral("MIP");
    case SlabMode::MinIp: return QStringLiteral("MinIP");
    case SlabMode::Average: return QCoreApplication::translate("yunyue::ReformatStack", "Average");
    case SlabMode::None: break;
  }
  return QStringLiteral("MPR");
}

QString interpolationName(Interpolation i) {
  switch (i) {
    case Interpolation::Nearest: return QStringLiteral("nearest neighbour");
    case Interpolation::Cubic: return QStringLiteral("cubic");
    case Interpolation::Linear: break;
  }
  return QStringLiteral("trilinear");
}

QString mm(double v) { return QString::number(v, 'g', 4); }

}  // namespace

void setStandardDirections(const ImageGeometry& volume, ReformatStackRequest& request) {
  const Eigen::Vector3d centre = volume.indexToPatient(0.5 * (volume.size - Eigen::Vector3i::Ones()).cast<double>());
  ReslicePlane plane;
  switch (request.orientation) {
    case ReformatOrientation::Axial: plane = axialPlane(volume, centre); break;
    case ReformatOrientation::Coronal: plane = coronalPlane(volume, centre); break;
    case ReformatOrientation::Sagittal: plane = sagittalPlane(volume, centre); break;
    case ReformatOrientation::Oblique: return;
  }
  request.rowDirection = plane.rowDirection;
  request.columnDirection = plane.columnDirection;
}

ReslicePlane ReformatStack::plane(int k) const {
  const ImageGeometry& g = images.geometry();
  ReslicePlane p;
  p.origin = g.indexToPatient(Eigen::Vector3d(0, 0, k));
  p.rowDirection = g.rowDirection();
  p.columnDirection = g.columnDirection();
  p.spacing = Eigen::Vector2d(g.spacing.x(), g.spacing.y());
  p.columns = g.size.x();
  p.rows = g.size.y();
  return p;
}

ReformatStack reformatStack(const Volume& volume, const ReformatStackRequest& request) {
  ReformatStack stack;
  if (volume.isEmpty()) {
    stack.error = {ViewerErrorCode::NotAnImage,
                   QCoreApplication::translate("yunyue::ReformatStack", "There is no image to reformat."),
                   QStringLiteral("empty volume")};
    return stack;
  }
  const Eigen::Vector3d row = request.rowDirection.normalized();
  const Eigen::Vector3d column = request.columnDirection - row * row.dot(request.columnDirection);
  if (!(request.rowDirection.norm() > 1e-9) || !(column.norm() > 1e-6 * request.columnDirection.norm()) ||
      !row.allFinite() || !column.allFinite()) {
    stack.error = invalidRequest(QStringLiteral("row and column directions must be non-zero and not parallel"));
    return stack;
  }
  if (!(request.sliceSpacingMm > 0) || !std::isfinite(request.sliceSpacingMm)) {
    stack.error = invalidRequest(QStringLiteral("slice spacing %1 mm").arg(request.sliceSpacingMm));
    return stack;
  }
  if (request.slab.mode != SlabMode::None && !(request.slab.thicknessMm > 0)) {
    stack.error = invalidRequest(QStringLiteral("slab thickness %1 mm").arg(request.slab.thicknessMm));
    return stack;
  }
  const ImageGeometry& g = volume.geometry();
  const Eigen::Vector3d centre = g.indexToPatient(0.5 * (g.size - Eigen::Vector3i::Ones()).cast<double>());
  const ReslicePlane grid = inPlaneGrid(fitPlaneToVolume(g, centre, row, column.normalized()), request);
  const Eigen::Vector3d normal = grid.normal();
  double lo = 0, hi = 0;
  extentAlong(g, centre, normal, &lo, &hi);
  const auto [first, count] = stackPositions(lo, hi, request.sliceSpacingMm);

  const double bytes = double(grid.columns) * double(grid.rows) * double(count) * sizeof(float);
  if (count > kMaxImages || bytes > kMaxStackBytes || grid.columns > 65535 || grid.rows > 65535) {
    stack.error = {ViewerErrorCode::VolumeTooLarge,
                   QCoreApplication::translate("yunyue::ReformatStack",
                                               "The reformatted series would be too large; choose a larger spacing."),
                   QStringLiteral("%1 images of %2 x %3").arg(count).arg(grid.columns).arg(grid.rows)};
    return stack;
  }

  ImageGeometry out;
  out.size = Eigen::Vector3i(grid.columns, grid.rows, count);
  out.spacing = Eigen::Vector3d(grid.spacing.x(), grid.spacing.y(), request.sliceSpacingMm);
  out.origin = grid.origin + first * normal;  // grid.origin lies in the plane through the centre
  out.direction.col(0) = grid.rowDirection;
  out.direction.col(1) = grid.columnDirection;
  out.direction.col(2) = normal;
  stack.images = Volume(out);
  stack.sliceThicknessMm = request.slab.mode != SlabMode::None ? request.slab.thicknessMm : request.sliceSpacingMm;
  // One image at a time: the engine splits each image's rows across cores.
  for (int k = 0; k < count; ++k)
    reslice(volume, stack.plane(k), request.interpolation, stack.images.slice(k), request.slab, request.background);
  return stack;
}

DerivedSeriesOptions reformatSeriesOptions(const ReformatStackRequest& request, const ReformatStack& stack,
                                           DerivedSeriesOptions base) {
  const SlabMode mode = request.slab.mode;
  const QString spacing = mm(request.sliceSpacingMm);
  base.sliceThicknessMm = stack.sliceThicknessMm;
  if (mode == SlabMode::None) {
    //: Series description of a thin MPR series: plane, spacing, e.g. "Coronal MPR 5 mm".
    base.seriesDescription =
        QCoreApplication::translate("yunyue::ReformatStack", "%1 MPR %2 mm").arg(orientationName(request.orientation), spacing);
  } else {
    //: Series description of a slab series: plane, mode, thickness / spacing, e.g. "Coronal MIP 10 mm / 5 mm".
    base.seriesDescription = QCoreApplication::translate("yunyue::ReformatStack", "%1 %2 %3 mm / %4 mm")
                                 .arg(orientationName(request.orientation), slabName(mode),
                                      mm(request.slab.thicknessMm), spacing);
  }
  // DerivationDescription stays in English: it documents the method for any reader.
  const ImageGeometry& g = stack.images.geometry();
  QString how = QStringLiteral("Multiplanar reformatting, %1 interpolation, %2 images %3 mm apart, %4 x %5 mm pixels")
                    .arg(interpolationName(request.interpolation))
                    .arg(stack.count())
                    .arg(spacing, mm(g.spacing.x()), mm(g.spacing.y()));
  if (mode == SlabMode::Mip) how += QStringLiteral("; maximum intensity projection over %1 mm").arg(mm(request.slab.thicknessMm));
  if (mode == SlabMode::MinIp) how += QStringLiteral("; minimum intensity projection over %1 mm").arg(mm(request.slab.thicknessMm));
  if (mode == SlabMode::Average) how += QStringLiteral("; average over %1 mm").arg(mm(request.slab.thicknessMm));
  base.derivationDescription = how;

  // PS3.16 CID 7203 Image Derivation; ImageType value 4 per PS3.3 C.8.16.1.
  base.derivationCodes = {{QStringLiteral("113072"), QStringLiteral("DCM"), QStringLiteral("Multiplanar reformatting")}};
  base.imageTypeValue4.clear();
  switch (mode) {
    case SlabMode::Mip:
      base.imageTypeValue4 = QStringLiteral("MAXIMUM");
      base.derivationCodes.append({QStringLiteral("113078"), QStringLiteral("DCM"), QStringLiteral("Maximum intensity projection")});
      break;
    case SlabMode::MinIp:
      base.imageTypeValue4 = QStringLiteral("MINIMUM");
      base.derivationCodes.append({QStringLiteral("113079"), QStringLiteral("DCM"), QStringLiteral("Minimum intensity projection")});
      break;
    case SlabMode::Average:
      base.imageTypeValue4 = QStringLiteral("MEAN");
      base.derivationCodes.append({QStringLiteral("113049"), QStringLiteral("DCM"), QStringLiteral("Pixel by pixel mean")});
      break;
    case SlabMode::None:
      break;
  }
  return base;
}

}  // namespace yunyue
