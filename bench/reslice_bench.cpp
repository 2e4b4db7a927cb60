// Reslice benchmark (issue 4 "viewer core"): our ResliceEngine against the
// anchor, VTK's vtkImageReslice, on the same synthetic CT-like volumes
// (smooth anatomy-like field plus noise), the same planes, the same
// interpolation, both on all cores. VTK reads our buffer without a copy.
// Before timing, each case checks that both outputs agree (mean absolute
// difference) so that the comparison is apples to apples; then prints the
// best of several runs, in ms, and the ratio ours / VTK.
//
// Run by hand (never by CI):
//   reslice_bench [--slices 400,1000] [--threads N] [--only TEXT]
// Timings are wall clock, best of N, on whatever else the machine is doing.

// First: TBB (under vtkSMPTools) names a member "emit", which Qt defines as a macro.
#include <vtkSMPTools.h>

#include "viewer/ResliceEngine.h"

#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkImageReslice.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPointData.h>

#include <QThread>

#include <Eigen/Geometry>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace yunyue;
using Eigen::Vector3d;

namespace {

constexpr double kPi = 3.14159265358979323846;

// 512 x 512 x slices, 0.7 mm pixels; 1 mm slices for 400, 0.5 mm for 1000
// (a thin-slice series). Air around an elliptical body with lungs, a bony
// ring, smooth soft-tissue variation and +-20 HU noise.
Volume syntheticCt(int slices) {
  ImageGeometry g;
  g.size = {512, 512, slices};
  g.spacing = {0.7, 0.7, slices >= 800 ? 0.5 : 1.0};
  g.origin = {-179.0, -179.0, -0.5 * slices * g.spacing.z()};
  Volume v(g);
  const int nx = g.size.x(), ny = g.size.y();
  std::vector<float> wx(static_cast<size_t>(nx)), wy(static_cast<size_t>(ny));
  for (int i = 0; i < nx; ++i) wx[size_t(i)] = float(std::sin(0.031 * i));
  for (int j = 0; j < ny; ++j) wy[size_t(j)] = float(std::cos(0.023 * j));
  const auto fillSlices = [&](int k0, int k1) {
    for (int k = k0; k < k1; ++k) {
      const float wz = float(std::sin(0.017 * k));
      float* p = v.slice(k);
      unsigned h = 2166136261u ^ unsigned(k) * 16777619u;
      for (int j = 0; j < ny; ++j) {
        const double y = (j - 255.5) * 0.7;
        for (int i = 0; i < nx; ++i, ++p) {
          h = h * 1664525u + 1013904223u;  // noise: an LCG per slice
          const double x = (i - 255.5) * 0.7;
          const double body = (x / 165) * (x / 165) + (y / 125) * (y / 125);
          float value = -1000;
          if (body < 1) {
            const double lx = (std::abs(x) - 70) / 45, ly = (y + 10) / 70;
            value = body > 0.86 && body < 0.93 ? 900.0f
                    : lx * lx + ly * ly < 1    ? -820.0f
                                               : 40.0f + 35.0f * wx[size_t(i)] * wy[size_t(j)] + 25.0f * wz;
          }
          *p = value + float(h >> 24) * (40.0f / 255.0f) - 20.0f;
        }
      }
    }
  };
  const int threads = std::max(1, QThread::idealThreadCount());
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back(fillSlices, slices * t / threads, slices * (t + 1) / threads);
  for (std::thread& t : pool) t.join();
  return v;
}

Vector3d volumeCentre(const ImageGeometry& g) {
  return g.indexToPatient(0.5 * (g.size.cast<double>() - Vector3d::Ones()));
}

// 512 x 512 at 0.7 mm through the centre, double oblique.
ReslicePlane obliquePlane(const ImageGeometry& g) {
  const Eigen::Matrix3d r =
      (Eigen::AngleAxisd(25 * kPi / 180, Vector3d(1, 0.3, 0).normalized()) *
       Eigen::AngleAxisd(15 * kPi / 180, Vector3d::UnitZ()))
          .toRotationMatrix();
  ReslicePlane p;
  p.rowDirection = r * Vector3d(1, 0, 0);
  p.columnDirection = r * Vector3d(0, 1, 0);
  p.spacing = {0.7, 0.7};
  p.columns = p.rows = 512;
  p.origin = volumeCentre(g) - 255.5 * 0.7 * (p.rowDirection + p.columnDirection);
  return p;
}

// The same reslice set up on vtkImageReslice.
class VtkReslice {
 public:
  VtkReslice(vtkImageData* image, const ReslicePlane& plane, Interpolation interpolation,
             const SlabSampling& slab, SlabMode mode, int threads) {
    vtkNew<vtkMatrix4x4> axes;
    const Vector3d n = plane.normal();
    for (int a = 0; a < 3; ++a) {
      axes->SetElement(a, 0, plane.rowDirection[a]);
      axes->SetElement(a, 1, plane.columnDirection[a]);
      axes->SetElement(a, 2, n[a]);
      axes->SetElement(a, 3, plane.origin[a]);
    }
    m_reslice->SetInputData(image);
    m_reslice->SetResliceAxes(axes);
    m_reslice->SetOutputDimensionality(2);
    m_reslice->SetOutputOrigin(0, 0, 0);
    m_reslice->SetOutputExtent(0, plane.columns - 1, 0, plane.rows - 1, 0, 0);
    // z spacing: the distance between slab samples, as our engine takes them.
    m_reslice->SetOutputSpacing(plane.spacing.x(), plane.spacing.y(), slab.count > 1 ? slab.spacingMm : 1.0);
    m_reslice->SetBackgroundLevel(kResliceBackground);
    switch (interpolation) {
      case Interpolation::Nearest: m_reslice->SetInterpolationModeToNearestNeighbor(); break;
      case Interpolation::Linear: m_reslice->SetInterpolationModeToLinear(); break;
      case Interpolation::Cubic: m_reslice->SetInterpolationModeToCubic(); break;
    }
    if (slab.count > 1) {
      m_reslice->SetSlabNumberOfSlices(slab.count);
      if (mode == SlabMode::Mip) m_reslice->SetSlabModeToMax();
      if (mode == SlabMode::MinIp) m_reslice->SetSlabModeToMin();
      if (mode == SlabMode::Average) m_reslice->SetSlabModeToMean();
    }
    m_reslice->SetNumberOfThreads(threads);
  }
  // VTK's own check: its general path instead of its axis-aligned shortcut.
  void setOptimization(bool on) { m_reslice->SetOptimization(on); }
  const float* run() {
    m_reslice->Modified();
    m_reslice->Update();
    return static_cast<const float*>(m_reslice->GetOutput()->GetScalarPointer());
  }

