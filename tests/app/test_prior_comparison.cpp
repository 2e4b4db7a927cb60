// Opening a prior beside the current study, against the test Orthanc: the
// demo head CT (current, 1.5 mm) and the same patient's CT from an earlier
// visit at another hospital (3 mm, its own frame of reference, the patient
// lying 4, -6, 3.5 mm off). The prior is pulled into a fresh cache, loaded,
// registered here within 1 mm and 1°, and stored as a Spatial Registration
// object; a second workstation then reuses the archived object instead of
// registering again. Stopping a registration shows the prior marked as not
// registered. The choice of the prior series is checked on its own.

#include "app/ArchivedRegistrations.h"
#include "app/PriorComparison.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/StudyCache.h"
#include "tests/cloudclient/ArchiveAdmin.h"
#include "viewer/VolumeLoader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

SeriesRecord series(const QString& modality, const QString& description, int images) {
  SeriesRecord s;
  s.seriesInstanceUid = description + QString::number(images);
  s.modality = modality;
  s.seriesDescription = description;
  s.numberOfInstances = images;
  return s;
}

// The demo prior's offset (tests/fixtures/demostudies/CtHeadStudies.cpp).
const Eigen::Vector3d kTrueShift(4.0, -6.0, 3.5);

double worstErrorMm(const RigidTransform& t, const Volume& volume) {
  // Over the corners of the current volume: the furthest any anatomy lands off.
  const ImageGeometry& g = volume.geometry();
  double worst = 0;
  for (int c = 0; c < 8; ++c) {
    const Eigen::Vector3d ijk((c & 1) ? g.size.x() - 1 : 0, (c & 2) ? g.size.y() - 1 : 0, (c & 4) ? g.size.z() - 1 : 0);
    const Eigen::Vector3d p = g.indexToPatient(ijk);
    worst = std::max(worst, (t.apply(p) - (p + kTrueShift)).norm());
  }
  return worst;
}

}  // namespace

class TestPriorComparison : public QObject {
  Q_OBJECT

  QTemporaryDir m_tmp;
  std::unique_ptr<StudyCache> m_cache;
  ComparedSeries m_current;
  SeriesRecord m_currentSeries;
  StudyRecord m_prior;

