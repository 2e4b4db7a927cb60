// A study pull against the private Orthanc of this test run: the cache ends
// up holding the server's files byte for byte; a second pull transfers
// nothing; a pull interrupted or refused leaves nothing partial and the next
// one fetches only what is missing; a wrong password ends with the auth
// message; a lossy instance is flagged on its series.

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/StudyCache.h"
#include "cloudclient/StudyPull.h"
#include "tests/cloudclient/ArchiveAdmin.h"
#include "tests/cloudclient/FaultProxy.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

QString testData() { return qEnvironmentVariable("YUNYUE_TEST_DATA"); }

// StudyInstanceUID of a demo study, from the converter's list.
QString demoStudyUid(const QString& name) {
  QFile list(testData() + "/demo-studies.txt");
  if (!list.open(QIODevice::ReadOnly)) qFatal("no demo-studies.txt");
  for (const QByteArray& line : list.readAll().split('\n')) {
    const QList<QByteArray> f = line.split('\t');
    if (f.size() >= 5 && f[0] == name.toUtf8()) return QString::fromLatin1(f[3]);
  }
  qFatal("no demo study %s", qPrintable(name));
}

// The files that were uploaded to the archive, by SOP Instance UID.
QHash<QString, QString> sourceFiles(const QString& series) {
  QHash<QString, QString> files;
  QDirIterator it(testData() + '/' + series, {"*.dcm"}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    CloudError error;
    if (auto facts = readInstanceFacts(path, &error)) files.insert(facts->sopInstanceUid, path);
  }
  return files;
}

QByteArray contents(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Pull {
  PullResult result;
  QStringList arrivalOrder;
  QList<InstanceRecord> listed;  // of the first series
  int progressSignals = 0;
  QStringList firstImages;       // firstImageCached, once per pull
};

Pull pull(const ServerProfile& profile, StudyCache& cache, const QString& studyUid, PullOptions options = {},
          const QString& firstSeries = {}) {
  DicomWebClient client(profile);
  StudyPull p(&client, &cache, studyUid, options);
  p.setFirstSeries(firstSeries);
  Pull out;
  bool done = false;
  QObject::connect(&p, &StudyPull::instancesListed, [&](const SeriesRecord& s, const QList<InstanceRecord>& i) {
    if (out.listed.isEmpty() || s.seriesInstanceUid == firstSeries) out.listed = i;
  });
  QObject::connect(&p, &StudyPull::instanceCached,
                   [&](const QString&, const QString& sop, const QString&) { out.arrivalOrder << sop; });
  QObject::connect(&p, &StudyPull::progress, [&](const PullProgress&) { ++out.progressSignals; });
  QObject::connect(&p, &StudyPull::firstImageCached, [&](const SeriesRecord&, const QString& sop, const QString& path) {
    if (!QFile::exists(path)) qFatal("first image announced before it is in the cache");
    out.firstImages << sop;
  });
  QObject::connect(&p, &StudyPull::finished, [&](const PullResult& r) {
    out.result = r;
    done = true;
  });
  p.start();
  if (!QTest::qWaitFor([&] { return done; }, 120000)) qFatal("pull did not finish");
  return out;
}

int filesIn(const QString& dir) {
  return int(QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot).size());
}

}  // namespace

class TestStudyPull : public QObject {
  Q_OBJECT
  ServerProfile m_profile = test::testCloudProfile();
  QString m_ctStudy = demoStudyUid("ct-head");