 private:
  vtkNew<vtkImageReslice> m_reslice;
};

// Best of several runs, ms: at least 3, up to 15, about a second in all.
double bestMs(const std::function<void()>& run) {
  double best = 1e300, total = 0;
  for (int n = 0; n < 15 && (n < 3 || total < 1000); ++n) {
    const auto t0 = std::chrono::steady_clock::now();
    run();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    best = std::min(best, ms);
    total += ms;
  }
  return best;
}

struct Case {
  std::string name;
  ReslicePlane plane;
  Interpolation interpolation;
  SlabOptions slab;
  double aimRatio;  // ours / VTK at most (0: none)
  double aimMs;     // ours at most (0: none)
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sliceCounts{400, 1000};
  int threads = std::max(1, QThread::idealThreadCount());
  std::string only;  // run only the cases whose name contains this
  for (int a = 1; a + 1 < argc; a += 2) {
    if (!std::strcmp(argv[a], "--slices")) {
      sliceCounts.clear();
      for (const char* s = argv[a + 1]; *s;) {
        sliceCounts.push_back(std::atoi(s));
        while (*s && *s != ',') ++s;
        if (*s) ++s;
      }
    } else if (!std::strcmp(argv[a], "--threads")) {
      threads = std::max(1, std::atoi(argv[a + 1]));
    } else if (!std::strcmp(argv[a], "--only")) {
      only = argv[a + 1];
    }
  }
  reslice_detail::setMaxThreads(threads);
  // VTK's SMP backend (TBB on Debian) would otherwise take every core.
  vtkSMPTools::Initialize(threads);
  const int level = reslice_detail::simdLevel();
  const char* simdName = level == 2 ? "AVX-512 linear, AVX2 others" : level == 1 ? "AVX2" : "scalar";
  std::printf("reslice_bench: ours (%s) vs vtkImageReslice %s, %d threads each, best of N, ms\n",
              simdName, VTK_VERSION, threads);