  StudyRecord findStudy(const QString& accession) {
    DicomWebClient client(test::testCloudProfile());
    StudyQuery query;
    query.accessionNumber = accession;
    QList<StudyRecord> found;
    bool done = false;
    client.searchStudies(query, [&](QList<StudyRecord> studies, CloudError) {
      found = studies;
      done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return found.value(0);
  }

  QList<SpatialRegistrationObject> archivedRegistrations() {
    DicomWebClient client(test::testCloudProfile());
    ArchivedRegistrations found;
    bool done = false;
    fetchRegistrations(&client, m_current.studyUid, [&](ArchivedRegistrations r, CloudError) {
      found = r;
      done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
    return found.registrations;
  }

  // Opens the prior on a fresh "workstation" and waits until it is shown.
  void compare(PriorComparison& comparison) {
    QSignalSpy ready(&comparison, &PriorComparison::priorReady);
    QSignalSpy failed(&comparison, &PriorComparison::failed);
    comparison.open(m_current, m_currentSeries, m_prior);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() > 0, 120000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(comparison.prior().volume);
    QCOMPARE(comparison.prior().volume->geometry().size.z(), 54);
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    CloudError error;
    m_cache = StudyCache::open(m_tmp.filePath("cache"), &error);
    QVERIFY2(m_cache, qPrintable(error.detail));
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) m_current.files << dir + '/' + name;
    QCOMPARE(m_current.files.size(), 108);
    VolumeLoadOutcome loaded = loadVolume(m_current.files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    m_current.frameOfReferenceUid = loaded.frameOfReferenceUid;
    m_current.seriesUid = loaded.seriesInstanceUid;
    m_current.volume = std::make_shared<const Volume>(std::move(loaded.volume));
    m_current.info.modality = QStringLiteral("CT");
    m_current.studyUid = findStudy(QStringLiteral("QS20261120001")).studyInstanceUid;
    QVERIFY(!m_current.studyUid.isEmpty());
    m_currentSeries = series(QStringLiteral("CT"), QStringLiteral("Head 1.5mm"), 108);
    m_prior = findStudy(QStringLiteral("YX20250514007"));
    QVERIFY(!m_prior.studyInstanceUid.isEmpty());
    QVERIFY(archivedRegistrations().isEmpty());
  }

  void choosesTheComparableSeries_data() {
    QTest::addColumn<QList<SeriesRecord>>("candidates");
    QTest::addColumn<int>("expected");
    const SeriesRecord scout = series("CT", "Scout", 2);
    const SeriesRecord thin = series("CT", "Head 0.75mm", 216);
    const SeriesRecord thick = series("CT", "Head 3mm", 54);
    const SeriesRecord same = series("CT", "head 1.5mm ", 100);
    const SeriesRecord mr = series("MR", "Head 1.5mm", 108);
    const SeriesRecord report = series("SR", "Report", 1);
    QTest::newRow("closest image count") << QList<SeriesRecord>{scout, thin, thick} << 2;
    QTest::newRow("same description first") << QList<SeriesRecord>{thick, same, thin} << 1;
    QTest::newRow("other modality never") << QList<SeriesRecord>{mr, report, scout} << -1;
    QTest::newRow("none") << QList<SeriesRecord>{} << -1;
  }
  void choosesTheComparableSeries() {
    QFETCH(QList<SeriesRecord>, candidates);
    QFETCH(int, expected);
    QCOMPARE(comparableSeries(series("CT", "Head 1.5mm", 108), candidates), expected);
  }

  // First, while the archive has no registration: stopping one.
  void stoppedRegistrationIsMarkedNotRegistered() {
    DicomWebClient client(test::testCloudProfile());
    PriorComparison comparison(&client, m_cache.get());
    connect(&comparison, &PriorComparison::progress, &comparison, [&comparison] {
      if (comparison.isRegistering()) comparison.stopRegistration();
    });
    QSignalSpy messages(&comparison, &PriorComparison::message);
    compare(comparison);
    QCOMPARE(comparison.alignment().source, AlignmentSource::VolumeCentres);
    QVERIFY(comparison.alignment().text().contains("NOT registered"));
    QVERIFY(!messages.isEmpty());
    QVERIFY(archivedRegistrations().isEmpty());  // nothing stored for a stopped registration
  }

  void registersAndStoresTheRegistration() {
    DicomWebClient client(test::testCloudProfile());
    PriorComparison comparison(&client, m_cache.get());
    QSignalSpy changed(&comparison, &PriorComparison::alignmentChanged);
    compare(comparison);
    const Alignment& a = comparison.alignment();
    QCOMPARE(a.source, AlignmentSource::Registered);
    const double errorMm = worstErrorMm(a.currentToPrior, *m_current.volume);
    qInfo("registered: %s, worst error %.3f mm, rotation %.3f°", qPrintable(a.detail), errorMm,
          a.currentToPrior.rotationDegrees());
    QVERIFY2(errorMm < 1.0, qPrintable(QString::number(errorMm)));
    QVERIFY(a.currentToPrior.rotationDegrees() < 1.0);
    // Stored at once in the current study.
    QTRY_VERIFY_WITH_TIMEOUT(comparison.alignment().stored, 20000);
    QVERIFY(comparison.alignment().text().contains("saved to the archive"));
    const QList<SpatialRegistrationObject> archived = archivedRegistrations();
    QCOMPARE(archived.size(), 1);
    const FrameTransform t =
        archived.first().transformBetween(m_current.frameOfReferenceUid, comparison.prior().frameOfReferenceUid);
    QVERIFY(t.ok());
    QVERIFY((t.matrix - a.currentToPrior.matrix()).norm() < 1e-6);
  }

  void anotherWorkstationReusesIt() {
    // Its own client and cache: nothing shared but the archive.
    QTemporaryDir elsewhere;
    CloudError error;
    std::unique_ptr<StudyCache> cache = StudyCache::open(elsewhere.filePath("cache"), &error);
    QVERIFY(cache);
    DicomWebClient client(test::testCloudProfile());
    PriorComparison comparison(&client, cache.get());
    QSignalSpy registering(&comparison, &PriorComparison::progress);
    compare(comparison);
    QCOMPARE(comparison.alignment().source, AlignmentSource::Archive);
    QVERIFY(comparison.alignment().stored);
    QVERIFY(worstErrorMm(comparison.alignment().currentToPrior, *m_current.volume) < 1.0);
    for (const QList<QVariant>& step : registering)
      QVERIFY2(!step.first().toString().startsWith("Registering"), "registered again instead of reusing");
  }

  void handAdjustmentIsSavedAsANewObject() {
    DicomWebClient client(test::testCloudProfile());
    PriorComparison comparison(&client, m_cache.get());
    compare(comparison);
    RigidTransform moved = comparison.alignment().currentToPrior;
    moved.translation += Eigen::Vector3d(0, 0, 2);
    comparison.setAdjustedByHand(moved);
    QVERIFY(comparison.alignment().text().contains("not saved"));
    comparison.saveAlignment(moved, QStringLiteral("Wang^Yi"));
    QTRY_VERIFY_WITH_TIMEOUT(comparison.alignment().stored, 20000);
    const QList<SpatialRegistrationObject> archived = archivedRegistrations();
    QCOMPARE(archived.size(), 2);
    QVERIFY(archived.at(0).contentCreatorName == "Wang^Yi" || archived.at(1).contentCreatorName == "Wang^Yi");
  }

  void cleanupTestCase() {
    // Other tests see the archive as seeded.
    test::ArchiveAdmin admin;
    for (const SpatialRegistrationObject& o : archivedRegistrations()) QVERIFY(admin.deleteSeries(o.seriesInstanceUid));
  }
};

QTEST_MAIN(TestPriorComparison)
#include "test_prior_comparison.moc"