 private slots:
  void fullPullIsByteForByteTheArchive() {
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    QVERIFY(cache);
    // Through a fault-free proxy, to see the requests in the order they went.
    test::FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    ServerProfile viaProxy = m_profile;
    viaProxy.dicomWebRoot = proxy.rewrite(m_profile.dicomWebRoot);
    const Pull p = pull(viaProxy, *cache, m_ctStudy);
    QVERIFY2(p.result.complete(), qPrintable(p.result.error.message + " / " + p.result.error.detail));
    QCOMPARE(p.result.fetched, 108);
    QCOMPARE(p.result.alreadyCached, 0);
    QVERIFY(p.progressSignals > 1);
    QCOMPARE(p.result.series.size(), 1);
    QCOMPARE(p.result.series[0].cachedInstances, 108);
    QVERIFY(p.result.series[0].warnings.isEmpty());
    const QHash<QString, QString> sources = sourceFiles("ct-head");
    QCOMPARE(sources.size(), 108);
    qint64 bytes = 0;
    for (auto it = sources.begin(); it != sources.end(); ++it) {
      const QString cached = cache->instancePath(it.key());
      QVERIFY2(!cached.isEmpty(), qPrintable(it.key()));
      QVERIFY2(contents(cached) == contents(it.value()), qPrintable(it.value()));
      bytes += QFileInfo(cached).size();
    }
    // Only the instances travelled, each once (plus multipart framing).
    QVERIFY(p.result.bytesReceived >= bytes && p.result.bytesReceived < bytes + 108 * 1024);
    QCOMPARE(filesIn(dir.filePath("incoming")), 0);
    // The first image on screen (lowest InstanceNumber) was asked for first,
    // and the rest in display order.
    QCOMPARE(p.listed.size(), 108);
    QCOMPARE(p.listed.first().instanceNumber, 1);
    QStringList retrieved;
    for (const QString& line : proxy.requestLines())
      if (line.contains("/instances/")) retrieved << line.section('/', -1);
    QCOMPARE(retrieved.size(), 108);
    QCOMPARE(retrieved.first(), p.listed.first().sopInstanceUid);
    QCOMPARE(retrieved.last(), p.listed.last().sopInstanceUid);
    QCOMPARE(p.firstImages, QStringList{p.listed.first().sopInstanceUid});

    // A second pull transfers nothing.
    const Pull again = pull(m_profile, *cache, m_ctStudy);
    QVERIFY(again.result.complete());
    QCOMPARE(again.result.fetched, 0);
    QCOMPARE(again.result.alreadyCached, 108);
    QCOMPARE(again.result.bytesReceived, 0);
    QCOMPARE(again.arrivalOrder.size(), 108);  // all announced as cached
    QCOMPARE(again.firstImages, p.firstImages);
  }

  void resumesWithOnlyWhatIsMissing() {
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    // Stop the pull after the first ten images have arrived.
    {
      DicomWebClient client(m_profile);
      StudyPull p(&client, cache.get(), m_ctStudy, PullOptions{2, 5, 250, 30000});
      int arrived = 0;
      bool done = false;
      PullResult result;
      QObject::connect(&p, &StudyPull::instanceCached, [&] {
        if (++arrived == 10) p.cancel();
      });
      QObject::connect(&p, &StudyPull::finished, [&](const PullResult& r) { result = r; done = true; });
      p.start();
      QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
      QVERIFY(result.cancelled);
      QVERIFY(!result.complete());
      QVERIFY(result.fetched >= 10 && result.fetched < 108);
      QVERIFY(result.series[0].warnings.size() >= 1);
      QCOMPARE(result.series[0].warnings[0].kind, SeriesWarningKind::MissingInstances);
    }
    QCOMPARE(filesIn(dir.filePath("incoming")), 0);
    const Pull rest = pull(m_profile, *cache, m_ctStudy);
    QVERIFY(rest.result.complete());
    QCOMPARE(rest.result.fetched + rest.result.alreadyCached, 108);
    QVERIFY(rest.result.alreadyCached >= 10);
    QVERIFY(rest.result.fetched <= 98);
  }