  bool allAims = true;
  for (int slices : sliceCounts) {
    const Volume volume = syntheticCt(slices);
    const ImageGeometry& g = volume.geometry();
    vtkNew<vtkFloatArray> scalars;
    // Save = 1: VTK never frees our buffer.
    scalars->SetArray(const_cast<float*>(volume.data()), vtkIdType(volume.voxelCount()), 1);
    vtkNew<vtkImageData> image;
    image->SetDimensions(g.size.x(), g.size.y(), g.size.z());
    image->SetSpacing(g.spacing.x(), g.spacing.y(), g.spacing.z());
    image->SetOrigin(g.origin.x(), g.origin.y(), g.origin.z());
    image->GetPointData()->SetScalars(scalars);

    const Vector3d centre = volumeCentre(g);
    const ReslicePlane oblique = obliquePlane(g);
    const SlabOptions none{};
    const std::vector<Case> cases{
        {"oblique linear", oblique, Interpolation::Linear, none, 0.5, 0},
        {"oblique nearest", oblique, Interpolation::Nearest, none, 0, 0},
        {"oblique cubic", oblique, Interpolation::Cubic, none, 0, 0},
        {"axial linear", axialPlane(g, centre), Interpolation::Linear, none, 1, 0},
        {"coronal linear", coronalPlane(g, centre), Interpolation::Linear, none, 1, 0},
        {"sagittal linear", sagittalPlane(g, centre), Interpolation::Linear, none, 1, 0},
        {"sagittal cubic", sagittalPlane(g, centre), Interpolation::Cubic, none, 1, 0},
        {"oblique 20mm MIP", oblique, Interpolation::Linear, {SlabMode::Mip, 20, 0}, 0, 30},
        {"oblique 20mm MinIP", oblique, Interpolation::Linear, {SlabMode::MinIp, 20, 0}, 0, 30},
        {"oblique 20mm average", oblique, Interpolation::Linear, {SlabMode::Average, 20, 0}, 0, 30},
        {"coronal 20mm MIP", coronalPlane(g, centre), Interpolation::Linear, {SlabMode::Mip, 20, 0}, 1, 0},
    };

    std::printf("\nvolume 512 x 512 x %d float (%.0f MiB), spacing %.1f x %.1f x %.1f mm\n", slices,
                double(volume.bytes()) / (1 << 20), g.spacing.x(), g.spacing.y(), g.spacing.z());
    std::printf("%-22s %9s %9s %8s %10s %9s  %s\n", "case", "ours ms", "VTK ms", "ours/VTK",
                "mean|diff|", "max|diff|", "aim");
    for (const Case& c : cases) {
      if (c.name.find(only) == std::string::npos) continue;
      const SlabSampling sampling = slabSampling(g, c.slab);
      VtkReslice vtk(image, c.plane, c.interpolation, sampling, c.slab.mode, threads);
      std::vector<float> ours(size_t(c.plane.columns) * size_t(c.plane.rows));

      // Agreement first (these runs also warm both up).
      reslice(volume, c.plane, c.interpolation, ours.data(), c.slab);
      const float* theirs = vtk.run();
      const auto difference = [&](const float* other, double& worst) {
        double sum = 0;
        worst = 0;
        for (size_t p = 0; p < ours.size(); ++p) {
          const double d = std::abs(double(ours[p]) - double(other[p]));
          sum += d;
          worst = std::max(worst, d);
        }
        return sum / double(ours.size());
      };
      double worst = 0;
      const double meanDiff = difference(theirs, worst);
      std::string note;
      if (meanDiff > 0.01) {
        // Is it VTK's axis-aligned shortcut? Compare with its general path.
        vtk.setOptimization(false);
        double worstGeneral = 0;
        const double general = difference(vtk.run(), worstGeneral);
        vtk.setOptimization(true);
        vtk.run();
        char text[160];
        std::snprintf(text, sizeof text, "vs VTK with Optimization off: mean|diff| %.4f, max %.3f", general,
                      worstGeneral);
        note = text;
      }

      const double oursMs = bestMs([&] { reslice(volume, c.plane, c.interpolation, ours.data(), c.slab); });
      const double vtkMs = bestMs([&] { vtk.run(); });
      const double ratio = oursMs / vtkMs;
      std::string aim;
      if (c.aimRatio > 0) {
        const bool met = ratio <= c.aimRatio;
        allAims = allAims && met;
        aim = std::string(met ? "met" : "MISSED") + " (ratio <= " + std::to_string(c.aimRatio).substr(0, 3) + ")";
      }
      if (c.aimMs > 0) {
        const bool met = oursMs <= c.aimMs;
        allAims = allAims && met;
        aim = std::string(met ? "met" : "MISSED") + " (<= " + std::to_string(int(c.aimMs)) + " ms)";
      }
      std::printf("%-22s %9.2f %9.2f %8.3f %10.4f %9.3f  %s\n", c.name.c_str(), oursMs, vtkMs, ratio,
                  meanDiff, worst, aim.c_str());
      if (sampling.count > 1)
        std::printf("%-22s   (%d samples %.3f mm apart along the normal)\n", "", sampling.count, sampling.spacingMm);
      if (!note.empty()) std::printf("%-22s   (%s)\n", "", note.c_str());
    }
  }
  std::printf("\n%s\n", allAims ? "all aims met" : "some aims missed");
  return 0;
}
