// Rigid registration benchmark (issue 7): our registerRigid (defaults) against
// the anchor, ITK's own rigid 3D registration example settings, on the same
// demo CT pair: the demo head CT and a copy moved by a known rigid transform
// (8 degrees about an oblique axis through the centre, then (12, -7, 5) mm).
// Prints seconds, iterations, and the error against the truth (largest
// displacement error over the volume's corners, rotation error) for both,
// and the time ratio ours / anchor.
//
// The anchor follows ITK's Examples/RegistrationITKv4: ImageRegistration8
// (VersorRigid3DTransform, CenteredTransformInitializer, regular-step
// gradient descent v4: learning rate 0.2, minimum step 0.001, relaxation
// 0.5, 200 iterations, translation scale 1/1000, one level at full
// resolution, no smoothing) with ImageRegistration4's Mattes mutual
// information (24 bins, 20 % random samples; ITK's default gradient filter).
// The initializer runs both ways: GeometryOn, and MomentsOn as in the example.
//
// Run by hand (never by CI):
//   registration_bench [--data DIR] [--threads N]
// DIR: a folder of the demo CT's .dcm files (default:
// $YUNYUE_TEST_DATA/ct-head/1). Timings are wall clock on whatever else the
// machine is doing.

#include "viewer/Registration.h"
#include "viewer/VolumeBridges.h"
#include "viewer/VolumeLoader.h"

#include <QCoreApplication>
#include <QDir>

#ifndef EIGEN_USING_STD_MATH
#define EIGEN_USING_STD_MATH(FUNC) using std::FUNC;
#endif
#include <itkCenteredTransformInitializer.h>
#include <itkImage.h>
#include <itkImageRegistrationMethodv4.h>
#include <itkMattesMutualInformationImageToImageMetricv4.h>
#include <itkMultiThreaderBase.h>
#include <itkRegularStepGradientDescentOptimizerv4.h>
#include <itkVersorRigid3DTransform.h>

#include <chrono>
#include <cstdio>

using namespace yunyue;

namespace {

struct Outcome {
  RigidTransform fixedToMoving;
  double seconds = 0;
  int iterations = 0;
  bool ok = true;
};

double cornerErrorMm(const RigidTransform& a, const RigidTransform& b, const ImageGeometry& g) {
  double worst = 0;
  for (int corner = 0; corner < 8; ++corner) {
    const Eigen::Vector3d ijk((corner & 1) ? g.size.x() - 1 : 0, (corner & 2) ? g.size.y() - 1 : 0,
                              (corner & 4) ? g.size.z() - 1 : 0);
    const Eigen::Vector3d p = g.indexToPatient(ijk);
    worst = std::max(worst, (a.apply(p) - b.apply(p)).norm());
  }
  return worst;
}

// ITK's example settings, as listed above.
Outcome runItkExample(Volume& fixed, Volume& moving, bool moments) {
  using Image = itk::Image<float, 3>;
  using Transform = itk::VersorRigid3DTransform<double>;
  using Optimizer = itk::RegularStepGradientDescentOptimizerv4<double>;
  using Metric = itk::MattesMutualInformationImageToImageMetricv4<Image, Image>;
  using Method = itk::ImageRegistrationMethodv4<Image, Image, Transform>;
  const auto start = std::chrono::steady_clock::now();
  Image::Pointer fixedImage = asItkImage(fixed), movingImage = asItkImage(moving);

  auto transform = Transform::New();
  auto initializer = itk::CenteredTransformInitializer<Transform, Image, Image>::New();
  initializer->SetTransform(transform);
  initializer->SetFixedImage(fixedImage);
  initializer->SetMovingImage(movingImage);
  if (moments)
    initializer->MomentsOn();
  else
    initializer->GeometryOn();
  initializer->InitializeTransform();

  auto metric = Metric::New();
  metric->SetNumberOfHistogramBins(24);
  auto optimizer = Optimizer::New();
  Optimizer::ScalesType scales(transform->GetNumberOfParameters());
  for (unsigned i = 0; i < 6; ++i) scales[i] = i < 3 ? 1.0 : 1.0 / 1000.0;
  optimizer->SetScales(scales);
  optimizer->SetLearningRate(0.2);
  optimizer->SetMinimumStepLength(0.001);
  optimizer->SetRelaxationFactor(0.5);
  optimizer->SetNumberOfIterations(200);

  auto method = Method::New();
  method->SetFixedImage(fixedImage);
  method->SetMovingImage(movingImage);
  method->SetMetric(metric);
  method->SetOptimizer(optimizer);
  method->SetInitialTransform(transform);
  method->InPlaceOn();
  Method::ShrinkFactorsArrayType shrink(1);
  shrink[0] = 1;
  Method::SmoothingSigmasArrayType sigmas(1);
  sigmas[0] = 0;
  method->SetNumberOfLevels(1);
  method->SetShrinkFactorsPerLevel(shrink);
  method->SetSmoothingSigmasPerLevel(sigmas);
  method->SetMetricSamplingStrategy(Method::MetricSamplingStrategyEnum::RANDOM);
  method->SetMetricSamplingPercentage(0.20);
  method->MetricSamplingReinitializeSeed(121213);

  Outcome out;
  try {
    method->Update();
  } catch (const itk::ExceptionObject& e) {
    std::printf("  ITK example failed: %s\n", e.GetDescription());
    out.ok = false;
  }
  out.iterations = int(optimizer->GetCurrentIteration());
  const auto& m = transform->GetMatrix();
  const auto& offset = transform->GetOffset();
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) out.fixedToMoving.rotation(r, c) = m(r, c);
    out.fixedToMoving.translation[r] = offset[r];
  }
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return out;
}