  // Faults between the workstation and the archive: whatever happens on the
  // wire, the cache ends up complete and byte for byte the archive's, with
  // nothing partial left behind, and every WADO-RS request asked for the
  // stored transfer syntax.
  void faultsNeverCorruptTheCache_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("connection dropped mid-body") << "drop";
    QTest::newRow("stalled transfer") << "stall";
    QTest::newRow("503 answers") << "503";
    QTest::newRow("multipart boundary cut") << "cut";
    QTest::newRow("all at once") << "all";
  }
  void faultsNeverCorruptTheCache() {
    QFETCH(QString, fault);
    test::FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    ServerProfile viaProxy = m_profile;
    viaProxy.dicomWebRoot = proxy.rewrite(m_profile.dicomWebRoot);
    const QByteArray wado = "/instances/";  // instance retrieves, not QIDO searches
    if (fault == "drop" || fault == "all") proxy.dropMidBody(6, wado);
    if (fault == "stall" || fault == "all") proxy.stall(3, 4000, wado);
    // Fewer in a row than PullOptions::maxAttempts: the pull gets through.
    if (fault == "503" || fault == "all") proxy.answer503(4);
    if (fault == "cut" || fault == "all") proxy.cutMultipartBoundary(6, wado);

    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    PullOptions options;
    options.firstBackoffMs = 20;
    options.stallTimeoutMs = 1000;
    const Pull p = pull(viaProxy, *cache, m_ctStudy, options);
    QVERIFY2(p.result.complete(), qPrintable(p.result.error.message + " / " + p.result.error.detail));
    QVERIFY(proxy.faultsInjected() > 0);
    // Every injected fault costs a retry; a machine starved of CPU may also
    // see a transfer outlast the stall timeout and retry it once more.
    QVERIFY2(p.result.retries >= proxy.faultsInjected(),
             qPrintable(QStringLiteral("%1 retries for %2 faults").arg(p.result.retries).arg(proxy.faultsInjected())));
    QCOMPARE(p.result.fetched, 108);
    QCOMPARE(filesIn(dir.filePath("incoming")), 0);
    const QHash<QString, QString> sources = sourceFiles("ct-head");
    for (auto it = sources.begin(); it != sources.end(); ++it)
      QVERIFY2(contents(cache->instancePath(it.key())) == contents(it.value()), qPrintable(it.value()));

    // Every instance request asked for the stored transfer syntax.
    const QStringList lines = proxy.requestLines();
    const QList<QByteArray> accepts = proxy.requestHeaders("Accept");
    QCOMPARE(accepts.size(), lines.size());
    int retrieves = 0;
    for (int i = 0; i < lines.size(); ++i) {
      if (!lines[i].contains("/instances/")) continue;
      ++retrieves;
      QVERIFY2(accepts[i].contains("transfer-syntax=*"), accepts[i].constData());
    }
    QVERIFY(retrieves >= 108);
  }

  // The archive keeps failing: the pull ends with a clear message, keeps
  // what arrived, leaves nothing partial, and the next pull fetches only
  // what is missing.
  void persistentFailureThenResume() {
    test::FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    ServerProfile viaProxy = m_profile;
    viaProxy.dicomWebRoot = proxy.rewrite(m_profile.dicomWebRoot);
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    // Two instances that always come back cut short.
    const QList<InstanceRecord> listed = [&] {
      const Pull p = pull(m_profile, *cache, m_ctStudy);
      return p.listed;
    }();
    cache->removeStudy(m_ctStudy);
    proxy.dropMidBody(1000, listed[10].sopInstanceUid.toLatin1());
    proxy.cutMultipartBoundary(1000, listed[20].sopInstanceUid.toLatin1());
    PullOptions options;
    options.firstBackoffMs = 10;
    options.maxAttempts = 3;
    const Pull broken = pull(viaProxy, *cache, m_ctStudy, options);
    QVERIFY(!broken.result.complete());
    QCOMPARE(broken.result.failed, 2);
    QCOMPARE(broken.result.fetched, 106);
    QVERIFY(broken.result.error.isError());
    QVERIFY2(broken.result.error.message.contains("2"), qPrintable(broken.result.error.message));
    QCOMPARE(broken.result.series[0].warnings.first().kind, SeriesWarningKind::MissingInstances);
    QVERIFY(!cache->contains(listed[10].sopInstanceUid));
    QVERIFY(!cache->contains(listed[20].sopInstanceUid));
    QCOMPARE(filesIn(dir.filePath("incoming")), 0);

    proxy.clearFaults();
    const int before = proxy.requestsSeen();
    const Pull resumed = pull(viaProxy, *cache, m_ctStudy, options);
    QVERIFY(resumed.result.complete());
    QCOMPARE(resumed.result.fetched, 2);
    QCOMPARE(resumed.result.alreadyCached, 106);
    // QIDO for the series, for InstanceNumber 1 and for all instances, then the two images.
    QCOMPARE(proxy.requestsSeen() - before, 3 + 2);
  }

  // A caller that has just searched the series hands them over: the pull
  // does not search them again.
  void givenSeriesAreNotSearchedAgain() {
    QList<SeriesRecord> series;
    {
      DicomWebClient client(m_profile);
      bool done = false;
      client.searchSeries(m_ctStudy, [&](QList<SeriesRecord> found, CloudError) { series = found; done = true; });
      QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
    }
    QCOMPARE(series.size(), 1);
    test::FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    ServerProfile viaProxy = m_profile;
    viaProxy.dicomWebRoot = proxy.rewrite(m_profile.dicomWebRoot);
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    DicomWebClient client(viaProxy);
    StudyPull p(&client, cache.get(), m_ctStudy);
    p.setSeries(series);
    bool done = false;
    QObject::connect(&p, &StudyPull::finished, [&] { done = true; });
    p.start();
    QVERIFY(QTest::qWaitFor([&] { return done; }, 120000));
    QVERIFY(p.result().complete());
    QCOMPARE(p.result().fetched, 108);
    for (const QString& line : proxy.requestLines()) QVERIFY2(!line.contains("/series?"), qPrintable(line));
  }

  void wrongPasswordEndsWithTheAuthMessage() {
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    ServerProfile wrong = m_profile;
    wrong.password = "not-the-password";
    const Pull p = pull(wrong, *cache, m_ctStudy);
    QVERIFY(!p.result.complete());
    QCOMPARE(p.result.error.code, CloudErrorCode::AuthenticationFailed);
    QVERIFY(!p.result.error.message.isEmpty());
    QVERIFY(!p.result.error.detail.contains("not-the-password"));
    QCOMPARE(cache->totalBytes(), 0);
  }

  void unknownStudyIsAClearError() {
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    const Pull p = pull(m_profile, *cache, "1.2.3.4.5.6.7.8.9");
    QVERIFY(!p.result.complete());
    QVERIFY(p.result.error.isError());
    QVERIFY(!p.result.error.message.isEmpty());
  }

  void lossyInstanceIsFlagged() {
    // A lossy JPEG copy of one CT slice, as a study of its own.
    QTemporaryDir work;
    const QString source = sourceFiles("ct-head").begin().value();
    const QString lossy = work.filePath("lossy.dcm");
    QProcess jpeg;
    jpeg.start("dcmcjpeg", {"+ee", "+un", source, lossy});  // extended (lossy) 12-bit JPEG
    QVERIFY(jpeg.waitForFinished(30000));
    QCOMPARE(jpeg.exitCode(), 0);
    const QString study = "1.2.826.0.1.3680043.10.543.1." + QString::number(QDateTime::currentMSecsSinceEpoch());
    QProcess modify;
    modify.start("dcmodify", {"-nb", "-m", "(0020,000d)=" + study, "-m", "(0020,000e)=" + study + ".1", "-m",
                              "(0008,0018)=" + study + ".1.1", "-m", "(0008,0050)=LOSSY1", lossy});
    QVERIFY(modify.waitForFinished(30000));
    QCOMPARE(modify.exitCode(), 0);
    test::ArchiveAdmin archive;
    QVERIFY(archive.upload(contents(lossy)));
    // Gone again whatever happens, so other tests see the demo studies only.
    const auto cleanup = qScopeGuard([&] { archive.deleteStudy(study); });

    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    const Pull p = pull(m_profile, *cache, study);
    QVERIFY(p.result.complete());
    QCOMPARE(p.result.series.size(), 1);
    QList<SeriesWarningKind> kinds;
    for (const SeriesWarning& w : p.result.series[0].warnings) kinds << w.kind;
    QVERIFY(kinds.contains(SeriesWarningKind::Lossy));
    // Stored as sent: the archive did not decompress it for us.
    QCOMPARE(contents(cache->instancePath(study + ".1.1")), contents(lossy));
  }
};

QTEST_GUILESS_MAIN(TestStudyPull)
#include "test_study_pull.moc"
