// Volume assembly from DICOM series: analytic phantoms (every voxel known),
// written shuffled so that only sorting along the normal gets them right; the
// failures a real archive serves (gaps, duplicates, mixed stacks, gantry
// tilt) refused with a message that names them; every transfer syntax
// decoding to the same voxels; the real demo CT; zero-copy ITK/VTK views.

#include "tests/viewer/PhantomSeries.h"
#include "viewer/DecodedImage.h"
#include "viewer/VolumeBridges.h"
#include "viewer/VolumeLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <itkImage.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkSmartPointer.h>

#include <sys/resource.h>
#include <unistd.h>

#include <Eigen/Geometry>

#include <cmath>
#include <cstring>

using namespace yunyue;
using namespace yunyue::test;

Q_DECLARE_METATYPE(PhantomSeriesOptions::Layout)
Q_DECLARE_METATYPE(PhantomSeriesOptions::Kind)
Q_DECLARE_METATYPE(Eigen::Matrix3d)

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMarker = 1000;  // added at one voxel centre, to find it again

// A linear ramp with a different slope along each patient axis (a voxel
// placed one step off reads visibly wrong), plus a marker at one point.
struct Phantom {
  double offset = 0;
  double gain = 1;
  Eigen::Vector3d marker{0, 0, 0};
  double ramp(const Eigen::Vector3d& p) const { return offset + gain * (3.1 * p.x() - 2.3 * p.y() + 4.7 * p.z()); }
  double operator()(const Eigen::Vector3d& p) const { return ramp(p) + ((p - marker).norm() < 1e-3 ? kMarker : 0); }
};

Eigen::Matrix3d rotation(const Eigen::Vector3d& axis, double degrees) {
  return Eigen::AngleAxisd(degrees * kPi / 180, axis.normalized()).toRotationMatrix();
}

ImageGeometry phantomGeometry(const Eigen::Matrix3d& direction, Eigen::Vector3i size = {40, 32, 20},
                              Eigen::Vector3d spacing = {0.8, 0.9, 1.5}) {
  ImageGeometry g;
  g.size = size;
  g.spacing = spacing;
  g.origin = {-17.5, -12.25, -9.0};
  g.direction = direction;
  return g;
}

Eigen::Vector3d pixelPosition(const ImageGeometry& g, const PhantomSeriesOptions& o, int i, int j, int k) {
  return phantomSlicePosition(g, o, k) + i * g.spacing.x() * g.rowDirection() + j * g.spacing.y() * g.columnDirection();
}

QString run(const QString& program, const QStringList& args, int* exitCode) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  p.waitForFinished(120000);
  *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  return QString::fromUtf8(p.readAll());
}

// A copy of `from` with a new SOP Instance UID (and optionally other edits).
bool copyAsNewInstance(const QString& from, const QString& to) {
  DcmFileFormat file;
  if (file.loadFile(OFFilename(QFile::encodeName(from).constData())).bad()) return false;
  char uid[100];
  file.getDataset()->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
  return file.saveFile(OFFilename(QFile::encodeName(to).constData()), EXS_LittleEndianExplicit).good();
}

