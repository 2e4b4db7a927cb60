// Prefetch of 30 studies at once (issue 8, item 7), on a small scale: 30
// studies of 5 MR slices each, made with new UIDs and stored in the test
// archive, are all asked for at once through the PrefetchQueue. Every study
// must arrive complete and byte for byte; the pulls running at once and the
// HTTP requests in flight (counted at the client's QNetworkAccessManager as
// each reply is made and finishes) must stay within the configured bound.
// The longest event-loop stall (a 10 ms timer's largest gap) and the peak
// memory are printed, not asserted: the machine's load decides them.
// bench/prefetch-load measures the full-size load (30 CT studies).

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/PrefetchQueue.h"
#include "cloudclient/StudyCache.h"
#include "tests/cloudclient/ArchiveAdmin.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <ctime>

using namespace yunyue;

namespace {

constexpr int kStudies = 30, kSlices = 5, kMaxPulls = 3, kConnections = 2;

QByteArray newUid() {
  char uid[100];
  return QByteArray(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
}

// A demo MR slice under new UIDs, as Part 10 bytes; empty when DCMTK fails.
QByteArray copyWithUids(const QString& source, const QByteArray& study, const QByteArray& series, const QByteArray& sop,
                        const QString& scratch) {
  DcmFileFormat file;
  if (file.loadFile(QFile::encodeName(source).constData()).bad()) return {};
  DcmDataset* ds = file.getDataset();
  const bool ok = ds->putAndInsertString(DCM_StudyInstanceUID, study.constData()).good() &&
                  ds->putAndInsertString(DCM_SeriesInstanceUID, series.constData()).good() &&
                  ds->putAndInsertString(DCM_SOPInstanceUID, sop.constData()).good() &&
                  ds->putAndInsertString(DCM_AccessionNumber, "PREFETCH").good() &&
                  file.saveFile(QFile::encodeName(scratch).constData(), EXS_Unknown).good();
  QFile f(scratch);
  return ok && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// CPU time of the calling thread, in ms: what of a stall was work on the
// loop's thread rather than waiting for a busy machine to schedule it.
qint64 threadCpuMs() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

// Peak resident memory of this process (VmHWM), in KiB.
qint64 peakRssKiB() {
  QFile status("/proc/self/status");
  if (!status.open(QIODevice::ReadOnly)) return -1;
  for (const QByteArray& line : status.readAll().split('\n'))
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLongLong();
  return -1;
}

// Counts the HTTP requests of one QNetworkAccessManager that are under way:
// each reply is a child of the manager; it is counted once constructed (the
// next turn of the event loop, before any answer can be read) until it
// finishes.
class RequestCounter : public QObject {
 public:
  explicit RequestCounter(QNetworkAccessManager* manager) { manager->installEventFilter(this); }
  int inFlight = 0, maxInFlight = 0, total = 0;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::ChildAdded) {
      QPointer<QObject> child = static_cast<QChildEvent*>(event)->child();
      QMetaObject::invokeMethod(this, [this, child] { count(qobject_cast<QNetworkReply*>(child.data())); },
                                Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
  }

 private:
  void count(QNetworkReply* reply) {
    if (!reply || reply->isFinished()) return;
    ++total;
    maxInFlight = std::max(maxInFlight, ++inFlight);
    connect(reply, &QNetworkReply::finished, this, [this] { --inFlight; });
  }
};

}  // namespace

class TestPrefetchLoad : public QObject {
  Q_OBJECT
  test::ArchiveAdmin m_admin;
  QTemporaryDir m_scratch;
  QStringList m_studies;
  QHash<QString, QByteArray> m_files;  // by SOP Instance UID, as stored

 private slots:
  void initTestCase() {
    const QString source = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/mr-head/1";
    for (int s = 0; s < kStudies; ++s) {
      const QByteArray study = newUid(), series = newUid();
      for (int i = 1; i <= kSlices; ++i) {
        const QByteArray sop = newUid();
        const QByteArray bytes = copyWithUids(source + QStringLiteral("/%1.dcm").arg(i, 4, 10, QLatin1Char('0')), study,
                                              series, sop, m_scratch.filePath("copy.dcm"));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(m_admin.upload(bytes));
        m_files.insert(QString::fromLatin1(sop), bytes);
      }
      m_studies << QString::fromLatin1(study);
    }
  }

  void cleanupTestCase() {
    for (const QString& study : m_studies) m_admin.deleteStudy(study);
  }

  void thirtyStudiesAtOnceArriveCompleteWithinTheBound() {
    QTemporaryDir dir;
    CloudError error;
    std::unique_ptr<StudyCache> cache = StudyCache::open(dir.path(), &error);
    QVERIFY(cache);
    DicomWebClient client(test::testCloudProfile());
    auto* manager = client.findChild<QNetworkAccessManager*>();
    QVERIFY(manager);
    RequestCounter requests(manager);
    PullOptions options;
    options.connections = kConnections;
    PrefetchQueue queue(&client, cache.get(), kMaxPulls, options);

    // The event loop's health: the largest gap between ticks of a 10 ms timer.
    QElapsedTimer clock, sinceTick;
    qint64 longestGapMs = 0, busiestGapCpuMs = 0, cpuAtTick = threadCpuMs();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
      longestGapMs = std::max(longestGapMs, sinceTick.restart());
      const qint64 cpu = threadCpuMs();
      busiestGapCpuMs = std::max(busiestGapCpuMs, cpu - cpuAtTick);
      cpuAtTick = cpu;
    });

    int maxRunning = 0;
    QHash<QString, PullResult> results;
    QObject::connect(&queue, &PrefetchQueue::pullStarted, [&] { maxRunning = std::max(maxRunning, queue.runningCount()); });
    QObject::connect(&queue, &PrefetchQueue::studyFinished,
                     [&](const QString& uid, const PullResult& r) { results.insert(uid, r); });
    bool idle = false;
    QObject::connect(&queue, &PrefetchQueue::idle, [&] { idle = true; });

    clock.start();
    sinceTick.start();
    ticker.start();
    for (const QString& study : m_studies) queue.enqueue(study);
    QCOMPARE(queue.runningCount() + queue.queuedCount(), kStudies);
    QVERIFY(QTest::qWaitFor([&] { return idle; }, 240000));
    ticker.stop();
    const double seconds = clock.elapsed() / 1000.0;

    qint64 bytes = 0;
    QCOMPARE(results.size(), kStudies);
    for (const QString& study : m_studies) {
      const PullResult r = results.value(study);
      QVERIFY2(r.complete(), qPrintable(study + ": " + r.error.detail));
      QCOMPARE(r.fetched, kSlices);
      const QStringList series = cache->studySeries(study);
      QCOMPARE(series.size(), 1);
      const QList<InstanceFacts> cached = cache->seriesInstances(series.first());
      QCOMPARE(cached.size(), kSlices);
      for (const InstanceFacts& f : cached) {
        QFile file(cache->instancePath(f.sopInstanceUid));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == m_files.value(f.sopInstanceUid), qPrintable(f.sopInstanceUid));
        bytes += file.size();
      }
    }
    // At most kMaxPulls pulls at once, each with its transfers and at most
    // its two QIDO searches (series, instances) under way.
    qInfo("%d studies, %d requests, at most %d pulls and %d requests at once (bound %d × (%d + 2))", kStudies,
          requests.total, maxRunning, requests.maxInFlight, kMaxPulls, kConnections);
    qInfo("longest event-loop stall %lld ms (at most %lld ms CPU on the loop's thread between two ticks); "
          "peak RSS %lld MiB; %.1f MB/s (%.1f MB in %.2f s)",
          longestGapMs, busiestGapCpuMs, peakRssKiB() / 1024, bytes / 1e6 / seconds, bytes / 1e6, seconds);
    QCOMPARE(maxRunning, kMaxPulls);
    QVERIFY(requests.total >= kStudies * kSlices);  // the counter saw every transfer
    QVERIFY2(requests.maxInFlight <= kMaxPulls * (kConnections + 2), qPrintable(QString::number(requests.maxInFlight)));
  }
};

QTEST_GUILESS_MAIN(TestPrefetchLoad)
#include "test_prefetch_load.moc"
