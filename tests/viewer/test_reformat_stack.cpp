// Reformatted stacks (MPR, MIP / MinIP / average slabs) of analytic phantom
// series: a bright blob shows up in the right image at the right pixel of
// coronal and oblique stacks, slabs equal a brute-force projection, every
// image's geometry steps along the normal, and the DERIVED series export is
// read back by our loader, dcmdump and dciodvfy.

#include "tests/viewer/PhantomSeries.h"
#include "viewer/DerivedSeriesWriter.h"
#include "viewer/ReformatStack.h"
#include "viewer/ResliceEngine.h"
#include "viewer/VolumeLoader.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

using namespace yunyue;
using Eigen::Vector3d;
using Eigen::Vector3i;

Q_DECLARE_METATYPE(yunyue::SlabMode)
Q_DECLARE_METATYPE(Eigen::Vector3d)

namespace {

// The blob's centre: off every voxel centre of the source grid.
const Vector3d kBlob(7.3, -4.6, 12.1);

// A soft-tissue background with a gentle ramp (so MinIP and MIP differ from
// each other everywhere), and a bright Gaussian blob (sigma 1.6 mm).
double phantom(const Vector3d& p) {
  return 40 + 0.8 * p.x() - 0.5 * p.y() + 0.3 * p.z() + 1000 * std::exp(-(p - kBlob).squaredNorm() / (2 * 1.6 * 1.6));
}

// Anisotropic voxels (0.8 x 0.8 x 1.5 mm), centred off the origin.
ImageGeometry sourceGeometry() {
  ImageGeometry g;
  g.spacing = Vector3d(0.8, 0.8, 1.5);
  g.size = Vector3i(44, 40, 28);
  g.origin = Vector3d(5, -10, 8) - g.indexToPatient(0.5 * (g.size.cast<double>() - Vector3d::Ones()));
  return g;
}

// Textbook trilinear interpolation in double precision; nothing outside the
// voxels' own extent [-0.5, n - 0.5] (edge voxels repeated in the half voxel
// beyond the outermost centres), as ResliceEngine.h defines inside.
std::optional<double> trilinear(const Volume& v, const Vector3d& lps) {
  const ImageGeometry& g = v.geometry();
  const Vector3d x = g.patientToIndex(lps);
  for (int a = 0; a < 3; ++a)
    if (x[a] < -0.5 - 1e-9 || x[a] > g.size[a] - 0.5 + 1e-9) return std::nullopt;
  const Vector3d c = x.cwiseMax(Vector3d::Zero()).cwiseMin((g.size - Vector3i::Ones()).cast<double>());
  int i0[3];
  double f[3];
  for (int a = 0; a < 3; ++a) {
    i0[a] = std::min(int(std::floor(c[a])), std::max(g.size[a] - 2, 0));
    f[a] = c[a] - i0[a];
  }
  double sum = 0;
  for (int corner = 0; corner < 8; ++corner) {
    const int i = std::min(i0[0] + (corner & 1), g.size.x() - 1);
    const int j = std::min(i0[1] + ((corner >> 1) & 1), g.size.y() - 1);
    const int k = std::min(i0[2] + ((corner >> 2) & 1), g.size.z() - 1);
    const double w = ((corner & 1) ? f[0] : 1 - f[0]) * (((corner >> 1) & 1) ? f[1] : 1 - f[1]) *
                     (((corner >> 2) & 1) ? f[2] : 1 - f[2]);
    sum += w * double(v.at(i, j, k));
  }
  return sum;
}

// The slab value at a point, brute force: every sample the engine's slab
// sampling names along the normal, combined in double precision.
std::optional<double> slabValue(const Volume& v, const Vector3d& centre, const Vector3d& normal,
                                const SlabOptions& slab) {
  const SlabSampling s = slabSampling(v.geometry(), slab);
  std::optional<double> lo, hi;
  double sum = 0;
  int n = 0;
  for (int m = 0; m < s.count; ++m) {
    const auto value = trilinear(v, centre + (s.firstOffsetMm + m * s.spacingMm) * normal);
    if (!value) continue;
    lo = lo ? std::min(*lo, *value) : *value;
    hi = hi ? std::max(*hi, *value) : *value;
    sum += *value;
    ++n;
  }
  if (n == 0) return std::nullopt;
  if (slab.mode == SlabMode::Mip) return hi;
  if (slab.mode == SlabMode::MinIp) return lo;
  return sum / n;
}

QString runTool(const QString& tool, const QStringList& args, int* exitCode) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(tool, args);
  if (!p.waitForFinished(120000)) {
    *exitCode = -1;
    return {};
  }
  *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  return QString::fromUtf8(p.readAll());
}

