// JPEG 2000 decoding (PS3.5 A.4.4: 1.2.840.10008.1.2.4.90 lossless only,
// .91 lossy). Test files are made at test time by independent encoders:
// GDCM's gdcmconv (DICOM in, DICOM J2K out) and OpenJPEG's opj_compress
// (bare codestreams and JP2 files); dcmdump confirms the transfer syntax,
// so the decoder really sees JPEG 2000. Lossless files decode voxel for
// voxel like the uncompressed originals, through decodeDicomFile and the
// parallel VolumeLoader; lossy ones within a stated tolerance; truncated or
// garbled codestreams give a clear error and print nothing.

#include "tests/viewer/PhantomSeries.h"
#include "viewer/DecodedImage.h"
#include "viewer/DicomCodecs.h"
#include "viewer/Jpeg2000Codec.h"
#include "viewer/VolumeLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

using namespace yunyue;
using namespace yunyue::test;

Q_DECLARE_METATYPE(PhantomSeriesOptions::Layout)
Q_DECLARE_METATYPE(PhantomSeriesOptions::Kind)

namespace {

const char* const kLosslessUid = "1.2.840.10008.1.2.4.90";
const char* const kLossyUid = "1.2.840.10008.1.2.4.91";

QString run(const QString& program, const QStringList& args, int* exitCode) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  p.waitForFinished(120000);
  *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  return QString::fromUtf8(p.readAll());
}

// Deterministic noise in [-1, 1] from a position: makes codestreams large
// enough to split into fragments, and compression realistic.
double noise(const Eigen::Vector3d& p) {
  const double s = std::sin(p.x() * 12.9898 + p.y() * 78.233 + p.z() * 37.719) * 43758.5453;
  return 2 * (s - std::floor(s)) - 1;
}

// A CT-like slice: air around a water-filled body with a bone ring, noisy.
double headPhantom(const Eigen::Vector3d& p) {
  const double r = std::hypot(p.x(), p.y());
  const double base = r > 150 ? -1000 : r > 135 ? 900 : 40;
  return base + 15 * noise(p);
}

ImageGeometry axialGeometry(Eigen::Vector3i size, double pixel) {
  ImageGeometry g;
  g.size = size;
  g.spacing = {pixel, pixel, 2.0};
  g.origin = {-0.5 * pixel * (size.x() - 1), -0.5 * pixel * (size.y() - 1), -10.0};
  g.direction = Eigen::Matrix3d::Identity();
  return g;
}

// What dcmdump reads as the file's transfer syntax UID, and the items of
// its encapsulated pixel data (the Basic Offset Table included).
struct DumpFacts {
  QString transferSyntax;
  int pixelItems = 0;
};

DumpFacts dump(const QString& file) {
  int code = 0;
  const QString out = run(QStringLiteral("dcmdump"), {QStringLiteral("-Un"), file}, &code);
  DumpFacts facts;
  bool inPixelData = false;
  for (const QString& line : out.split('\n')) {
    if (line.startsWith(QLatin1String("(0002,0010)"))) {
      const int open = line.indexOf('['), close = line.indexOf(']');
      if (open >= 0 && close > open) facts.transferSyntax = line.mid(open + 1, close - open - 1);
    }
    if (line.startsWith(QLatin1String("(7fe0,0010)"))) inPixelData = true;
    if (inPixelData && line.trimmed().startsWith(QLatin1String("(fffe,e000)"))) ++facts.pixelItems;
  }
  return facts;
}

