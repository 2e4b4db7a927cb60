#include "viewer/ThinSliceReconstruction.h"

#include "viewer/ResliceEngine.h"
#include "viewer/VolumeBridges.h"

#include <QCoreApplication>

// ITK 5.2 parses its bundled Eigen 3.3 Eigenvalues module (via itkTransform ->
// itkSymmetricEigenAnalysis) on top of the system Eigen 3.4 Core our headers
// already included; 3.4 dropped this macro. Those templates are never
// instantiated here, they only have to parse.
#ifndef EIGEN_USING_STD_MATH
#define EIGEN_USING_STD_MATH(FUNC) using std::FUNC;
#endif
#include <itkBSplineInterpolateImageFunction.h>
#include <itkImage.h>
#include <itkLinearInterpolateImageFunction.h>
#include <itkResampleImageFilter.h>
#include <itkWindowedSincInterpolateImageFunction.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace yunyue {
namespace {

using Image = itk::Image<float, 3>;
using InterpolatorBase = itk::InterpolateImageFunction<Image, double>;

InterpolatorBase::Pointer makeInterpolator(ThinSliceInterpolation interpolation) {
  switch (interpolation) {
    case ThinSliceInterpolation::BSpline: {
      auto bspline = itk::BSplineInterpolateImageFunction<Image, double, double>::New();
      bspline->SetSplineOrder(3);
      return bspline.GetPointer();
    }
    case ThinSliceInterpolation::WindowedSinc:
      return itk::WindowedSincInterpolateImageFunction<Image, 3, itk::Function::LanczosWindowFunction<3>>::New()
          .GetPointer();
    case ThinSliceInterpolation::Linear:
      break;
  }
  return itk::LinearInterpolateImageFunction<Image, double>::New().GetPointer();
}

ViewerError requestError(const QString& detail) {
  return {ViewerErrorCode::UnsupportedImage,
          QCoreApplication::translate("yunyue::ThinSliceReconstruction", "This reconstruction cannot be made."),
          detail};
}

}  // namespace