long pageKb() { return sysconf(_SC_PAGESIZE) / 1024; }
long currentRssKb() {
  QFile statm("/proc/self/statm");
  if (!statm.open(QIODevice::ReadOnly)) return -1;
  const QList<QByteArray> fields = statm.readAll().split(' ');
  return fields.size() > 1 ? fields[1].toLong() * pageKb() : -1;
}
long peakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}
// Linux resets the peak RSS (VmHWM, which getrusage reports) on "5".
bool resetPeakRss() {
  QFile f("/proc/self/clear_refs");
  return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// Every voxel equals the phantom at its patient position (to quantisation);
// the marker sits at the voxel whose indexToPatient is the marker point.
void checkAgainstPhantom(const Volume& v, const Phantom& f, const PhantomSeriesOptions& o) {
  const ImageGeometry& g = v.geometry();
  const double tolerance = o.rescaleSlope / 2 + 1e-3;
  int wrong = 0, markers = 0;
  QString firstWrong;
  for (int k = 0; k < g.size.z(); ++k)
    for (int j = 0; j < g.size.y(); ++j)
      for (int i = 0; i < g.size.x(); ++i) {
        const Eigen::Vector3d p = g.indexToPatient(Eigen::Vector3d(i, j, k));
        const bool marker = (p - f.marker).norm() < 1e-3;
        markers += marker;
        const double expected = f.ramp(p) + (marker ? kMarker : 0);
        if (std::abs(v.at(i, j, k) - expected) > tolerance) {
          if (wrong++ == 0) firstWrong = QStringLiteral("(%1,%2,%3): %4, expected %5").arg(i).arg(j).arg(k).arg(v.at(i, j, k)).arg(expected);
        }
      }
  QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 voxels wrong, first %2").arg(wrong).arg(firstWrong)));
  QCOMPARE(markers, 1);
  const Eigen::Vector3d index = g.patientToIndex(f.marker);
  QVERIFY2((index - index.array().round().matrix()).norm() < 1e-3, "the marker is not at a voxel centre");
  const Eigen::Vector3i ijk = index.array().round().cast<int>();
  QVERIFY(std::abs(v.at(ijk.x(), ijk.y(), ijk.z()) - phantomModalityValue(f(f.marker), o)) < 1e-3);
}

struct Written {
  PhantomSeries series;
  Phantom phantom;
  ImageGeometry geometry;
  PhantomSeriesOptions options;
};

Written writePhantom(const QString& dir, const ImageGeometry& g, PhantomSeriesOptions o, double offset, double gain = 1) {
  Written w;
  w.geometry = g;
  w.options = o;
  w.phantom.offset = offset;
  w.phantom.gain = gain;
  w.phantom.marker = pixelPosition(g, o, 7, 11, 5);
  w.series = writePhantomSeries(dir, g, w.phantom, o);
  return w;
}

}  // namespace

