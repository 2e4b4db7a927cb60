#include "app/ExportCommand.h"

#include "app/ArchiveUpload.h"
#include "app/CachedSeries.h"

#include "cloudclient/ServerProfile.h"
#include "cloudclient/StudyCache.h"
#include "viewer/DerivedSeriesWriter.h"
#include "viewer/ReformatStack.h"
#include "viewer/VolumeLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>
#include <optional>

namespace yunyue {
namespace {

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

QString usage() {
  return QCoreApplication::translate(
      "yunyue::ExportCommand",
      "usage: yunyue export [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--row X,Y,Z --column X,Y,Z] "
      "--spacing MM [--slab mip|minip|average --thickness MM] [--pixel MM] [--interpolation nearest|linear|cubic] "
      "--out DIR [--upload [--profile cloud.ini]]");
}

QString defaultProfilePath() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         QStringLiteral("/yunyue/demo-cloud/cloud.ini");
}

// "x,y,z" as a vector, or nothing.
std::optional<Eigen::Vector3d> vector3(const QString& text) {
  const QStringList parts = text.split(QLatin1Char(','));
  if (parts.size() != 3) return std::nullopt;
  Eigen::Vector3d v;
  for (int i = 0; i < 3; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v[i])) return std::nullopt;
  }
  return v;
}

// A length in mm above 0, or nothing.
std::optional<double> millimetres(const QString& text) {
  bool ok = false;
  const double v = text.toDouble(&ok);
  if (!ok || !std::isfinite(v) || !(v > 0)) return std::nullopt;
  return v;
}

}  // namespace

