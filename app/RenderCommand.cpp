#include "app/RenderCommand.h"

#include "app/CachedSeries.h"

#include "cloudclient/StudyCache.h"
#include "viewer/ResliceEngine.h"
#include "viewer/SurfaceExtraction.h"
#include "viewer/VolumeLoader.h"
#include "viewer/VolumeRendering.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace yunyue {
namespace {

constexpr double kPi = 3.14159265358979323846;

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

QString usage() {
  return QCoreApplication::translate(
      "yunyue::RenderCommand",
      "usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] "
      "[--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] "
      "[--window CENTER,WIDTH] [--size N] --out FILE.png");
}

// One line per form (the catalogue holds single-line texts).
QString usage3d() {
  return QCoreApplication::translate("yunyue::RenderCommand",
                                     "       yunyue render [--cache DIR] SERIES --3d [--preset bone|cta|soft|skin|mip] "
                                     "[--view anterior|posterior|left|right|superior|inferior] [--size N|WxH] --out FILE.png") +
         QLatin1Char('\n') +
         QCoreApplication::translate("yunyue::RenderCommand",
                                     "       yunyue render [--cache DIR] SERIES --3d --stl FILE.stl [--threshold HU] "
                                     "(a volume rendering needs an X display, e.g. xvfb-run; an STL file does not)");
}

// "N" (square) or "WxH", each from 16 to 8192.
std::optional<QSize> pictureSize(const QString& text) {
  const QStringList parts = text.split(QLatin1Char('x'));
  if (parts.size() > 2) return std::nullopt;
  bool okW = false;
  const int w = parts[0].toInt(&okW);
  bool okH = okW;
  const int h = parts.size() == 2 ? parts[1].toInt(&okH) : w;
  if (!okW || !okH || w < 16 || h < 16 || w > 8192 || h > 8192) return std::nullopt;
  return QSize(w, h);
}

// What `render --3d` was asked to do, checked before the (slow) load.
struct ThreeDRequest {
  QString preset;
  CameraView view = CameraView::Anterior;
  QSize size;
  QString png;        // empty: no picture
  QString stl;        // empty: no surface
  double thresholdHu = 300;
};

// The volume rendering (PNG) and the threshold surface (STL) of a loaded series.
int runThreeD(const ThreeDRequest& request, VolumeLoadOutcome& loaded) {
  if (!request.stl.isEmpty()) {
    SurfaceOptions options;
    options.thresholdHu = request.thresholdHu;
    const Surface surface = extractSurface(loaded.volume, options);
    const RenderingError written = surface.ok() ? writeStl(surface, request.stl) : surface.error;
    if (written.isError()) {
      say(QStringLiteral("yunyue: %1").arg(written.message));
      return 1;
    }
    say(QCoreApplication::translate("yunyue::RenderCommand", "wrote %1: surface at %2 HU, %3 triangles")
            .arg(request.stl).arg(request.thresholdHu).arg(surface.triangles));
  }
  if (request.png.isEmpty()) return 0;
  const auto preset = volumePreset(loaded.modality, request.preset, QStringLiteral("en"));
  if (!preset) {
    say(QCoreApplication::translate("yunyue::RenderCommand", "yunyue: no 3D preset %1 for %2 images")
            .arg(request.preset, loaded.modality));
    return 1;
  }
  VolumeScene scene(loaded.volume);
  scene.setPreset(*preset);
  const VolumeSnapshot snapshot = renderVolumeSnapshot(scene, request.view, request.size);
  if (!snapshot.ok()) {
    say(QStringLiteral("yunyue: %1").arg(snapshot.error.message));
    return 1;
  }
  if (!snapshot.image.save(request.png, "PNG")) {
    say(QCoreApplication::translate("yunyue::RenderCommand", "yunyue: cannot write %1").arg(request.png));
    return 1;
  }
  say(QCoreApplication::translate("yunyue::RenderCommand", "wrote %1: %2 preset, %3 view, %4 x %5 (OpenGL: %6)")
          .arg(request.png, request.preset, cameraViewNames().at(int(request.view)))
          .arg(request.size.width())
          .arg(request.size.height())
          .arg(snapshot.openGlRenderer));
  return 0;
}

// "a,b,c" (count numbers) or nothing.
std::optional<std::vector<double>> numbers(const QString& text, int count) {
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != count) return std::nullopt;
  std::vector<double> out;
  for (const QString& p : parts) {
    bool ok = false;
    const double v = p.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    out.push_back(v);
  }
  return out;
}

}  // namespace

