// MPR interaction benchmark (issue 9): how long one frame of an MprView takes
// while the reader scrolls and while they rotate an oblique plane, on the
// demo head CT (256×256×108) and on that CT interpolated to 512×512×400.
// A frame is what the reader waits for: reslice at screen resolution, W/L
// to 8 bits, and the paint with crosshair, overlays and scale bar
// (QWidget::grab). The anchor is the budget, 33 ms per frame
// (30 frames per second); the ratio printed is ms / 33.
//
// Run by hand (never by CI), offscreen unless a display is asked for:
//   mpr_interaction_bench [CT_DIRECTORY] [--frames N] [--size PIXELS]
// CT_DIRECTORY defaults to $YUNYUE_TEST_DATA/ct-head/1.

#include "viewer/ResliceEngine.h"
#include "viewer/VolumeLoader.h"
#include "viewer/widgets/MprView.h"

#include <QApplication>
#include <QDir>
#include <QThread>

#include <chrono>
#include <cstdio>
#include <functional>

using namespace yunyue;
using View = CrosshairModel::View;

namespace {

constexpr double kBudgetMs = 33;
constexpr double kPi = 3.14159265358979323846;

// The CT on a 512×512×400 grid over the same extent (trilinear), a stand-in
// for a thin-slice head or chest series.
Volume interpolated(const Volume& ct) {
  const ImageGeometry& g = ct.geometry();
  ImageGeometry fine = g;
  fine.size = {512, 512, 400};
  for (int a = 0; a < 3; ++a) fine.spacing[a] = g.spacing[a] * (g.size[a] - 1) / (fine.size[a] - 1);
  Volume out(fine);
  for (int k = 0; k < fine.size.z(); ++k) {
    ReslicePlane plane;
    plane.origin = fine.indexToPatient(Eigen::Vector3d(0, 0, k));
    plane.rowDirection = fine.rowDirection();
    plane.columnDirection = fine.columnDirection();
    plane.spacing = {fine.spacing.x(), fine.spacing.y()};
    plane.columns = fine.size.x();
    plane.rows = fine.size.y();
    reslice(ct, plane, Interpolation::Linear, out.slice(k));
  }
  return out;
}

// Mean ms per frame over `frames` frames of step(i) followed by a full
// paint. interactive: as during a drag (MprView::markInteractive), where a
// view whose full frames miss 20 ms paints at half resolution.
double timeFrames(MprView& view, int frames, bool interactive, const std::function<void(int)>& step) {
  // Let an earlier interaction settle, so that full frames are full.
  QThread::msleep(200);
  QCoreApplication::processEvents();
  view.grab();  // warm up (buffers, fonts) and measure one full frame
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < frames; ++i) {
    step(i);
    if (interactive) view.markInteractive();
    view.grab();
  }
  const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
  return elapsed.count() / frames;
}

void report(const char* volume, const char* what, double fullMs, double interactiveMs) {
  std::printf("%-20s %-32s full %7.2f ms (%4.2f × budget)   interactive %7.2f ms (%4.2f × budget)  %s\n", volume,
              what, fullMs, fullMs / kBudgetMs, interactiveMs, interactiveMs / kBudgetMs,
              interactiveMs <= kBudgetMs ? "ok" : "SLOW");
}

void run(const char* name, std::shared_ptr<const Volume> volume, int frames, int size) {
  MprSeriesInfo info;
  info.patientName = QStringLiteral("Bench^Patient");
  info.modality = QStringLiteral("CT");
  MprView view;
  view.resize(size, size);
  view.setVolume(volume, info);
  view.show();

  // Scrolling through the axial slices, back and forth.
  view.setView(View::Axial);
  int direction = 1;
  auto scroll = [&](int) {
    const int before = view.currentSliceNumber();
    view.scrollSlices(direction);
    if (view.currentSliceNumber() == before) {
      direction = -direction;
      view.scrollSlices(direction);
    }
  };
  auto both = [&](const char* what, const std::function<void(int)>& step) {
    const double full = timeFrames(view, frames, false, step);
    report(name, what, full, timeFrames(view, frames, true, step));
  };
  both("scroll axial, thin", scroll);
  view.setView(View::Coronal);
  both("scroll coronal, thin", scroll);
  view.setView(View::Axial);
  view.setSlab(SlabMode::Mip, 10);
  both("scroll axial, MIP 10 mm", scroll);
  view.setSlab(SlabMode::None, 0);

  // Rotating the crosshair in the axial view one degree a frame: the
  // coronal view shows the oblique plane, as it would beside it.
  view.crosshair()->setCentre(CrosshairModel(volume->geometry()).centre());
  view.setView(View::Coronal);
  auto rotate = [&](int) {
    view.crosshair()->rotate(View::Axial, kPi / 180);
    view.refresh();
  };
  both("rotate oblique (coronal), thin", rotate);
  // Double oblique: also tilted about the sagittal normal.
  view.crosshair()->rotate(View::Sagittal, 20 * kPi / 180);
  both("rotate double oblique, thin", rotate);
  view.setSlab(SlabMode::Mip, 10);
  both("rotate oblique, MIP 10 mm", rotate);
}

}  // namespace

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + QStringLiteral("/ct-head/1");
  int frames = 60, size = 512;
  const QStringList args = app.arguments();
  for (int i = 1; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--frames") && i + 1 < args.size())
      frames = args[++i].toInt();
    else if (args[i] == QLatin1String("--size") && i + 1 < args.size())
      size = args[++i].toInt();
    else
      dir = args[i];
  }
  QStringList files;
  for (const QString& name : QDir(dir).entryList({QStringLiteral("*.dcm")}, QDir::Files)) files << dir + '/' + name;
  VolumeLoadOutcome loaded = loadVolume(files);
  if (!loaded.ok()) {
    std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(dir), qPrintable(loaded.error.message));
    return 1;
  }
  auto ct = std::make_shared<const Volume>(std::move(loaded.volume));
  std::printf("MPR frame times, view %d×%d, %d frames each, budget %.0f ms\n", size, size, frames, kBudgetMs);
  run("CT 256×256×108", ct, frames, size);
  auto fine = std::make_shared<const Volume>(interpolated(*ct));
  run("CT to 512×512×400", fine, frames, size);
  return 0;
}
