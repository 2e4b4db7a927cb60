#include "viewer/VolumeLoader.h"

#include "viewer/DicomCodecs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>

#include <Eigen/Geometry>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>

#ifdef __linux__
#include <sys/mman.h>
#endif

Q_LOGGING_CATEGORY(lcVolume, "yunyue.viewer.volume")

namespace yunyue {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kProgressTotal = 1000;
constexpr int kHeaderShare = 100;

QString stringOf(DcmItem& item, const DcmTagKey& tag) {
  OFString value;
  if (item.findAndGetOFString(tag, value).bad()) return {};
  return QString::fromLatin1(value.c_str()).trimmed();
}

bool doublesOf(DcmItem* item, const DcmTagKey& tag, double* out, int count) {
  if (!item) return false;
  for (int i = 0; i < count; ++i) {
    Float64 v = 0;
    if (item->findAndGetFloat64(tag, v, unsigned(i)).bad() || !std::isfinite(v)) return false;
    out[i] = v;
  }
  return true;
}

int intOf(DcmItem& item, const DcmTagKey& tag, int fallback) {
  Sint32 v = 0;
  if (item.findAndGetSint32(tag, v).good()) return int(v);
  Uint16 u = 0;
  if (item.findAndGetUint16(tag, u).good()) return int(u);
  return fallback;
}

DcmItem* firstItem(DcmItem* item, const DcmTagKey& sequence) {
  DcmItem* out = nullptr;
  if (item && item->findAndGetSequenceItem(sequence, out, 0).good()) return out;
  return nullptr;
}

QString mm(double v) { return QString::number(v, 'f', 2); }

// Image Pixel module values that tell how a stored value is laid out.
struct PixelFormat {
  int rows = 0, columns = 0;
  int samplesPerPixel = 1;
  int bitsAllocated = 16, bitsStored = 16, highBit = 15;
  bool isSigned = false;
  bool monochrome1 = false;
};

// One frame (slice) as its header describes it.
struct FrameHeader {
  int file = 0, frame = 0;
  int instanceNumber = 0;
  Eigen::Vector3d ipp{0, 0, 0};
  bool hasIpp = false;
  Eigen::Vector3d rowDir{1, 0, 0}, colDir{0, 1, 0};
  bool hasIop = false;
  double rowSpacing = 1, columnSpacing = 1;  // PixelSpacing[0], [1]
  double slope = 1, intercept = 0;
  double thickness = 0;
  double position = 0;                        // ipp · normal, set after validation
};

struct FileHeader {
  // Kept from the header pass for single-frame files whose pixel data DCMTK
  // left on disk (read on demand), so the decode pass need not parse again.
  std::unique_ptr<DcmFileFormat> dicom;
  PixelFormat format;
  int frames = 1;
  QString sopInstanceUid, seriesUid, frameOfReferenceUid, modality, bodyPartExamined;
  double windowCenter = 0, windowWidth = 0;
  ViewerError error;
};

ViewerError makeError(ViewerErrorCode code, const QString& message, const QString& detail) {
  qCWarning(lcVolume) << message << detail;
  return {code, message, detail};
}

// Header pass for one file: the format, and one FrameHeader per frame.
// Enhanced CT/MR keep per-frame values in functional group macros (PS3.3
// C.7.6.16): a frame's own group first, then the shared one, then the top
// level (where single-frame images keep them).
void readHeader(const QString& path, int fileIndex, FileHeader& out, std::vector<FrameHeader>& frames) {
  auto dicom = std::make_unique<DcmFileFormat>();
  const OFCondition c = dicom->loadFile(OFFilename(QFile::encodeName(path).constData()));
  if (c.bad()) {
    out.error = makeError(ViewerErrorCode::UnreadableFile,
                          QCoreApplication::translate("yunyue::VolumeLoader", "A file of the series is not a readable DICOM file."),
                          QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), QString::fromLatin1(c.text())));
    return;
  }
  DcmDataset& ds = *dicom->getDataset();
  const QString name = QFileInfo(path).fileName();
  if (!ds.tagExists(DCM_PixelData)) {
    const bool floatPixels = ds.tagExists(DCM_FloatPixelData) || ds.tagExists(DCM_DoubleFloatPixelData);
    out.error = floatPixels
                    ? makeError(ViewerErrorCode::UnsupportedImage,
                                QCoreApplication::translate("yunyue::VolumeLoader", "Images with floating-point pixels cannot be shown yet."),
                                QStringLiteral("%1: FloatPixelData").arg(name))
                    : makeError(ViewerErrorCode::NotAnImage,
                                QCoreApplication::translate("yunyue::VolumeLoader", "A file of the series holds no image."),
                                QStringLiteral("%1: no PixelData in SOP Class %2").arg(name, stringOf(ds, DCM_SOPClassUID)));
    return;
  }
  PixelFormat& f = out.format;
  f.rows = intOf(ds, DCM_Rows, 0);
  f.columns = intOf(ds, DCM_Columns, 0);
  f.samplesPerPixel = intOf(ds, DCM_SamplesPerPixel, 1);
  f.bitsAllocated = intOf(ds, DCM_BitsAllocated, 16);
  f.bitsStored = intOf(ds, DCM_BitsStored, f.bitsAllocated);
  f.highBit = intOf(ds, DCM_HighBit, f.bitsStored - 1);
  f.isSigned = intOf(ds, DCM_PixelRepresentation, 0) == 1;
  const QString photometric = stringOf(ds, DCM_PhotometricInterpretation);
  f.monochrome1 = photometric == QLatin1String("MONOCHROME1");
  if (f.samplesPerPixel != 1 || !(f.monochrome1 || photometric == QLatin1String("MONOCHROME2"))) {
    out.error = makeError(ViewerErrorCode::UnsupportedImage,
                          QCoreApplication::translate("yunyue::VolumeLoader", "Colour images cannot be shown as a volume."),
                          QStringLiteral("%1: PhotometricInterpretation %2").arg(name, photometric));
    return;
  }
  const bool bitsOk = (f.bitsAllocated == 8 || f.bitsAllocated == 16 || f.bitsAllocated == 32) &&
                      f.bitsStored >= 1 && f.bitsStored <= f.bitsAllocated && f.highBit >= f.bitsStored - 1 &&
                      f.highBit < f.bitsAllocated;
  if (f.rows <= 0 || f.columns <= 0 || !bitsOk) {
    out.error = makeError(ViewerErrorCode::UnsupportedImage,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The image pixel layout is not supported."),
                          QStringLiteral("%1: %2x%3, BitsAllocated %4, BitsStored %5, HighBit %6")
                              .arg(name).arg(f.rows).arg(f.columns).arg(f.bitsAllocated).arg(f.bitsStored).arg(f.highBit));
    return;
  }
  // A modality LUT table (rather than slope/intercept) is rare in CT/MR; refuse rather than show raw values.
  if (ds.tagExists(DCM_ModalityLUTSequence)) {
    out.error = makeError(ViewerErrorCode::UnsupportedImage,
                          QCoreApplication::translate("yunyue::VolumeLoader", "Images with a modality lookup table cannot be shown as a volume yet."),
                          QStringLiteral("%1: ModalityLUTSequence").arg(name));
    return;
  }
  out.frames = std::max(1, intOf(ds, DCM_NumberOfFrames, 1));
  out.sopInstanceUid = stringOf(ds, DCM_SOPInstanceUID);
  out.seriesUid = stringOf(ds, DCM_SeriesInstanceUID);
  out.frameOfReferenceUid = stringOf(ds, DCM_FrameOfReferenceUID);
  out.modality = stringOf(ds, DCM_Modality);
  out.bodyPartExamined = stringOf(ds, DCM_BodyPartExamined);
  const int instanceNumber = intOf(ds, DCM_InstanceNumber, 0);

  DcmItem* shared = firstItem(&ds, DCM_SharedFunctionalGroupsSequence);
  DcmSequenceOfItems* perFrame = nullptr;
  ds.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame);
  if (out.frames > 1 && (!perFrame || perFrame->card() < unsigned(out.frames))) {
    out.error = makeError(ViewerErrorCode::UnsupportedImage,
                          QCoreApplication::translate("yunyue::VolumeLoader", "This multi-frame image does not say where each frame lies in the patient."),
                          QStringLiteral("%1: %2 frames, no PerFrameFunctionalGroupsSequence").arg(name).arg(out.frames));
    return;
  }
  {
    DcmItem* voi = firstItem(shared, DCM_FrameVOILUTSequence);
    double centre = 0, width = 0;
    if ((doublesOf(&ds, DCM_WindowCenter, &centre, 1) && doublesOf(&ds, DCM_WindowWidth, &width, 1)) ||
        (doublesOf(voi, DCM_WindowCenter, &centre, 1) && doublesOf(voi, DCM_WindowWidth, &width, 1))) {
      out.windowCenter = centre;
      out.windowWidth = width;
    }
  }

  for (int fr = 0; fr < out.frames; ++fr) {
    DcmItem* own = perFrame && out.frames > 1 ? perFrame->getItem(unsigned(fr)) : nullptr;
    if (!own && perFrame && perFrame->card() == 1) own = perFrame->getItem(0);
    auto macro = [&](const DcmTagKey& sequence) -> DcmItem* {
      if (DcmItem* item = firstItem(own, sequence)) return item;
      if (DcmItem* item = firstItem(shared, sequence)) return item;
      return &ds;
    };
    FrameHeader h;
    h.file = fileIndex;
    h.frame = fr;
    h.instanceNumber = instanceNumber;
    double v[6];
    if (doublesOf(macro(DCM_PlanePositionSequence), DCM_ImagePositionPatient, v, 3)) {
      h.ipp = {v[0], v[1], v[2]};
      h.hasIpp = true;
    }
    if (doublesOf(macro(DCM_PlaneOrientationSequence), DCM_ImageOrientationPatient, v, 6)) {
      h.rowDir = Eigen::Vector3d(v[0], v[1], v[2]);
      h.colDir = Eigen::Vector3d(v[3], v[4], v[5]);
      h.hasIop = h.rowDir.norm() > 0.5 && h.colDir.norm() > 0.5;
      if (h.hasIop) {
        h.rowDir.normalize();
        h.colDir.normalize();
      }
    }
    DcmItem* measures = macro(DCM_PixelMeasuresSequence);
    if (doublesOf(measures, DCM_PixelSpacing, v, 2) && v[0] > 0 && v[1] > 0) {
      h.rowSpacing = v[0];
      h.columnSpacing = v[1];
    }
    doublesOf(measures, DCM_SliceThickness, &h.thickness, 1);
    DcmItem* transform = macro(DCM_PixelValueTransformationSequence);
    if (!doublesOf(transform, DCM_RescaleSlope, &h.slope, 1)) doublesOf(&ds, DCM_RescaleSlope, &h.slope, 1);
    if (!doublesOf(transform, DCM_RescaleIntercept, &h.intercept, 1)) doublesOf(&ds, DCM_RescaleIntercept, &h.intercept, 1);
    if (h.slope == 0) h.slope = 1;  // a zero slope is a writer's bug, not a black image
    frames.push_back(h);
  }

  // Keep the parsed header only when its pixel data stayed on disk: a
  // deflated file is inflated whole on reading, and holding every slice of
  // it until the decode pass would cost a second copy of the series.
  DcmElement* pixels = nullptr;
  const bool onDisk = ds.findAndGetElement(DCM_PixelData, pixels).good() && pixels && !pixels->valueLoaded();
  const bool encapsulated = DcmXfer(ds.getCurrentXfer()).isEncapsulated();
  if (out.frames == 1 && (onDisk || encapsulated)) out.dicom = std::move(dicom);
}