// Converts each file with gdcmconv into `dir`; empty on failure (reported).
QStringList gdcmConvert(const QStringList& files, const QStringList& args, const QString& dir, QString* log) {
  QStringList out;
  for (const QString& file : files) {
    const QString target = dir + '/' + QFileInfo(file).fileName();
    int code = 0;
    const QString text = run(QStringLiteral("gdcmconv"), args + QStringList{file, target}, &code);
    if (code != 0 || !QFileInfo::exists(target)) {
      *log = QStringLiteral("gdcmconv %1 %2: %3").arg(args.join(' '), file, text);
      return {};
    }
    out << target;
  }
  return out;
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Runs `f` with file descriptor 2 sent to a file; returns what was written there.
template <typename F>
QByteArray capturingStderr(const QString& path, F&& f) {
  fflush(stderr);
  const int saved = dup(2);
  const int fd = open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  dup2(fd, 2);
  close(fd);
  f();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  return readAll(path);
}

// The first fragment of a single-frame J2K file, replaced by `edit` of it
// and saved as `to` (not saved when `to` is empty).
bool editFirstFragment(const QString& from, const QString& to, const std::function<QByteArray(QByteArray)>& edit) {
  DcmFileFormat file;
  if (file.loadFile(OFFilename(QFile::encodeName(from).constData())).bad()) return false;
  DcmDataset* ds = file.getDataset();
  DcmElement* element = nullptr;
  if (ds->findAndGetElement(DCM_PixelData, element).bad()) return false;
  auto* pixels = dynamic_cast<DcmPixelData*>(element);
  DcmPixelSequence* sequence = nullptr;
  if (!pixels || pixels->getEncapsulatedRepresentation(ds->getCurrentXfer(), nullptr, sequence).bad() || !sequence)
    return false;
  DcmPixelItem* item = nullptr;
  Uint8* data = nullptr;
  if (sequence->getItem(item, 1).bad() || item->getUint8Array(data).bad() || !data) return false;
  QByteArray bytes = edit(QByteArray(reinterpret_cast<const char*>(data), int(item->getLength())));
  if (bytes.size() % 2) bytes.append('\0');
  if (item->putUint8Array(reinterpret_cast<const Uint8*>(bytes.constData()), Uint32(bytes.size())).bad()) return false;
  return to.isEmpty() || file.saveFile(OFFilename(QFile::encodeName(to).constData())).good();
}

// The first fragment of a single-frame J2K file: its whole codestream.
QByteArray firstFragment(const QString& path) {
  QByteArray out;
  editFirstFragment(path, QString(), [&](QByteArray bytes) {
    out = bytes;
    return bytes;
  });
  return out;
}

// Rewrites the encapsulated pixel data of `from` with every fragment cut
// into pieces of `bytes` and an empty Basic Offset Table (PS3.5 A.4 allows
// both), for several fragments per frame, which gdcmconv cannot split for
// multi-frame images.
bool refragment(const QString& from, const QString& to, int bytes) {
  DcmFileFormat file;
  if (file.loadFile(OFFilename(QFile::encodeName(from).constData())).bad()) return false;
  DcmDataset* ds = file.getDataset();
  const E_TransferSyntax xfer = ds->getCurrentXfer();
  DcmElement* element = nullptr;
  if (ds->findAndGetElement(DCM_PixelData, element).bad()) return false;
  auto* pixels = dynamic_cast<DcmPixelData*>(element);
  DcmPixelSequence* sequence = nullptr;
  if (!pixels || pixels->getEncapsulatedRepresentation(xfer, nullptr, sequence).bad() || !sequence) return false;
  auto pieces = std::make_unique<DcmPixelSequence>(DCM_PixelSequenceTag);
  pieces->insert(new DcmPixelItem(DCM_PixelItemTag));  // empty Basic Offset Table
  for (unsigned long i = 1; i < sequence->card(); ++i) {
    DcmPixelItem* item = nullptr;
    Uint8* data = nullptr;
    if (sequence->getItem(item, i).bad() || item->getUint8Array(data).bad() || !data) return false;
    for (Uint32 at = 0; at < item->getLength(); at += Uint32(bytes)) {
      auto* piece = new DcmPixelItem(DCM_PixelItemTag);
      piece->putUint8Array(data + at, std::min(Uint32(bytes), item->getLength() - at));
      pieces->insert(piece);
    }
  }
  pixels->putOriginalRepresentation(xfer, nullptr, pieces.release());
  return file.saveFile(OFFilename(QFile::encodeName(to).constData()), xfer).good();
}

// A binary PGM/PPM (Netpbm) image: 16-bit samples are big-endian.
QByteArray netpbm(int width, int height, int channels, int maxValue, const std::vector<int>& samples) {
  QByteArray out = QStringLiteral("P%1\n%2 %3\n%4\n").arg(channels == 1 ? 5 : 6).arg(width).arg(height).arg(maxValue).toLatin1();
  for (int v : samples) {
    if (maxValue > 255) out.append(char(v >> 8));
    out.append(char(v & 0xFF));
  }
  return out;
}

double worstDifference(const Volume& a, const Volume& b, double* mean) {
  double worst = 0, sum = 0;
  for (size_t i = 0; i < a.voxelCount(); ++i) {
    const double d = std::abs(double(a.data()[i]) - b.data()[i]);
    worst = std::max(worst, d);
    sum += d;
  }
  *mean = sum / double(std::max<size_t>(1, a.voxelCount()));
  return worst;
}

}  // namespace

