#include "app/PullCommand.h"

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/StudyCache.h"
#include "cloudclient/StudyPull.h"
#include "viewer/DecodedImage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QtCore/qcoreapplication.h>
#include <QElapsedTimer>
#include <QFutureSynchronizer>
#include <QtConcurrent/QtConcurrentRun>
#include <QLocale>
#include <QStandardPaths>
#include <atomic>
#include <cstdio>
#include <unistd.h>

namespace yunyue {
namespace {

// Context of this verb's translations.
struct PullCommand {
  Q_DECLARE_TR_FUNCTIONS(PullCommand)
};

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

// One terminal line, redrawn in place on a terminal, printed every tenth
// otherwise (logs, CI).
class ProgressLine {
 public:
  ProgressLine() : m_tty(isatty(fileno(stderr)) != 0) { m_clock.start(); }

  void show(const PullProgress& p) {
    const int total = std::max(p.instancesTotal, 1);
    const int tenth = p.instancesDone * 10 / total;
    if (!m_tty && (tenth == m_lastTenth && p.instancesDone != p.instancesTotal)) return;
    if (!m_tty && p.instancesDone == m_lastDone && p.instancesTotal == m_lastTotal) return;
    m_lastTenth = tenth;
    m_lastDone = p.instancesDone;
    m_lastTotal = p.instancesTotal;
    const int filled = p.instancesDone * 30 / total;
    const double seconds = std::max(m_clock.elapsed(), qint64(1)) / 1000.0;
    const QLocale locale;
    const QString line = QStringLiteral("[%1%2] %3  %4  %5/s")
                             .arg(QString(filled, QLatin1Char('#')), QString(30 - filled, QLatin1Char('-')))
                             .arg(PullCommand::tr("%1/%2 images")
                                      .arg(p.instancesDone)
                                      .arg(p.instancesTotal))
                             .arg(locale.formattedDataSize(p.bytesReceived),
                                  locale.formattedDataSize(qint64(p.bytesReceived / seconds)));
    std::fprintf(stderr, m_tty ? "\r%s\033[K" : "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
  }
  void end() {
    if (m_tty) std::fprintf(stderr, "\n");
  }
  double seconds() const { return m_clock.elapsed() / 1000.0; }

 private:
  bool m_tty;
  int m_lastTenth = -1;
  int m_lastDone = -1;
  int m_lastTotal = -1;
  QElapsedTimer m_clock;
};

QString defaultProfilePath() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/yunyue/demo-cloud/cloud.ini");
}

}  // namespace

int runPullCommand(const QStringList& arguments) {
  QCommandLineParser cli;
  cli.setApplicationDescription(PullCommand::tr("Pulls a whole study into the local cache."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("pull"), PullCommand::tr("The verb."));
  cli.addPositionalArgument(QStringLiteral("study"), PullCommand::tr("StudyInstanceUID or AccessionNumber."));
  const QCommandLineOption profileOption(QStringLiteral("profile"), PullCommand::tr("Server profile file (default: the demo cloud's)."),
                                         QStringLiteral("file"), defaultProfilePath());
  const QCommandLineOption cacheOption(QStringLiteral("cache"), PullCommand::tr("Cache directory (default: the user's cache)."),
                                       QStringLiteral("dir"),
                                       qEnvironmentVariable("YUNYUE_CACHE_DIR", StudyCache::defaultRoot()));
  const QCommandLineOption connectionsOption(QStringLiteral("connections"), PullCommand::tr("Parallel transfers (default 6)."),
                                             QStringLiteral("n"), QStringLiteral("6"));
  const QCommandLineOption decodeOption(QStringLiteral("decode"),
                                       PullCommand::tr("Decode every image as it arrives, as the viewer would."));
  cli.addOptions({profileOption, cacheOption, connectionsOption, decodeOption});
  if (!cli.parse(arguments) || cli.positionalArguments().size() != 2) {
    say(cli.errorText().isEmpty() ? PullCommand::tr("usage: yunyue pull [--profile FILE] [--cache DIR] STUDY") : cli.errorText());
    return 2;
  }
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);
  const QString wanted = cli.positionalArguments().at(1);

  CloudError error;
  const ServerProfile profile = ServerProfile::fromCloudFile(cli.value(profileOption), &error);
  if (!profile.isComplete()) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(error.message, error.detail));
    return 2;
  }
  std::unique_ptr<StudyCache> cache = StudyCache::open(cli.value(cacheOption), &error);
  if (!cache) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(error.message, error.detail));
    return 2;
  }
  DicomWebClient client(profile);
  PullOptions options;
  options.connections = std::clamp(cli.value(connectionsOption).toInt(), 1, 16);

  // A UID is pulled as it is; anything else is looked up as an accession.
  int exitCode = 1;
  ProgressLine line;
  qint64 firstImageMs = -1;
  // Decoding overlaps the download: each image is decoded as soon as it is
  // in the cache, on the thread pool, while the next ones arrive.
  const bool decode = cli.isSet(decodeOption);
  QFutureSynchronizer<bool> decoding;
  std::atomic<qint64> firstDecodedMs{-1};
  QElapsedTimer sinceRequest;
  sinceRequest.start();
  auto pullStudy = [&](const QString& studyUid) {
    auto* pull = new StudyPull(&client, cache.get(), studyUid, options, &client);
    QObject::connect(pull, &StudyPull::progress, pull, [&line](const PullProgress& p) { line.show(p); });
    QObject::connect(pull, &StudyPull::instanceCached, pull, [&](const QString&, const QString&, const QString& path) {
      if (firstImageMs < 0) firstImageMs = qint64(line.seconds() * 1000);
      if (decode)
        decoding.addFuture(QtConcurrent::run([path, &firstDecodedMs, &sinceRequest] {
          const bool ok = decodeDicomFile(path).ok();
          qint64 unset = -1;
          firstDecodedMs.compare_exchange_strong(unset, sinceRequest.elapsed());
          return ok;
        }));
    });
    QObject::connect(pull, &StudyPull::finished, pull, [&, pull](const PullResult& r) {
      line.end();
      if (decode) {
        decoding.waitForFinished();
        int failed = 0;
        for (const QFuture<bool>& f : decoding.futures()) failed += f.result() ? 0 : 1;
        say(PullCommand::tr("decoded %1 images (%2 failed); all decoded %3 s after the request")
                .arg(decoding.futures().size()).arg(failed).arg(line.seconds(), 0, 'f', 2));
        say(PullCommand::tr("first image decoded %1 ms after the request").arg(firstDecodedMs.load()));
      }
      if (firstImageMs >= 0) say(PullCommand::tr("first image in the cache %1 ms after the request").arg(firstImageMs));
      for (const SeriesPullResult& s : r.series)
        for (const SeriesWarning& w : s.warnings)
          say(PullCommand::tr("warning: series %1 (%2): %3").arg(s.series.seriesNumber).arg(s.series.seriesDescription, w.message));
      if (r.complete()) {
        say(PullCommand::tr("complete: %n image(s) in the cache", nullptr, r.fetched + r.alreadyCached) + QStringLiteral(" (") +
            PullCommand::tr("%1 fetched, %2 already cached; %3 in %4 s").arg(r.fetched).arg(r.alreadyCached)
                .arg(QLocale().formattedDataSize(r.bytesReceived))
                .arg(line.seconds(), 0, 'f', 2) + QStringLiteral(")"));
        say(PullCommand::tr("cache: %1").arg(cache->root()));
        exitCode = 0;
      } else {
        say(QStringLiteral("yunyue: %1").arg(r.error.message));
        if (!r.error.detail.isEmpty()) say(QStringLiteral("  (%1)").arg(r.error.detail));
      }
      const QStringList evicted = cache->evictToLimit();
      if (!evicted.isEmpty()) say(PullCommand::tr("%n older study(ies) evicted from the cache.", nullptr, int(evicted.size())));
      pull->deleteLater();
      QCoreApplication::exit(exitCode);
    });
    pull->start();
  };
  if (isValidUid(wanted)) {
    QMetaObject::invokeMethod(&client, [&] { pullStudy(wanted); }, Qt::QueuedConnection);
  } else {
    StudyQuery query;
    query.accessionNumber = wanted;
    client.searchStudies(query, [&](QList<StudyRecord> found, CloudError searchError) {
      if (searchError.isError() || found.isEmpty()) {
        say(searchError.isError() ? QStringLiteral("yunyue: %1").arg(searchError.message)
                                  : PullCommand::tr("yunyue: no study %1 on %2").arg(wanted, profile.dicomWebRoot.host()));
        return QCoreApplication::exit(1);
      }
      pullStudy(found.first().studyInstanceUid);
    });
  }
  return QCoreApplication::exec();
}

}  // namespace yunyue