ThinSliceResult reconstructThinSlices(const Volume& source, const ThinSliceRequest& request) {
  ThinSliceResult result;
  const ImageGeometry& g = source.geometry();
  const Eigen::Vector3d r = request.rowDirection.normalized();
  const Eigen::Vector3d c = request.columnDirection.normalized();
  if (source.isEmpty()) {
    result.error = requestError(QStringLiteral("empty source volume"));
    return result;
  }
  if (!r.allFinite() || !c.allFinite() || std::abs(r.dot(c)) > 1e-6 || !(request.sliceSpacingMm > 0) ||
      !(request.pixelSpacing.minCoeff() >= 0) || request.slices < 0) {
    result.error = requestError(QStringLiteral("directions not orthogonal, or spacing not positive"));
    return result;
  }
  const Eigen::Vector3d n = r.cross(c);
  const double finest = g.spacing.minCoeff();
  const Eigen::Vector2d spacing(request.pixelSpacing.x() > 0 ? request.pixelSpacing.x() : finest,
                                request.pixelSpacing.y() > 0 ? request.pixelSpacing.y() : finest);

  // The grid: the extent of the source's voxel centres along r, c and n.
  Eigen::Vector3d lo = Eigen::Vector3d::Constant(std::numeric_limits<double>::infinity());
  Eigen::Vector3d hi = -lo;
  for (int corner = 0; corner < 8; ++corner) {
    const Eigen::Vector3d ijk((corner & 1) ? g.size.x() - 1 : 0, (corner & 2) ? g.size.y() - 1 : 0,
                              (corner & 4) ? g.size.z() - 1 : 0);
    const Eigen::Vector3d p = g.indexToPatient(ijk);
    const Eigen::Vector3d q(p.dot(r), p.dot(c), p.dot(n));
    lo = lo.cwiseMin(q);
    hi = hi.cwiseMax(q);
  }
  const double dz = request.sliceSpacingMm;
  const long columns = long(std::floor((hi.x() - lo.x()) / spacing.x() + 1e-6)) + 1;
  const long rows = long(std::floor((hi.y() - lo.y()) / spacing.y() + 1e-6)) + 1;
  long slices = long(std::floor((hi.z() - lo.z()) / dz + 1e-6)) + 1;
  double firstZ = lo.z();
  if (request.slices > 0) {
    const Eigen::Vector3d centre = std::isnan(request.centreLps.x())
                                       ? g.indexToPatient(0.5 * (g.size.cast<double>() - Eigen::Vector3d::Ones()))
                                       : request.centreLps;
    slices = request.slices;
    firstZ = centre.dot(n) - 0.5 * double(slices - 1) * dz;
  }
  // Refuse what would not fit in memory comfortably (2^31 voxels: 8 GiB of float).
  if (double(columns) * double(rows) * double(slices) > double(1ull << 31)) {
    result.error = {ViewerErrorCode::VolumeTooLarge,
                    QCoreApplication::translate("yunyue::ThinSliceReconstruction",
                                                "The reconstruction is too large. Choose a larger spacing."),
                    QStringLiteral("%1 x %2 x %3 voxels").arg(columns).arg(rows).arg(slices)};
    return result;
  }

  ImageGeometry out;
  out.size = Eigen::Vector3i(int(columns), int(rows), int(slices));
  out.spacing = Eigen::Vector3d(spacing.x(), spacing.y(), dz);
  out.direction.col(0) = r;
  out.direction.col(1) = c;
  out.direction.col(2) = n;
  out.origin = lo.x() * r + lo.y() * c + firstZ * n;
  result.volume = Volume(out);
  result.sliceThicknessMm = request.sliceThicknessMm > 0 ? request.sliceThicknessMm : dz;

  // Thick: a box of evenly spaced thin samples per slice (ResliceEngine's slab convention).
  const bool thick = request.sliceThicknessMm > dz;
  SlabSampling sampling;
  if (thick) sampling = slabSampling(g, SlabOptions{SlabMode::Average, request.sliceThicknessMm, 0});
  result.samplesPerSlice = sampling.count;

  try {
    // The view only reads the voxels; ITK's API wants a non-const image.
    const Image::Pointer input = asItkImage(const_cast<Volume&>(source));
    // One interpolator for every run: the B-spline coefficients are computed
    // once (its coefficient filter does not re-run while the input is unchanged).
    const InterpolatorBase::Pointer interpolator = makeInterpolator(request.interpolation);
    Image::DirectionType direction;
    for (unsigned a = 0; a < 3; ++a)
      for (unsigned b = 0; b < 3; ++b) direction(a, b) = out.direction(int(a), int(b));

    // ITK's windowed sinc does not normalise its weights: a constant comes
    // back scaled by a few per cent (measured: a 900 HU peak off by 4 HU).
    // Dividing by the same resample of an image of ones restores it, at the
    // cost of one more source-sized buffer and twice the work.
    const bool normalise = request.interpolation == ThinSliceInterpolation::WindowedSinc;
    Volume ones;
    Image::Pointer onesImage;
    InterpolatorBase::Pointer onesInterpolator;
    if (normalise) {
      ones = Volume(g);
      std::fill(ones.data(), ones.data() + ones.voxelCount(), 1.0f);
      onesImage = asItkImage(ones);
      onesInterpolator = makeInterpolator(request.interpolation);
    }

    // Resamples `count` planes from originLps on, zStep apart along n.
    auto resample = [&](const Image::Pointer& image, const InterpolatorBase::Pointer& with, float outside,
                        const Eigen::Vector3d& originLps, int count, double zStep) {
      auto filter = itk::ResampleImageFilter<Image, Image, double>::New();
      filter->SetInput(image);
      filter->SetInterpolator(with);
      filter->SetDefaultPixelValue(outside);
      Image::PointType origin;
      Image::SpacingType sp;
      Image::SizeType size;
      for (unsigned a = 0; a < 3; ++a) origin[a] = originLps[int(a)];
      sp[0] = spacing.x();
      sp[1] = spacing.y();
      sp[2] = zStep > 0 ? zStep : 1.0;
      size[0] = itk::SizeValueType(columns);
      size[1] = itk::SizeValueType(rows);
      size[2] = itk::SizeValueType(count);
      filter->SetOutputOrigin(origin);
      filter->SetOutputSpacing(sp);
      filter->SetOutputDirection(direction);
      filter->SetSize(size);
      filter->Update();
      return Image::Pointer(filter->GetOutput());
    };
    auto run = [&](const Eigen::Vector3d& originLps, int count, double zStep) {
      const Image::Pointer values = resample(input, interpolator, request.background, originLps, count, zStep);
      if (normalise) {
        const Image::Pointer weights = resample(onesImage, onesInterpolator, 1.0f, originLps, count, zStep);
        float* v = values->GetBufferPointer();
        const float* w = weights->GetBufferPointer();
        const size_t total = size_t(columns) * size_t(rows) * size_t(count);
        for (size_t p = 0; p < total; ++p)
          if (std::abs(w[p]) > 1e-3f) v[p] /= w[p];
      }
      return values;
    };

    const size_t plane = result.volume.sliceVoxels();
    if (!thick) {
      // Chunks of slices bound the ITK output buffer next to the volume.
      constexpr int chunk = 32;
      for (int k0 = 0; k0 < out.size.z(); k0 += chunk) {
        const int count = std::min(chunk, out.size.z() - k0);
        const Image::Pointer part = run(out.origin + double(k0) * dz * n, count, dz);
        std::memcpy(result.volume.slice(k0), part->GetBufferPointer(), plane * size_t(count) * sizeof(float));
      }
    } else {
      for (int k = 0; k < out.size.z(); ++k) {
        const Image::Pointer part =
            run(out.origin + (double(k) * dz + sampling.firstOffsetMm) * n, sampling.count, sampling.spacingMm);
        const float* samples = part->GetBufferPointer();
        float* dst = result.volume.slice(k);
        for (size_t p = 0; p < plane; ++p) {
          double sum = 0;
          for (int m = 0; m < sampling.count; ++m) sum += double(samples[size_t(m) * plane + p]);
          dst[p] = float(sum / double(sampling.count));
        }
      }
    }
  } catch (const itk::ExceptionObject& e) {
    result.volume = Volume();
    result.error = {ViewerErrorCode::UnsupportedImage,
                    QCoreApplication::translate("yunyue::ThinSliceReconstruction", "The reconstruction failed."),
                    QString::fromLocal8Bit(e.what())};
  }
  return result;
}

