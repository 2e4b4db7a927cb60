// Volume rendering benchmark (issue 9): frames per second of our VolumeScene
// (vtkGPUVolumeRayCastMapper) in a square offscreen view, the camera turning
// a full circle about the head-foot axis, against the anchor on the same
// scene, same transfer function and same sample distances:
// vtkFixedPointVolumeRayCastMapper (CPU, all cores). Two volumes:
//   - the demo head CT (256 x 256 x 108) interpolated trilinearly to
//     512 x 512 x 400, the size of a routine head CT read at full matrix;
//   - a 512^3 synthetic (skull-like shell, brain, vessels-like rods).
// Prints the OpenGL vendor / renderer / version: figures from Mesa's
// llvmpipe (software) mean little for a reading room's discrete GPU.
//
// Run by hand (never by CI), on a display (xvfb-run -a on a headless machine):
//   volume_render_bench [--ct DIR] [--size N] [--frames N] [--cpu-frames N]
//                       [--only ct|synthetic] [--presets bone,mip]

#include "viewer/Volume.h"
#include "viewer/VolumeLoader.h"
#include "viewer/VolumeRendering.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

#include <vtkCamera.h>
#include <vtkFixedPointVolumeRayCastMapper.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkVolume.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

using namespace yunyue;

namespace {

// Trilinear resampling of the whole volume onto a new grid over the same box.
Volume resampled(const Volume& in, const Eigen::Vector3i& size) {
  const ImageGeometry& g = in.geometry();
  ImageGeometry o = g;
  o.size = size;
  for (int a = 0; a < 3; ++a) o.spacing[a] = g.spacing[a] * (g.size[a] - 1) / double(size[a] - 1);
  Volume out(o);
  const auto axisWeights = [&](int a, int n, std::vector<int>& lo, std::vector<float>& w) {
    lo.resize(size_t(n));
    w.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
      const double x = i * o.spacing[a] / g.spacing[a];
      lo[size_t(i)] = std::min(int(x), g.size[a] - 2);
      w[size_t(i)] = float(x - lo[size_t(i)]);
    }
  };
  std::vector<int> li, lj, lk;
  std::vector<float> wi, wj, wk;
  axisWeights(0, size.x(), li, wi);
  axisWeights(1, size.y(), lj, wj);
  axisWeights(2, size.z(), lk, wk);
  float* dst = out.data();
  for (int k = 0; k < size.z(); ++k)
    for (int j = 0; j < size.y(); ++j)
      for (int i = 0; i < size.x(); ++i) {
        const int i0 = li[size_t(i)], j0 = lj[size_t(j)], k0 = lk[size_t(k)];
        const float fi = wi[size_t(i)], fj = wj[size_t(j)], fk = wk[size_t(k)];
        auto at = [&](int di, int dj, int dk) { return in.at(i0 + di, j0 + dj, k0 + dk); };
        const float c00 = at(0, 0, 0) * (1 - fi) + at(1, 0, 0) * fi, c10 = at(0, 1, 0) * (1 - fi) + at(1, 1, 0) * fi;
        const float c01 = at(0, 0, 1) * (1 - fi) + at(1, 0, 1) * fi, c11 = at(0, 1, 1) * (1 - fi) + at(1, 1, 1) * fi;
        *dst++ = ((c00 * (1 - fj) + c10 * fj) * (1 - fk) + (c01 * (1 - fj) + c11 * fj) * fk);
      }
  return out;
}

// 512^3 at 0.5 mm: air, a 6 mm shell of 1200 HU bone around 35 HU brain,
// three 4 mm rods of 350 HU contrast through it.
Volume synthetic(int n) {
  ImageGeometry g;
  g.size = {n, n, n};
  g.spacing = {0.5, 0.5, 0.5};
  g.origin = Eigen::Vector3d::Constant(-0.25 * (n - 1));
  Volume v(g);
  float* p = v.data();
  const double r = 0.4 * n * 0.5;  // mm
  for (int k = 0; k < n; ++k)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) {
        const Eigen::Vector3d x = g.indexToPatient(Eigen::Vector3d(i, j, k));
        const double d = x.norm();
        float hu = d > r ? -1000.0f : d > r - 6 ? 1200.0f : 35.0f;
        if (d < r - 6 && (std::hypot(x.x() - 20, x.y()) < 2 || std::hypot(x.y() + 15, x.z()) < 2 || std::hypot(x.x(), x.z() - 30) < 2))
          hu = 350.0f;
        *p++ = hu;
      }
  return v;
}

QString openGlSummary(vtkRenderWindow* window) {
  QStringList parts;
  for (const QString& line : QString::fromLatin1(window->ReportCapabilities()).split('\n'))
    for (const char* key : {"OpenGL vendor string:", "OpenGL renderer string:", "OpenGL version string:"})
      if (line.startsWith(QLatin1String(key))) parts << line.mid(int(std::strlen(key))).trimmed();
  return parts.join(" / ");
}