// Stored pixel values -> modality values: mask the BitsStored bits below
// HighBit, sign-extend when PixelRepresentation is 1, apply Rescale
// Slope/Intercept (PS3.3 C.7.6.3.1, C.11.1).
template <typename Raw>
void toModality(const void* raw, size_t count, const PixelFormat& f, double slope, double intercept, float* out) {
  const Raw* in = static_cast<const Raw*>(raw);
  const float s = float(slope), b = float(intercept);
  const int shift = f.highBit + 1 - f.bitsStored;
  if (shift == 0 && f.bitsStored == int(sizeof(Raw) * 8)) {
    // The common case (16 of 16 bits): a plain cast, which vectorises.
    if (f.isSigned) {
      using Signed = std::make_signed_t<Raw>;
      for (size_t i = 0; i < count; ++i) out[i] = float(Signed(in[i])) * s + b;
    } else {
      for (size_t i = 0; i < count; ++i) out[i] = float(in[i]) * s + b;
    }
    return;
  }
  // Sign extension by (v ^ signBit) - signBit. 8- and 16-bit values fit in
  // int32, whose conversion to float vectorises; 32-bit ones need int64.
  using Wide = std::conditional_t<(sizeof(Raw) < 4), int32_t, int64_t>;
  const Wide mask = Wide((int64_t(1) << f.bitsStored) - 1);
  const Wide signBit = f.isSigned ? Wide(int64_t(1) << (f.bitsStored - 1)) : 0;
  for (size_t i = 0; i < count; ++i) {
    const Wide v = (Wide(in[i]) >> shift) & mask;
    out[i] = float((v ^ signBit) - signBit) * s + b;
  }
}

