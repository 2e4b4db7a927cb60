// The verified cache: only complete, parsed files with the right identity get
// in; the index survives a restart; leftovers of an interrupted transfer go;
// LRU eviction spares open studies and studies with unsent reports. And the
// completeness check finds what is wrong with a series.

#include "cloudclient/SeriesCompleteness.h"
#include "cloudclient/StudyCache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

QString demoFile(const QString& series, int number) {
  return qEnvironmentVariable("YUNYUE_TEST_DATA") + QStringLiteral("/%1/1/%2.dcm").arg(series).arg(number, 4, 10, QLatin1Char('0'));
}

// Copies a demo file into the cache's incoming area, as a transfer would.
QString receive(StudyCache& cache, const QString& source, qint64 keepBytes = -1) {
  const QString path = cache.incomingFile();
  QFile in(source);
  if (!in.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(source));
  QByteArray bytes = in.readAll();
  if (keepBytes >= 0) bytes.truncate(keepBytes);
  QFile out(path);
  if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) qFatal("cannot write %s", qPrintable(path));
  return path;
}

InstanceFacts store(StudyCache& cache, const QString& source) {
  const QString path = receive(cache, source);
  CloudError error;
  const std::optional<InstanceFacts> facts = readInstanceFacts(path, &error);
  if (!facts) qFatal("demo file does not parse: %s", qPrintable(error.detail));
  const CloudError stored = cache.commit(path, *facts);
  if (stored.isError()) qFatal("commit: %s", qPrintable(stored.detail));
  return *facts;
}

InstanceFacts slice(double z, int number) {
  InstanceFacts f;
  f.sopInstanceUid = QStringLiteral("1.2.3.%1").arg(number);
  f.instanceNumber = number;
  f.rows = f.columns = 256;
  f.imageOrientationPatient = std::array<double, 6>{1, 0, 0, 0, 1, 0};
  f.pixelSpacing = std::array<double, 2>{0.5, 0.5};
  f.imagePositionPatient = std::array<double, 3>{-60, -60, z};
  return f;
}

QList<SeriesWarningKind> kinds(const QList<SeriesWarning>& warnings) {
  QList<SeriesWarningKind> k;
  for (const SeriesWarning& w : warnings) {
    k << w.kind;
    if (w.message.isEmpty()) qFatal("warning without a message");
  }
  return k;
}

}  // namespace

class TestStudyCache : public QObject {
  Q_OBJECT

