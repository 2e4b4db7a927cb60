#include "viewer/Registration.h"

#include "viewer/VolumeBridges.h"

#include <QCoreApplication>

// ITK 5.2 parses its bundled Eigen 3.3 Eigenvalues module on top of the
// system Eigen 3.4 our headers already included; 3.4 dropped this macro
// (see ThinSliceReconstruction.cpp).
#ifndef EIGEN_USING_STD_MATH
#define EIGEN_USING_STD_MATH(FUNC) using std::FUNC;
#endif
#include <itkCenteredTransformInitializer.h>
#include <itkImage.h>
#include <itkImageRegistrationMethodv4.h>
#include <itkMattesMutualInformationImageToImageMetricv4.h>
#include <itkRegistrationParameterScalesFromPhysicalShift.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>
#include <itkVersorRigid3DTransform.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>

namespace yunyue {
namespace {

using Image = itk::Image<float, 3>;
using Transform = itk::VersorRigid3DTransform<double>;
using Optimizer = itk::RegularStepGradientDescentOptimizerv4<double>;
using Metric = itk::MattesMutualInformationImageToImageMetricv4<Image, Image>;
using Method = itk::ImageRegistrationMethodv4<Image, Image, Transform>;
using Scales = itk::RegistrationParameterScalesFromPhysicalShift<Metric>;
using Initializer = itk::CenteredTransformInitializer<Transform, Image, Image>;

ViewerError registrationError(ViewerErrorCode code, const QString& message, const QString& detail = {}) {
  return {code, message, detail};
}

// A copy with values outside [lower, upper] clamped, so that air (-1000)
// and metal do not take most of the joint histogram's range and samples.
Volume clampedCopy(const Volume& source, float lower, float upper) {
  Volume copy(source.geometry());
  const float* in = source.data();
  float* out = copy.data();
  for (size_t n = 0; n < source.voxelCount(); ++n) out[n] = std::clamp(in[n], lower, upper);
  return copy;
}

int shrinkFactor(const RegistrationOptions& options, int level) {
  const int coarser = options.levels - 1 - level;
  return std::max(1, options.finestShrinkFactor) << coarser;
}

// Share of a level's voxels to sample for about options.samplesPerLevel points.
double samplingShare(const ImageGeometry& g, int shrink, int samples) {
  double voxels = 1;
  for (int axis = 0; axis < 3; ++axis) voxels *= std::max(1, g.size[axis] / shrink);
  return std::clamp(double(samples) / voxels, 0.0001, 1.0);
}

RigidTransform toRigid(const Transform& t) {
  RigidTransform r;
  const auto& m = t.GetMatrix();
  const auto& offset = t.GetOffset();
  for (int row = 0; row < 3; ++row) {
    for (int col = 0; col < 3; ++col) r.rotation(row, col) = m(row, col);
    r.translation[row] = offset[row];
  }
  return r;
}

// Thrown from the iteration observer when the caller's progress callback
// says stop; unwinds the optimizer and the level loop at once.
struct Cancelled {};

}  // namespace

RegistrationResult registerRigid(const Volume& fixed, const Volume& moving, const RegistrationOptions& options,
                                 const std::function<bool(const RegistrationProgress&)>& progress) {
  RegistrationResult result;
  const auto start = std::chrono::steady_clock::now();
  if (fixed.isEmpty() || moving.isEmpty()) {
    result.error = registrationError(
        ViewerErrorCode::RegistrationFailed,
        QCoreApplication::translate("yunyue::Registration", "There is no image to register: one of the two series is empty."));
    return result;
  }
  if (options.levels < 1 || options.histogramBins < 5 || options.samplesPerLevel < 1) {
    result.error = registrationError(ViewerErrorCode::RegistrationFailed,
                                     QCoreApplication::translate("yunyue::Registration", "The registration settings are not valid."));
    return result;
  }

  // ITK views of the voxels: clamped copies, or the volumes themselves.
  // Registration only reads its inputs, so the const_cast writes nothing.
  const bool clamp = options.clampLower < options.clampUpper;
  std::optional<Volume> fixedClamped, movingClamped;
  if (clamp) {
    fixedClamped.emplace(clampedCopy(fixed, options.clampLower, options.clampUpper));
    movingClamped.emplace(clampedCopy(moving, options.clampLower, options.clampUpper));
  }
  Image::Pointer fixedImage = asItkImage(clamp ? *fixedClamped : const_cast<Volume&>(fixed));
  Image::Pointer movingImage = asItkImage(clamp ? *movingClamped : const_cast<Volume&>(moving));

  auto transform = Transform::New();
  auto initializer = Initializer::New();
  initializer->SetTransform(transform);
  initializer->SetFixedImage(fixedImage);
  initializer->SetMovingImage(movingImage);
  initializer->GeometryOn();  // centres of the two volumes; moments are meaningless with negative HU
  initializer->InitializeTransform();

  auto metric = Metric::New();
  metric->SetNumberOfHistogramBins(options.histogramBins);
  // Gradients at the samples only: a gradient filter over the whole volume
  // per level costs more than the optimization.
  metric->SetUseMovingImageGradientFilter(false);
  metric->SetUseFixedImageGradientFilter(false);

  auto scales = Scales::New();
  scales->SetMetric(metric);

  auto optimizer = Optimizer::New();
  optimizer->SetLearningRate(options.initialStepMm);
  optimizer->SetMinimumStepLength(options.minimumStepMm);
  optimizer->SetRelaxationFactor(options.relaxation);
  optimizer->SetNumberOfIterations(options.iterationsPerLevel);
  optimizer->SetGradientMagnitudeTolerance(1e-8);
  optimizer->SetScalesEstimator(scales);
  optimizer->SetDoEstimateLearningRateOnce(false);
  optimizer->SetDoEstimateLearningRateAtEachIteration(false);

  auto method = Method::New();
  method->SetFixedImage(fixedImage);
  method->SetMovingImage(movingImage);
  method->SetMetric(metric);
  method->SetOptimizer(optimizer);
  method->SetInitialTransform(transform);
  method->InPlaceOn();
  method->SetNumberOfLevels(itk::SizeValueType(options.levels));
  Method::ShrinkFactorsArrayType shrink(itk::SizeValueType(options.levels));
  Method::SmoothingSigmasArrayType sigmas(itk::SizeValueType(options.levels));
  Method::MetricSamplingPercentageArrayType sampling(itk::SizeValueType(options.levels));
  for (int level = 0; level < options.levels; ++level) {
    const int factor = shrinkFactor(options, level);
    shrink[level] = itk::SizeValueType(factor);
    sigmas[level] = factor > 1 ? 0.5 * factor : 0.0;  // voxels of the full-resolution grid
    sampling[level] = samplingShare(fixed.geometry(), factor, options.samplesPerLevel);
  }
  method->SetShrinkFactorsPerLevel(shrink);
  method->SetSmoothingSigmasPerLevel(sigmas);
  method->SetSmoothingSigmasAreSpecifiedInPhysicalUnits(false);
  method->SetMetricSamplingStrategy(Method::MetricSamplingStrategyEnum::RANDOM);
  method->SetMetricSamplingPercentagePerLevel(sampling);
  method->MetricSamplingReinitializeSeed(int(options.randomSeed));
  if (options.threads > 0) {
    method->SetNumberOfWorkUnits(itk::ThreadIdType(options.threads));
    metric->SetMaximumNumberOfWorkUnits(itk::ThreadIdType(options.threads));
    optimizer->SetNumberOfWorkUnits(itk::ThreadIdType(options.threads));
  }

  optimizer->AddObserver(itk::IterationEvent(), [&](const itk::EventObject&) {
    ++result.iterations;
    RegistrationProgress p;
    p.level = int(method->GetCurrentLevel());
    p.levels = options.levels;
    p.iteration = int(optimizer->GetCurrentIteration());
    p.metric = optimizer->GetCurrentMetricValue();
    if (progress && !progress(p)) throw Cancelled{};
  });

  try {
    method->Update();
    result.finalMetric = optimizer->GetCurrentMetricValue();
  } catch (const Cancelled&) {
    result.cancelled = true;
    result.error = registrationError(ViewerErrorCode::RegistrationCanceled,
                                     QCoreApplication::translate("yunyue::Registration", "The registration was stopped."));
  } catch (const itk::ExceptionObject& e) {
    result.error = registrationError(
        ViewerErrorCode::RegistrationFailed,
        QCoreApplication::translate("yunyue::Registration", "The two series could not be registered: they may not overlap enough."),
                                     QString::fromLocal8Bit(e.GetDescription()));
  }
  result.fixedToMoving = toRigid(*transform);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

Volume resampleRigid(const Volume& source, const RigidTransform& outputToSource, const ImageGeometry& outputGeometry,
                     float outside) {
  Volume output(outputGeometry);
  const ImageGeometry& in = source.geometry();
  // Output index -> source index is affine: index = A * ijk + b.
  const Eigen::Matrix3d toSourceIndex = in.spacing.cwiseInverse().asDiagonal() * in.direction.transpose();
  const Eigen::Matrix3d a = toSourceIndex * outputToSource.rotation * outputGeometry.direction *
                            outputGeometry.spacing.asDiagonal();
  const Eigen::Vector3d b = toSourceIndex * (outputToSource.apply(outputGeometry.origin) - in.origin);
  const int nx = in.size.x(), ny = in.size.y(), nz = in.size.z();
  const size_t rowStride = size_t(nx), sliceStride = size_t(nx) * size_t(ny);
  const float* voxels = source.data();
  float* out = output.data();
  for (int k = 0; k < outputGeometry.size.z(); ++k)
    for (int j = 0; j < outputGeometry.size.y(); ++j) {
      Eigen::Vector3d index = a * Eigen::Vector3d(0, j, k) + b;
      for (int i = 0; i < outputGeometry.size.x(); ++i, index += a.col(0)) {
        const double x = std::floor(index.x()), y = std::floor(index.y()), z = std::floor(index.z());
        // Trilinear needs the 2×2×2 neighbours inside the source.
        if (x < 0 || y < 0 || z < 0 || x >= nx - 1 || y >= ny - 1 || z >= nz - 1) {
          *out++ = outside;
          continue;
        }
        const double fx = index.x() - x, fy = index.y() - y, fz = index.z() - z;
        const float* p = voxels + size_t(x) + rowStride * size_t(y) + sliceStride * size_t(z);
        auto lerp = [](double u, double v, double t) { return u + (v - u) * t; };
        const double c00 = lerp(p[0], p[1], fx), c10 = lerp(p[rowStride], p[rowStride + 1], fx);
        const double c01 = lerp(p[sliceStride], p[sliceStride + 1], fx);
        const double c11 = lerp(p[sliceStride + rowStride], p[sliceStride + rowStride + 1], fx);
        *out++ = float(lerp(lerp(c00, c10, fy), lerp(c01, c11, fy), fz));
      }
    }
  return output;
}

}  // namespace yunyue
