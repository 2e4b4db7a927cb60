// yunyue-prefetch-load: 30 studies pulled at once on one Qt event loop, as
// a workstation's prefetch does (issue 8, item 7). Run by bench/prefetch-load.
//
//   yunyue-prefetch-load make --source SERIESDIR --copies N --out DIR
//       N copies of a series, each a study of its own (new Study, Series and
//       SOP Instance UIDs), under DIR/copyNN/; their StudyInstanceUIDs in
//       DIR/studies.txt.
//   yunyue-prefetch-load run --profile cloud.ini --cache DIR --studies FILE
//                            [--pulls N] [--connections N]
//       Pulls every study of FILE into a fresh cache: through a PrefetchQueue
//       with N pulls at a time, or with --pulls 0 every StudyPull started at
//       once (the anchor). Prints the longest gap between ticks of a 10 ms
//       timer on the loop (its longest stall), the peak RSS (VmHWM) and the
//       throughput.

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/PrefetchQueue.h"
#include "cloudclient/StudyCache.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace yunyue;

namespace {

void say(const QString& line) {
  std::printf("%s\n", qPrintable(line));
  std::fflush(stdout);
}

QString option(const QStringList& args, const QString& name, const QString& fallback = {}) {
  const int i = int(args.indexOf(name));
  return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

QByteArray newUid() {
  char uid[100];
  return QByteArray(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
}

int makeCopies(const QString& source, int copies, const QString& out) {
  const QStringList names = QDir(source).entryList({"*.dcm"}, QDir::Files, QDir::Name);
  QStringList studies;
  for (int c = 0; c < copies; ++c) {
    const QByteArray study = newUid(), series = newUid();
    const QString dir = out + QStringLiteral("/copy%1").arg(c, 2, 10, QLatin1Char('0'));
    QDir().mkpath(dir);
    for (const QString& name : names) {
      DcmFileFormat file;
      if (file.loadFile(QFile::encodeName(source + '/' + name).constData()).bad()) return 1;
      DcmDataset* ds = file.getDataset();
      const QByteArray accession = QStringLiteral("LOAD%1").arg(c, 4, 10, QLatin1Char('0')).toLatin1();
      if (ds->putAndInsertString(DCM_StudyInstanceUID, study.constData()).bad() ||
          ds->putAndInsertString(DCM_SeriesInstanceUID, series.constData()).bad() ||
          ds->putAndInsertString(DCM_SOPInstanceUID, newUid().constData()).bad() ||
          ds->putAndInsertString(DCM_AccessionNumber, accession.constData()).bad() ||
          file.saveFile(QFile::encodeName(dir + '/' + name).constData(), EXS_Unknown).bad())
        return 1;
    }
    studies << QString::fromLatin1(study);
  }
  QFile list(out + "/studies.txt");
  if (!list.open(QIODevice::WriteOnly)) return 1;
  list.write(studies.join('\n').toLatin1() + '\n');
  say(QStringLiteral("%1 studies of %2 images in %3").arg(copies).arg(names.size()).arg(out));
  return 0;
}

// CPU time of the calling thread, in ms: a stall during which the loop's
// thread ran is work on it; one during which it did not is waiting (disk,
// a lock) or a machine too busy to schedule it.
qint64 threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

qint64 peakRssKiB() {
  QFile status("/proc/self/status");
  if (!status.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : status.readAll().split('\n'))
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLongLong();
  return -1;
}

int runLoad(const QStringList& args) {
  CloudError error;
  const ServerProfile profile = ServerProfile::fromCloudFile(option(args, "--profile"), &error);
  std::unique_ptr<StudyCache> cache = StudyCache::open(option(args, "--cache"), &error);
  QFile list(option(args, "--studies"));
  if (!profile.isComplete() || !cache || !list.open(QIODevice::ReadOnly)) {
    say("bad profile, cache or study list: " + error.detail);
    return 2;
  }
  QStringList studies;
  for (const QByteArray& line : list.readAll().split('\n'))
    if (!line.trimmed().isEmpty()) studies << QString::fromLatin1(line.trimmed());
  const int pulls = option(args, "--pulls", "2").toInt();
  PullOptions options;
  options.connections = option(args, "--connections", "6").toInt();

  DicomWebClient client(profile);
  QElapsedTimer clock, sinceTick;
  qint64 longestGapMs = 0, longestGapCpuMs = 0, longestGapAtMs = 0, bytes = 0, cpuAtTick = 0;
  qint64 busiestGapCpuMs = 0;  // the most CPU the loop's thread spent between two ticks
  int gapsOver100 = 0;
  int finished = 0, complete = 0;
  QTimer ticker;
  ticker.setTimerType(Qt::PreciseTimer);
  ticker.setInterval(10);
  QObject::connect(&ticker, &QTimer::timeout, [&] {
    const qint64 gap = sinceTick.restart(), cpu = threadCpuMs();
    gapsOver100 += gap > 100 ? 1 : 0;
    busiestGapCpuMs = std::max(busiestGapCpuMs, cpu - cpuAtTick);
    if (gap > longestGapMs) {
      longestGapMs = gap;
      longestGapCpuMs = cpu - cpuAtTick;
      longestGapAtMs = clock.elapsed();
    }
    cpuAtTick = cpu;
  });
  auto onFinished = [&](const PullResult& r) {
    bytes += r.bytesReceived;
    complete += r.complete() ? 1 : 0;
    if (++finished == studies.size()) QCoreApplication::exit(0);
  };

  PrefetchQueue queue(&client, cache.get(), std::max(pulls, 1), options);
  QObject::connect(&queue, &PrefetchQueue::studyFinished, [&](const QString&, const PullResult& r) { onFinished(r); });
  clock.start();
  sinceTick.start();
  cpuAtTick = threadCpuMs();
  ticker.start();
  for (const QString& study : studies) {
    if (pulls > 0) {
      queue.enqueue(study);
    } else {  // the anchor: every pull at once
      auto* pull = new StudyPull(&client, cache.get(), study, options, &client);
      QObject::connect(pull, &StudyPull::finished, [&](const PullResult& r) { onFinished(r); });
      pull->start();
    }
  }
  QCoreApplication::exec();
  const double seconds = clock.elapsed() / 1000.0;
  say(QStringLiteral("%1: %2 of %3 studies complete, %4 MB in %5 s = %6 MB/s; longest event-loop stall %7 ms "
                     "(%9 ms of it CPU on the loop's thread, %10 s in), %11 stalls over 100 ms, at most %12 ms CPU "
                     "between two ticks; peak RSS %8 MiB")
          .arg(pulls > 0 ? QStringLiteral("queue of %1 pulls").arg(pulls) : QStringLiteral("all pulls at once"))
          .arg(complete).arg(studies.size())
          .arg(bytes / 1e6, 0, 'f', 1).arg(seconds, 0, 'f', 2).arg(bytes / 1e6 / seconds, 0, 'f', 1)
          .arg(longestGapMs).arg(peakRssKiB() / 1024).arg(longestGapCpuMs)
          .arg(longestGapAtMs / 1000.0, 0, 'f', 1).arg(gapsOver100).arg(busiestGapCpuMs));
  return complete == studies.size() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() > 1 && args[1] == "make")
    return makeCopies(option(args, "--source"), option(args, "--copies", "30").toInt(), option(args, "--out"));
  if (args.size() > 1 && args[1] == "run") return runLoad(args);
  say("usage: yunyue-prefetch-load make --source SERIESDIR --copies N --out DIR\n"
      "       yunyue-prefetch-load run --profile cloud.ini --cache DIR --studies FILE [--pulls N] [--connections N]");
  return 2;
}