int runExportCommand(const QStringList& arguments) {
  QCommandLineParser cli;
  cli.setApplicationDescription(QCoreApplication::translate(
      "yunyue::ExportCommand", "Writes a reformatted stack (MPR or slab) of a cached series as a DERIVED series."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("yunyue::ExportCommand", "The verb."));
  cli.addPositionalArgument(QStringLiteral("series"), QCoreApplication::translate("yunyue::ExportCommand", "SeriesInstanceUID, or a StudyInstanceUID for its first series."));
  const QCommandLineOption cacheOption(QStringLiteral("cache"), QCoreApplication::translate("yunyue::ExportCommand", "Cache directory (default: the user's cache)."),
                                       QStringLiteral("dir"),
                                       qEnvironmentVariable("YUNYUE_CACHE_DIR", StudyCache::defaultRoot()));
  const QCommandLineOption planeOption(QStringLiteral("plane"), QCoreApplication::translate("yunyue::ExportCommand", "axial, coronal, sagittal or oblique (with --row and --column)."),
                                       QStringLiteral("plane"));
  const QCommandLineOption rowOption(QStringLiteral("row"), QCoreApplication::translate("yunyue::ExportCommand", "Oblique plane: image right as an LPS direction."),
                                     QStringLiteral("x,y,z"));
  const QCommandLineOption columnOption(QStringLiteral("column"), QCoreApplication::translate("yunyue::ExportCommand", "Oblique plane: image down as an LPS direction."),
                                        QStringLiteral("x,y,z"));
  const QCommandLineOption spacingOption(QStringLiteral("spacing"), QCoreApplication::translate("yunyue::ExportCommand", "Distance between the images along the plane normal, mm."),
                                         QStringLiteral("mm"));
  const QCommandLineOption slabOption(QStringLiteral("slab"), QCoreApplication::translate("yunyue::ExportCommand", "Thick slabs: mip, minip or average."), QStringLiteral("mode"));
  const QCommandLineOption thicknessOption(QStringLiteral("thickness"), QCoreApplication::translate("yunyue::ExportCommand", "Slab thickness, mm."), QStringLiteral("mm"));
  const QCommandLineOption pixelOption(QStringLiteral("pixel"), QCoreApplication::translate("yunyue::ExportCommand", "Square pixels of this size, mm (default: as fine as the voxels)."),
                                       QStringLiteral("mm"));
  const QCommandLineOption interpolationOption(QStringLiteral("interpolation"), QCoreApplication::translate("yunyue::ExportCommand", "nearest, linear or cubic (default linear)."),
                                               QStringLiteral("kind"), QStringLiteral("linear"));
  const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("yunyue::ExportCommand", "The folder to write the DICOM files to."), QStringLiteral("dir"));
  const QCommandLineOption uploadOption(QStringLiteral("upload"), QCoreApplication::translate("yunyue::ExportCommand", "Store the series in the archive (STOW-RS)."));
  const QCommandLineOption profileOption(QStringLiteral("profile"), QCoreApplication::translate("yunyue::ExportCommand", "Server profile file (default: the demo cloud's)."),
                                         QStringLiteral("file"), defaultProfilePath());
  cli.addOptions({cacheOption, planeOption, rowOption, columnOption, spacingOption, slabOption, thicknessOption,
                  pixelOption, interpolationOption, outOption, uploadOption, profileOption});

  auto bad = [&](const QString& why) {
    say(QStringLiteral("yunyue: %1").arg(why));
    say(usage());
    return 2;
  };
  if (!cli.parse(arguments)) return bad(cli.errorText());
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);
  if (cli.positionalArguments().size() != 2) return bad(QCoreApplication::translate("yunyue::ExportCommand", "name one series"));
  if (!cli.isSet(outOption)) return bad(QCoreApplication::translate("yunyue::ExportCommand", "--out is required"));

  // Everything about the options is checked before the (slow) load.
  ReformatStackRequest request;
  const QString planeName = cli.value(planeOption);
  if (planeName == QStringLiteral("axial")) request.orientation = ReformatOrientation::Axial;
  else if (planeName == QStringLiteral("coronal")) request.orientation = ReformatOrientation::Coronal;
  else if (planeName == QStringLiteral("sagittal")) request.orientation = ReformatOrientation::Sagittal;
  else if (planeName == QStringLiteral("oblique")) request.orientation = ReformatOrientation::Oblique;
  else return bad(QCoreApplication::translate("yunyue::ExportCommand", "--plane must be axial, coronal, sagittal or oblique"));
  const bool oblique = request.orientation == ReformatOrientation::Oblique;
  if (oblique != (cli.isSet(rowOption) && cli.isSet(columnOption)) || (!oblique && (cli.isSet(rowOption) || cli.isSet(columnOption))))
    return bad(QCoreApplication::translate("yunyue::ExportCommand", "--row and --column go with --plane oblique, both of them"));
  if (oblique) {
    const auto row = vector3(cli.value(rowOption));
    const auto column = vector3(cli.value(columnOption));
    if (!row || !column)
      return bad(QCoreApplication::translate("yunyue::ExportCommand", "--row and --column must be three numbers x,y,z"));
    // Directions within about 1 degree of parallel span no plane.
    if (row->norm() < 1e-9 || column->norm() < 1e-9 || row->normalized().cross(column->normalized()).norm() < 0.02)
      return bad(QCoreApplication::translate("yunyue::ExportCommand", "--row and --column must be non-zero and not parallel"));
    request.rowDirection = *row;
    request.columnDirection = *column;
  }
  const auto spacing = millimetres(cli.value(spacingOption));
  if (!spacing) return bad(QCoreApplication::translate("yunyue::ExportCommand", "--spacing in mm, more than 0, is required"));
  request.sliceSpacingMm = *spacing;
  if (cli.isSet(slabOption)) {
    const QString mode = cli.value(slabOption);
    request.slab.mode = mode == QStringLiteral("mip")       ? SlabMode::Mip
                        : mode == QStringLiteral("minip")   ? SlabMode::MinIp
                        : mode == QStringLiteral("average") ? SlabMode::Average
                                                            : SlabMode::None;
    if (request.slab.mode == SlabMode::None)
      return bad(QCoreApplication::translate("yunyue::ExportCommand", "--slab must be mip, minip or average"));
    const auto thickness = millimetres(cli.value(thicknessOption));
    if (!thickness) return bad(QCoreApplication::translate("yunyue::ExportCommand", "a slab needs --thickness in mm, more than 0"));
    request.slab.thicknessMm = *thickness;
  } else if (cli.isSet(thicknessOption)) {
    return bad(QCoreApplication::translate("yunyue::ExportCommand", "--thickness needs --slab"));
  }
  if (cli.isSet(pixelOption)) {
    const auto pixel = millimetres(cli.value(pixelOption));
    if (!pixel) return bad(QCoreApplication::translate("yunyue::ExportCommand", "--pixel must be a size in mm, more than 0"));
    request.pixelSpacingMm = *pixel;
  }
  const QString interpolationName = cli.value(interpolationOption);
  if (interpolationName == QStringLiteral("nearest")) request.interpolation = Interpolation::Nearest;
  else if (interpolationName == QStringLiteral("cubic")) request.interpolation = Interpolation::Cubic;
  else if (interpolationName != QStringLiteral("linear"))
    return bad(QCoreApplication::translate("yunyue::ExportCommand", "--interpolation must be nearest, linear or cubic"));
  const bool uploading = cli.isSet(uploadOption);
  ServerProfile profile;
  if (uploading) {
    CloudError profileError;
    profile = ServerProfile::fromCloudFile(cli.value(profileOption), &profileError);
    if (!profile.isComplete()) {
      say(QStringLiteral("yunyue: %1 (%2)").arg(profileError.message, profileError.detail));
      return 2;
    }
  } else if (cli.isSet(profileOption)) {
    return bad(QCoreApplication::translate("yunyue::ExportCommand", "--profile needs --upload"));
  }

  QStringList files;
  const VolumeLoadOutcome loaded = loadCachedSeries(cli.value(cacheOption), cli.positionalArguments().at(1), &files);
  if (!loaded.ok()) return 1;

  setStandardDirections(loaded.volume.geometry(), request);
  const ReformatStack stack = reformatStack(loaded.volume, request);
  if (!stack.ok()) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(stack.error.message, stack.error.detail));
    return 1;
  }
  DerivedSeriesOptions base;
  // The source instance the derived series names (any one of the series).
  base.sourceFile = loaded.slices.empty() || loaded.slices.front().file < 0 ? files.first()
                                                                             : files.at(loaded.slices.front().file);
  base.windowCenter = loaded.windowCenter;
  base.windowWidth = loaded.windowWidth;
  const DerivedSeriesOptions options = reformatSeriesOptions(request, stack, base);
  const DerivedSeries derived = encodeDerivedSeries(stack.images, options);
  if (!derived.ok()) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(derived.error.message, derived.error.detail));
    return 1;
  }
  const QString out = cli.value(outOption);
  const ViewerError saved = saveDerivedSeries(derived, out);
  if (saved.isError()) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(saved.message, saved.detail));
    return 1;
  }
  say(QCoreApplication::translate("yunyue::ExportCommand", "wrote %1 images of \"%2\" to %3")
          .arg(derived.files.size())
          .arg(options.seriesDescription, out));
  // The new series' UID on stdout, for scripts.
  std::printf("%s\n", derived.seriesInstanceUid.toLatin1().constData());
  std::fflush(stdout);
  if (uploading && !storeFilesInBatches(profile, derived.files, say)) return 1;
  return 0;
}

}  // namespace yunyue
