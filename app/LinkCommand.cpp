#include "app/LinkCommand.h"

#include "app/CachedSeries.h"
#include "cloudclient/StudyCache.h"
#include "viewer/ThinSliceReconstruction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace yunyue {
namespace {

// Context of this verb's translations.
struct LinkCommand {
  Q_DECLARE_TR_FUNCTIONS(LinkCommand)
};

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

void print(const QString& line) {
  std::fprintf(stdout, "%s\n", line.toUtf8().constData());
  std::fflush(stdout);
}

LinkedSeries linkedSeriesOf(const VolumeLoadOutcome& loaded) {
  return {loaded.volume.geometry(), loaded.sliceThickness, loaded.frameOfReferenceUid};
}

}  // namespace

int runLinkCommand(const QStringList& arguments) {
  QCommandLineParser cli;
  cli.setApplicationDescription(LinkCommand::tr("The slices of one series that show what a slice of another shows."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("link"), LinkCommand::tr("The verb."));
  cli.addPositionalArgument(QStringLiteral("from"), LinkCommand::tr("The series scrolled (SeriesInstanceUID)."));
  cli.addPositionalArgument(QStringLiteral("to"), LinkCommand::tr("The series that follows (SeriesInstanceUID)."));
  const QCommandLineOption cacheOption(QStringLiteral("cache"), LinkCommand::tr("Cache directory (default: the user's cache)."),
                                       QStringLiteral("dir"), qEnvironmentVariable("YUNYUE_CACHE_DIR", StudyCache::defaultRoot()));
  const QCommandLineOption sliceOption(QStringLiteral("slice"), LinkCommand::tr("Slice of FROM, counted from 0 along its normal."),
                                       QStringLiteral("k"));
  cli.addOptions({cacheOption, sliceOption});
  const QString usage = LinkCommand::tr("usage: yunyue link [--cache DIR] FROM TO --slice K");
  if (!cli.parse(arguments) || cli.positionalArguments().size() != 3 || !cli.isSet(sliceOption)) {
    say(cli.errorText().isEmpty() ? usage : cli.errorText());
    return 2;
  }
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);
  bool numeric = false;
  const int slice = cli.value(sliceOption).toInt(&numeric);
  if (!numeric || slice < 0) {
    say(usage);
    return 2;
  }
  const VolumeLoadOutcome from = loadCachedSeries(cli.value(cacheOption), cli.positionalArguments().at(1));
  if (!from.ok()) return 1;
  const VolumeLoadOutcome to = loadCachedSeries(cli.value(cacheOption), cli.positionalArguments().at(2));
  if (!to.ok()) return 1;
  const ImageGeometry& g = from.volume.geometry();
  if (slice >= g.size.z()) {
    say(LinkCommand::tr("yunyue: %1 has %2 slices").arg(from.seriesInstanceUid).arg(g.size.z()));
    return 2;
  }
  // The centre of the slice: where a reader looking at it points.
  const Eigen::Vector3d centre =
      g.indexToPatient(Eigen::Vector3d(0.5 * (g.size.x() - 1), 0.5 * (g.size.y() - 1), slice));
  const LinkedSlices linked = linkedSlices(linkedSeriesOf(from), linkedSeriesOf(to), centre);
  if (!linked.ok()) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(linked.error.message, linked.error.detail));
    return 1;
  }
  print(LinkCommand::tr("slice %1 of %2 (%3 mm thick) shows what %n slice(s) of %4 show:", nullptr, int(linked.slices.size()))
            .arg(slice).arg(from.seriesInstanceUid).arg(from.sliceThickness).arg(to.seriesInstanceUid));
  for (const int k : linked.slices)
    print(QStringLiteral("  %1  %2").arg(k).arg(to.slices[size_t(k)].sopInstanceUid));
  return linked.slices.empty() ? 1 : 0;
}

}  // namespace yunyue
