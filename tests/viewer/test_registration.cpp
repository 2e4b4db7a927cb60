// Rigid registration on the real demo head CT (256×256×108): a copy moved by
// a known rigid transform is written as a DERIVED series in a new Frame of
// Reference, loaded back like any other series, and registered to the
// original; the recovered fixed-to-moving transform must match the truth
// within 1 mm over the whole fixed volume (its 8 corners, the farthest
// points) and 1 degree. Also: the resampler moves anatomy the right way,
// progress per pyramid level, cancelling, identical volumes, empty input.

#include "viewer/DerivedSeriesWriter.h"
#include "viewer/Registration.h"
#include "viewer/VolumeLoader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <set>

using namespace yunyue;

namespace {

// The largest distance between where two transforms send the corners of a
// volume: for rigid transforms the largest over the whole box.
double maxCornerErrorMm(const RigidTransform& a, const RigidTransform& b, const ImageGeometry& g) {
  double worst = 0;
  for (int corner = 0; corner < 8; ++corner) {
    const Eigen::Vector3d ijk((corner & 1) ? g.size.x() - 1 : 0, (corner & 2) ? g.size.y() - 1 : 0,
                              (corner & 4) ? g.size.z() - 1 : 0);
    const Eigen::Vector3d p = g.indexToPatient(ijk);
    worst = std::max(worst, (a.apply(p) - b.apply(p)).norm());
  }
  return worst;
}

double rotationErrorDegrees(const RigidTransform& a, const RigidTransform& b) {
  return a.inverse().after(b).rotationDegrees();
}

Eigen::Vector3d centre(const ImageGeometry& g) {
  return g.indexToPatient((g.size.cast<double>() - Eigen::Vector3d::Ones()) / 2);
}

}  // namespace

Q_DECLARE_METATYPE(RigidTransform)

class TestRegistration : public QObject {
  Q_OBJECT

  Volume m_fixed;
  QString m_fixedFrameOfReference;
  QString m_sourceFile;
  QTemporaryDir m_dir;

  // The moved copy as a radiologist would get it: a series of its own, in
  // its own Frame of Reference, read back through the loader.
  VolumeLoadOutcome writeMovedSeries(const RigidTransform& fixedToMoving, const QString& name) {
    // The moving volume shows at q what the fixed one shows at fixedToMoving⁻¹(q).
    const Volume moved = resampleRigid(m_fixed, fixedToMoving.inverse(), m_fixed.geometry());
    DerivedSeriesOptions options;
    options.sourceFile = m_sourceFile;
    options.seriesDescription = QStringLiteral("Moved copy ") + name;
    options.derivationDescription = QStringLiteral("Rigidly moved copy for a registration test");
    options.frameOfReferenceUid = QStringLiteral("2.25.") + QString::number(qHash(name) + 1000u);
    const DerivedSeries series = encodeDerivedSeries(moved, options);
    VolumeLoadOutcome failed;
    if (!series.ok()) {
      failed.error = series.error;
      return failed;
    }
    const QString dir = m_dir.filePath(name);
    QStringList paths;
    const ViewerError saved = saveDerivedSeries(series, dir, &paths);
    if (saved.isError()) {
      failed.error = saved;
      return failed;
    }
    VolumeLoadOutcome loaded = loadVolume(paths);
    if (loaded.ok() && loaded.frameOfReferenceUid != options.frameOfReferenceUid) {
      loaded.error.code = ViewerErrorCode::InconsistentSeries;
      loaded.error.message = QStringLiteral("the new Frame of Reference was not written");
    }
    return loaded;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    m_sourceFile = files.first();
    VolumeLoadOutcome loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    m_fixed = std::move(loaded.volume);
    m_fixedFrameOfReference = loaded.frameOfReferenceUid;
    QVERIFY(!m_fixedFrameOfReference.isEmpty());
  }

  void rigidTransformAlgebra() {
    const RigidTransform t = RigidTransform::aboutCenter({1, 2, 3}, 30, {10, -20, 5}, {4, 5, 6});
    const Eigen::Vector3d p(7, -3, 11);
    QVERIFY((t.inverse().apply(t.apply(p)) - p).norm() < 1e-9);
    QVERIFY((RigidTransform::fromMatrix(t.matrix()).apply(p) - t.apply(p)).norm() < 1e-9);
    QVERIFY(std::abs(t.rotationDegrees() - 30) < 1e-9);
    // The centre of rotation stays put but for the shift.
    QVERIFY((t.apply({10, -20, 5}) - Eigen::Vector3d(14, -15, 11)).norm() < 1e-9);
    QVERIFY((t.after(t.inverse()).apply(p) - p).norm() < 1e-9);
    QCOMPARE(RigidTransform::identity().rotationDegrees(), 0.0);
  }

