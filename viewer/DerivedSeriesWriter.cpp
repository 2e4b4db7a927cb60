#include "viewer/DerivedSeriesWriter.h"

#include "viewer/DicomUid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

namespace yunyue {
namespace {

// A DS value within its 16 characters.
QString ds(double v) {
  if (std::abs(v) < 1e-9) v = 0;
  return QString::number(v, 'g', 10);
}

void put(DcmItem& item, const DcmTagKey& tag, const QString& value) {
  item.putAndInsertString(tag, value.toUtf8().constData());
}

QString stringOf(DcmItem& item, const DcmTagKey& tag) {
  OFString value;
  if (item.findAndGetOFStringArray(tag, value).bad()) return {};
  return QString::fromUtf8(value.c_str()).trimmed();
}

// Copies the source's element if present; a type 2 element that the source
// lacks is written empty.
void copy(DcmItem& source, DcmItem& target, const DcmTagKey& tag, bool type2) {
  DcmElement* element = nullptr;
  if (source.findAndGetElement(tag, element).good() && element)
    target.insert(static_cast<DcmElement*>(element->clone()), true);
  else if (type2)
    target.insertEmptyElement(tag, true);
}

bool encode(DcmFileFormat& file, QByteArray& out) {
  std::vector<char> buffer(1 << 20);
  DcmOutputBufferStream stream(buffer.data(), static_cast<offile_off_t>(buffer.size()));
  file.transferInit();
  OFCondition cond = EC_StreamNotifyClient;
  while (cond == EC_StreamNotifyClient) {
    cond = file.write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr, EGL_withoutGL, EPD_withoutPadding,
                      0, 0, 0, EWM_fileformat);
    void* chunk = nullptr;
    offile_off_t length = 0;
    stream.flushBuffer(chunk, length);
    out.append(static_cast<const char*>(chunk), static_cast<int>(length));
  }
  file.transferEnd();
  return cond.good();
}

}  // namespace