int runRenderCommand(const QStringList& arguments) {
  QCommandLineParser cli;
  cli.setApplicationDescription(QCoreApplication::translate("yunyue::RenderCommand", "Writes a PNG of an MPR or slab image of a cached series."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("render"), QCoreApplication::translate("yunyue::RenderCommand", "The verb."));
  cli.addPositionalArgument(QStringLiteral("series"), QCoreApplication::translate("yunyue::RenderCommand", "SeriesInstanceUID, or a StudyInstanceUID for its first series."));
  const QCommandLineOption cacheOption(QStringLiteral("cache"), QCoreApplication::translate("yunyue::RenderCommand", "Cache directory (default: the user's cache)."),
                                       QStringLiteral("dir"),
                                       qEnvironmentVariable("YUNYUE_CACHE_DIR", StudyCache::defaultRoot()));
  const QCommandLineOption planeOption(QStringLiteral("plane"), QCoreApplication::translate("yunyue::RenderCommand", "axial, coronal, sagittal or oblique (an axial plane turned by --rotate)."),
                                       QStringLiteral("plane"));
  const QCommandLineOption positionOption(QStringLiteral("position"), QCoreApplication::translate("yunyue::RenderCommand", "A point of the plane, LPS mm (default: the volume's centre)."),
                                          QStringLiteral("x,y,z"));
  const QCommandLineOption rotateOption(QStringLiteral("rotate"), QCoreApplication::translate("yunyue::RenderCommand", "Turn the plane about an LPS axis through the position, e.g. 0,0,1:30."),
                                        QStringLiteral("axis:degrees"));
  const QCommandLineOption slabOption(QStringLiteral("slab"), QCoreApplication::translate("yunyue::RenderCommand", "Thick slab: mip, minip or average."), QStringLiteral("mode"));
  const QCommandLineOption thicknessOption(QStringLiteral("thickness"), QCoreApplication::translate("yunyue::RenderCommand", "Slab thickness, mm."), QStringLiteral("mm"));
  const QCommandLineOption interpolationOption(QStringLiteral("interpolation"), QCoreApplication::translate("yunyue::RenderCommand", "nearest, linear or cubic (default linear)."),
                                               QStringLiteral("kind"), QStringLiteral("linear"));
  const QCommandLineOption windowOption(QStringLiteral("window"), QCoreApplication::translate("yunyue::RenderCommand", "Window center and width (default: from the images)."),
                                        QStringLiteral("c,w"));
  const QCommandLineOption sizeOption(QStringLiteral("size"), QCoreApplication::translate("yunyue::RenderCommand", "Width and height of the PNG in pixels (default 512)."),
                                      QStringLiteral("n"), QStringLiteral("512"));
  const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("yunyue::RenderCommand", "The PNG file to write."), QStringLiteral("file"));
  const QCommandLineOption threeDOption(QStringLiteral("3d"), QCoreApplication::translate("yunyue::RenderCommand", "A 3D volume rendering (GPU ray casting) instead of a plane."));
  const QCommandLineOption presetOption(QStringLiteral("preset"), QCoreApplication::translate("yunyue::RenderCommand", "3D preset: bone, cta, soft, skin or mip (default bone)."),
                                        QStringLiteral("preset"), QStringLiteral("bone"));
  const QCommandLineOption viewOption(QStringLiteral("view"), QCoreApplication::translate("yunyue::RenderCommand", "3D camera: anterior, posterior, left, right, superior or inferior (default anterior)."),
                                      QStringLiteral("view"), QStringLiteral("anterior"));
  const QCommandLineOption stlOption(QStringLiteral("stl"), QCoreApplication::translate("yunyue::RenderCommand", "With --3d: also write the threshold surface as binary STL."),
                                     QStringLiteral("file"));
  const QCommandLineOption thresholdOption(QStringLiteral("threshold"), QCoreApplication::translate("yunyue::RenderCommand", "Surface threshold for --stl, HU (default 300: bone)."),
                                           QStringLiteral("hu"), QStringLiteral("300"));
  cli.addOptions({cacheOption, planeOption, positionOption, rotateOption, slabOption, thicknessOption,
                  interpolationOption, windowOption, sizeOption, outOption, threeDOption, presetOption, viewOption,
                  stlOption, thresholdOption});

  auto bad = [&](const QString& why) {
    say(QStringLiteral("yunyue: %1").arg(why));
    say(usage());
    say(usage3d());
    return 2;
  };
  if (!cli.parse(arguments)) return bad(cli.errorText());
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);
  if (cli.positionalArguments().size() != 2) return bad(QCoreApplication::translate("yunyue::RenderCommand", "name one series"));
  if (cli.isSet(threeDOption)) {
    for (const QCommandLineOption& planar : {planeOption, positionOption, rotateOption, slabOption, thicknessOption,
                                             interpolationOption, windowOption})
      if (cli.isSet(planar))
        return bad(QCoreApplication::translate("yunyue::RenderCommand", "--%1 is for planes, not for --3d").arg(planar.names().first()));
    ThreeDRequest request;
    request.preset = cli.value(presetOption);
    if (!volumePreset(QStringLiteral("CT"), request.preset, QStringLiteral("en")))
      return bad(QCoreApplication::translate("yunyue::RenderCommand", "--preset must be bone, cta, soft, skin or mip"));
    const auto view = cameraViewFromName(cli.value(viewOption));
    if (!view) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--view must be anterior, posterior, left, right, superior or inferior"));
    request.view = *view;
    const auto size = pictureSize(cli.value(sizeOption));
    if (!size) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--size must be N or WxH, from 16 to 8192"));
    request.size = *size;
    request.png = cli.value(outOption);
    request.stl = cli.value(stlOption);
    bool thresholdOk = false;
    request.thresholdHu = cli.value(thresholdOption).toDouble(&thresholdOk);
    if (!thresholdOk || !std::isfinite(request.thresholdHu)) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--threshold must be a number (HU)"));
    if (cli.isSet(thresholdOption) && request.stl.isEmpty()) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--threshold needs --stl"));
    if (request.png.isEmpty() && request.stl.isEmpty()) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--3d needs --out, --stl or both"));
    // No display, no picture: say so before the load, not after.
    if (!request.png.isEmpty()) {
      const RenderingError display = checkRenderingDisplay();
      if (display.isError()) {
        say(QStringLiteral("yunyue: %1").arg(display.message));
        return 1;
      }
    }
    VolumeLoadOutcome loaded = loadCachedSeries(cli.value(cacheOption), cli.positionalArguments().at(1));
    if (!loaded.ok()) return 1;
    return runThreeD(request, loaded);
  }
  for (const QCommandLineOption& spatial : {presetOption, viewOption, stlOption, thresholdOption})
    if (cli.isSet(spatial))
      return bad(QCoreApplication::translate("yunyue::RenderCommand", "--%1 needs --3d").arg(spatial.names().first()));
  if (!cli.isSet(outOption)) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--out is required"));

  // Everything about the options is checked before the (slow) load.
  const QString planeName = cli.value(planeOption);
  if (!QStringList{QStringLiteral("axial"), QStringLiteral("coronal"), QStringLiteral("sagittal"), QStringLiteral("oblique")}
           .contains(planeName))
    return bad(QCoreApplication::translate("yunyue::RenderCommand", "--plane must be axial, coronal, sagittal or oblique"));
  std::optional<Eigen::Vector3d> position;
  if (cli.isSet(positionOption)) {
    const auto p = numbers(cli.value(positionOption), 3);
    if (!p) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--position must be three numbers x,y,z"));
    position = Eigen::Vector3d((*p)[0], (*p)[1], (*p)[2]);
  }
  Eigen::Vector3d rotationAxis(0, 0, 1);
  double rotationDegrees = 0;
  if (cli.isSet(rotateOption)) {
    const QStringList parts = cli.value(rotateOption).split(QLatin1Char(':'));
    const auto axis = parts.size() == 2 ? numbers(parts[0], 3) : std::nullopt;
    const auto angle = parts.size() == 2 ? numbers(parts[1], 1) : std::nullopt;
    if (!axis || !angle || Eigen::Vector3d((*axis)[0], (*axis)[1], (*axis)[2]).norm() < 1e-9)
      return bad(QCoreApplication::translate("yunyue::RenderCommand", "--rotate must be an axis and an angle, e.g. 0,0,1:30"));
    rotationAxis = Eigen::Vector3d((*axis)[0], (*axis)[1], (*axis)[2]).normalized();
    rotationDegrees = (*angle)[0];
  } else if (planeName == QStringLiteral("oblique")) {
    return bad(QCoreApplication::translate("yunyue::RenderCommand", "an oblique plane needs --rotate"));
  }
  SlabOptions slab;
  if (cli.isSet(slabOption)) {
    const QString mode = cli.value(slabOption);
    slab.mode = mode == QStringLiteral("mip")       ? SlabMode::Mip
                : mode == QStringLiteral("minip")   ? SlabMode::MinIp
                : mode == QStringLiteral("average") ? SlabMode::Average
                                                    : SlabMode::None;
    if (slab.mode == SlabMode::None) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--slab must be mip, minip or average"));
    bool ok = false;
    slab.thicknessMm = cli.value(thicknessOption).toDouble(&ok);
    if (!ok || !(slab.thicknessMm > 0) || !std::isfinite(slab.thicknessMm))
      return bad(QCoreApplication::translate("yunyue::RenderCommand", "a slab needs --thickness in mm, more than 0"));
  } else if (cli.isSet(thicknessOption)) {
    return bad(QCoreApplication::translate("yunyue::RenderCommand", "--thickness needs --slab"));
  }
  const QString interpolationName = cli.value(interpolationOption);
  Interpolation interpolation = Interpolation::Linear;
  if (interpolationName == QStringLiteral("nearest")) interpolation = Interpolation::Nearest;
  else if (interpolationName == QStringLiteral("cubic")) interpolation = Interpolation::Cubic;
  else if (interpolationName != QStringLiteral("linear")) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--interpolation must be nearest, linear or cubic"));
  std::optional<std::vector<double>> window;
  if (cli.isSet(windowOption)) {
    window = numbers(cli.value(windowOption), 2);
    if (!window || !((*window)[1] > 0)) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--window must be center,width with a width above 0"));
  }
  bool sizeOk = false;
  const int size = cli.value(sizeOption).toInt(&sizeOk);
  if (!sizeOk || size < 16 || size > 8192) return bad(QCoreApplication::translate("yunyue::RenderCommand", "--size must be a whole number from 16 to 8192"));

  const VolumeLoadOutcome loaded = loadCachedSeries(cli.value(cacheOption), cli.positionalArguments().at(1));
  if (!loaded.ok()) return 1;
  const Volume& volume = loaded.volume;
  const ImageGeometry& g = volume.geometry();
  const Eigen::Vector3d point =
      position.value_or(g.indexToPatient(0.5 * (g.size - Eigen::Vector3i::Ones()).cast<double>()));

  // The standard plane's directions, turned as asked, fitted to the volume.
  ReslicePlane fitted = planeName == QStringLiteral("coronal")    ? coronalPlane(g, point)
                        : planeName == QStringLiteral("sagittal") ? sagittalPlane(g, point)
                                                                  : axialPlane(g, point);
  if (rotationDegrees != 0) {
    const Eigen::Matrix3d r = Eigen::AngleAxisd(rotationDegrees * kPi / 180, rotationAxis).toRotationMatrix();
    fitted = fitPlaneToVolume(g, point, r * fitted.rowDirection, r * fitted.columnDirection);
  }
  // A square grid of square pixels over the fitted plane: the picture keeps
  // the patient's proportions whatever the voxel spacing.
  const double pixel = std::max(fitted.columns * fitted.spacing.x(), fitted.rows * fitted.spacing.y()) / size;
  ReslicePlane plane = fitted;
  plane.columns = plane.rows = size;
  plane.spacing = Eigen::Vector2d(pixel, pixel);
  plane.origin = fitted.centre() - 0.5 * (size - 1) * pixel * (plane.rowDirection + plane.columnDirection);
  const ResliceImage image = resliceImage(volume, plane, interpolation, slab);

  double center = window ? (*window)[0] : loaded.windowCenter;
  double width = window ? (*window)[1] : loaded.windowWidth;
  if (!(width > 0)) {  // no window in the files: the image's own range
    const auto [lo, hi] = std::minmax_element(image.pixels.begin(), image.pixels.end());
    center = 0.5 * (double(*lo) + double(*hi));
    width = std::max(1.0, double(*hi) - double(*lo));
  }
  // DICOM PS3.3 C.11.2.1.2.1 linear VOI function, to 8 bits.
  QImage png(size, size, QImage::Format_Grayscale8);
  for (int r = 0; r < size; ++r) {
    uchar* line = png.scanLine(r);
    for (int c = 0; c < size; ++c) {
      const double x = image.at(c, r);
      double y = width > 1 ? ((x - (center - 0.5)) / (width - 1) + 0.5) : (x < center - 0.5 ? 0.0 : 1.0);
      y = std::clamp(y, 0.0, 1.0);
      if (loaded.monochrome1) y = 1.0 - y;
      line[c] = uchar(std::lround(y * 255));
    }
  }
  const QString out = cli.value(outOption);
  if (!png.save(out, "PNG")) {
    say(QCoreApplication::translate("yunyue::RenderCommand", "yunyue: cannot write %1").arg(out));
    return 1;
  }
  say(QCoreApplication::translate("yunyue::RenderCommand", "wrote %1: %2 plane, %3 mm pixels").arg(out, planeName).arg(pixel, 0, 'f', 3));
  return 0;
}

}  // namespace yunyue