class TestJpeg2000 : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  int m_dirs = 0;

  QString newDir() {
    const QString dir = m_tmp.filePath(QString::number(++m_dirs));
    QDir().mkpath(dir);
    return dir;
  }

  // A small noisy phantom series; its uncompressed load is the reference.
  PhantomSeries writeSeries(const PhantomSeriesOptions& o, double offset) {
    const ImageGeometry g = axialGeometry({96, 80, 8}, 0.9);
    return writePhantomSeries(newDir(), g, [offset](const Eigen::Vector3d& p) {
      return offset + 3.1 * p.x() - 2.3 * p.y() + 4.7 * p.z() + 40 * noise(p);
    }, o);
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    for (const char* tool : {"gdcmconv", "opj_compress", "dcmdump"})
      QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
               qPrintable(QStringLiteral("%1 is missing: run scripts/install-deps").arg(tool)));
  }

  // Lossless J2K of each pixel format and layout: the same voxels as the
  // uncompressed series, through the parallel loader and the single-image decoder.
  void phantomLossless_data() {
    QTest::addColumn<PhantomSeriesOptions::Layout>("layout");
    QTest::addColumn<PhantomSeriesOptions::Kind>("kind");
    QTest::addColumn<int>("bitsStored");
    QTest::addColumn<bool>("signedPixels");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("offset");
    QTest::addColumn<QStringList>("gdcmArgs");
    // > 0: fragments cut to this size afterwards, by gdcmconv --split for
    // single frames, by refragment() for multi-frame (gdcmconv cannot).
    QTest::addColumn<int>("refragmentBytes");
    QTest::addColumn<bool>("severalFragmentsPerFrame");
    using L = PhantomSeriesOptions::Layout;
    using K = PhantomSeriesOptions::Kind;
    const QStringList j2k{"--j2k"};
    QTest::newRow("CT int16, negative stored values") << L::SingleFrameFiles << K::Ct << 16 << true << 0.0 << -800.0 << j2k << 0 << false;
    QTest::newRow("CT int16, intercept -1024") << L::SingleFrameFiles << K::Ct << 16 << true << -1024.0 << 0.0 << j2k << 0 << false;
    QTest::newRow("CT int12") << L::SingleFrameFiles << K::Ct << 12 << true << -1024.0 << -600.0 << j2k << 0 << false;
    QTest::newRow("MR uint12") << L::SingleFrameFiles << K::Mr << 12 << false << 0.0 << 1500.0 << j2k << 0 << false;
    QTest::newRow("CT int16, fragments of 1 KiB") << L::SingleFrameFiles << K::Ct << 16 << true << 0.0 << -800.0 << j2k << 1024 << true;
    QTest::newRow("Enhanced CT int16") << L::EnhancedMultiFrame << K::Ct << 16 << true << 0.0 << -800.0 << j2k << 0 << false;
    QTest::newRow("Enhanced MR uint12") << L::EnhancedMultiFrame << K::Mr << 12 << false << 0.0 << 1500.0 << j2k << 0 << false;
    QTest::newRow("Enhanced CT int16, fragments of 1000 bytes") << L::EnhancedMultiFrame << K::Ct << 16 << true << 0.0 << -800.0 << j2k << 1000 << true;
  }
  void phantomLossless() {
    QFETCH(PhantomSeriesOptions::Layout, layout);
    QFETCH(PhantomSeriesOptions::Kind, kind);
    QFETCH(int, bitsStored);
    QFETCH(bool, signedPixels);
    QFETCH(double, intercept);
    QFETCH(double, offset);
    QFETCH(QStringList, gdcmArgs);
    QFETCH(int, refragmentBytes);
    QFETCH(bool, severalFragmentsPerFrame);
    PhantomSeriesOptions o;
    o.layout = layout;
    o.kind = kind;
    o.bitsStored = bitsStored;
    o.signedPixels = signedPixels;
    o.rescaleIntercept = intercept;
    const PhantomSeries series = writeSeries(o, offset);
    QVERIFY2(series.ok(), qPrintable(series.error));
    const VolumeLoadOutcome reference = loadVolume(series.files);
    QVERIFY2(reference.ok(), qPrintable(reference.error.detail));

    QString log;
    QStringList converted = gdcmConvert(series.files, gdcmArgs, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));
    const int frames = layout == PhantomSeriesOptions::Layout::EnhancedMultiFrame ? 8 : 1;
    if (refragmentBytes > 0) {
      const QString dir = newDir();
      if (frames == 1) {
        converted = gdcmConvert(converted, {"--split", QString::number(refragmentBytes)}, dir, &log);
        QVERIFY2(!converted.isEmpty(), qPrintable(log));
      } else {
        for (QString& file : converted) {
          const QString pieces = dir + '/' + QFileInfo(file).fileName();
          QVERIFY(refragment(file, pieces, refragmentBytes));
          file = pieces;
        }
      }
    }
    for (const QString& file : converted) {
      const DumpFacts facts = dump(file);
      QCOMPARE(facts.transferSyntax, QString::fromLatin1(kLosslessUid));
      // One Basic Offset Table item, then the fragments.
      if (severalFragmentsPerFrame)
        QVERIFY2(facts.pixelItems - 1 > frames, qPrintable(QString::number(facts.pixelItems)));
      else
        QCOMPARE(facts.pixelItems - 1, frames);
    }

    VolumeLoadOptions options;
    options.threads = 4;  // more threads than cores: decoding must not share state
    const VolumeLoadOutcome r = loadVolume(converted, options);
    QVERIFY2(r.ok(), qPrintable(r.error.message + " / " + r.error.detail));
    QCOMPARE(r.volume.geometry().size, reference.volume.geometry().size);
    QVERIFY(std::memcmp(r.volume.data(), reference.volume.data(), r.volume.bytes()) == 0);
    if (signedPixels && intercept == 0) {
      const float lowest = *std::min_element(r.volume.data(), r.volume.data() + r.volume.voxelCount());
      QVERIFY2(lowest < -500, "the phantom should store negative values");
    }

    // The single-image decoder (DicomImage): the first frame of the first file.
    const DecodeOutcome original = decodeDicomFile(series.files.first());
    const DecodeOutcome j2k = decodeDicomFile(converted.first());
    QVERIFY2(original.ok(), qPrintable(original.error.detail));
    QVERIFY2(j2k.ok(), qPrintable(j2k.error.message + " / " + j2k.error.detail));
    QCOMPARE(j2k.image.values.size(), original.image.values.size());
    QVERIFY(j2k.image.values == original.image.values);
  }

  // The real demo CT (uint12 of 16 bits, 256x256), every slice.
  void demoCtLossless() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    const VolumeLoadOutcome reference = loadVolume(files);
    QVERIFY2(reference.ok(), qPrintable(reference.error.detail));

    QString log;
    const QStringList converted = gdcmConvert(files, {"--j2k"}, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));
    QCOMPARE(dump(converted[41]).transferSyntax, QString::fromLatin1(kLosslessUid));
    const VolumeLoadOutcome r = loadVolume(converted);
    QVERIFY2(r.ok(), qPrintable(r.error.message + " / " + r.error.detail));
    QCOMPARE(r.volume.geometry().size, reference.volume.geometry().size);
    QVERIFY(std::memcmp(r.volume.data(), reference.volume.data(), r.volume.bytes()) == 0);

    const DecodeOutcome original = decodeDicomFile(files[41]);
    const DecodeOutcome j2k = decodeDicomFile(converted[41]);
    QVERIFY2(j2k.ok(), qPrintable(j2k.error.message + " / " + j2k.error.detail));
    QVERIFY(j2k.image.values == original.image.values);
    QVERIFY(j2k.image.minValue < 0);  // air in HU
  }

  // Lossy J2K (.91) at a compression ratio of 10 (gdcmconv -r 10): close
  // to the original. The phantom carries uniform noise of ±40 HU, which the
  // irreversible wavelet smooths: up to 100 HU off at a voxel and 15 HU on
  // average is allowed (measured: 65 and 11.3); a misread sign, bit depth
  // or frame is off by hundreds or thousands.
  void lossy_data() {
    QTest::addColumn<PhantomSeriesOptions::Layout>("layout");
    QTest::addColumn<double>("maxError");
    QTest::addColumn<double>("maxMeanError");
    QTest::newRow("CT int16") << PhantomSeriesOptions::Layout::SingleFrameFiles << 100.0 << 15.0;
    QTest::newRow("Enhanced CT int16") << PhantomSeriesOptions::Layout::EnhancedMultiFrame << 100.0 << 15.0;
  }
  void lossy() {
    QFETCH(PhantomSeriesOptions::Layout, layout);
    QFETCH(double, maxError);
    QFETCH(double, maxMeanError);
    PhantomSeriesOptions o;
    o.layout = layout;
    o.rescaleIntercept = 0;
    const PhantomSeries series = writeSeries(o, -800);
    QVERIFY2(series.ok(), qPrintable(series.error));
    const VolumeLoadOutcome reference = loadVolume(series.files);
    QVERIFY2(reference.ok(), qPrintable(reference.error.detail));
    QString log;
    const QStringList converted = gdcmConvert(series.files, {"--j2k", "--lossy", "-r", "10"}, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));
    QCOMPARE(dump(converted.first()).transferSyntax, QString::fromLatin1(kLossyUid));
    const VolumeLoadOutcome r = loadVolume(converted);
    QVERIFY2(r.ok(), qPrintable(r.error.message + " / " + r.error.detail));
    QCOMPARE(r.volume.geometry().size, reference.volume.geometry().size);
    double mean = 0;
    const double worst = worstDifference(r.volume, reference.volume, &mean);
    qInfo("lossy J2K: max error %.1f, mean %.2f", worst, mean);
    QVERIFY2(worst <= maxError, qPrintable(QString::number(worst)));
    QVERIFY2(mean <= maxMeanError, qPrintable(QString::number(mean)));
  }

  // Bare codestreams and JP2 files from opj_compress, decoded straight
  // through decodeJpeg2000Frame: 8- and 16-bit samples, and colour refused.
  void openJpegFiles_data() {
    QTest::addColumn<int>("maxValue");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("12-bit codestream") << 4095 << "j2k";
    QTest::newRow("16-bit JP2") << 65535 << "jp2";
    QTest::newRow("8-bit codestream") << 255 << "j2k";
  }
  void openJpegFiles() {
    QFETCH(int, maxValue);
    QFETCH(QString, suffix);
    const int width = 67, height = 45;  // odd sizes: no row padding hides an error
    std::vector<int> samples(size_t(width * height));
    for (int y = 0; y < height; ++y)
      for (int x = 0; x < width; ++x)
        samples[size_t(y * width + x)] = (x * 977 + y * 131 + (x * y) % 17) % (maxValue + 1);
    const QString dir = newDir();
    QVERIFY(writeAll(dir + "/in.pgm", netpbm(width, height, 1, maxValue, samples)));
    int code = 0;
    const QString log = run("opj_compress", {"-i", dir + "/in.pgm", "-o", dir + "/out." + suffix}, &code);
    QVERIFY2(code == 0, qPrintable(log));
    const QByteArray codestream = readAll(dir + "/out." + suffix);
    QVERIFY(!codestream.isEmpty());

    Jpeg2000FrameLayout layout;
    layout.rows = height;
    layout.columns = width;
    layout.bitsAllocated = maxValue > 255 ? 16 : 8;
    layout.bitsStored = maxValue == 4095 ? 12 : layout.bitsAllocated;
    std::vector<unsigned char> out(size_t(width * height * layout.bitsAllocated / 8));
    const QString error = decodeJpeg2000Frame(reinterpret_cast<const unsigned char*>(codestream.constData()),
                                              size_t(codestream.size()), layout, out.data(), out.size());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (size_t i = 0; i < samples.size(); ++i) {
      uint16_t v8 = out[i];
      uint16_t v16 = 0;
      if (layout.bitsAllocated == 16) std::memcpy(&v16, &out[2 * i], 2);
      const int got = layout.bitsAllocated == 16 ? v16 : v8;
      if (got != samples[i]) QFAIL(qPrintable(QStringLiteral("sample %1: %2, expected %3").arg(i).arg(got).arg(samples[i])));
    }

    // A header that disagrees with the codestream's size is an error, not a misread.
    layout.columns = width + 1;
    std::vector<unsigned char> wider(size_t(height * (width + 1) * layout.bitsAllocated / 8));
    const QString mismatch = decodeJpeg2000Frame(reinterpret_cast<const unsigned char*>(codestream.constData()),
                                                 size_t(codestream.size()), layout, wider.data(), wider.size());
    QVERIFY2(mismatch.contains(QLatin1String("header says")), qPrintable(mismatch));
  }
  void colourIsRefused() {
    const int width = 64, height = 48;
    std::vector<int> rgb(size_t(width * height * 3));
    for (size_t i = 0; i < rgb.size(); ++i) rgb[i] = int(i * 7 % 256);
    const QString dir = newDir();
    QVERIFY(writeAll(dir + "/in.ppm", netpbm(width, height, 3, 255, rgb)));
    int code = 0;
    const QString log = run("opj_compress", {"-i", dir + "/in.ppm", "-o", dir + "/out.j2k"}, &code);
    QVERIFY2(code == 0, qPrintable(log));
    const QByteArray codestream = readAll(dir + "/out.j2k");
    Jpeg2000FrameLayout layout;
    layout.rows = height;
    layout.columns = width;
    layout.bitsAllocated = layout.bitsStored = 8;
    std::vector<unsigned char> out(size_t(width * height * 3));
    const QString error = decodeJpeg2000Frame(reinterpret_cast<const unsigned char*>(codestream.constData()),
                                              size_t(codestream.size()), layout, out.data(), out.size());
    QVERIFY2(error.contains(QLatin1String("3 components")), qPrintable(error));
  }

  // DCMTK's whole-object decompression (DcmDataset::chooseRepresentation,
  // as dcmdjpeg does; it calls the codec's decode() rather than
  // decodeFrame()) gives the original Pixel Data byte for byte.
  void chooseRepresentation_data() {
    QTest::addColumn<PhantomSeriesOptions::Layout>("layout");
    QTest::addColumn<int>("refragmentBytes");
    QTest::newRow("CT int16") << PhantomSeriesOptions::Layout::SingleFrameFiles << 0;
    QTest::newRow("Enhanced CT int16, fragments of 1000 bytes") << PhantomSeriesOptions::Layout::EnhancedMultiFrame << 1000;
  }
  void chooseRepresentation() {
    QFETCH(PhantomSeriesOptions::Layout, layout);
    QFETCH(int, refragmentBytes);
    PhantomSeriesOptions o;
    o.layout = layout;
    o.rescaleIntercept = 0;
    const PhantomSeries series = writeSeries(o, -800);
    QVERIFY2(series.ok(), qPrintable(series.error));
    QString log;
    QStringList converted = gdcmConvert(series.files.mid(0, 1), {"--j2k"}, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));
    if (refragmentBytes > 0) {
      QVERIFY(refragment(converted[0], converted[0] + ".pieces.dcm", refragmentBytes));
      converted[0] += ".pieces.dcm";
    }
    registerDicomDecoders();
    DcmFileFormat original, j2k;
    QVERIFY(original.loadFile(OFFilename(QFile::encodeName(series.files[0]).constData())).good());
    QVERIFY(j2k.loadFile(OFFilename(QFile::encodeName(converted[0]).constData())).good());
    QCOMPARE(j2k.getDataset()->getCurrentXfer(), EXS_JPEG2000LosslessOnly);
    const OFCondition c = j2k.getDataset()->chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
    QVERIFY2(c.good(), c.text());
    const Uint16* expected = nullptr;
    const Uint16* decoded = nullptr;
    unsigned long expectedCount = 0, decodedCount = 0;
    QVERIFY(original.getDataset()->findAndGetUint16Array(DCM_PixelData, expected, &expectedCount).good());
    QVERIFY(j2k.getDataset()->findAndGetUint16Array(DCM_PixelData, decoded, &decodedCount).good());
    QCOMPARE(decodedCount, expectedCount);
    QVERIFY(std::memcmp(decoded, expected, expectedCount * sizeof(Uint16)) == 0);
  }

  // Colour JPEG 2000 (YBR_RCT, YBR_ICT: PS3.5 8.2.4) has no display path
  // yet: refused with a message saying so, before any decoding.
  void colourHeaderIsRefused() {
    PhantomSeriesOptions o;
    o.shuffle = false;
    const PhantomSeries series = writeSeries(o, 0);
    QVERIFY2(series.ok(), qPrintable(series.error));
    QString log;
    QStringList converted = gdcmConvert(series.files, {"--j2k"}, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));
    DcmFileFormat file;
    QVERIFY(file.loadFile(OFFilename(QFile::encodeName(converted[2]).constData())).good());
    QVERIFY(file.getDataset()->putAndInsertString(DCM_PhotometricInterpretation, "YBR_RCT").good());
    QVERIFY(file.getDataset()->putAndInsertUint16(DCM_SamplesPerPixel, 3).good());
    QVERIFY(file.saveFile(OFFilename(QFile::encodeName(converted[2]).constData())).good());
    const DecodeOutcome d = decodeDicomFile(converted[2]);
    QCOMPARE(d.error.code, ViewerErrorCode::UnsupportedImage);
    QVERIFY2(d.error.detail.contains(QLatin1String("YBR_RCT")), qPrintable(d.error.detail));
    const VolumeLoadOutcome r = loadVolume(converted);
    QCOMPARE(r.error.code, ViewerErrorCode::UnsupportedImage);
    QVERIFY2(r.error.detail.contains(QLatin1String("YBR_RCT")), qPrintable(r.error.detail));
  }

  // A cut or garbled codestream: a clear error from both decoders, never a
  // crash, a partial image, or OpenJPEG's messages on stderr.
  void brokenCodestream_data() {
    QTest::addColumn<int>("keepPercent");  // of the codestream; 0: garble SIZ instead
    QTest::newRow("truncated to 60%") << 60;
    QTest::newRow("truncated to 98%") << 98;
    QTest::newRow("SIZ garbled") << 0;
  }
  void brokenCodestream() {
    QFETCH(int, keepPercent);
    PhantomSeriesOptions o;
    o.shuffle = false;
    const PhantomSeries series = writeSeries(o, 0);
    QVERIFY2(series.ok(), qPrintable(series.error));
    QString log;
    const QStringList converted = gdcmConvert(series.files, {"--j2k"}, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));

    QByteArray broken;
    const auto edit = [&](QByteArray codestream) {
      if (keepPercent > 0) {
        codestream.truncate(codestream.size() * keepPercent / 100);
      } else {
        // SIZ follows SOC: Lsiz (2 bytes), Rsiz (2), Xsiz (4), Ysiz (4), ...
        for (int i = 4; i < 16 && i < codestream.size(); ++i) codestream[i] = char(0xFF);
      }
      broken = codestream;
      return codestream;
    };
    const QString brokenFile = QFileInfo(converted[3]).path() + "/broken.dcm";
    QVERIFY(editFirstFragment(converted[3], brokenFile, edit));
    QCOMPARE(dump(brokenFile).transferSyntax, QString::fromLatin1(kLosslessUid));

    const DecodeOutcome d = decodeDicomFile(brokenFile);
    QVERIFY(!d.ok());
    QCOMPARE(d.error.code, ViewerErrorCode::CorruptPixelData);
    QVERIFY(!d.error.message.isEmpty());
    QVERIFY2(d.error.detail.contains(QLatin1String("JPEG 2000")), qPrintable(d.error.detail));

    QStringList files = converted;
    files[3] = brokenFile;
    const VolumeLoadOutcome r = loadVolume(files);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, ViewerErrorCode::CorruptPixelData);
    QVERIFY2(r.error.detail.contains(QLatin1String("JPEG 2000")), qPrintable(r.error.detail));
    qInfo("%s", qPrintable(r.error.detail));

    // The codec itself, stderr watched.
    Jpeg2000FrameLayout layout;
    layout.rows = 80;
    layout.columns = 96;
    std::vector<unsigned char> out(size_t(80 * 96 * 2));
    QString error;
    const QByteArray printed = capturingStderr(m_tmp.filePath("stderr.txt"), [&] {
      error = decodeJpeg2000Frame(reinterpret_cast<const unsigned char*>(broken.constData()), size_t(broken.size()),
                                  layout, out.data(), out.size());
    });
    QVERIFY2(!error.isEmpty(), "a broken codestream decoded");
    QVERIFY2(printed.isEmpty(), printed.constData());
  }

  // Decode time of one 512x512 CT slice, J2K lossless against uncompressed
  // (reported, not asserted).
  void decodeTime() {
    PhantomSeriesOptions o;
    o.shuffle = false;
    o.rescaleIntercept = -1024;
    const PhantomSeries series = writePhantomSeries(newDir(), axialGeometry({512, 512, 6}, 0.7), headPhantom, o);
    QVERIFY2(series.ok(), qPrintable(series.error));
    QString log;
    const QStringList converted = gdcmConvert(series.files, {"--j2k"}, newDir(), &log);
    QVERIFY2(!converted.isEmpty(), qPrintable(log));
    QCOMPARE(dump(converted.first()).transferSyntax, QString::fromLatin1(kLosslessUid));

    const auto timePerSlice = [](const QStringList& files, std::vector<float>* first) {
      const int rounds = 3;
      QElapsedTimer clock;
      clock.start();
      for (int round = 0; round < rounds; ++round)
        for (const QString& file : files) {
          const DecodeOutcome d = decodeDicomFile(file);
          if (!d.ok()) return -1.0;
          if (first && first->empty()) *first = d.image.values;
        }
      return double(clock.nsecsElapsed()) / 1e6 / double(rounds * files.size());
    };
    timePerSlice(series.files.mid(0, 1), nullptr);  // warm up: dictionary, codecs
    std::vector<float> plainValues, j2kValues;
    const double plain = timePerSlice(series.files, &plainValues);
    const double j2k = timePerSlice(converted, &j2kValues);
    QVERIFY(plain > 0 && j2k > 0);
    QVERIFY(plainValues == j2kValues);
    qInfo("decodeDicomFile per 512x512 slice: uncompressed %.2f ms, J2K lossless %.2f ms (%.1fx); "
          "file %lld vs %lld bytes",
          plain, j2k, j2k / plain, QFileInfo(series.files.first()).size(), QFileInfo(converted.first()).size());

    // OpenJPEG alone, and the whole series through the parallel loader.
    const QByteArray codestream = firstFragment(converted.first());
    QVERIFY(!codestream.isEmpty());
    Jpeg2000FrameLayout layout;
    layout.rows = layout.columns = 512;
    std::vector<unsigned char> samples(size_t(512 * 512 * 2));
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 5; ++i)
      QVERIFY(decodeJpeg2000Frame(reinterpret_cast<const unsigned char*>(codestream.constData()), size_t(codestream.size()),
                                  layout, samples.data(), samples.size()).isEmpty());
    const double codecMs = double(clock.nsecsElapsed()) / 1e6 / 5;
    const auto loadMs = [](const QStringList& files) {
      QElapsedTimer t;
      t.start();
      const bool ok = loadVolume(files).ok();
      return ok ? double(t.nsecsElapsed()) / 1e6 / double(files.size()) : -1.0;
    };
    const double plainLoad = loadMs(series.files), j2kLoad = loadMs(converted);
    QVERIFY(plainLoad > 0 && j2kLoad > 0);
    qInfo("OpenJPEG alone %.2f ms per slice; loadVolume (%d threads) per slice: uncompressed %.2f ms, J2K %.2f ms",
          codecMs, QThread::idealThreadCount(), plainLoad, j2kLoad);
  }
};

QTEST_GUILESS_MAIN(TestJpeg2000)
#include "test_jpeg2000.moc"
