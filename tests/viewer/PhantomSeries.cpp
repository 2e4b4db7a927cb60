#include "tests/viewer/PhantomSeries.h"

#include <QDir>
#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

namespace yunyue::test {
namespace {

QString newUid(const char* root) {
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, root));
}

// Decimal string for DS: at most 16 characters.
std::string dsValue(double value) {
  char text[32];
  for (int digits = 12; digits > 1; --digits) {
    std::snprintf(text, sizeof text, "%.*g", digits, value + 0.0);  // + 0.0: no "-0"
    if (std::strlen(text) <= 16) return text;
  }
  return "0";
}

std::string dsList(std::initializer_list<double> values) {
  std::string out;
  for (double v : values) out += (out.empty() ? "" : "\\") + dsValue(v);
  return out;
}

struct Writer {
  QString error;
  void put(DcmItem& item, const DcmTagKey& tag, const std::string& value) {
    const OFCondition c = item.putAndInsertString(tag, value.c_str());
    if (c.bad() && error.isEmpty()) error = QStringLiteral("cannot set %1: %2").arg(QString::fromLatin1(tag.toString().c_str()), QString::fromLatin1(c.text()));
  }
  void put(DcmItem& item, const DcmTagKey& tag, const QString& value) { put(item, tag, value.toStdString()); }
  void put16(DcmItem& item, const DcmTagKey& tag, Uint16 value) {
    const OFCondition c = item.putAndInsertUint16(tag, value);
    if (c.bad() && error.isEmpty()) error = QString::fromLatin1(c.text());
  }
  DcmItem& item(DcmItem& parent, const DcmTagKey& sequence) {
    DcmItem* child = nullptr;
    const OFCondition c = parent.findOrCreateSequenceItem(sequence, child, -2);
    if (c.bad() && error.isEmpty()) error = QString::fromLatin1(c.text());
    return *child;
  }
};

int storedValue(double v, const PhantomSeriesOptions& o) {
  const int lo = o.signedPixels ? -(1 << (o.bitsStored - 1)) : 0;
  const int hi = o.signedPixels ? (1 << (o.bitsStored - 1)) - 1 : (1 << o.bitsStored) - 1;
  const double s = std::round((v - o.rescaleIntercept) / o.rescaleSlope);
  return int(std::clamp(s, double(lo), double(hi)));
}

}  // namespace

double phantomModalityValue(double v, const PhantomSeriesOptions& o) {
  return storedValue(v, o) * o.rescaleSlope + o.rescaleIntercept;
}

Eigen::Vector3d phantomSlicePosition(const ImageGeometry& g, const PhantomSeriesOptions& o, int k) {
  const Eigen::Vector3d step = o.sliceStep.isZero() ? Eigen::Vector3d(g.sliceNormal() * g.spacing.z()) : o.sliceStep;
  return g.origin + double(k) * step;
}