// Runs job(index, worker) for index in [0, count) on `threads` threads
// (worker: 0..threads-1, for per-thread scratch). The calling thread reports
// progress and watches for cancellation. A job returning false stops the
// others. Returns false when stopped or canceled.
bool runParallel(int count, int threads, const std::function<bool(int, int)>& job,
                 const std::function<void(int)>& progress, const std::atomic<bool>* cancel) {
  std::atomic<int> next{0}, done{0};
  std::atomic<bool> stop{false};
  std::mutex mutex;
  std::condition_variable finished;
  int running = threads;
  auto worker = [&](int w) {
    while (!stop.load()) {
      if (cancel && cancel->load()) {
        stop = true;
        break;
      }
      const int i = next++;
      if (i >= count) break;
      bool ok = false;
      try {
        ok = job(i, w);
      } catch (const std::exception& e) {  // bad_alloc from a scratch buffer
        qCWarning(lcVolume) << "slice job failed:" << e.what();
      }
      if (!ok) stop = true;
      ++done;
    }
    std::lock_guard<std::mutex> lock(mutex);
    --running;
    finished.notify_all();
  };
  std::vector<std::thread> pool;
  pool.reserve(size_t(threads));
  for (int w = 0; w < threads; ++w) pool.emplace_back(worker, w);
  {
    std::unique_lock<std::mutex> lock(mutex);
    while (running > 0) {
      finished.wait_for(lock, std::chrono::milliseconds(50));
      if (progress) {
        lock.unlock();
        progress(done.load());
        lock.lock();
      }
    }
  }
  for (std::thread& t : pool) t.join();
  return !stop.load() && done.load() == count;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  const size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + ptrdiff_t(mid), values.end());
  if (values.size() % 2) return values[mid];
  const double upper = values[mid];
  return (*std::max_element(values.begin(), values.begin() + ptrdiff_t(mid)) + upper) / 2;
}