DerivedSeries encodeDerivedSeries(const Volume& volume, const DerivedSeriesOptions& options) {
  DerivedSeries result;
  if (volume.isEmpty()) {
    result.error = {ViewerErrorCode::NotAnImage,
                    QCoreApplication::translate("yunyue::DerivedSeriesWriter", "There is no image to save."),
                    QStringLiteral("empty volume")};
    return result;
  }
  DcmFileFormat sourceFile;
  const OFCondition loaded = sourceFile.loadFile(options.sourceFile.toLocal8Bit().constData());
  if (loaded.bad()) {
    result.error = {ViewerErrorCode::UnreadableFile,
                    QCoreApplication::translate("yunyue::DerivedSeriesWriter", "The source image cannot be read."),
                    QStringLiteral("%1: %2").arg(options.sourceFile, QString::fromLatin1(loaded.text()))};
    return result;
  }
  DcmDataset& source = *sourceFile.getDataset();
  // The derived series is written in UTF-8 whatever the source used (GB18030, ...).
  const OFCondition utf8 = source.convertToUTF8();
  if (utf8.bad()) {
    result.error = {
        ViewerErrorCode::UnsupportedImage,
        QCoreApplication::translate("yunyue::DerivedSeriesWriter", "The source's character set cannot be converted."),
        QString::fromLatin1(utf8.text())};
    return result;
  }
  const QString modality = stringOf(source, DCM_Modality);
  const bool ct = modality == QLatin1String("CT");
  if (!ct && modality != QLatin1String("MR")) {
    result.error = {ViewerErrorCode::UnsupportedImage,
                    QCoreApplication::translate("yunyue::DerivedSeriesWriter",
                                                "Only CT and MR series can be saved as derived series."),
                    QStringLiteral("Modality %1").arg(modality)};
    return result;
  }
  result.sopClassUid = QString::fromLatin1(ct ? UID_CTImageStorage : UID_MRImageStorage);
  result.studyInstanceUid = stringOf(source, DCM_StudyInstanceUID);
  const QString sourceSeriesUid = stringOf(source, DCM_SeriesInstanceUID);
  result.seriesInstanceUid = newDicomUid(options.uidRoot);

  // Rescale: CT's usual slope 1 / intercept -1024 when the values fit (they
  // come back within 0.5 HU); otherwise the int16 range spread over the values.
  float lo = std::numeric_limits<float>::infinity(), hi = -lo;
  for (size_t i = 0; i < volume.voxelCount(); ++i) {
    const float v = volume.data()[i];
    if (std::isfinite(v)) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  }
  if (!(lo <= hi)) lo = hi = 0;
  if (ct && lo >= -1024.0f - 32768.0f && hi <= 32767.0f - 1024.0f) {
    result.rescaleSlope = 1;
    result.rescaleIntercept = -1024;
  } else if (hi == lo) {
    result.rescaleSlope = 1;
    result.rescaleIntercept = ds(double(lo)).toDouble();
  } else {
    // Written as DS: quantise with the values as they will be read back.
    result.rescaleSlope = ds((double(hi) - double(lo)) / 65000.0).toDouble();
    result.rescaleIntercept = ds(0.5 * (double(hi) + double(lo))).toDouble();
  }

  const ImageGeometry& g = volume.geometry();
  const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd"));
  const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HHmmss"));
  const QString orientation =
      QStringList{ds(g.rowDirection().x()),    ds(g.rowDirection().y()),    ds(g.rowDirection().z()),
                  ds(g.columnDirection().x()), ds(g.columnDirection().y()), ds(g.columnDirection().z())}
          .join('\\');
  const double thickness = options.sliceThicknessMm > 0 ? options.sliceThicknessMm : g.spacing.z();
  int seriesNumber = options.seriesNumber;
  if (seriesNumber == 0) {
    Sint32 n = 0;
    source.findAndGetSint32(DCM_SeriesNumber, n);
    seriesNumber = int(n) + 1000;
  }
  const size_t plane = volume.sliceVoxels();
  std::vector<Sint16> stored(plane);

  for (int k = 0; k < g.size.z(); ++k) {
    DcmFileFormat file;
    DcmDataset& d = *file.getDataset();
    const QString sopInstanceUid = newDicomUid(options.uidRoot);
    // SOP Common, General Series / Image
    put(d, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
    put(d, DCM_SOPClassUID, result.sopClassUid);
    put(d, DCM_SOPInstanceUID, sopInstanceUid);
    put(d, DCM_InstanceCreationDate, now);
    put(d, DCM_InstanceCreationTime, time);
    put(d, DCM_ImageType, options.imageTypeValue4.isEmpty()
                              ? QStringLiteral("DERIVED\\SECONDARY\\REFORMATTED")
                              : QStringLiteral("DERIVED\\SECONDARY\\REFORMATTED\\") + options.imageTypeValue4);
    // Patient, General Study, Frame of Reference, equipment: as the source.
    for (const DcmTagKey& tag :
         {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex, DCM_StudyInstanceUID, DCM_StudyDate,
          DCM_StudyTime, DCM_ReferringPhysicianName, DCM_StudyID, DCM_AccessionNumber, DCM_Manufacturer,
          DCM_PositionReferenceIndicator, DCM_PatientPosition, DCM_Laterality})
      copy(source, d, tag, true);
    for (const DcmTagKey& tag : {DCM_IssuerOfPatientID, DCM_PatientAge, DCM_StudyDescription, DCM_InstitutionName,
                                 DCM_FrameOfReferenceUID, DCM_BodyPartExamined})
      copy(source, d, tag, false);
    if (!options.frameOfReferenceUid.isEmpty()) put(d, DCM_FrameOfReferenceUID, options.frameOfReferenceUid);
    put(d, DCM_Modality, modality);
    if (ct) {
      copy(source, d, DCM_KVP, true);
      d.insertEmptyElement(DCM_AcquisitionNumber, true);
    } else {
      // MR Image module: type 1 sequence name/variant, type 2 timing.
      for (const DcmTagKey& tag :
           {DCM_ScanOptions, DCM_MRAcquisitionType, DCM_EchoTime, DCM_EchoTrainLength, DCM_RepetitionTime})
        copy(source, d, tag, true);
      for (const DcmTagKey& tag : {DCM_MagneticFieldStrength, DCM_ImagedNucleus}) copy(source, d, tag, false);
      // Type 1: RM (research mode) / NONE when the source does not say.
      if (stringOf(source, DCM_ScanningSequence).isEmpty())
        put(d, DCM_ScanningSequence, QStringLiteral("RM"));
      else
        copy(source, d, DCM_ScanningSequence, false);
      if (stringOf(source, DCM_SequenceVariant).isEmpty())
        put(d, DCM_SequenceVariant, QStringLiteral("NONE"));
      else
        copy(source, d, DCM_SequenceVariant, false);
    }
    put(d, DCM_SeriesInstanceUID, result.seriesInstanceUid);
    put(d, DCM_SeriesNumber, QString::number(seriesNumber));
    put(d, DCM_SeriesDate, now);
    put(d, DCM_SeriesTime, time);
    put(d, DCM_SeriesDescription, options.seriesDescription);
    put(d, DCM_InstanceNumber, QString::number(k + 1));
    put(d, DCM_ContentDate, now);
    put(d, DCM_ContentTime, time);
    put(d, DCM_DerivationDescription, options.derivationDescription);
    put(d, DCM_SoftwareVersions, QStringLiteral("Yunyue"));
    // General Image module (PS3.3 C.7.6.1): how the pixels were derived, coded.
    for (const DerivedCode& code : options.derivationCodes) {
      DcmItem* item = nullptr;
      if (d.findOrCreateSequenceItem(DCM_DerivationCodeSequence, item, -2).good() && item) {
        put(*item, DCM_CodeValue, code.value);
        put(*item, DCM_CodingSchemeDesignator, code.scheme);
        put(*item, DCM_CodeMeaning, code.meaning);
      }
    }
    // The source instance this was derived from (General Image module); the
    // Common Instance Reference module then lists it under its series.
    DcmItem* sourceImage = nullptr;
    if (d.findOrCreateSequenceItem(DCM_SourceImageSequence, sourceImage, -2).good() && sourceImage) {
      put(*sourceImage, DCM_ReferencedSOPClassUID, stringOf(source, DCM_SOPClassUID));
      put(*sourceImage, DCM_ReferencedSOPInstanceUID, stringOf(source, DCM_SOPInstanceUID));
    }
    DcmItem* reference = nullptr;
    if (d.findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, reference, -2).good() && reference) {
      put(*reference, DCM_SeriesInstanceUID, sourceSeriesUid);
      DcmItem* instance = nullptr;
      if (reference->findOrCreateSequenceItem(DCM_ReferencedInstanceSequence, instance, -2).good() && instance) {
        put(*instance, DCM_ReferencedSOPClassUID, stringOf(source, DCM_SOPClassUID));
        put(*instance, DCM_ReferencedSOPInstanceUID, stringOf(source, DCM_SOPInstanceUID));
      }
    }
    // Image Plane
    const Eigen::Vector3d position = g.indexToPatient(Eigen::Vector3d(0, 0, k));
    put(d, DCM_ImagePositionPatient, ds(position.x()) + '\\' + ds(position.y()) + '\\' + ds(position.z()));
    put(d, DCM_ImageOrientationPatient, orientation);
    put(d, DCM_PixelSpacing, ds(g.spacing.y()) + '\\' + ds(g.spacing.x()));
    put(d, DCM_SliceThickness, ds(thickness));
    put(d, DCM_SpacingBetweenSlices, ds(g.spacing.z()));
    put(d, DCM_SliceLocation, ds(position.dot(g.sliceNormal())));
    // Image Pixel, CT/MR rescale, VOI LUT
    d.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    put(d, DCM_PhotometricInterpretation, QStringLiteral("MONOCHROME2"));
    d.putAndInsertUint16(DCM_Rows, Uint16(g.size.y()));
    d.putAndInsertUint16(DCM_Columns, Uint16(g.size.x()));
    d.putAndInsertUint16(DCM_BitsAllocated, 16);
    d.putAndInsertUint16(DCM_BitsStored, 16);
    d.putAndInsertUint16(DCM_HighBit, 15);
    d.putAndInsertUint16(DCM_PixelRepresentation, 1);
    put(d, DCM_RescaleIntercept, ds(result.rescaleIntercept));
    put(d, DCM_RescaleSlope, ds(result.rescaleSlope));
    if (ct) put(d, DCM_RescaleType, QStringLiteral("HU"));
    if (options.windowWidth > 0) {
      put(d, DCM_WindowCenter, ds(options.windowCenter));
      put(d, DCM_WindowWidth, ds(options.windowWidth));
    }
    const float* src = volume.slice(k);
    for (size_t p = 0; p < plane; ++p) {
      const double v = std::isfinite(src[p]) ? double(src[p]) : result.rescaleIntercept;
      const double s = std::round((v - result.rescaleIntercept) / result.rescaleSlope);
      stored[p] = Sint16(std::clamp(s, -32768.0, 32767.0));
    }
    d.putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16*>(stored.data()),
                              static_cast<unsigned long>(plane));

    QByteArray bytes;
    if (!encode(file, bytes)) {
      result.error = {
          ViewerErrorCode::UnsupportedImage,
          QCoreApplication::translate("yunyue::DerivedSeriesWriter", "The derived series cannot be encoded."),
          QStringLiteral("slice %1").arg(k)};
      result.files.clear();
      result.sopInstanceUids.clear();
      return result;
    }
    result.files.append(bytes);
    result.sopInstanceUids.append(sopInstanceUid);
  }
  return result;
}

ViewerError saveDerivedSeries(const DerivedSeries& series, const QString& dir, QStringList* paths) {
  QStringList written;
  if (!QDir().mkpath(dir))
    return {ViewerErrorCode::UnreadableFile,
            QCoreApplication::translate("yunyue::DerivedSeriesWriter", "The folder cannot be created."), dir};
  for (int i = 0; i < series.files.size(); ++i) {
    const QString path = QDir(dir).filePath(QStringLiteral("IM%1.dcm").arg(i + 1, 6, 10, QChar('0')));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(series.files[i]) != series.files[i].size() || !file.commit())
      return {ViewerErrorCode::UnreadableFile,
              QCoreApplication::translate("yunyue::DerivedSeriesWriter", "The derived series cannot be saved."),
              QStringLiteral("%1: %2").arg(path, file.errorString())};
    written.append(path);
  }
  if (paths) *paths = written;
  return {};
}

}  // namespace yunyue