class TestVolumeLoader : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  int m_dirs = 0;

  QString newDir() {
    const QString dir = m_tmp.filePath(QString::number(++m_dirs));
    QDir().mkpath(dir);
    return dir;
  }
  // The default phantom: axial CT, int16, shuffled.
  Written axialCt(PhantomSeriesOptions o = {}) { return writePhantom(newDir(), phantomGeometry(Eigen::Matrix3d::Identity()), o, 0); }

 private slots:
  void initTestCase() { QVERIFY(m_tmp.isValid()); }

  // First, while the process is still small: the real demo CT, and how much
  // memory loading it takes (one float copy of the voxels, and a little).
  void demoCt() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    std::reverse(files.begin(), files.end());  // not in position order
    // DCMTK's dictionary and codecs load on first use: not the volume's memory.
    QVERIFY(decodeDicomFile(files.front()).ok());

    const bool reset = resetPeakRss();
    const long before = currentRssKb(), peakBefore = peakRssKb();
    const VolumeLoadOutcome r = loadVolume(files);
    const long peakAfter = peakRssKb();
    QVERIFY2(r.ok(), qPrintable(r.error.message + " / " + r.error.detail));

    const ImageGeometry& g = r.volume.geometry();
    QCOMPARE(g.size, Eigen::Vector3i(256, 256, 108));
    QVERIFY(std::abs(g.spacing.x() - 0.95703112) < 1e-6);
    QVERIFY(std::abs(g.spacing.y() - 0.95703112) < 1e-6);
    QVERIFY(std::abs(g.spacing.z() - 1.5) < 1e-6);
    QVERIFY(g.direction.isApprox(Eigen::Matrix3d::Identity()));
    QCOMPARE(r.modality, QStringLiteral("CT"));
    QVERIFY(r.notes.isEmpty());
    // Feet to head: slice k is instance k + 1, voxel for voxel what the
    // single-image decoder (checked against the real scan) gives.
    for (int k : {0, 41, 107}) {
      const QString file = QStringLiteral("%1/%2.dcm").arg(dir).arg(k + 1, 4, 10, QLatin1Char('0'));
      const DecodeOutcome d = decodeDicomFile(file);
      QVERIFY(d.ok());
      QVERIFY(g.indexToPatient(Eigen::Vector3d(0, 0, k)).isApprox(d.image.geometry.origin, 1e-9));
      QVERIFY(std::memcmp(r.volume.slice(k), d.image.values.data(), r.volume.sliceVoxels() * sizeof(float)) == 0);
      QCOMPARE(files[r.slices[size_t(k)].file], file);
    }

    // Peak RSS growth while loading: the volume (28 MiB) plus a few slices
    // and thread stacks. A second copy of the pixels (int16 files in memory)
    // would add 14 MiB and fail this.
    const long volumeKb = long(r.volume.bytes() / 1024);
    const long slackKb = 8 * 1024;
    const long growth = peakAfter - (reset ? before : peakBefore);
    qInfo("volume %ld KiB, peak RSS growth %ld KiB (peak reset: %s)", volumeKb, growth, reset ? "yes" : "no");
    if (!reset && peakBefore > before + slackKb) QSKIP("cannot reset the peak RSS and it is already higher");
    QVERIFY2(growth <= long(1.1 * double(volumeKb)) + slackKb,
             qPrintable(QStringLiteral("peak RSS grew by %1 KiB for %2 KiB of voxels").arg(growth).arg(volumeKb)));
  }

  void phantoms_data() {
    QTest::addColumn<PhantomSeriesOptions::Layout>("layout");
    QTest::addColumn<PhantomSeriesOptions::Kind>("kind");
    QTest::addColumn<Eigen::Matrix3d>("direction");
    QTest::addColumn<int>("bitsStored");
    QTest::addColumn<bool>("signedPixels");
    QTest::addColumn<bool>("clearHighBits");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("offset");
    QTest::addColumn<bool>("headFirst");  // slices written head to feet (IPP steps against the normal)
    using L = PhantomSeriesOptions::Layout;
    using K = PhantomSeriesOptions::Kind;
    const Eigen::Matrix3d axial = Eigen::Matrix3d::Identity();
    Eigen::Matrix3d sagittal;  // rows anterior->posterior, columns head->feet, normal towards the left
    sagittal.col(0) = Eigen::Vector3d(0, 1, 0);
    sagittal.col(1) = Eigen::Vector3d(0, 0, -1);
    sagittal.col(2) = sagittal.col(0).cross(sagittal.col(1));
    const Eigen::Matrix3d oblique = rotation({0.3, -0.5, 1}, 23) * rotation({1, 0.2, 0}, -17) * axial;
    QTest::newRow("axial CT int16") << L::SingleFrameFiles << K::Ct << axial << 16 << true << false << 1.0 << -1024.0 << 0.0 << false;
    QTest::newRow("axial CT head to feet") << L::SingleFrameFiles << K::Ct << axial << 16 << true << false << 1.0 << -1024.0 << 0.0 << true;
    QTest::newRow("sagittal MR uint12") << L::SingleFrameFiles << K::Mr << sagittal << 12 << false << false << 1.0 << 0.0 << 1500.0 << false;
    QTest::newRow("double-oblique CT slope 2") << L::SingleFrameFiles << K::Ct << oblique << 16 << true << false << 2.0 << -1000.0 << 0.0 << false;
    QTest::newRow("CT int12, bits above HighBit clear") << L::SingleFrameFiles << K::Ct << axial << 12 << true << true << 1.0 << -1024.0 << -800.0 << false;
    QTest::newRow("CT uint12") << L::SingleFrameFiles << K::Ct << oblique << 12 << false << false << 1.0 << -1024.0 << 0.0 << true;
    QTest::newRow("Enhanced CT axial") << L::EnhancedMultiFrame << K::Ct << axial << 16 << true << false << 1.0 << -1024.0 << 0.0 << false;
    QTest::newRow("Enhanced MR double-oblique") << L::EnhancedMultiFrame << K::Mr << oblique << 12 << false << false << 1.0 << 0.0 << 1500.0 << true;
  }
  void phantoms() {
    QFETCH(PhantomSeriesOptions::Layout, layout);
    QFETCH(PhantomSeriesOptions::Kind, kind);
    QFETCH(Eigen::Matrix3d, direction);
    QFETCH(int, bitsStored);
    QFETCH(bool, signedPixels);
    QFETCH(bool, clearHighBits);
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(double, offset);
    QFETCH(bool, headFirst);
    PhantomSeriesOptions o;
    o.layout = layout;
    o.kind = kind;
    o.bitsStored = bitsStored;
    o.signedPixels = signedPixels;
    o.clearBitsAboveHighBit = clearHighBits;
    o.rescaleSlope = slope;
    o.rescaleIntercept = intercept;
    const ImageGeometry g = phantomGeometry(direction);
    if (headFirst) o.sliceStep = -g.spacing.z() * g.sliceNormal();
    const Written w = writePhantom(newDir(), g, o, offset);
    QVERIFY2(w.series.ok(), qPrintable(w.series.error));

    std::vector<std::pair<int, int>> progress;
    VolumeLoadOptions options;
    options.progress = [&](int done, int total) { progress.emplace_back(done, total); };
    const VolumeLoadOutcome r = loadVolume(w.series.files, options);
    QVERIFY2(r.ok(), qPrintable(r.error.message + " / " + r.error.detail));
    QVERIFY(r.notes.isEmpty());
    QVERIFY(!progress.empty() && progress.back().first == progress.back().second);

    const ImageGeometry& lg = r.volume.geometry();
    QCOMPARE(lg.size, g.size);
    QVERIFY((lg.spacing - g.spacing).norm() < 1e-6);
    QVERIFY((lg.rowDirection() - g.rowDirection()).norm() < 1e-6);
    QVERIFY((lg.columnDirection() - g.columnDirection()).norm() < 1e-6);
    QVERIFY((lg.sliceNormal() - g.sliceNormal()).norm() < 1e-6);
    const Eigen::Vector3d expectedOrigin = phantomSlicePosition(g, o, headFirst ? g.size.z() - 1 : 0);
    QVERIFY2((lg.origin - expectedOrigin).norm() < 1e-6, "origin is not the first slice along the normal");
    checkAgainstPhantom(r.volume, w.phantom, o);
    // Slice sources follow the geometry, whatever the file order.
    for (int k = 0; k < g.size.z(); ++k) {
      const int writtenSlice = headFirst ? g.size.z() - 1 - k : k;
      QCOMPARE(r.slices[size_t(k)].sopInstanceUid, w.series.sopInstanceUidOfSlice[writtenSlice]);
      QCOMPARE(w.series.files[r.slices[size_t(k)].file], w.series.fileOfSlice[writtenSlice]);
    }
  }

  void singleSlice() {
    PhantomSeriesOptions o;
    const Written w = writePhantom(newDir(), phantomGeometry(Eigen::Matrix3d::Identity(), {40, 32, 6}), o, 0);
    const VolumeLoadOutcome r = loadVolume({w.series.fileOfSlice[5]});
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(r.volume.geometry().size, Eigen::Vector3i(40, 32, 1));
    QCOMPARE(r.volume.geometry().spacing.z(), 1.5);  // SliceThickness
    checkAgainstPhantom(r.volume, w.phantom, o);
  }

  void missingSliceIsReported() {
    const Written w = axialCt();
    QStringList files = w.series.files;
    files.removeOne(w.series.fileOfSlice[9]);  // positions -9 + 1.5k: the gap is 3 .. 6 mm
    const VolumeLoadOutcome r = loadVolume(files);
    QCOMPARE(r.error.code, ViewerErrorCode::MissingSlices);
    QVERIFY2(r.error.message.contains("3.00") && r.error.message.contains("6.00") && r.error.message.contains("1 slice"),
             qPrintable(r.error.message));
    QVERIFY(r.volume.isEmpty());

    // Allowed: the grid stays regular and the missing slice is interpolated
    // from its neighbours (exact for the linear ramp, up to quantisation).
    VolumeLoadOptions options;
    options.spacing = SliceSpacingPolicy::ResampleToRegularGrid;
    const VolumeLoadOutcome repaired = loadVolume(files, options);
    QVERIFY2(repaired.ok(), qPrintable(repaired.error.detail));
    QCOMPARE(repaired.volume.geometry().size, w.geometry.size);
    QCOMPARE(repaired.notes.size(), 1);
    QVERIFY2(repaired.notes[0].contains("interpolated 1 slice"), qPrintable(repaired.notes[0]));
    QCOMPARE(repaired.slices[9].file, -1);
    QCOMPARE(repaired.slices[10].sopInstanceUid, w.series.sopInstanceUidOfSlice[10]);
    checkAgainstPhantom(repaired.volume, w.phantom, w.options);
  }

  void unevenSpacingIsReported() {
    PhantomSeriesOptions o;
    // Slice 6 sits 0.6 mm above where it belongs.
    o.editSlice = [](int k, DcmItem& ds) {
      if (k == 6) ds.putAndInsertString(DCM_ImagePositionPatient, "-17.5\\-12.25\\0.6");
    };
    const Written w = axialCt(o);
    const VolumeLoadOutcome r = loadVolume(w.series.files);
    QCOMPARE(r.error.code, ViewerErrorCode::UnevenSliceSpacing);
    QVERIFY2(r.error.message.contains("0.90") && r.error.message.contains("2.10"), qPrintable(r.error.message));

    VolumeLoadOptions options;
    options.spacing = SliceSpacingPolicy::ResampleToRegularGrid;
    const VolumeLoadOutcome resampled = loadVolume(w.series.files, options);
    QVERIFY2(resampled.ok(), qPrintable(resampled.error.detail));
    QCOMPARE(resampled.volume.geometry().size.z(), 20);
    QCOMPARE(resampled.slices[6].file, -1);  // interpolated between slices 5 and the moved 6
    QVERIFY(!resampled.notes.isEmpty());
  }

  void duplicateSliceIsReported() {
    const Written w = axialCt();
    const QString copy = QFileInfo(w.series.fileOfSlice[4]).dir().filePath("COPY.dcm");
    QVERIFY(copyAsNewInstance(w.series.fileOfSlice[4], copy));
    const VolumeLoadOutcome r = loadVolume(w.series.files + QStringList{copy});
    QCOMPARE(r.error.code, ViewerErrorCode::DuplicateSlicePositions);
    QVERIFY2(r.error.message.contains("-3.00"), qPrintable(r.error.message));  // -9 + 4 * 1.5

    VolumeLoadOptions options;
    options.duplicates = DuplicateSlicePolicy::KeepFirst;
    const VolumeLoadOutcome kept = loadVolume(w.series.files + QStringList{copy}, options);
    QVERIFY2(kept.ok(), qPrintable(kept.error.detail));
    QCOMPARE(kept.volume.geometry().size.z(), 20);
    QCOMPARE(kept.notes.size(), 1);
    checkAgainstPhantom(kept.volume, w.phantom, w.options);

    // The same file twice is one image: dropped with a note, even by default.
    const VolumeLoadOutcome twice = loadVolume(w.series.files + QStringList{w.series.files[3]});
    QVERIFY2(twice.ok(), qPrintable(twice.error.detail));
    QCOMPARE(twice.notes.size(), 1);
    QCOMPARE(twice.volume.geometry().size.z(), 20);
  }

  void mixedOrientationIsRefused() {
    PhantomSeriesOptions o;
    o.editSlice = [](int k, DcmItem& ds) {
      // Slice 3 turned by 10° about the column direction (y).
      const double c = std::cos(10 * kPi / 180), s = std::sin(10 * kPi / 180);
      if (k == 3) ds.putAndInsertString(DCM_ImageOrientationPatient, qPrintable(QStringLiteral("%1\\0\\%2\\0\\1\\0").arg(c, 0, 'f', 6).arg(s, 0, 'f', 6)));
    };
    const VolumeLoadOutcome r = loadVolume(axialCt(o).series.files);
    QCOMPARE(r.error.code, ViewerErrorCode::InconsistentSeries);
    QVERIFY2(r.error.message.contains("10.0°"), qPrintable(r.error.message));
  }

  void mixedMatrixIsRefused() {
    PhantomSeriesOptions o;
    o.seriesInstanceUid = "1.2.826.0.1.3680043.2.1125.42.1";
    o.frameOfReferenceUid = "1.2.826.0.1.3680043.2.1125.42.2";
    const Written big = writePhantom(newDir(), phantomGeometry(Eigen::Matrix3d::Identity()), o, 0);
    const Written small = writePhantom(newDir(), phantomGeometry(Eigen::Matrix3d::Identity(), {24, 24, 20}), o, 0);
    QStringList files = big.series.files;
    files.removeOne(big.series.fileOfSlice[8]);
    files << small.series.fileOfSlice[8];
    const VolumeLoadOutcome r = loadVolume(files);
    QCOMPARE(r.error.code, ViewerErrorCode::InconsistentSeries);
    QVERIFY2(r.error.message.contains("40×32") && r.error.message.contains("24×24"), qPrintable(r.error.message));
  }

  void mixedPixelSpacingIsRefused() {
    PhantomSeriesOptions o;
    o.editSlice = [](int k, DcmItem& ds) {
      if (k == 12) ds.putAndInsertString(DCM_PixelSpacing, "0.9\\0.7");
    };
    const VolumeLoadOutcome r = loadVolume(axialCt(o).series.files);
    QCOMPARE(r.error.code, ViewerErrorCode::InconsistentSeries);
    QVERIFY2(r.error.message.contains("0.9×0.8") && r.error.message.contains("0.9×0.7"), qPrintable(r.error.message));
  }

  // MONOCHROME1 (low values white) is passed on for display; the values stay modality values.
  void monochrome1IsNoted() {
    PhantomSeriesOptions o;
    o.editSlice = [](int, DcmItem& ds) { ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME1"); };
    const Written w = axialCt(o);
    const VolumeLoadOutcome r = loadVolume(w.series.files);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QVERIFY(r.monochrome1);
    checkAgainstPhantom(r.volume, w.phantom, w.options);
    QVERIFY(!loadVolume(axialCt().series.files).monochrome1);

    PhantomSeriesOptions mixed;
    mixed.editSlice = [](int k, DcmItem& ds) {
      if (k == 2) ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME1");
    };
    QCOMPARE(loadVolume(axialCt(mixed).series.files).error.code, ViewerErrorCode::InconsistentSeries);
  }

  void otherSeriesIsRefused() {
    const Written a = axialCt(), b = axialCt();
    const VolumeLoadOutcome r = loadVolume(a.series.files + QStringList{b.series.files.first()});
    QCOMPARE(r.error.code, ViewerErrorCode::InconsistentSeries);
  }

  void gantryTiltIsRefused_data() {
    QTest::addColumn<double>("tilt");
    QTest::addColumn<PhantomSeriesOptions::Layout>("layout");
    QTest::newRow("15° single-frame") << 15.0 << PhantomSeriesOptions::Layout::SingleFrameFiles;
    QTest::newRow("-7.5° single-frame") << -7.5 << PhantomSeriesOptions::Layout::SingleFrameFiles;
    QTest::newRow("20° Enhanced CT") << 20.0 << PhantomSeriesOptions::Layout::EnhancedMultiFrame;
  }
  void gantryTiltIsRefused() {
    QFETCH(double, tilt);
    QFETCH(PhantomSeriesOptions::Layout, layout);
    // The image plane tilts about the patient's left-right axis while the
    // table moves straight along z: positions step off the slice normal.
    PhantomSeriesOptions o;
    o.layout = layout;
    ImageGeometry g = phantomGeometry(rotation({1, 0, 0}, tilt));
    g.spacing.z() = 1.5 * std::cos(tilt * kPi / 180);
    o.sliceStep = {0, 0, 1.5};
    const Written w = writePhantom(newDir(), g, o, 0);
    const VolumeLoadOutcome r = loadVolume(w.series.files);
    QCOMPARE(r.error.code, ViewerErrorCode::GantryTilt);
    const QString angle = QString::number(std::abs(tilt), 'f', 1) + QStringLiteral("°");
    QVERIFY2(r.error.message.contains(angle), qPrintable(r.error.message));
  }

  // Each transfer syntax, made with the DCMTK tools from the same phantom,
  // decodes to the same voxels: exactly for lossless ones, within the
  // codec's bound for near-lossless JPEG-LS, close for lossy JPEG.
  void transferSyntaxes_data() {
    QTest::addColumn<PhantomSeriesOptions::Layout>("layout");
    QTest::addColumn<PhantomSeriesOptions::Kind>("kind");
    QTest::addColumn<int>("bitsStored");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<double>("maxError");  // 0: identical
    using L = PhantomSeriesOptions::Layout;
    using K = PhantomSeriesOptions::Kind;
    struct Variant {
      const char* name;
      const char* tool;
      QStringList args;
    };
    const Variant lossless[] = {{"explicit little endian", "dcmconv", {"+te"}},
                                {"implicit little endian", "dcmconv", {"+ti"}},
                                {"explicit big endian", "dcmconv", {"+tb"}},
                                {"deflated", "dcmconv", {"+td"}},
                                {"RLE", "dcmcrle", {}},
                                {"JPEG lossless", "dcmcjpeg", {"+el"}},
                                {"JPEG lossless SV1", "dcmcjpeg", {"+e1"}},
                                {"JPEG-LS lossless", "dcmcjpls", {"+el"}}};
    for (const L layout : {L::SingleFrameFiles, L::EnhancedMultiFrame})
      for (const Variant& v : lossless)
        QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(layout == L::SingleFrameFiles ? "CT int16" : "Enhanced CT int16", v.name)))
            << layout << K::Ct << 16 << QString(v.tool) << v.args << 0.0;
    // Lossy JPEG: +sr keeps the stored values (DCMTK's default stretches
    // their min..max over the whole range, changing the modality values).
    QTest::newRow("MR uint12, JPEG-LS near-lossless") << L::SingleFrameFiles << K::Mr << 12 << "dcmcjpls" << QStringList{"+en"} << 2.0;
    QTest::newRow("MR uint12, JPEG extended (lossy)") << L::SingleFrameFiles << K::Mr << 12 << "dcmcjpeg" << QStringList{"+ee", "+sr"} << 40.0;
    QTest::newRow("Enhanced MR uint12, JPEG extended (lossy)") << L::EnhancedMultiFrame << K::Mr << 12 << "dcmcjpeg" << QStringList{"+ee", "+sr"} << 40.0;
    QTest::newRow("MR uint8, JPEG baseline (lossy)") << L::SingleFrameFiles << K::Mr << 8 << "dcmcjpeg" << QStringList{"+eb", "+sr"} << 20.0;
  }
  void transferSyntaxes() {
    QFETCH(PhantomSeriesOptions::Layout, layout);
    QFETCH(PhantomSeriesOptions::Kind, kind);
    QFETCH(int, bitsStored);
    QFETCH(QString, tool);
    QFETCH(QStringList, args);
    QFETCH(double, maxError);
    PhantomSeriesOptions o;
    o.layout = layout;
    o.kind = kind;
    o.bitsStored = bitsStored;
    if (kind == PhantomSeriesOptions::Kind::Mr) {
      o.signedPixels = false;
      o.rescaleIntercept = 0;
    }
    const bool mr = kind == PhantomSeriesOptions::Kind::Mr;
    const Written w = writePhantom(newDir(), phantomGeometry(Eigen::Matrix3d::Identity(), {40, 32, 12}), o,
                                   mr ? (bitsStored == 8 ? 128 : 1500) : 0, bitsStored == 8 ? 0.1 : 1);
    QVERIFY2(w.series.ok(), qPrintable(w.series.error));
    const VolumeLoadOutcome reference = loadVolume(w.series.files);
    QVERIFY2(reference.ok(), qPrintable(reference.error.detail));

    const QString out = newDir();
    QStringList converted;
    for (const QString& file : w.series.files) {
      const QString target = out + '/' + QFileInfo(file).fileName();
      int code = 0;
      const QString log = run(tool, args + QStringList{file, target}, &code);
      QVERIFY2(code == 0, qPrintable(tool + ": " + log));
      converted << target;
    }
    QVERIFY(QFileInfo(converted.first()).size() > 0);
    const VolumeLoadOutcome r = loadVolume(converted);
    QVERIFY2(r.ok(), qPrintable(r.error.message + " / " + r.error.detail));
    QCOMPARE(r.volume.geometry().size, reference.volume.geometry().size);
    QVERIFY(r.volume.geometry().origin.isApprox(reference.volume.geometry().origin));
    if (maxError == 0) {
      QVERIFY(std::memcmp(r.volume.data(), reference.volume.data(), r.volume.bytes()) == 0);
      return;
    }
    double worst = 0, sum = 0;
    for (size_t i = 0; i < r.volume.voxelCount(); ++i) {
      const double d = std::abs(double(r.volume.data()[i]) - reference.volume.data()[i]);
      worst = std::max(worst, d);
      sum += d;
    }
    qInfo("max error %.1f, mean %.2f", worst, sum / double(r.volume.voxelCount()));
    QVERIFY2(worst <= maxError, qPrintable(QString::number(worst)));
  }

  void notAnImageOrUnreadable() {
    QCOMPARE(loadVolume({}).error.code, ViewerErrorCode::NotAnImage);
    const QString junk = m_tmp.filePath("junk.dcm");
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not DICOM at all");
    f.close();
    const Written w = axialCt();
    const VolumeLoadOutcome r = loadVolume(w.series.files + QStringList{junk});
    QCOMPARE(r.error.code, ViewerErrorCode::UnreadableFile);
    QVERIFY(r.error.detail.contains("junk.dcm"));
  }

  void cancel() {
    const Written w = axialCt();
    std::atomic<bool> stop{true};
    VolumeLoadOptions options;
    options.cancel = &stop;
    const VolumeLoadOutcome r = loadVolume(w.series.files, options);
    QCOMPARE(r.error.code, ViewerErrorCode::LoadCanceled);
    QVERIFY(r.volume.isEmpty());
    // Canceled from the progress callback (called at least once a pass).
    stop = false;
    options.progress = [&](int, int) { stop = true; };
    QCOMPARE(loadVolume(w.series.files, options).error.code, ViewerErrorCode::LoadCanceled);
  }

  // The ITK and VTK views share the volume's memory and place the marker
  // voxel at the marker's patient position.
  void bridges() {
    PhantomSeriesOptions o;
    const Eigen::Matrix3d oblique = rotation({0.3, -0.5, 1}, 23) * rotation({1, 0.2, 0}, -17);
    const Written w = writePhantom(newDir(), phantomGeometry(oblique), o, 0);
    VolumeLoadOutcome r = loadVolume(w.series.files);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    Volume& v = r.volume;
    const Eigen::Vector3d index = v.geometry().patientToIndex(w.phantom.marker);
    const Eigen::Vector3i ijk = index.array().round().cast<int>();
    const float markerValue = v.at(ijk.x(), ijk.y(), ijk.z());
    QVERIFY(markerValue > 500);

    const itk::Image<float, 3>::Pointer itkImage = asItkImage(v);
    QCOMPARE(static_cast<void*>(itkImage->GetBufferPointer()), static_cast<void*>(v.data()));
    itk::Image<float, 3>::PointType point;
    for (unsigned a = 0; a < 3; ++a) point[a] = w.phantom.marker[int(a)];
    itk::Image<float, 3>::IndexType itkIndex;
    QVERIFY(itkImage->TransformPhysicalPointToIndex(point, itkIndex));
    QCOMPARE(int(itkIndex[0]), ijk.x());
    QCOMPARE(int(itkIndex[1]), ijk.y());
    QCOMPARE(int(itkIndex[2]), ijk.z());
    QCOMPARE(itkImage->GetPixel(itkIndex), markerValue);

    const vtkSmartPointer<vtkImageData> vtkImage = asVtkImage(v);
    QCOMPARE(vtkImage->GetScalarPointer(), static_cast<void*>(v.data()));
    double x[3] = {w.phantom.marker.x(), w.phantom.marker.y(), w.phantom.marker.z()};
    const vtkIdType id = vtkImage->FindPoint(x);
    QCOMPARE(id, vtkIdType(ijk.x() + v.geometry().size.x() * (ijk.y() + v.geometry().size.y() * ijk.z())));
    QCOMPARE(float(vtkImage->GetPointData()->GetScalars()->GetComponent(id, 0)), markerValue);
    double back[3];
    vtkImage->GetPoint(id, back);
    QVERIFY((Eigen::Vector3d(back[0], back[1], back[2]) - w.phantom.marker).norm() < 1e-6);

    // Writes through a view land in the volume.
    itkImage->SetPixel(itkIndex, -5.0f);
    QCOMPARE(v.at(ijk.x(), ijk.y(), ijk.z()), -5.0f);
  }
};

QTEST_GUILESS_MAIN(TestVolumeLoader)
#include "test_volume_loader.moc"
