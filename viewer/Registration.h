#pragma once
// Rigid registration of two volumes (a prior CT to the current CT, an MR to
// a CT): multi-resolution, Mattes mutual information, regular-step gradient
// descent over a versor rigid transform (ITK v4 registration framework; ITK
// stays in Registration.cpp). Blocking: run it off the GUI thread; the
// progress callback can stop it.

#include "viewer/RigidTransform.h"
#include "viewer/ViewerError.h"
#include "viewer/Volume.h"

#include <functional>

namespace yunyue {

// Defaults tuned on the demo head CT for CT–CT: under 1 mm and 1 degree in a
// few seconds on 2 cores (bench/registration_bench.cpp).
struct RegistrationOptions {
  // Pyramid levels; level L of N is shrunk by finestShrinkFactor·2^(N-1-L)
  // and smoothed by half that many voxels (sigma). The finest level at half
  // resolution: on the demo CT pair as precise (0.2 mm) as full resolution
  // for a third less time; 1 matches at full resolution.
  int levels = 3;
  int finestShrinkFactor = 2;
  // Mattes mutual information histogram (Mattes et al. 2003).
  int histogramBins = 32;
  // Random samples of the fixed volume per level (a fixed seed: the same
  // result every run); capped at every voxel of the level.
  int samplesPerLevel = 40000;
  int iterationsPerLevel = 100;
  // Regular-step gradient descent: first step (about mm at the image's
  // edge, through physical-shift scales), the smallest step before it stops,
  // and how much the step shrinks when the direction turns.
  double initialStepMm = 2.0;
  double minimumStepMm = 0.01;
  double relaxation = 0.5;
  // Modality values outside this window are clamped before matching, so air
  // and metal do not dominate the joint histogram. lower >= upper: as is.
  float clampLower = -1000;
  float clampUpper = 2000;
  unsigned randomSeed = 121213;
  // Worker threads; 0: ITK's default (one per core).
  int threads = 0;
};

struct RegistrationProgress {
  int level = 0;   // 0 = coarsest
  int levels = 0;
  int iteration = 0;  // within the level
  double metric = 0;  // negative mutual information: lower is better
};

struct RegistrationResult {
  ViewerError error;
  // Maps a fixed-volume LPS point to the moving-volume LPS point of the same
  // anatomy (each in its own Frame of Reference).
  RigidTransform fixedToMoving;
  double finalMetric = 0;
  int iterations = 0;  // over all levels
  double seconds = 0;
  bool cancelled = false;
  bool ok() const { return !error.isError(); }
};

// Return false from `progress` (called on the calling thread after every
// iteration) to stop: the result is then cancelled, with the error
// RegistrationCanceled and the transform reached so far.
RegistrationResult registerRigid(const Volume& fixed, const Volume& moving, const RegistrationOptions& options = {},
                                 const std::function<bool(const RegistrationProgress&)>& progress = {});

// A volume on `outputGeometry` whose voxel at patient point p takes the
// source's value at outputToSource(p), trilinear; -1024 (air) outside the
// source. Makes synthetic moved copies and resamples a registered series
// onto the fixed grid (outputToSource = fixedToMoving).
Volume resampleRigid(const Volume& source, const RigidTransform& outputToSource, const ImageGeometry& outputGeometry,
                     float outside = -1024.0f);

}  // namespace yunyue