void print(const char* name, const Outcome& o, const RigidTransform& truth, const ImageGeometry& g) {
  std::printf("%-34s %8.2f s %6d it %8.3f mm %7.3f deg%s\n", name, o.seconds, o.iterations,
              cornerErrorMm(o.fixedToMoving, truth, g), o.fixedToMoving.inverse().after(truth).rotationDegrees(),
              o.ok ? "" : "  (failed)");
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each line as it comes: the anchor takes minutes
  QString data = qEnvironmentVariable("YUNYUE_TEST_DATA") + QStringLiteral("/ct-head/1");
  int threads = 2;
  const QStringList args = app.arguments();
  for (int i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == QLatin1String("--data")) data = args[i + 1];
    if (args[i] == QLatin1String("--threads")) threads = args[i + 1].toInt();
  }
  itk::MultiThreaderBase::SetGlobalDefaultNumberOfThreads(itk::ThreadIdType(threads));
  itk::MultiThreaderBase::SetGlobalMaximumNumberOfThreads(itk::ThreadIdType(threads));

  QStringList files;
  for (const QString& name : QDir(data).entryList({QStringLiteral("*.dcm")}, QDir::Files))
    files << QDir(data).filePath(name);
  VolumeLoadOutcome loaded = loadVolume(files);
  if (!loaded.ok()) {
    std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(data), qPrintable(loaded.error.message));
    return 2;
  }
  Volume& fixed = loaded.volume;
  const ImageGeometry& g = fixed.geometry();
  const Eigen::Vector3d centre = g.indexToPatient((g.size.cast<double>() - Eigen::Vector3d::Ones()) / 2);
  const RigidTransform truth = RigidTransform::aboutCenter({1, 1, 0.5}, 8, centre, {12, -7, 5});
  Volume moving = resampleRigid(fixed, truth.inverse(), g);
  std::printf("demo CT %dx%dx%d, %.3fx%.3fx%.3f mm; truth 8 deg oblique + (12,-7,5) mm "
              "(%.1f mm at the corners); %d threads\n",
              g.size.x(), g.size.y(), g.size.z(), g.spacing.x(), g.spacing.y(), g.spacing.z(),
              cornerErrorMm(truth, RigidTransform::identity(), g), threads);

  RegistrationOptions options;
  options.threads = threads;
  const RegistrationResult ours = registerRigid(fixed, moving, options);
  Outcome oursOutcome{ours.fixedToMoving, ours.seconds, ours.iterations, ours.ok()};
  print("ours (registerRigid defaults)", oursOutcome, truth, g);
  // Matching at full resolution too: what the finest level costs and gains.
  RegistrationOptions full = options;
  full.finestShrinkFactor = 1;
  const RegistrationResult fine = registerRigid(fixed, moving, full);
  print("ours, finest level at full resolution", {fine.fixedToMoving, fine.seconds, fine.iterations, fine.ok()}, truth, g);
  // Each ratio as soon as its anchor ends: the anchors take minutes.
  const Outcome geometry = runItkExample(fixed, moving, false);
  print("ITK example, GeometryOn", geometry, truth, g);
  std::printf("ratio ours / ITK example (GeometryOn): %.3f\n", ours.seconds / geometry.seconds);
  const Outcome moments = runItkExample(fixed, moving, true);
  print("ITK example, MomentsOn", moments, truth, g);
  std::printf("ratio ours / ITK example (MomentsOn): %.3f\n", ours.seconds / moments.seconds);
  return 0;
}