// Orthonormal oblique directions: the axial ones turned 25 degrees about
// the head-foot axis, then 35 degrees about the new row direction.
std::pair<Vector3d, Vector3d> obliqueDirections() {
  const double a = 25 * M_PI / 180, b = 35 * M_PI / 180;
  const Vector3d row(std::cos(a), std::sin(a), 0);
  const Vector3d column = Eigen::AngleAxisd(b, row) * Vector3d(-std::sin(a), std::cos(a), 0);
  return {row, column};
}

}  // namespace

class TestReformatStack : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  test::PhantomSeries m_source;
  Volume m_volume;

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    const QString dir = m_tmp.filePath("source");
    QVERIFY(QDir().mkpath(dir));
    test::PhantomSeriesOptions options;
    options.frameOfReferenceUid = QStringLiteral("1.2.826.0.1.3680043.2.1125.77.2");
    m_source = test::writePhantomSeries(dir, sourceGeometry(), phantom, options);
    QVERIFY2(m_source.ok(), qPrintable(m_source.error));
    VolumeLoadOutcome loaded = loadVolume(m_source.files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.detail));
    m_volume = std::move(loaded.volume);
  }

  // Image k sits at origin + k * spacing * normal with the request's
  // orientation, the stack covers the volume along the normal and in the
  // plane, and the blob is brightest in the image nearest to it, at the
  // pixel it projects to.
  void blobInTheRightPlace_data() {
    QTest::addColumn<int>("orientation");
    QTest::addColumn<Vector3d>("row");
    QTest::addColumn<Vector3d>("column");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<double>("pixel");
    QTest::newRow("coronal, 1 mm") << int(ReformatOrientation::Coronal) << Vector3d(Vector3d::Zero()) << Vector3d(Vector3d::Zero()) << 1.0 << 0.0;
    QTest::newRow("coronal, 1.3 mm, 0.5 mm pixels")
        << int(ReformatOrientation::Coronal) << Vector3d(Vector3d::Zero()) << Vector3d(Vector3d::Zero()) << 1.3 << 0.5;
    QTest::newRow("sagittal, 1.2 mm") << int(ReformatOrientation::Sagittal) << Vector3d(Vector3d::Zero()) << Vector3d(Vector3d::Zero()) << 1.2 << 0.0;
    const auto [row, column] = obliqueDirections();
    QTest::newRow("oblique, 1.1 mm") << int(ReformatOrientation::Oblique) << row << column << 1.1 << 0.7;
    // Not quite orthogonal directions: the column is made orthogonal to the row.
    QTest::newRow("oblique, skewed column")
        << int(ReformatOrientation::Oblique) << row << Vector3d(column + 0.2 * row) << 1.1 << 0.0;
  }
  void blobInTheRightPlace() {
    QFETCH(int, orientation);
    QFETCH(Vector3d, row);
    QFETCH(Vector3d, column);
    QFETCH(double, spacing);
    QFETCH(double, pixel);
    ReformatStackRequest request;
    request.orientation = ReformatOrientation(orientation);
    request.rowDirection = row;
    request.columnDirection = column;
    setStandardDirections(m_volume.geometry(), request);
    request.sliceSpacingMm = spacing;
    request.pixelSpacingMm = pixel;
    const ReformatStack stack = reformatStack(m_volume, request);
    QVERIFY2(stack.ok(), qPrintable(stack.error.detail));
    QVERIFY(stack.count() > 10);
    QCOMPARE(stack.sliceThicknessMm, spacing);

    // Geometry of every image.
    const Vector3d rowUnit = request.rowDirection.normalized();
    const Vector3d columnUnit = (request.columnDirection - rowUnit * rowUnit.dot(request.columnDirection)).normalized();
    const Vector3d normal = rowUnit.cross(columnUnit);
    const ReslicePlane first = stack.plane(0);
    QVERIFY(first.rowDirection.isApprox(rowUnit, 1e-9));
    QVERIFY(first.columnDirection.isApprox(columnUnit, 1e-9));
    if (pixel > 0) QVERIFY(first.spacing.isApprox(Eigen::Vector2d(pixel, pixel), 1e-12));
    for (int k = 0; k < stack.count(); ++k) {
      const ReslicePlane p = stack.plane(k);
      QVERIFY((p.origin - (first.origin + k * spacing * normal)).norm() < 1e-9);
      QVERIFY(p.normal().isApprox(normal, 1e-9));
      QCOMPARE(p.columns, first.columns);
      QCOMPARE(p.rows, first.rows);
    }
    // Every voxel centre lies in the stack: within half a step of an image,
    // inside the image grid.
    const ImageGeometry& g = m_volume.geometry();
    const ReslicePlane last = stack.plane(stack.count() - 1);
    for (int corner = 0; corner < 8; ++corner) {
      const Vector3d lps = g.indexToPatient(Vector3d((corner & 1) ? g.size.x() - 1 : 0,
                                                     (corner & 2) ? g.size.y() - 1 : 0,
                                                     (corner & 4) ? g.size.z() - 1 : 0));
      QVERIFY(first.distanceTo(lps) >= -0.5 * spacing - 1e-9);
      QVERIFY(last.distanceTo(lps) <= 0.5 * spacing + 1e-9);
      const Eigen::Vector2d cr = first.patientToPixel(lps);
      QVERIFY(cr.x() >= -0.5 - 1e-6 && cr.x() <= first.columns - 0.5 + 1e-6);
      QVERIFY(cr.y() >= -0.5 - 1e-6 && cr.y() <= first.rows - 0.5 + 1e-6);
    }

    // Where the blob must be.
    const double along = first.distanceTo(kBlob) / spacing;
    const int expectedImage = int(std::lround(along));
    QVERIFY2(std::abs(along - expectedImage) < 0.4, "the blob is too close to the middle between two images");
    const Eigen::Vector2d expectedPixel = stack.plane(expectedImage).patientToPixel(kBlob);
    // Where it is.
    int bestImage = -1, bestColumn = -1, bestRow = -1;
    float best = -1e9f;
    for (int k = 0; k < stack.count(); ++k)
      for (int r = 0; r < first.rows; ++r)
        for (int c = 0; c < first.columns; ++c) {
          const float v = stack.images.at(c, r, k);
          if (v > best) best = v, bestImage = k, bestColumn = c, bestRow = r;
        }
    qInfo("%d images of %d x %d; blob in image %d at (%d, %d), expected %d at (%.2f, %.2f), %.0f HU",
          stack.count(), first.columns, first.rows, bestImage, bestColumn, bestRow, expectedImage, expectedPixel.x(),
          expectedPixel.y(), double(best));
    QCOMPARE(bestImage, expectedImage);
    QVERIFY(std::abs(bestColumn - expectedPixel.x()) <= 1.0);
    QVERIFY(std::abs(bestRow - expectedPixel.y()) <= 1.0);
    QVERIFY(best > 500);
    // Each image equals the engine's own single-plane reslice on its plane.
    const ResliceImage single = resliceImage(m_volume, stack.plane(expectedImage), request.interpolation);
    QVERIFY(std::equal(single.pixels.begin(), single.pixels.end(), stack.images.slice(expectedImage)));
  }

  // A slab stack equals, pixel by pixel, the brute-force projection of
  // trilinear samples along the normal (every image's plane, a grid of
  // pixels over a few images, the blob's image among them).
  void slabsEqualBruteForce_data() {
    QTest::addColumn<SlabMode>("mode");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<double>("thickness");
    QTest::addColumn<double>("spacing");
    QTest::newRow("coronal MIP 6 mm / 3 mm") << SlabMode::Mip << int(ReformatOrientation::Coronal) << 6.0 << 3.0;
    QTest::newRow("oblique MIP 5 mm / 2 mm") << SlabMode::Mip << int(ReformatOrientation::Oblique) << 5.0 << 2.0;
    QTest::newRow("axial MinIP 4.5 mm / 3 mm") << SlabMode::MinIp << int(ReformatOrientation::Axial) << 4.5 << 3.0;
    QTest::newRow("sagittal average 8 mm / 4 mm") << SlabMode::Average << int(ReformatOrientation::Sagittal) << 8.0 << 4.0;
  }
  void slabsEqualBruteForce() {
    QFETCH(SlabMode, mode);
    QFETCH(int, orientation);
    QFETCH(double, thickness);
    QFETCH(double, spacing);
    ReformatStackRequest request;
    request.orientation = ReformatOrientation(orientation);
    std::tie(request.rowDirection, request.columnDirection) = obliqueDirections();
    setStandardDirections(m_volume.geometry(), request);
    request.sliceSpacingMm = spacing;
    request.slab.mode = mode;
    request.slab.thicknessMm = thickness;
    const ReformatStack stack = reformatStack(m_volume, request);
    QVERIFY2(stack.ok(), qPrintable(stack.error.detail));
    QCOMPARE(stack.sliceThicknessMm, thickness);
    const int blobImage = int(std::lround(stack.plane(0).distanceTo(kBlob) / spacing));
    int compared = 0;
    double worst = 0;
    for (const int k : {1, blobImage, stack.count() / 2, stack.count() - 2}) {
      const ReslicePlane plane = stack.plane(k);
      for (int r = 0; r < plane.rows; r += 3)
        for (int c = 0; c < plane.columns; c += 3) {
          const auto expected = slabValue(m_volume, plane.pixelToPatient(c, r), plane.normal(), request.slab);
          const double got = stack.images.at(c, r, k);
          if (!expected) {
            QCOMPARE(got, double(kResliceBackground));
            continue;
          }
          worst = std::max(worst, std::abs(got - *expected));
          ++compared;
        }
    }
    qInfo("%d pixels compared, max |difference| %.2g HU", compared, worst);
    QVERIFY(compared > 200);
    QVERIFY2(worst < 0.02, qPrintable(QString::number(worst)));
    // The MIP keeps the blob's peak in the image nearest to it.
    if (mode == SlabMode::Mip) {
      const Eigen::Vector2d at = stack.plane(blobImage).patientToPixel(kBlob);
      QVERIFY(stack.images.at(int(std::lround(at.x())), int(std::lround(at.y())), blobImage) > 800);
    }
  }

  void refusesWhatIsNoStack() {
    ReformatStackRequest request;
    request.sliceSpacingMm = 0;
    QCOMPARE(reformatStack(m_volume, request).error.code, ViewerErrorCode::UnsupportedImage);
    request.sliceSpacingMm = 1;
    request.columnDirection = 3 * request.rowDirection;
    QCOMPARE(reformatStack(m_volume, request).error.code, ViewerErrorCode::UnsupportedImage);
    request.columnDirection = Vector3d(0, 1, 0);
    request.slab.mode = SlabMode::Mip;
    QCOMPARE(reformatStack(m_volume, request).error.code, ViewerErrorCode::UnsupportedImage);
    request.slab.mode = SlabMode::None;
    request.sliceSpacingMm = 0.001;  // 30 000 images
    QCOMPARE(reformatStack(m_volume, request).error.code, ViewerErrorCode::VolumeTooLarge);
    QCOMPARE(reformatStack(Volume(), request).error.code, ViewerErrorCode::NotAnImage);
  }

  // The coronal MIP stack as a DERIVED series: read back with the same
  // geometry and values, coded as a MIP reformat (dcmdump), valid CT Image
  // Storage (dciodvfy without errors).
  void exportDerivedSeries() {
    ReformatStackRequest request;
    request.orientation = ReformatOrientation::Coronal;
    setStandardDirections(m_volume.geometry(), request);
    request.sliceSpacingMm = 3;
    request.slab = {SlabMode::Mip, 6, 0};
    const ReformatStack stack = reformatStack(m_volume, request);
    QVERIFY(stack.ok());
    DerivedSeriesOptions base;
    base.sourceFile = m_source.files.first();
    base.windowCenter = 40;
    base.windowWidth = 400;
    const DerivedSeriesOptions options = reformatSeriesOptions(request, stack, base);
    QCOMPARE(options.seriesDescription, QStringLiteral("Coronal MIP 6 mm / 3 mm"));
    QCOMPARE(options.sliceThicknessMm, 6.0);
    const DerivedSeries derived = encodeDerivedSeries(stack.images, options);
    QVERIFY2(derived.ok(), qPrintable(derived.error.detail));
    QCOMPARE(derived.files.size(), stack.count());
    QVERIFY(derived.seriesInstanceUid != m_source.seriesInstanceUid);
    const QSet<QString> uids(derived.sopInstanceUids.begin(), derived.sopInstanceUids.end());
    QCOMPARE(uids.size(), derived.files.size());
    for (const QString& uid : m_source.sopInstanceUidOfSlice) QVERIFY(!uids.contains(uid));
    QStringList paths;
    const ViewerError saved = saveDerivedSeries(derived, m_tmp.filePath("coronal-mip"), &paths);
    QVERIFY2(!saved.isError(), qPrintable(saved.detail));

    // Our loader: the same stack, geometry and values.
    const VolumeLoadOutcome back = loadVolume(paths);
    QVERIFY2(back.ok(), qPrintable(back.error.detail));
    const ImageGeometry& a = stack.images.geometry();
    const ImageGeometry& b = back.volume.geometry();
    QCOMPARE(b.size, a.size);
    QVERIFY(b.spacing.isApprox(a.spacing, 1e-6));
    QVERIFY((b.origin - a.origin).norm() < 1e-4);
    QVERIFY(b.direction.isApprox(a.direction, 1e-6));
    QCOMPARE(back.sliceThickness, 6.0);
    double worst = 0;
    for (size_t i = 0; i < stack.images.voxelCount(); ++i)
      worst = std::max(worst, std::abs(double(back.volume.data()[i]) - double(stack.images.data()[i])));
    QVERIFY2(worst <= 0.5 + 1e-4, qPrintable(QString::number(worst)));

    // dcmdump: per file, the coding of a MIP reformat and the source series.
    int code = 0;
    const QString dump = runTool(QStringLiteral("dcmdump"), paths, &code);
    QCOMPARE(code, 0);
    QVERIFY2(!dump.contains(QLatin1String("E: ")), qPrintable(dump.left(2000)));
    const int n = int(paths.size());
    QCOMPARE(dump.count(QLatin1String("[DERIVED\\SECONDARY\\REFORMATTED\\MAXIMUM]")), n);
    QCOMPARE(dump.count(QLatin1String("(0008,1115) SQ")), n);  // ReferencedSeriesSequence
    QCOMPARE(dump.count(QLatin1String("[") + m_source.seriesInstanceUid + QLatin1String("]")), n);
    QCOMPARE(dump.count(QLatin1String("[") + derived.seriesInstanceUid + QLatin1String("]")), n);
    QCOMPARE(dump.count(QLatin1String("(0008,9215) SQ")), n);  // DerivationCodeSequence
    QCOMPARE(dump.count(QLatin1String("[113072]")), n);
    QCOMPARE(dump.count(QLatin1String("[113078]")), n);
    QCOMPARE(dump.count(QLatin1String("[Maximum intensity projection]")), n);
    QCOMPARE(dump.count(QLatin1String("[Coronal MIP 6 mm / 3 mm]")), n);
    QCOMPARE(dump.count(QRegularExpression(QStringLiteral("\\(0018,0050\\) DS \\[6\\]"))), n);  // SliceThickness
    QVERIFY(dump.contains(QLatin1String("=CTImageStorage")));
    // ImagePositionPatient of each file: one step of 3 mm along the normal (+y, posterior) apart.
    QRegularExpression position(QStringLiteral("\\(0020,0032\\) DS \\[([-0-9.e]+)\\\\([-0-9.e]+)\\\\([-0-9.e]+)\\]"));
    QList<double> ys;
    for (auto it = position.globalMatch(dump); it.hasNext();) ys.append(it.next().captured(2).toDouble());
    QCOMPARE(ys.size(), n);
    for (int k = 1; k < n; ++k) QVERIFY2(std::abs(ys[k] - ys[k - 1] - 3.0) < 1e-4, qPrintable(QString::number(ys[k] - ys[k - 1])));

    const QString dciodvfy = QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
    if (dciodvfy.isEmpty()) QSKIP("dciodvfy (dicom3tools) is not installed");
    for (const QString& path : {paths.first(), paths.last()}) {
      const QString report = runTool(dciodvfy, {path}, &code);
      QStringList errors, warnings;
      for (const QString& line : report.split('\n'))
        if (line.startsWith(QLatin1String("Error"))) errors << line;
        else if (line.startsWith(QLatin1String("Warning"))) warnings << line;
      qInfo("dciodvfy: %d warnings\n%s", int(warnings.size()), qPrintable(warnings.join('\n')));
      QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    }
  }
};

QTEST_GUILESS_MAIN(TestReformatStack)
#include "test_reformat_stack.moc"