// Frames per second over `frames` renders, the camera turning 360 degrees;
// the first frame (texture upload, shader build) is timed apart.
struct Timing {
  double firstFrameMs = 0;
  double fps = 0;
};
Timing timeFrames(vtkRenderWindow* window, vtkRenderer* renderer, int frames) {
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  window->Render();
  window->WaitForCompletion();
  Timing t;
  t.firstFrameMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
  t0 = Clock::now();
  for (int f = 0; f < frames; ++f) {
    renderer->GetActiveCamera()->Azimuth(360.0 / frames);
    window->Render();
  }
  window->WaitForCompletion();
  t.fps = frames / std::chrono::duration<double>(Clock::now() - t0).count();
  return t;
}

void benchVolume(const char* label, Volume& volume, const QStringList& presets, int size, int frames, int cpuFrames) {
  VolumeScene scene(volume);
  for (const QString& id : presets) {
    const auto preset = volumePreset("CT", id, "en");
    if (!preset) continue;
    scene.setPreset(*preset);
    scene.setQuality(RenderQuality::Full);

    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(1);
    window->SetMultiSamples(0);
    window->SetSize(size, size);
    vtkNew<vtkRenderer> renderer;
    window->AddRenderer(renderer);
    renderer->AddVolume(scene.prop());
    scene.setCameraView(renderer, CameraView::Anterior);
    const Timing gpu = timeFrames(window, renderer, frames);
    static bool printed = false;
    if (!printed) std::printf("OpenGL: %s\n", qPrintable(openGlSummary(window))), printed = true;
    scene.prop()->ReleaseGraphicsResources(window);
    renderer->RemoveVolume(scene.prop());

    // The anchor: same image, property, placement and sample distances.
    vtkNew<vtkFixedPointVolumeRayCastMapper> cpuMapper;
    cpuMapper->SetInputData(vtkImageData::SafeDownCast(scene.mapper()->GetInput()));
    cpuMapper->SetBlendMode(scene.mapper()->GetBlendMode());
    cpuMapper->AutoAdjustSampleDistancesOff();
    cpuMapper->SetSampleDistance(scene.mapper()->GetSampleDistance());
    cpuMapper->SetImageSampleDistance(1.0f);
    cpuMapper->SetInteractiveSampleDistance(scene.mapper()->GetSampleDistance());
    vtkNew<vtkVolume> cpuVolume;
    cpuVolume->SetMapper(cpuMapper);
    cpuVolume->SetProperty(scene.prop()->GetProperty());
    cpuVolume->SetUserMatrix(scene.prop()->GetUserMatrix());
    renderer->AddVolume(cpuVolume);
    scene.setCameraView(renderer, CameraView::Anterior);
    const Timing cpu = timeFrames(window, renderer, cpuFrames);
    renderer->RemoveVolume(cpuVolume);

    std::printf("%-34s %-5s %4dx%-4d GPU %7.2f fps (first frame %6.0f ms)   CPU anchor %7.3f fps (first %6.0f ms)   GPU/CPU %6.1fx\n",
                label, qPrintable(id), size, size, gpu.fps, gpu.firstFrameMs, cpu.fps, cpu.firstFrameMs,
                cpu.fps > 0 ? gpu.fps / cpu.fps : 0.0);
    std::fflush(stdout);
  }
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QString ctDir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
  int size = 1024, frames = 36, cpuFrames = 4;
  QString only;
  QStringList presets{"bone", "mip"};
  const QStringList args = app.arguments();
  for (int i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == "--ct") ctDir = args[i + 1];
    else if (args[i] == "--size") size = args[i + 1].toInt();
    else if (args[i] == "--frames") frames = args[i + 1].toInt();
    else if (args[i] == "--cpu-frames") cpuFrames = args[i + 1].toInt();
    else if (args[i] == "--only") only = args[i + 1];
    else if (args[i] == "--presets") presets = args[i + 1].split(',');
  }
  const RenderingError display = checkRenderingDisplay();
  if (display.isError()) {
    std::fprintf(stderr, "%s\n", qPrintable(display.message));
    return 1;
  }
  if (only.isEmpty() || only == "ct") {
    QStringList files;
    for (const QString& name : QDir(ctDir).entryList({"*.dcm"}, QDir::Files)) files << ctDir + '/' + name;
    const VolumeLoadOutcome ct = loadVolume(files);
    if (!ct.ok()) {
      std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(ctDir), qPrintable(ct.error.message));
      return 1;
    }
    Volume head = resampled(ct.volume, {512, 512, 400});
    benchVolume("demo head CT, 512x512x400", head, presets, size, frames, cpuFrames);
  }
  if (only.isEmpty() || only == "synthetic") {
    Volume cube = synthetic(512);
    benchVolume("synthetic 512^3", cube, presets, size, frames, cpuFrames);
  }
  return 0;
}