PhantomSeries writePhantomSeries(const QString& dir, const ImageGeometry& g, const PhantomFunction& f,
                                 const PhantomSeriesOptions& o) {
  PhantomSeries out;
  Writer w;
  const int nx = g.size.x(), ny = g.size.y(), nz = g.size.z();
  const bool ct = o.kind == PhantomSeriesOptions::Kind::Ct;
  const bool multiFrame = o.layout == PhantomSeriesOptions::Layout::EnhancedMultiFrame;
  const QString study = o.studyInstanceUid.isEmpty() ? newUid(SITE_STUDY_UID_ROOT) : o.studyInstanceUid;
  out.seriesInstanceUid = o.seriesInstanceUid.isEmpty() ? newUid(SITE_SERIES_UID_ROOT) : o.seriesInstanceUid;
  const QString frameOfReference = o.frameOfReferenceUid.isEmpty() ? newUid(SITE_UID_ROOT ".1.5") : o.frameOfReferenceUid;

  // Write order and InstanceNumbers: two independent permutations.
  std::vector<int> order(static_cast<size_t>(nz)), instanceOf(static_cast<size_t>(nz));
  std::iota(order.begin(), order.end(), 0);
  std::iota(instanceOf.begin(), instanceOf.end(), 1);
  if (o.shuffle) {
    std::mt19937 rng(o.seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::shuffle(instanceOf.begin(), instanceOf.end(), rng);
  }

  const Eigen::Vector3d row = g.rowDirection(), col = g.columnDirection();
  const std::string iop = dsList({row.x(), row.y(), row.z(), col.x(), col.y(), col.z()});
  const std::string pixelSpacing = dsList({g.spacing.y(), g.spacing.x()});  // between rows, between columns
  auto slicePixels = [&](int k, Uint16* pixels) {
    const Eigen::Vector3d ipp = phantomSlicePosition(g, o, k);
    for (int j = 0; j < ny; ++j)
      for (int i = 0; i < nx; ++i) {
        const Eigen::Vector3d p = ipp + i * g.spacing.x() * row + j * g.spacing.y() * col;
        int v = storedValue(f(p), o);
        if (o.clearBitsAboveHighBit) v &= (1 << o.bitsStored) - 1;
        pixels[size_t(j) * size_t(nx) + size_t(i)] = Uint16(v);
      }
  };

  auto common = [&](DcmItem& ds, const QString& sopInstanceUid, int instanceNumber) {
    const char* sopClass = multiFrame ? (ct ? UID_EnhancedCTImageStorage : UID_EnhancedMRImageStorage)
                                      : (ct ? UID_CTImageStorage : UID_MRImageStorage);
    w.put(ds, DCM_SpecificCharacterSet, std::string("ISO_IR 192"));
    w.put(ds, DCM_SOPClassUID, std::string(sopClass));
    w.put(ds, DCM_SOPInstanceUID, sopInstanceUid);
    w.put(ds, DCM_StudyInstanceUID, study);
    w.put(ds, DCM_SeriesInstanceUID, out.seriesInstanceUid);
    w.put(ds, DCM_FrameOfReferenceUID, frameOfReference);
    w.put(ds, DCM_Modality, std::string(ct ? "CT" : "MR"));
    w.put(ds, DCM_PatientName, std::string("Phantom^Analytic"));
    w.put(ds, DCM_PatientID, std::string("PHANTOM"));
    w.put(ds, DCM_StudyDate, std::string("20261120"));
    w.put(ds, DCM_SeriesNumber, std::string("1"));
    w.put(ds, DCM_InstanceNumber, std::to_string(instanceNumber));
    w.put(ds, DCM_ImageType, std::string(multiFrame ? "ORIGINAL\\PRIMARY\\AXIAL\\NONE" : "ORIGINAL\\PRIMARY\\AXIAL"));
    w.put16(ds, DCM_SamplesPerPixel, 1);
    w.put(ds, DCM_PhotometricInterpretation, std::string("MONOCHROME2"));
    w.put16(ds, DCM_Rows, Uint16(ny));
    w.put16(ds, DCM_Columns, Uint16(nx));
    w.put16(ds, DCM_BitsAllocated, 16);
    w.put16(ds, DCM_BitsStored, Uint16(o.bitsStored));
    w.put16(ds, DCM_HighBit, Uint16(o.bitsStored - 1));
    w.put16(ds, DCM_PixelRepresentation, o.signedPixels ? 1 : 0);
  };
  auto save = [&](DcmFileFormat& file, const QString& name) {
    const QString path = QDir(dir).filePath(name);
    const OFCondition c = file.saveFile(OFFilename(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit);
    if (c.bad() && w.error.isEmpty()) w.error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLatin1(c.text()));
    out.files << path;
    return path;
  };

  out.fileOfSlice = QStringList(QVector<QString>(nz));
  out.sopInstanceUidOfSlice = QStringList(QVector<QString>(nz));
  const size_t frameVoxels = size_t(nx) * size_t(ny);
  if (!multiFrame) {
    std::vector<Uint16> pixels(frameVoxels);
    for (int n = 0; n < nz && w.error.isEmpty(); ++n) {
      const int k = order[size_t(n)];
      DcmFileFormat file;
      DcmDataset& ds = *file.getDataset();
      const QString uid = newUid(SITE_INSTANCE_UID_ROOT);
      common(ds, uid, instanceOf[size_t(k)]);
      const Eigen::Vector3d ipp = phantomSlicePosition(g, o, k);
      w.put(ds, DCM_ImagePositionPatient, dsList({ipp.x(), ipp.y(), ipp.z()}));
      w.put(ds, DCM_ImageOrientationPatient, iop);
      w.put(ds, DCM_PixelSpacing, pixelSpacing);
      w.put(ds, DCM_SliceThickness, dsValue(std::abs(g.spacing.z())));
      w.put(ds, DCM_SliceLocation, dsValue(ipp.dot(g.sliceNormal())));
      if (ct || o.rescaleSlope != 1 || o.rescaleIntercept != 0) {
        w.put(ds, DCM_RescaleIntercept, dsValue(o.rescaleIntercept));
        w.put(ds, DCM_RescaleSlope, dsValue(o.rescaleSlope));
        if (ct) w.put(ds, DCM_RescaleType, std::string("HU"));
      }
      slicePixels(k, pixels.data());
      ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(frameVoxels));
      if (o.editSlice) o.editSlice(k, ds);
      const QString path = save(file, QStringLiteral("IMG%1.dcm").arg(n + 1, 4, 10, QLatin1Char('0')));
      out.fileOfSlice[k] = path;
      out.sopInstanceUidOfSlice[k] = uid;
    }
  } else {
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    const QString uid = newUid(SITE_INSTANCE_UID_ROOT);
    common(ds, uid, 1);
    w.put(ds, DCM_NumberOfFrames, std::to_string(nz));
    w.put(ds, DCM_ContentQualification, std::string("PRODUCT"));
    DcmItem& shared = w.item(ds, DCM_SharedFunctionalGroupsSequence);
    DcmItem& measures = w.item(shared, DCM_PixelMeasuresSequence);
    w.put(measures, DCM_PixelSpacing, pixelSpacing);
    w.put(measures, DCM_SliceThickness, dsValue(std::abs(g.spacing.z())));
    w.put(w.item(shared, DCM_PlaneOrientationSequence), DCM_ImageOrientationPatient, iop);
    DcmItem& transform = w.item(shared, DCM_PixelValueTransformationSequence);
    w.put(transform, DCM_RescaleIntercept, dsValue(o.rescaleIntercept));
    w.put(transform, DCM_RescaleSlope, dsValue(o.rescaleSlope));
    w.put(transform, DCM_RescaleType, std::string(ct ? "HU" : "US"));
    std::vector<Uint16> pixels(frameVoxels * size_t(nz));
    for (int n = 0; n < nz && w.error.isEmpty(); ++n) {
      const int k = order[size_t(n)];  // frame n shows slice k
      DcmItem& frame = w.item(ds, DCM_PerFrameFunctionalGroupsSequence);
      const Eigen::Vector3d ipp = phantomSlicePosition(g, o, k);
      w.put(w.item(frame, DCM_PlanePositionSequence), DCM_ImagePositionPatient, dsList({ipp.x(), ipp.y(), ipp.z()}));
      DcmItem& content = w.item(frame, DCM_FrameContentSequence);
      w.put(content, DCM_InStackPositionNumber, std::to_string(k + 1));
      w.put(content, DCM_StackID, std::string("1"));
      slicePixels(k, pixels.data() + size_t(n) * frameVoxels);
      if (o.editSlice) o.editSlice(k, frame);
    }
    ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(), unsigned(pixels.size()));
    const QString path = save(file, QStringLiteral("ENHANCED.dcm"));
    for (int k = 0; k < nz; ++k) {
      out.fileOfSlice[k] = path;
      out.sopInstanceUidOfSlice[k] = uid;
    }
  }
  out.error = w.error;
  return out;
}

}  // namespace yunyue::test
