// Volume load benchmark (issue 4, run by bench/volume-load-bench): one series
// directory loaded by our loadVolume against two anchors, in one run, best
// of N wall-clock times from a warm page cache:
//   ITK       itk::ImageSeriesReader<itk::Image<float, 3>> with GDCMImageIO,
//             files sorted by GDCMSeriesFileNames (as ours sorts by position)
//   dcm2niix  the command-line converter, writing uncompressed NIfTI
// It also checks that ours and ITK's agree voxel for voxel and in geometry.
// Usage: yunyue-volume-load-bench [--runs N] [--dcm2niix PATH] SERIES_DIR

#include "bench/VolumeLoadBenchItk.h"
#include "viewer/VolumeLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

namespace {

using Clock = QElapsedTimer;

double bestOf(int runs, const std::function<bool()>& once) {
  double best = std::numeric_limits<double>::infinity();
  for (int i = 0; i < runs; ++i) {
    Clock c;
    c.start();
    if (!once()) return -1;
    best = std::min(best, double(c.nsecsElapsed()) / 1e9);
  }
  return best;
}

long peakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QLoggingCategory::setFilterRules(QStringLiteral("yunyue.*.debug=false"));
  QStringList args = app.arguments().mid(1);
  int runs = 3;
  QString dcm2niix;
  QString dir;
  while (!args.isEmpty()) {
    const QString a = args.takeFirst();
    if (a == "--runs" && !args.isEmpty()) runs = std::max(1, args.takeFirst().toInt());
    else if (a == "--dcm2niix" && !args.isEmpty()) dcm2niix = args.takeFirst();
    else dir = a;
  }
  if (dir.isEmpty()) {
    std::fprintf(stderr, "usage: yunyue-volume-load-bench [--runs N] [--dcm2niix PATH] SERIES_DIR\n");
    return 2;
  }
  QStringList files;
  qint64 fileBytes = 0;
  for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
    files << f.absoluteFilePath();
    fileBytes += f.size();
  }
  // Warm the page cache, so every contender reads from memory.
  for (const QString& f : files) {
    QFile file(f);
    if (file.open(QIODevice::ReadOnly))
      while (!file.read(1 << 20).isEmpty()) {
      }
  }
  std::printf("volume-load-bench: %s, %lld files, %.1f MB; %d runs each, best time; %d cores\n",
              qPrintable(dir), qlonglong(files.size()), double(fileBytes) / 1e6, runs, QThread::idealThreadCount());

  // --- ours
  const long rssBefore = peakRssKb();
  yunyue::VolumeLoadOutcome ours;
  const double tOurs = bestOf(runs, [&] {
    ours = yunyue::VolumeLoadOutcome();  // free the previous volume first
    ours = yunyue::loadVolume(files);
    return ours.ok();
  });
  if (tOurs < 0) {
    std::fprintf(stderr, "ours failed: %s (%s)\n", qPrintable(ours.error.message), qPrintable(ours.error.detail));
    return 1;
  }
  const long rssOurs = peakRssKb() - rssBefore;
  const yunyue::ImageGeometry& g = ours.volume.geometry();
  std::printf("  volume %d x %d x %d, spacing %.4f %.4f %.4f mm, %.1f MiB of float voxels\n", g.size.x(), g.size.y(),
              g.size.z(), g.spacing.x(), g.spacing.y(), g.spacing.z(), double(ours.volume.bytes()) / (1 << 20));
  yunyue::VolumeLoadOptions oneThread;
  oneThread.threads = 1;
  const double tOurs1 = bestOf(runs, [&] {
    ours = yunyue::VolumeLoadOutcome();
    ours = yunyue::loadVolume(files, oneThread);
    return ours.ok();
  });

  // --- ITK: ImageSeriesReader + GDCMImageIO (sorting included)
  ItkSeries itk;
  const double tItk = bestOf(runs, [&] {
    itk = ItkSeries();
    itk = readWithItk(QFile::encodeName(dir).toStdString());
    if (!itk.error.empty()) std::fprintf(stderr, "ITK failed: %s\n", itk.error.c_str());
    return itk.error.empty();
  });

  // Ours and ITK's must be the same volume (ITK's k may run the other way).
  if (itk.voxels) {
    const bool sameSize = itk.size[0] == g.size.x() && itk.size[1] == g.size.y() && itk.size[2] == g.size.z();
    double worst = -1;
    bool flipped = false;
    if (sameSize) {
      flipped = (Eigen::Vector3d(itk.origin[0], itk.origin[1], itk.origin[2]) - g.origin).norm() > 1e-3;
      worst = 0;
      const size_t slice = ours.volume.sliceVoxels();
      for (int k = 0; k < g.size.z(); ++k) {
        const float* a = ours.volume.slice(k);
        const float* b = itk.voxels + size_t(flipped ? g.size.z() - 1 - k : k) * slice;
        for (size_t i = 0; i < slice; ++i) worst = std::max(worst, double(std::abs(a[i] - b[i])));
      }
    }
    std::printf("  ours vs ITK: %s, max voxel difference %.3g%s\n", sameSize ? "same size" : "DIFFERENT SIZE", worst,
                flipped ? " (ITK's slices run the other way)" : "");
  }
  itk = ItkSeries();

  // --- dcm2niix, uncompressed NIfTI into a temporary directory
  double tNiix = -1;
  if (!dcm2niix.isEmpty()) {
    QTemporaryDir out;
    tNiix = bestOf(runs, [&] {
      QDir(out.path()).removeRecursively();
      QDir().mkpath(out.path());
      QProcess p;
      p.setProcessChannelMode(QProcess::MergedChannels);
      p.start(dcm2niix, {"-z", "n", "-b", "n", "-o", out.path(), "-f", "volume", dir});
      if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "dcm2niix failed: %s\n", p.readAll().constData());
        return false;
      }
      return true;
    });
  }

  auto line = [](const char* name, double t, const char* note) {
    if (t < 0) std::printf("  %-44s   failed or not run\n", name);
    else std::printf("  %-44s %7.3f s  %s\n", name, t, note);
  };
  std::printf("\n");
  line("ours, loadVolume (all cores)", tOurs, "");
  line("ours, loadVolume (1 thread)", tOurs1, "");
  line("ITK ImageSeriesReader + GDCMImageIO (anchor)", tItk, "float, single-threaded read");
  line("dcm2niix -z n (anchor)", tNiix, "int16 NIfTI written to disk, separate process");
  if (tItk > 0) std::printf("  ratio ours/ITK        %.2f   (ours 1 thread/ITK %.2f)\n", tOurs / tItk, tOurs1 / tItk);
  if (tNiix > 0) std::printf("  ratio ours/dcm2niix   %.2f\n", tOurs / tNiix);
  std::printf("  peak RSS growth while loading (ours): %.1f MiB for %.1f MiB of voxels\n", double(rssOurs) / 1024,
              double(g.size.x()) * g.size.y() * g.size.z() * 4 / (1 << 20));
  return 0;
}