LinkedSlices linkedSlices(const LinkedSeries& from, const LinkedSeries& to, const Eigen::Vector3d& positionLps) {
  LinkedSlices result;
  if (from.frameOfReferenceUid.isEmpty() || from.frameOfReferenceUid != to.frameOfReferenceUid) {
    result.error = {
        ViewerErrorCode::InconsistentSeries,
        QCoreApplication::translate("yunyue::ThinSliceReconstruction",
                                    "These series are not in one frame of reference and cannot be linked."),
        QStringLiteral("FrameOfReferenceUID %1 vs %2").arg(from.frameOfReferenceUid, to.frameOfReferenceUid)};
    return result;
  }
  const ImageGeometry& gf = from.geometry;
  const ImageGeometry& gt = to.geometry;
  const Eigen::Vector3d nf = gf.sliceNormal();
  const Eigen::Vector3d nt = gt.sliceNormal();
  const double kf = gf.patientToIndex(positionLps).z();
  const long kfRound = std::lround(kf);
  if (kfRound < 0 || kfRound >= gf.size.z()) return result;

  if (std::abs(nf.dot(nt)) < 1 - 1e-4) {  // different orientations: the nearest slice
    const long kt = std::lround(gt.patientToIndex(positionLps).z());
    if (kt >= 0 && kt < gt.size.z()) result.slices.push_back(int(kt));
    return result;
  }
  // The centre of the slice of `from` under the position, along nt.
  const double centre = (positionLps + (double(kfRound) - kf) * gf.spacing.z() * nf).dot(nt);
  const double widthFrom = from.sliceThicknessMm > 0 ? from.sliceThicknessMm : gf.spacing.z();
  const double widthTo = to.sliceThicknessMm > 0 ? to.sliceThicknessMm : gt.spacing.z();
  constexpr double eps = 1e-6;
  for (int k = 0; k < gt.size.z(); ++k) {
    const double d = gt.indexToPatient(Eigen::Vector3d(0, 0, k)).dot(nt) - centre;
    if (d >= -0.5 * widthFrom - eps && d < 0.5 * widthFrom - eps) result.slices.push_back(k);
  }
  if (result.slices.empty())
    for (int k = 0; k < gt.size.z(); ++k) {
      const double d = gt.indexToPatient(Eigen::Vector3d(0, 0, k)).dot(nt) - centre;
      if (std::abs(d) <= 0.5 * widthTo + eps) result.slices.push_back(k);
    }
  return result;
}

}  // namespace yunyue