  // Moving anatomy by whole voxels: voxel (i, j, k) of the original appears
  // at (i + 2, j + 3, k + 1) of the moved copy, value for value.
  void resampleMovesAnatomy() {
    const ImageGeometry& g = m_fixed.geometry();
    RigidTransform shift;
    shift.translation = g.direction * Eigen::Vector3d(2 * g.spacing.x(), 3 * g.spacing.y(), 1 * g.spacing.z());
    const Volume moved = resampleRigid(m_fixed, shift.inverse(), g);
    QCOMPARE(moved.geometry().size, g.size);
    for (const Eigen::Vector3i& ijk : {Eigen::Vector3i(100, 120, 50), Eigen::Vector3i(128, 60, 20),
                                       Eigen::Vector3i(30, 200, 90)})
      QVERIFY(std::abs(moved.at(ijk.x() + 2, ijk.y() + 3, ijk.z() + 1) - m_fixed.at(ijk.x(), ijk.y(), ijk.z())) <
              1e-3);
    QCOMPARE(moved.at(0, 0, 0), -1024.0f);  // came from outside the original
  }

  void recoversKnownTransform_data() {
    QTest::addColumn<RigidTransform>("truth");
    const Eigen::Vector3d c = centre(m_fixed.geometry());
    QTest::newRow("oblique 8 deg + (12,-7,5) mm")
        << RigidTransform::aboutCenter({1, 1, 0.5}, 8, c, {12, -7, 5});
    QTest::newRow("translation (12,-7,5) mm") << RigidTransform::aboutCenter({0, 0, 1}, 0, c, {12, -7, 5});
    QTest::newRow("head turned 6 deg + (-5,9,-3) mm")
        << RigidTransform::aboutCenter({0, 0.2, 1}, -6, c + Eigen::Vector3d(0, 30, 0), {-5, 9, -3});
  }

  void recoversKnownTransform() {
    QFETCH(RigidTransform, truth);
    const VolumeLoadOutcome moving = writeMovedSeries(truth, QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY2(moving.ok(), qPrintable(moving.error.message));
    QVERIFY(moving.frameOfReferenceUid != m_fixedFrameOfReference);

    const RegistrationResult result = registerRigid(m_fixed, moving.volume);
    QVERIFY2(result.ok(), qPrintable(result.error.message + ' ' + result.error.detail));
    QVERIFY(!result.cancelled);
    const double mm = maxCornerErrorMm(result.fixedToMoving, truth, m_fixed.geometry());
    const double degrees = rotationErrorDegrees(result.fixedToMoving, truth);
    qInfo("%s: %.3f mm at the corners, %.3f deg, %d iterations, %.2f s", QTest::currentDataTag(), mm, degrees,
          result.iterations, result.seconds);
    QVERIFY2(mm < 1.0, qPrintable(QString::number(mm)));
    QVERIFY2(degrees < 1.0, qPrintable(QString::number(degrees)));
    // The inverse brings the moving anatomy back: the truth's displacement was large.
    QVERIFY(maxCornerErrorMm(truth, RigidTransform::identity(), m_fixed.geometry()) > 10);
  }

  void identicalVolumesGiveIdentity() {
    std::set<int> levels;
    int reportedLevels = 0;
    const RegistrationResult result = registerRigid(m_fixed, m_fixed, {}, [&](const RegistrationProgress& p) {
      levels.insert(p.level);
      reportedLevels = p.levels;
      return true;
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(reportedLevels, RegistrationOptions{}.levels);
    QVERIFY(levels == (std::set<int>{0, 1, 2}));  // progress from every level
    QVERIFY(result.iterations > 0);
    const double mm = maxCornerErrorMm(result.fixedToMoving, RigidTransform::identity(), m_fixed.geometry());
    qInfo("identical: %.3f mm, %.3f deg", mm, result.fixedToMoving.rotationDegrees());
    QVERIFY(mm < 0.5);
    QVERIFY(result.fixedToMoving.rotationDegrees() < 0.2);
  }

  void cancelThroughProgress() {
    int calls = 0;
    const RegistrationResult result =
        registerRigid(m_fixed, m_fixed, {}, [&](const RegistrationProgress&) { return ++calls < 3; });
    QVERIFY(result.cancelled);
    QCOMPARE(result.error.code, ViewerErrorCode::RegistrationCanceled);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(calls, 3);  // stopped at once, no further iterations or levels
    QCOMPARE(result.iterations, 3);
  }

  void emptyVolumeIsRefused() {
    const RegistrationResult result = registerRigid(m_fixed, Volume());
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, ViewerErrorCode::RegistrationFailed);
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(!result.cancelled);
    const RegistrationResult other = registerRigid(Volume(), m_fixed);
    QCOMPARE(other.error.code, ViewerErrorCode::RegistrationFailed);
  }

  void invalidOptionsAreRefused() {
    RegistrationOptions options;
    options.levels = 0;
    const RegistrationResult result = registerRigid(m_fixed, m_fixed, options);
    QCOMPARE(result.error.code, ViewerErrorCode::RegistrationFailed);
  }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "test_registration.moc"