// How target slice k is made: straight from one frame, or interpolated
// between frames a and b (weight w of b).
struct SlicePlan {
  int a = -1, b = -1;  // indices into the sorted frame list
  double w = 0;
  bool direct() const { return b < 0; }
};

// Per-thread decoding state.
struct Scratch {
  std::vector<Uint8> raw;            // one stored frame
  std::vector<float> sourceA, sourceB;
  int cachedA = -1, cachedB = -1;    // sorted frame index held in sourceA/B
  int openFile = -1;                 // file held in `open`
  std::unique_ptr<DcmFileFormat> open;
  DcmFileCache fileCache;            // keeps a multi-frame file's handle open
};

}  // namespace

VolumeLoadOutcome loadVolume(const QStringList& files, const VolumeLoadOptions& options) {
  VolumeLoadOutcome r;
  registerDicomDecoders();
  QElapsedTimer clock;
  clock.start();
  if (files.isEmpty()) {
    r.error = makeError(ViewerErrorCode::NotAnImage,
                        QCoreApplication::translate("yunyue::VolumeLoader", "The series holds no images."),
                        QStringLiteral("no files"));
    return r;
  }
  const int fileCount = int(files.size());
  const int threads = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
  auto canceled = [&] {
    return makeError(ViewerErrorCode::LoadCanceled,
                     QCoreApplication::translate("yunyue::VolumeLoader", "Loading was canceled."), QStringLiteral("canceled"));
  };

  // --- pass 1: headers, in parallel ------------------------------------------
  std::vector<FileHeader> headers(static_cast<size_t>(fileCount));
  std::vector<std::vector<FrameHeader>> framesOfFile(static_cast<size_t>(fileCount));
  // Progress in per mille: headers take the first tenth (the slice count,
  // e.g. of a multi-frame file, is unknown until they are read).
  auto report = [&](int permille) {
    if (options.progress) options.progress(permille, kProgressTotal);
  };
  auto reportHeaders = [&](int done) { report(done * kHeaderShare / fileCount); };
  const bool headersRead = runParallel(
      fileCount, std::min(threads, fileCount),
      [&](int i, int) {
        readHeader(files[i], i, headers[size_t(i)], framesOfFile[size_t(i)]);
        return !headers[size_t(i)].error.isError();
      },
      reportHeaders, options.cancel);
  if (!headersRead) {
    if (options.cancel && options.cancel->load()) {
      r.error = canceled();
      return r;
    }
    for (const FileHeader& h : headers)
      if (h.error.isError()) {
        r.error = h.error;
        return r;
      }
    r.error = makeError(ViewerErrorCode::UnreadableFile,
                        QCoreApplication::translate("yunyue::VolumeLoader", "A file of the series is not a readable DICOM file."),
                        QStringLiteral("header pass failed"));
    return r;
  }

  if (options.cancel && options.cancel->load()) {
    r.error = canceled();
    return r;
  }

  // --- one series, one stack ------------------------------------------------------
  const FileHeader& first = headers[0];
  for (int i = 1; i < fileCount; ++i) {
    const FileHeader& h = headers[size_t(i)];
    const QString pair = QStringLiteral("%1 / %2").arg(QFileInfo(files[0]).fileName(), QFileInfo(files[i]).fileName());
    if (h.seriesUid != first.seriesUid) {
      r.error = makeError(ViewerErrorCode::InconsistentSeries,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The files belong to different series."),
                          QStringLiteral("SeriesInstanceUID differs: %1").arg(pair));
      return r;
    }
    if (h.frameOfReferenceUid != first.frameOfReferenceUid) {
      r.error = makeError(ViewerErrorCode::InconsistentSeries,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The images of the series lie in different frames of reference."),
                          QStringLiteral("FrameOfReferenceUID differs: %1").arg(pair));
      return r;
    }
    if (h.format.rows != first.format.rows || h.format.columns != first.format.columns) {
      r.error = makeError(ViewerErrorCode::InconsistentSeries,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The images of the series have different matrix sizes (%1 and %2).")
                              .arg(QStringLiteral("%1×%2").arg(first.format.columns).arg(first.format.rows),
                                   QStringLiteral("%1×%2").arg(h.format.columns).arg(h.format.rows)),
                          QStringLiteral("Rows/Columns differ: %1").arg(pair));
      return r;
    }
    if (h.format.monochrome1 != first.format.monochrome1) {
      r.error = makeError(ViewerErrorCode::InconsistentSeries,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The images of the series mix MONOCHROME1 and MONOCHROME2."),
                          QStringLiteral("PhotometricInterpretation differs: %1").arg(pair));
      return r;
    }
  }
  r.modality = first.modality;
  r.seriesInstanceUid = first.seriesUid;
  r.frameOfReferenceUid = first.frameOfReferenceUid;
  r.bodyPartExamined = first.bodyPartExamined;
  r.monochrome1 = first.format.monochrome1;
  r.windowCenter = first.windowCenter;
  r.windowWidth = first.windowWidth;

  std::vector<FrameHeader> frames;
  for (auto& list : framesOfFile) frames.insert(frames.end(), list.begin(), list.end());
  framesOfFile.clear();
  const FrameHeader f0 = frames.front();  // a copy: frames is sorted and filtered below
  r.sliceThickness = f0.thickness;
  auto frameName = [&](const FrameHeader& h) {
    const QString file = QFileInfo(files[h.file]).fileName();
    return headers[size_t(h.file)].frames > 1 ? QStringLiteral("%1 frame %2").arg(file).arg(h.frame + 1) : file;
  };
  const bool stack = frames.size() > 1;
  if (stack) {
    for (const FrameHeader& h : frames)
      if (!h.hasIpp || !h.hasIop) {
        r.error = makeError(ViewerErrorCode::UnsupportedImage,
                            QCoreApplication::translate("yunyue::VolumeLoader", "The images do not say where they lie in the patient, so they cannot be stacked into a volume."),
                            QStringLiteral("%1: no ImagePositionPatient/ImageOrientationPatient").arg(frameName(h)));
        return r;
      }
  }
  // IOP is written with a few decimals; 1e-3 per component is about 0.06°.
  constexpr double kOrientationTolerance = 1e-3;
  for (const FrameHeader& h : frames) {
    if ((h.rowDir - f0.rowDir).cwiseAbs().maxCoeff() > kOrientationTolerance ||
        (h.colDir - f0.colDir).cwiseAbs().maxCoeff() > kOrientationTolerance) {
      const double angle = std::acos(std::clamp(h.rowDir.cross(h.colDir).normalized().dot(f0.rowDir.cross(f0.colDir).normalized()), -1.0, 1.0)) * 180 / kPi;
      r.error = makeError(ViewerErrorCode::InconsistentSeries,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The images of the series have different orientations (planes %1° apart), so they are not one stack.")
                              .arg(QString::number(angle, 'f', 1)),
                          QStringLiteral("ImageOrientationPatient differs: %1 / %2").arg(frameName(f0), frameName(h)));
      return r;
    }
    if (std::abs(h.rowSpacing - f0.rowSpacing) > 1e-3 * f0.rowSpacing ||
        std::abs(h.columnSpacing - f0.columnSpacing) > 1e-3 * f0.columnSpacing) {
      r.error = makeError(ViewerErrorCode::InconsistentSeries,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The images of the series have different pixel spacings (%1 and %2 mm).")
                              .arg(QStringLiteral("%1×%2").arg(f0.rowSpacing).arg(f0.columnSpacing),
                                   QStringLiteral("%1×%2").arg(h.rowSpacing).arg(h.columnSpacing)),
                          QStringLiteral("PixelSpacing differs: %1 / %2").arg(frameName(f0), frameName(h)));
      return r;
    }
  }
  // Direction: the row direction, the column direction made orthogonal to it
  // (IOP is rounded in the file), and their cross product.
  const Eigen::Vector3d rowDir = f0.rowDir;
  if (std::abs(f0.colDir.dot(rowDir)) > 1e-2) {
    r.error = makeError(ViewerErrorCode::UnsupportedImage,
                        QCoreApplication::translate("yunyue::VolumeLoader", "The image orientation is not valid (rows and columns are not perpendicular)."),
                        QStringLiteral("%1: row·column = %2").arg(frameName(f0)).arg(f0.colDir.dot(rowDir)));
    return r;
  }
  const Eigen::Vector3d colDir = (f0.colDir - f0.colDir.dot(rowDir) * rowDir).normalized();
  const Eigen::Vector3d normal = rowDir.cross(colDir);
  for (FrameHeader& h : frames) h.position = h.ipp.dot(normal);

  // Sort along the normal; ties by InstanceNumber, then frame and file order,
  // so that KeepFirst keeps a predictable slice.
  std::sort(frames.begin(), frames.end(), [](const FrameHeader& a, const FrameHeader& b) {
    if (a.position != b.position) return a.position < b.position;
    if (a.instanceNumber != b.instanceNumber) return a.instanceNumber < b.instanceNumber;
    if (a.file != b.file) return a.file < b.file;
    return a.frame < b.frame;
  });

  // --- duplicates -------------------------------------------------------------------
  // "The same position" is closer than a tenth of the usual distance.
  std::vector<double> positive;
  for (size_t i = 1; i < frames.size(); ++i) {
    const double d = frames[i].position - frames[i - 1].position;
    if (d > 1e-3) positive.push_back(d);
  }
  const double duplicateTolerance = positive.empty() ? 1e-3 : 0.1 * median(positive);
  {
    std::vector<FrameHeader> kept;
    kept.reserve(frames.size());
    int sameInstance = 0, samePosition = 0;
    const FrameHeader* firstDuplicate = nullptr;
    for (const FrameHeader& h : frames) {
      if (!kept.empty() && h.position - kept.back().position < duplicateTolerance) {
        const FrameHeader& k = kept.back();
        const QString& uidH = headers[size_t(h.file)].sopInstanceUid;
        if (!uidH.isEmpty() && uidH == headers[size_t(k.file)].sopInstanceUid && h.frame == k.frame) {
          ++sameInstance;  // one image present twice (copied file): nothing is lost by dropping it
          continue;
        }
        if (!firstDuplicate) firstDuplicate = &h;
        ++samePosition;
        if (options.duplicates == DuplicateSlicePolicy::KeepFirst) continue;
      }
      kept.push_back(h);
    }
    if (samePosition > 0 && options.duplicates == DuplicateSlicePolicy::Refuse) {
      r.error = makeError(ViewerErrorCode::DuplicateSlicePositions,
                          QCoreApplication::translate("yunyue::VolumeLoader", "Several slices share one position (%n slice(s) too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.", nullptr, samePosition)
                              .arg(mm(firstDuplicate->position)),
                          QStringLiteral("duplicate position: %1 at %2 mm").arg(frameName(*firstDuplicate), mm(firstDuplicate->position)));
      return r;
    }
    if (samePosition > 0)
      r.notes << QCoreApplication::translate("yunyue::VolumeLoader", "Left out %n slice(s) at the position of another slice; at each position the lowest instance number was kept.", nullptr, samePosition);
    if (sameInstance > 0)
      r.notes << QCoreApplication::translate("yunyue::VolumeLoader", "Ignored %n extra copy(ies) of images present more than once.", nullptr, sameInstance);
    frames.swap(kept);
  }
  const int sliceCount = int(frames.size());

  // --- gantry tilt ----------------------------------------------------------------------
  // Each slice must sit on the line through the first one along the normal.
  // A sideways offset under a quarter pixel misplaces no voxel visibly.
  if (sliceCount > 1) {
    const double tolerance = 0.25 * std::min(f0.rowSpacing, f0.columnSpacing);
    double worst = 0;
    for (const FrameHeader& h : frames) {
      const Eigen::Vector3d offset = h.ipp - frames.front().ipp;
      worst = std::max(worst, (offset - offset.dot(normal) * normal).norm());
    }
    if (worst > tolerance) {
      const Eigen::Vector3d span = frames.back().ipp - frames.front().ipp;
      const double along = span.dot(normal);
      const double sideways = (span - along * normal).norm();
      const double angle = std::atan2(sideways, std::abs(along)) * 180 / kPi;
      r.error = makeError(ViewerErrorCode::GantryTilt,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.")
                              .arg(QString::number(angle, 'f', 1)),
                          QStringLiteral("sideways offset up to %1 mm over %2 mm along the normal").arg(mm(worst), mm(along)));
      return r;
    }
  }

  // --- spacing ------------------------------------------------------------------------------
  std::vector<double> distances;
  for (int i = 1; i < sliceCount; ++i) distances.push_back(frames[size_t(i)].position - frames[size_t(i - 1)].position);
  const double spacing = sliceCount > 1 ? median(distances) : (f0.thickness > 0 ? f0.thickness : 1.0);
  const double tolerance = std::max(1e-4, options.spacingTolerance * spacing);
  int gaps = 0, missing = 0, uneven = 0;
  int firstGap = -1, firstUneven = -1;
  for (int i = 0; i < int(distances.size()); ++i) {
    const double d = distances[size_t(i)];
    if (std::abs(d - spacing) <= tolerance) continue;
    const double steps = std::round(d / spacing);
    if (steps >= 2 && std::abs(d - steps * spacing) <= tolerance * steps) {
      ++gaps;
      missing += int(steps) - 1;
      if (firstGap < 0) firstGap = i;
    } else {
      ++uneven;
      if (firstUneven < 0) firstUneven = i;
    }
  }
  int gridSlices = sliceCount;
  if (gaps + uneven > 0) {
    const auto [lo, hi] = std::minmax_element(distances.begin(), distances.end());
    const double extent = frames.back().position - frames.front().position;
    gridSlices = int(std::lround(extent / spacing)) + 1;
    if (options.spacing == SliceSpacingPolicy::Refuse || gridSlices > 4 * sliceCount) {
      if (uneven == 0) {
        const FrameHeader& below = frames[size_t(firstGap)];
        const FrameHeader& above = frames[size_t(firstGap + 1)];
        r.error = makeError(ViewerErrorCode::MissingSlices,
                            QCoreApplication::translate("yunyue::VolumeLoader", "Slices are missing from the series: %n slice(s) in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).", nullptr, missing)
                                .arg(mm(below.position), mm(above.position), mm(spacing)),
                            QStringLiteral("%1 gap(s); first between %2 and %3").arg(gaps).arg(frameName(below), frameName(above)));
      } else {
        const FrameHeader& below = frames[size_t(firstUneven)];
        const FrameHeader& above = frames[size_t(firstUneven + 1)];
        r.error = makeError(ViewerErrorCode::UnevenSliceSpacing,
                            QCoreApplication::translate("yunyue::VolumeLoader", "The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).")
                                .arg(mm(*lo), mm(*hi), mm(spacing)),
                            QStringLiteral("%1 uneven step(s), %2 gap(s); first uneven between %3 and %4")
                                .arg(uneven).arg(gaps).arg(frameName(below), frameName(above)));
      }
      return r;
    }
  }

  // --- plan: target slice k <- frame(s) ---------------------------------------------------
  std::vector<SlicePlan> plan(static_cast<size_t>(gridSlices));
  if (gaps + uneven == 0) {
    for (int k = 0; k < sliceCount; ++k) plan[size_t(k)].a = k;
  } else {
    int a = 0;
    for (int k = 0; k < gridSlices; ++k) {
      const double t = frames.front().position + k * spacing;
      while (a + 1 < sliceCount && frames[size_t(a + 1)].position <= t + tolerance) ++a;
      SlicePlan& p = plan[size_t(k)];
      p.a = a;
      if (std::abs(frames[size_t(a)].position - t) > tolerance && a + 1 < sliceCount) {
        p.b = a + 1;
        p.w = (t - frames[size_t(a)].position) / (frames[size_t(a + 1)].position - frames[size_t(a)].position);
      }
    }
  }
  // Frames read more than once (as interpolation neighbours) are opened per
  // thread; the others use the header pass's parse and free it when done.
  std::vector<int> uses(static_cast<size_t>(fileCount), 0);
  for (const SlicePlan& p : plan) {
    ++uses[size_t(frames[size_t(p.a)].file)];
    if (!p.direct()) ++uses[size_t(frames[size_t(p.b)].file)];
  }
  for (int i = 0; i < fileCount; ++i)
    if (uses[size_t(i)] != 1) headers[size_t(i)].dicom.reset();

  // --- geometry and memory ----------------------------------------------------------------
  ImageGeometry g;
  g.size = {first.format.columns, first.format.rows, gridSlices};
  g.spacing = {f0.columnSpacing, f0.rowSpacing, spacing};
  g.origin = frames.front().ipp;
  g.direction.col(0) = rowDir;
  g.direction.col(1) = colDir;
  g.direction.col(2) = normal;
  const double bytes = double(g.size.x()) * g.size.y() * g.size.z() * sizeof(float);
  Volume volume(g);
  if (!volume.data()) {
    r.error = makeError(ViewerErrorCode::VolumeTooLarge,
                        QCoreApplication::translate("yunyue::VolumeLoader", "The series is too large for this computer's memory (%1 MiB).")
                            .arg(qRound64(bytes / (1024.0 * 1024.0))),
                        QStringLiteral("aligned_alloc(%1) failed").arg(bytes, 0, 'f', 0));
    return r;
  }
#ifdef MADV_HUGEPAGE
  // Transparent huge pages for the voxels: first writes fault 2 MiB at a
  // time instead of 4 KiB, which is a third of the decode time otherwise.
  {
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t begin = (uintptr_t(volume.data()) + page - 1) & ~(page - 1);
    const uintptr_t end = (uintptr_t(volume.data()) + volume.bytes()) & ~(page - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
  }
#endif
  const qint64 headerMs = clock.elapsed();

  // --- pass 2: decode each slice into its place ---------------------------------------
  std::vector<Scratch> scratch(static_cast<size_t>(threads));
  std::mutex errorMutex;
  ViewerError decodeError;
  const size_t sliceVoxels = volume.sliceVoxels();

  auto fail = [&](const FrameHeader& h, const QString& detail) {
    std::lock_guard<std::mutex> lock(errorMutex);
    if (!decodeError.isError())
      decodeError = makeError(ViewerErrorCode::CorruptPixelData,
                              QCoreApplication::translate("yunyue::VolumeLoader", "The image data of a slice cannot be decoded."),
                              QStringLiteral("%1: %2").arg(frameName(h), detail));
    return false;
  };
  // Decodes sorted frame `index` into `out` (sliceVoxels floats).
  auto decodeFrame = [&](int index, Scratch& s, float* out) -> bool {
    const FrameHeader& h = frames[size_t(index)];
    FileHeader& fh = headers[size_t(h.file)];
    // A file read once is this thread's alone: take its parse, freed on return.
    std::unique_ptr<DcmFileFormat> owned;
    if (uses[size_t(h.file)] == 1) owned = std::move(fh.dicom);
    DcmFileFormat* dicom = owned.get();
    if (!dicom) {
      if (s.openFile != h.file) {
        s.open = std::make_unique<DcmFileFormat>();
        s.openFile = -1;
        const OFCondition c = s.open->loadFile(OFFilename(QFile::encodeName(files[h.file]).constData()));
        if (c.bad()) return fail(h, QString::fromLatin1(c.text()));
        s.openFile = h.file;
      }
      dicom = s.open.get();
    }
    DcmDataset* ds = dicom->getDataset();
    DcmElement* element = nullptr;
    DcmPixelData* pixels = nullptr;
    if (ds->findAndGetElement(DCM_PixelData, element).good()) pixels = dynamic_cast<DcmPixelData*>(element);
    if (!pixels) return fail(h, QStringLiteral("no PixelData"));
    Uint32 frameBytes = 0;
    OFCondition c = pixels->getUncompressedFrameSize(ds, frameBytes);
    if (c.bad()) return fail(h, QString::fromLatin1(c.text()));
    const PixelFormat& f = fh.format;
    const size_t needed = sliceVoxels * size_t(f.bitsAllocated / 8);
    if (frameBytes < needed) return fail(h, QStringLiteral("frame of %1 bytes, %2 expected").arg(frameBytes).arg(needed));
    s.raw.resize((size_t(frameBytes) + 1) & ~size_t(1));  // DCMTK wants an even buffer
    Uint32 startFragment = 0;
    OFString colourModel;
    c = pixels->getUncompressedFrame(ds, Uint32(h.frame), startFragment, s.raw.data(), Uint32(s.raw.size()), colourModel,
                                     &s.fileCache);
    if (c.bad()) return fail(h, QString::fromLatin1(c.text()));
    switch (f.bitsAllocated) {
      case 8:
        f.isSigned ? toModality<int8_t>(s.raw.data(), sliceVoxels, f, h.slope, h.intercept, out)
                   : toModality<uint8_t>(s.raw.data(), sliceVoxels, f, h.slope, h.intercept, out);
        break;
      case 16: toModality<uint16_t>(s.raw.data(), sliceVoxels, f, h.slope, h.intercept, out); break;
      default: toModality<uint32_t>(s.raw.data(), sliceVoxels, f, h.slope, h.intercept, out); break;
    }
    return true;
  };
  auto sourceInto = [&](int index, Scratch& s, std::vector<float>& buffer, int& cached) -> bool {
    if (cached == index) return true;
    buffer.resize(sliceVoxels);
    cached = -1;
    if (!decodeFrame(index, s, buffer.data())) return false;
    cached = index;
    return true;
  };
  const bool decoded = runParallel(
      gridSlices, std::min(threads, gridSlices),
      [&](int k, int w) {
        Scratch& s = scratch[size_t(w)];
        const SlicePlan& p = plan[size_t(k)];
        float* out = volume.slice(k);
        if (p.direct()) return decodeFrame(p.a, s, out);
        // Interpolated slice: neighbours are decoded into scratch (the
        // order of k across threads is free, so not read back from the volume).
        if (s.cachedB == p.a) {
          std::swap(s.sourceA, s.sourceB);
          std::swap(s.cachedA, s.cachedB);
        }
        if (!sourceInto(p.a, s, s.sourceA, s.cachedA) || !sourceInto(p.b, s, s.sourceB, s.cachedB)) return false;
        const float wb = float(p.w), wa = 1.0f - wb;
        for (size_t i = 0; i < sliceVoxels; ++i) out[i] = wa * s.sourceA[i] + wb * s.sourceB[i];
        return true;
      },
      [&](int done) {
        report(kHeaderShare + int(qint64(done) * (kProgressTotal - kHeaderShare) / gridSlices));
      },
      options.cancel);
  scratch.clear();
  if (!decoded) {
    r.error = options.cancel && options.cancel->load() ? canceled() : decodeError;
    if (!r.error.isError())
      r.error = makeError(ViewerErrorCode::CorruptPixelData,
                          QCoreApplication::translate("yunyue::VolumeLoader", "The image data of a slice cannot be decoded."),
                          QStringLiteral("decode pass failed"));
    return r;
  }

  r.slices.resize(size_t(gridSlices));
  int interpolated = 0;
  for (int k = 0; k < gridSlices; ++k) {
    VolumeSliceSource& src = r.slices[size_t(k)];
    const SlicePlan& p = plan[size_t(k)];
    src.position = frames.front().position + k * spacing;
    if (p.direct()) {
      const FrameHeader& h = frames[size_t(p.a)];
      src.file = h.file;
      src.frame = h.frame;
      src.sopInstanceUid = headers[size_t(h.file)].sopInstanceUid;
      src.position = h.position;
    } else {
      ++interpolated;
    }
  }
  if (gaps + uneven > 0)
    r.notes << QCoreApplication::translate("yunyue::VolumeLoader", "The slices were not evenly spaced: interpolated %n slice(s) of the volume between their neighbours.", nullptr, interpolated);
  r.volume = std::move(volume);
  report(kProgressTotal);
  qCDebug(lcVolume) << "volume" << g.size.x() << g.size.y() << g.size.z() << "from" << fileCount << "files:"
                    << headerMs << "ms headers," << clock.elapsed() - headerMs << "ms pixels";
  return r;
}

}  // namespace yunyue
