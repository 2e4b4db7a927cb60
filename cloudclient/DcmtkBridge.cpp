// The only place in cloudclient that speaks DCMTK: reading the facts of a
// received instance. DCMTK types never leave this file.

#include "cloudclient/InstanceFacts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdict.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace yunyue {
namespace {

QString stringOf(DcmItem* item, const DcmTagKey& key) {
  OFString value;
  if (item->findAndGetOFStringArray(key, value).bad()) return {};
  return QString::fromLatin1(value.c_str()).trimmed();
}

template <size_t N>
std::optional<std::array<double, N>> numbersOf(DcmItem* item, const DcmTagKey& key) {
  std::array<double, N> values{};
  for (size_t i = 0; i < N; ++i) {
    Float64 v = 0;
    if (item->findAndGetFloat64(key, v, unsigned(i)).bad()) return std::nullopt;
    values[i] = v;
  }
  return values;
}

int intOf(DcmItem* item, const DcmTagKey& key, int fallback) {
  bool ok = false;
  const int v = stringOf(item, key).toInt(&ok);
  return ok ? v : fallback;
}

CloudError damaged(const QString& detail) {
  return {CloudErrorCode::DamagedInstance,
          QCoreApplication::translate("yunyue::InstanceFacts", "An image arrived damaged and cannot be read."),
          detail};
}

}  // namespace

QString sopInstanceUidOf(const QByteArray& part10File) {
  DcmInputBufferStream in;
  in.setBuffer(part10File.constData(), offile_off_t(part10File.size()));
  in.setEos();
  DcmFileFormat file;
  file.transferInit();
  // Large values (the pixels) are skipped, not copied: only the UIDs matter.
  const OFCondition status = file.read(in, EXS_Unknown, EGL_noChange, 4096);
  file.transferEnd();
  if (status.bad()) return {};
  QString uid = stringOf(file.getMetaInfo(), DCM_MediaStorageSOPInstanceUID);
  if (uid.isEmpty()) uid = stringOf(file.getDataset(), DCM_SOPInstanceUID);
  return uid;
}

void prepareInstanceReading() {
  dcmDataDict.rdlock();
  dcmDataDict.rdunlock();
}

bool isValidUid(const QString& uid) {
  // \A...\z, not ^...$: "$" also matches before a final newline, and a UID
  // becomes a file name in the cache (PS3.5 9.1: digits and dots only).
  static const QRegularExpression pattern(QStringLiteral("\\A[0-9]+(\\.[0-9]+)*\\z"));
  return !uid.isEmpty() && uid.size() <= 64 && pattern.match(uid).hasMatch();
}

std::optional<InstanceFacts> readInstanceFacts(const QString& path, CloudError* error) {
  DcmFileFormat file;
  // Loaded completely, so a file cut short anywhere fails here.
  const OFCondition status = file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                           EGL_noChange, 4096, ERM_fileOnly);
  if (status.bad()) {
    if (error) *error = damaged(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), QString::fromLatin1(status.text())));
    return std::nullopt;
  }
  DcmItem* meta = file.getMetaInfo();
  DcmItem* ds = file.getDataset();
  InstanceFacts f;
  f.sopInstanceUid = stringOf(ds, DCM_SOPInstanceUID);
  if (!isValidUid(f.sopInstanceUid)) {
    if (error) *error = damaged(QStringLiteral("%1: no valid SOPInstanceUID").arg(QFileInfo(path).fileName()));
    return std::nullopt;
  }
  f.studyInstanceUid = stringOf(ds, DCM_StudyInstanceUID);
  f.seriesInstanceUid = stringOf(ds, DCM_SeriesInstanceUID);
  f.sopClassUid = stringOf(ds, DCM_SOPClassUID);
  f.modality = stringOf(ds, DCM_Modality);
  f.transferSyntaxUid = stringOf(meta, DCM_TransferSyntaxUID);
  f.instanceNumber = intOf(ds, DCM_InstanceNumber, 0);
  f.numberOfFrames = intOf(ds, DCM_NumberOfFrames, 1);
  Uint16 v = 0;
  if (ds->findAndGetUint16(DCM_Rows, v).good()) f.rows = v;
  if (ds->findAndGetUint16(DCM_Columns, v).good()) f.columns = v;
  const DcmXfer xfer(f.transferSyntaxUid.toLatin1().constData());
  f.lossy = stringOf(ds, DCM_LossyImageCompression) == QLatin1String("01") ||
            (xfer.getXfer() != EXS_Unknown && xfer.isEncapsulated() && xfer.isLossy());
  f.imagePositionPatient = numbersOf<3>(ds, DCM_ImagePositionPatient);
  f.imageOrientationPatient = numbersOf<6>(ds, DCM_ImageOrientationPatient);
  f.pixelSpacing = numbersOf<2>(ds, DCM_PixelSpacing);
  f.fileBytes = QFileInfo(path).size();
  return f;
}

}  // namespace yunyue
