#include "viewer/DecodedImage.h"

#include "viewer/DicomCodecs.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmimgle/dipixel.h>

Q_LOGGING_CATEGORY(lcDecode, "yunyue.viewer.decode")

namespace yunyue {
namespace {

QString stringOf(DcmItem& item, const DcmTagKey& tag, long pos = 0) {
  OFString value;
  if (item.findAndGetOFString(tag, value, pos).bad()) return {};
  return QString::fromUtf8(value.c_str()).trimmed();
}

bool doubleOf(DcmItem& item, const DcmTagKey& tag, double& out, long pos = 0) {
  Float64 v = 0;
  if (item.findAndGetFloat64(tag, v, pos).bad()) return false;
  out = v;
  return true;
}

template <typename T>
void copyValues(const void* data, size_t count, std::vector<float>& out) {
  const T* p = static_cast<const T*>(data);
  out.assign(p, p + count);
}

DecodeOutcome fail(ViewerErrorCode code, const QString& message, const QString& detail) {
  DecodeOutcome r;
  r.error = {code, message, detail};
  qCWarning(lcDecode) << message << detail;
  return r;
}

// DicomImage reports a failed decoder only as "Invalid DICOM image"; for
// the technical detail, ask the codec again for the first frame's reason.
QString encapsulatedFrameError(DcmDataset& ds) {
  DcmElement* element = nullptr;
  auto* pixels = ds.findAndGetElement(DCM_PixelData, element).good() ? dynamic_cast<DcmPixelData*>(element) : nullptr;
  Uint32 frameBytes = 0;
  if (!pixels || pixels->getUncompressedFrameSize(&ds, frameBytes).bad()) return {};
  std::vector<Uint8> frame((size_t(frameBytes) + 1) & ~size_t(1));
  Uint32 startFragment = 0;
  OFString colourModel;
  const OFCondition c = pixels->getUncompressedFrame(&ds, 0, startFragment, frame.data(), Uint32(frame.size()), colourModel);
  return c.bad() ? QString::fromLatin1(c.text()) : QString();
}

DecodeOutcome decodeDataset(DcmFileFormat& file) {
  registerDicomDecoders();
  DcmDataset& ds = *file.getDataset();
  // Names arrive in GB18030, GBK, ISO 2022 IR 58, Latin-1...: work in UTF-8.
  const OFCondition charset = ds.convertToUTF8();
  if (charset.bad())
    qCWarning(lcDecode) << "character set conversion failed:" << charset.text();

  if (!ds.tagExists(DCM_PixelData))
    return fail(ViewerErrorCode::NotAnImage, QCoreApplication::translate("yunyue::DicomDecoder", "This object holds no image."),
                QStringLiteral("no PixelData in SOP Class %1").arg(stringOf(ds, DCM_SOPClassUID)));

  const QString photometric = stringOf(ds, DCM_PhotometricInterpretation);
  if (photometric != QLatin1String("MONOCHROME1") && photometric != QLatin1String("MONOCHROME2"))
    return fail(ViewerErrorCode::UnsupportedImage,
                QCoreApplication::translate("yunyue::DicomDecoder", "Colour images cannot be shown yet."),
                QStringLiteral("PhotometricInterpretation %1").arg(photometric));

  const E_TransferSyntax xfer = ds.getCurrentXfer();
  ::DicomImage dimg(&ds, xfer, CIF_UsePartialAccessToPixelData, 0, 1);
  if (dimg.getStatus() != EIS_Normal) {
    QString detail = QString::fromLatin1(::DicomImage::getString(dimg.getStatus()));
    if (DcmXfer(xfer).isEncapsulated()) {
      const QString codec = encapsulatedFrameError(ds);
      if (!codec.isEmpty()) detail += QStringLiteral(": ") + codec;
    }
    return fail(ViewerErrorCode::CorruptPixelData, QCoreApplication::translate("yunyue::DicomDecoder", "The image data cannot be decoded."),
                detail);
  }
  const DiPixel* pixels = dimg.getInterData();
  if (!pixels || !pixels->getData())
    return fail(ViewerErrorCode::CorruptPixelData, QCoreApplication::translate("yunyue::DicomDecoder", "The image data cannot be decoded."),
                QStringLiteral("no intermediate pixel data"));

  DecodeOutcome r;
  DecodedImage& img = r.image;
  img.columns = int(dimg.getWidth());
  img.rows = int(dimg.getHeight());
  const size_t count = size_t(img.rows) * size_t(img.columns);
  if (pixels->getCount() < count)
    return fail(ViewerErrorCode::CorruptPixelData, QCoreApplication::translate("yunyue::DicomDecoder", "The image data is incomplete."),
                QStringLiteral("%1 of %2 pixels").arg(pixels->getCount()).arg(count));
  switch (pixels->getRepresentation()) {
    case EPR_Uint8: copyValues<Uint8>(pixels->getData(), count, img.values); break;
    case EPR_Sint8: copyValues<Sint8>(pixels->getData(), count, img.values); break;
    case EPR_Uint16: copyValues<Uint16>(pixels->getData(), count, img.values); break;
    case EPR_Sint16: copyValues<Sint16>(pixels->getData(), count, img.values); break;
    case EPR_Uint32: copyValues<Uint32>(pixels->getData(), count, img.values); break;
    case EPR_Sint32: copyValues<Sint32>(pixels->getData(), count, img.values); break;
  }
  const auto [lo, hi] = std::minmax_element(img.values.begin(), img.values.end());
  img.minValue = *lo;
  img.maxValue = *hi;

  // Geometry. Projection radiographs (CR/DX) carry no patient position: they
  // get a plane at the origin, spaced by PixelSpacing or ImagerPixelSpacing.
  double rowSpacing = 1, columnSpacing = 1;
  if (!(doubleOf(ds, DCM_PixelSpacing, rowSpacing, 0) && doubleOf(ds, DCM_PixelSpacing, columnSpacing, 1)))
    if (!(doubleOf(ds, DCM_ImagerPixelSpacing, rowSpacing, 0) && doubleOf(ds, DCM_ImagerPixelSpacing, columnSpacing, 1)))
      rowSpacing = columnSpacing = 1;
  double iop[6] = {1, 0, 0, 0, 1, 0};
  bool hasIop = true;
  for (int i = 0; i < 6; ++i) hasIop = hasIop && doubleOf(ds, DCM_ImageOrientationPatient, iop[i], i);
  if (!hasIop) {
    const double axial[6] = {1, 0, 0, 0, 1, 0};
    std::copy(axial, axial + 6, iop);
  }
  Eigen::Vector3d ipp(0, 0, 0);
  for (int i = 0; i < 3; ++i) doubleOf(ds, DCM_ImagePositionPatient, ipp[i], i);
  doubleOf(ds, DCM_SliceThickness, img.sliceThickness);
  img.geometry = ImageGeometry::fromDicom(ipp, iop, rowSpacing, columnSpacing, img.rows,
                                          img.columns, img.sliceThickness > 0 ? img.sliceThickness : 1.0);

  if (!(doubleOf(ds, DCM_WindowCenter, img.windowCenter) && doubleOf(ds, DCM_WindowWidth, img.windowWidth)) ||
      img.windowWidth <= 0) {
    img.windowCenter = (double(img.minValue) + img.maxValue) / 2;
    img.windowWidth = std::max(1.0, double(img.maxValue) - img.minValue);
  }
  img.monochrome1 = photometric == QLatin1String("MONOCHROME1");
  img.sopInstanceUid = stringOf(ds, DCM_SOPInstanceUID);
  img.modality = stringOf(ds, DCM_Modality);
  img.patientName = stringOf(ds, DCM_PatientName);
  img.seriesDescription = stringOf(ds, DCM_SeriesDescription);
  return r;
}

}  // namespace

DecodeOutcome decodeDicomFile(const QString& path) {
  DcmFileFormat file;
  const OFCondition c = file.loadFile(OFFilename(path.toLocal8Bit().constData()));
  if (c.bad())
    return fail(ViewerErrorCode::UnreadableFile, QCoreApplication::translate("yunyue::DicomDecoder", "The file is not a readable DICOM file."),
                QStringLiteral("%1: %2").arg(path, QString::fromLatin1(c.text())));
  return decodeDataset(file);
}

DecodeOutcome decodeDicomBytes(const QByteArray& bytes) {
  DcmInputBufferStream stream;
  stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
  stream.setEos();
  DcmFileFormat file;
  file.transferInit();
  const OFCondition c = file.read(stream);
  file.transferEnd();
  if (c.bad())
    return fail(ViewerErrorCode::UnreadableFile, QCoreApplication::translate("yunyue::DicomDecoder", "The received data is not a readable DICOM object."),
                QString::fromLatin1(c.text()));
  return decodeDataset(file);
}

}  // namespace yunyue