 private slots:
  void factsOfARealCtSlice() {
    CloudError error;
    const auto facts = readInstanceFacts(demoFile("ct-head", 1), &error);
    QVERIFY2(facts, qPrintable(error.detail));
    QCOMPARE(facts->modality, QStringLiteral("CT"));
    QCOMPARE(facts->rows, 256);
    QCOMPARE(facts->columns, 256);
    QCOMPARE(facts->instanceNumber, 1);
    QVERIFY(!facts->lossy);
    QVERIFY(facts->imagePositionPatient && facts->imageOrientationPatient && facts->pixelSpacing);
    QCOMPARE(facts->transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
    QVERIFY(isValidUid(facts->sopInstanceUid));
  }

  void truncatedOrForeignFilesAreRefused_data() {
    QTest::addColumn<qint64>("keepBytes");
    QTest::newRow("header only") << qint64(400);
    QTest::newRow("cut inside the pixels") << qint64(100000);
    QTest::newRow("one byte short") << qint64(-2);
    QTest::newRow("empty") << qint64(0);
  }
  void truncatedOrForeignFilesAreRefused() {
    QFETCH(qint64, keepBytes);
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    QVERIFY(cache);
    const QString source = demoFile("ct-head", 2);
    if (keepBytes == -2) keepBytes = QFileInfo(source).size() - 1;
    const QString path = receive(*cache, source, keepBytes);
    QVERIFY(!readInstanceFacts(path, &error));
    QCOMPARE(error.code, CloudErrorCode::DamagedInstance);
    QVERIFY(!error.message.isEmpty());
  }

  void uidsMustBeWellFormed_data() {
    QTest::addColumn<QString>("uid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "1.2.840.10008.1.2" << true;
    QTest::newRow("2.25") << "2.25.235721739418245671649960533968061487859" << true;
    QTest::newRow("traversal") << "../../etc" << false;
    QTest::newRow("slash") << "1.2/3" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("too long") << QString(65, '1') << false;
    QTest::newRow("trailing dot") << "1.2." << false;
  }
  void uidsMustBeWellFormed() {
    QFETCH(QString, uid);
    QFETCH(bool, valid);
    QCOMPARE(isValidUid(uid), valid);
  }

  void commitIndexesAndSurvivesRestart() {
    QTemporaryDir dir;
    CloudError error;
    InstanceFacts first;
    {
      auto cache = StudyCache::open(dir.path(), &error);
      QVERIFY(cache);
      first = store(*cache, demoFile("ct-head", 1));
      store(*cache, demoFile("ct-head", 2));
      QVERIFY(cache->contains(first.sopInstanceUid));
      // A transfer that never finished leaves a file in incoming/.
      QFile leftover(cache->incomingFile());
      QVERIFY(leftover.open(QIODevice::WriteOnly));
      leftover.write("partial");
    }
    auto cache = StudyCache::open(dir.path(), &error);
    QVERIFY(cache);
    QVERIFY(QDir(dir.filePath("incoming")).isEmpty());
    const QString path = cache->instancePath(first.sopInstanceUid);
    QVERIFY(path.startsWith(dir.path()));
    QFile a(path), b(demoFile("ct-head", 1));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    const QList<InstanceFacts> series = cache->seriesInstances(first.seriesInstanceUid);
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].instanceNumber, 1);
    QCOMPARE(series[0].imagePositionPatient, first.imagePositionPatient);
    QCOMPARE(series[0].pixelSpacing, first.pixelSpacing);
    QCOMPARE(cache->totalBytes(), series[0].fileBytes + series[1].fileBytes);
    QCOMPARE(cache->studySeries(first.studyInstanceUid), QStringList{first.seriesInstanceUid});
    const QStringList files = cache->seriesFiles(first.seriesInstanceUid);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.first(), path);  // InstanceNumber order
  }

  void hostileUidsNeverBecomePaths() {
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    const QString path = receive(*cache, demoFile("ct-head", 1));
    auto facts = readInstanceFacts(path, &error);
    QVERIFY(facts);
    facts->studyInstanceUid = QStringLiteral("../../outside");
    const CloudError refused = cache->commit(path, *facts);
    QCOMPARE(refused.code, CloudErrorCode::DamagedInstance);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(dir.filePath("../outside")));
    QVERIFY(!cache->contains(facts->sopInstanceUid));
  }

  void evictsLeastRecentlyUsedButNeverOpenOrUnsent() {
    QTemporaryDir dir;
    CloudError error;
    auto cache = StudyCache::open(dir.path(), &error);
    const InstanceFacts ct = store(*cache, demoFile("ct-head", 1));
    QTest::qWait(5);
    const InstanceFacts prior = store(*cache, demoFile("ct-head-prior", 1));
    QTest::qWait(5);
    const InstanceFacts mr = store(*cache, demoFile("mr-head", 1));
    QTest::qWait(5);
    const InstanceFacts cr = store(*cache, demoFile("cr-skull", 1));
    // Oldest first: ct, prior, mr, cr. The CT is open, the prior has a report
    // waiting to be sent: the MR is the first that may go.
    cache->markOpen(ct.studyInstanceUid, true);
    cache->markUnsentReport(prior.studyInstanceUid, true);
    cache->setSizeLimit(cache->totalBytes() - 1);
    QCOMPARE(cache->evictToLimit(), QStringList{mr.studyInstanceUid});
    QVERIFY(!cache->contains(mr.sopInstanceUid));
    QVERIFY(!QDir(dir.filePath("studies/" + mr.studyInstanceUid)).exists());
    // Even a limit of zero keeps protected studies.
    cache->setSizeLimit(0);
    QCOMPARE(cache->evictToLimit(), QStringList{cr.studyInstanceUid});
    QVERIFY(cache->contains(ct.sopInstanceUid));
    QVERIFY(cache->contains(prior.sopInstanceUid));
    // Once the report is sent and the study closed, they can go too.
    cache->markUnsentReport(prior.studyInstanceUid, false);
    cache->markOpen(ct.studyInstanceUid, false);
    QCOMPARE(cache->evictToLimit().size(), 2);
    QCOMPARE(cache->totalBytes(), 0);
  }

  void unsentReportSurvivesRestart() {
    QTemporaryDir dir;
    CloudError error;
    QString study;
    {
      auto cache = StudyCache::open(dir.path(), &error);
      study = store(*cache, demoFile("cr-skull", 1)).studyInstanceUid;
      cache->markUnsentReport(study, true);
    }
    auto cache = StudyCache::open(dir.path(), &error);
    QVERIFY(cache->isProtected(study));
    cache->setSizeLimit(0);
    QVERIFY(cache->evictToLimit().isEmpty());
  }

  void unwritableCacheIsAClearError() {
    CloudError error;
    QVERIFY(!StudyCache::open(QStringLiteral("/proc/yunyue-cache"), &error));
    QCOMPARE(error.code, CloudErrorCode::CacheFailed);
    QVERIFY(!error.message.isEmpty());
  }

  void completeness_data() {
    QTest::addColumn<QList<InstanceFacts>>("series");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QList<SeriesWarningKind>>("warnings");
    QList<InstanceFacts> even;
    for (int i = 0; i < 10; ++i) even << slice(i * 1.5, i + 1);
    QTest::newRow("complete") << even << 10 << QList<SeriesWarningKind>{};
    QTest::newRow("shuffled is still complete") << QList<InstanceFacts>{even[3], even[0], even[9], even[1], even[2],
                                                                       even[8], even[4], even[6], even[5], even[7]}
                                                << 10 << QList<SeriesWarningKind>{};
    QList<InstanceFacts> missingOne = even;
    missingOne.removeAt(4);
    QTest::newRow("a slice missing") << missingOne << 10
                                     << QList<SeriesWarningKind>{SeriesWarningKind::MissingInstances, SeriesWarningKind::Gap};
    QList<InstanceFacts> duplicate = even;
    duplicate << slice(6.0, 11);
    QTest::newRow("duplicate position") << duplicate << 11 << QList<SeriesWarningKind>{SeriesWarningKind::DuplicatePosition};
    QList<InstanceFacts> uneven = even;
    uneven[9].imagePositionPatient = std::array<double, 3>{-60, -60, 13.9};
    QTest::newRow("uneven") << uneven << 10 << QList<SeriesWarningKind>{SeriesWarningKind::UnevenSpacing};
    QList<InstanceFacts> tilted = even;
    tilted[2].imageOrientationPatient = std::array<double, 6>{1, 0, 0, 0, 0.996, -0.087};
    QTest::newRow("mixed orientation") << tilted << 10 << QList<SeriesWarningKind>{SeriesWarningKind::MixedOrientation};
    QList<InstanceFacts> mixed = even;
    mixed[5].pixelSpacing = std::array<double, 2>{0.6, 0.6};
    mixed[6].rows = 512;
    QTest::newRow("mixed spacing and matrix")
        << mixed << 10 << QList<SeriesWarningKind>{SeriesWarningKind::MixedPixelSpacing, SeriesWarningKind::MixedMatrix};
    QList<InstanceFacts> lossy = even;
    lossy[0].lossy = true;
    QTest::newRow("lossy") << lossy << 10 << QList<SeriesWarningKind>{SeriesWarningKind::Lossy};
    QTest::newRow("more than announced") << even << 8 << QList<SeriesWarningKind>{SeriesWarningKind::ExtraInstances};
    InstanceFacts radiograph;
    radiograph.rows = 2048;
    QTest::newRow("one radiograph") << QList<InstanceFacts>{radiograph} << 1 << QList<SeriesWarningKind>{};
  }
  void completeness() {
    QFETCH(QList<InstanceFacts>, series);
    QFETCH(int, expected);
    QFETCH(QList<SeriesWarningKind>, warnings);
    QCOMPARE(kinds(checkSeries(series, expected)), warnings);
  }
};

QTEST_GUILESS_MAIN(TestStudyCache)
#include "test_study_cache.moc"
