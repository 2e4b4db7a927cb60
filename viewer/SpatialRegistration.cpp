#include "viewer/SpatialRegistration.h"

#include "viewer/DicomUid.h"

#include <QCoreApplication>
#include <QHash>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrmb.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <Eigen/LU>
#include <algorithm>
#include <cmath>
#include <vector>

namespace yunyue {
namespace {

// How far from exact a matrix read from DS text may be and still count as
// rigid or orthogonal: DS holds 16 characters, and other writers use fewer.
constexpr double kShapeTolerance = 1e-4;

ViewerError fail(ViewerErrorCode code, const QString& message, const QString& detail) {
  return {code, message, detail};
}

// --- UIDs, values ------------------------------------------------------------------


// The most precise decimal that fits DS's 16 characters (PS3.5 6.2).
QString ds(double v) {
  for (int precision = 16; precision > 1; --precision) {
    const QString text = QString::number(v, 'g', precision);
    if (text.size() <= 16) return text;
  }
  return QString::number(v, 'g', 1);
}

// ContentLabel is a CS (PS3.5 6.2), up to 16 characters; written as one
// word of upper case, digits and underscores, as a label is used.
QString contentLabelOf(const QString& wanted) {
  QString label;
  for (const QChar c : wanted.trimmed().toUpper().left(16)) {
    const bool allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    label.append(allowed ? c : QChar('_'));
  }
  return label.isEmpty() ? QStringLiteral("REGISTRATION") : label;
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

DcmItem* appendItem(DcmItem& parent, const DcmTagKey& sequence) {
  DcmItem* item = nullptr;
  return parent.findOrCreateSequenceItem(sequence, item, -2).good() ? item : nullptr;
}

// --- matrices ----------------------------------------------------------------------

bool lastRowIsAffine(const Eigen::Matrix4d& m) {
  return std::abs(m(3, 0)) < 1e-9 && std::abs(m(3, 1)) < 1e-9 && std::abs(m(3, 2)) < 1e-9 &&
         std::abs(m(3, 3) - 1) < 1e-9;
}

// RIGID: orthonormal with determinant +1 (a reflection moves no patient);
// RIGID_SCALE: orthogonal axes, positive scales; AFFINE: invertible.
bool isRigid(const Eigen::Matrix3d& r) {
  return (r.transpose() * r - Eigen::Matrix3d::Identity()).cwiseAbs().maxCoeff() < kShapeTolerance &&
         r.determinant() > 0;
}

bool isRigidScale(const Eigen::Matrix3d& r) {
  const Eigen::Matrix3d gram = r.transpose() * r;
  for (int i = 0; i < 3; ++i)
    for (int j = i + 1; j < 3; ++j)
      if (std::abs(gram(i, j)) > kShapeTolerance * std::sqrt(gram(i, i) * gram(j, j))) return false;
  return r.determinant() > 0;
}

QString matrixText(const Eigen::Matrix4d& m) {
  QStringList values;
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 4; ++col) values << ds(m(row, col));
  return values.join('\\');
}

// Which of RIGID, RIGID_SCALE, AFFINE (in that order) may claim this shape.
int generality(const QString& type) {
  if (type == QLatin1String("RIGID")) return 0;
  if (type == QLatin1String("RIGID_SCALE")) return 1;
  if (type == QLatin1String("AFFINE")) return 2;
  return -1;
}

// --- Part 10 -----------------------------------------------------------------------

bool writePart10(DcmFileFormat& file, QByteArray& out) {
  std::vector<char> buffer(1 << 16);
  DcmOutputBufferStream stream(buffer.data(), static_cast<offile_off_t>(buffer.size()));
  file.transferInit();
  OFCondition cond = EC_StreamNotifyClient;
  while (cond == EC_StreamNotifyClient) {
    cond = file.write(stream, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr, EGL_recalcGL, EPD_withoutPadding,
                      0, 0, 0, EWM_updateMeta);
    void* chunk = nullptr;
    offile_off_t length = 0;
    stream.flushBuffer(chunk, length);
    out.append(static_cast<const char*>(chunk), static_cast<int>(length));
  }
  file.transferEnd();
  return cond.good();
}

bool readPart10(const QByteArray& bytes, DcmFileFormat& file, QString* detail) {
  if (bytes.size() < 132 || bytes.mid(128, 4) != "DICM") {
    *detail = QStringLiteral("no DICM prefix at byte 128 (%1 bytes)").arg(bytes.size());
    return false;
  }
  DcmInputBufferStream stream;
  stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
  stream.setEos();
  file.transferInit();
  const OFCondition status = file.read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
  file.transferEnd();
  if (status.bad()) *detail = QString::fromLatin1(status.text());
  return status.good();
}

// --- encode ------------------------------------------------------------------------

// What the object needs of one source series, read from one of its files.
struct SourceSeries {
  QString studyUid, seriesUid, frameOfReferenceUid, sopClassUid;
  QStringList sopInstanceUids;  // the source file's first, then the caller's
};

ViewerError readSource(const QString& path, const QStringList& moreUids, DcmFileFormat& file, SourceSeries* series) {
  const OFCondition loaded = file.loadFile(OFFilename(path.toLocal8Bit().constData()));
  if (loaded.bad())
    return fail(ViewerErrorCode::UnreadableFile,
                QCoreApplication::translate("yunyue::SpatialRegistration", "An image of a registered series cannot be read."),
                QStringLiteral("%1: %2").arg(path, QString::fromLatin1(loaded.text())));
  DcmDataset& d = *file.getDataset();
  series->studyUid = stringOf(d, DCM_StudyInstanceUID);
  series->seriesUid = stringOf(d, DCM_SeriesInstanceUID);
  series->frameOfReferenceUid = stringOf(d, DCM_FrameOfReferenceUID);
  series->sopClassUid = stringOf(d, DCM_SOPClassUID);
  series->sopInstanceUids = QStringList{stringOf(d, DCM_SOPInstanceUID)} + moreUids;
  series->sopInstanceUids.removeDuplicates();
  if (series->frameOfReferenceUid.isEmpty() || series->studyUid.isEmpty() || series->seriesUid.isEmpty())
    return fail(ViewerErrorCode::UnsupportedImage,
                QCoreApplication::translate("yunyue::SpatialRegistration",
                                            "The series has no frame of reference, so it cannot be registered."),
                QStringLiteral("%1: no FrameOfReferenceUID, StudyInstanceUID or SeriesInstanceUID").arg(path));
  return {};
}

ViewerError checkMovingToFixed(const Eigen::Matrix4d& m) {
  const QString shown = matrixText(m);
  if (!m.allFinite() || !lastRowIsAffine(m) || registrationMatrixType(m).isEmpty())
    return fail(ViewerErrorCode::InvalidRegistrationMatrix,
                QCoreApplication::translate("yunyue::SpatialRegistration",
                                            "The registration result is no usable transformation."),
                QStringLiteral("matrix %1").arg(shown));
  return {};
}

// Patient, General Study, General Series, Spatial Registration Series, Frame
// of Reference, General Equipment, SOP Common (PS3.3 A.39.1). Patient and
// study are the fixed series': the object belongs to the current study.
void writeHeader(DcmDataset& fixed, DcmDataset& d, const SpatialRegistrationInput& input,
                 const SpatialRegistrationObject& object, const QDateTime& now) {
  put(d, DCM_SpecificCharacterSet, QStringLiteral("ISO_IR 192"));
  put(d, DCM_SOPClassUID, QString::fromLatin1(UID_SpatialRegistrationStorage));
  put(d, DCM_SOPInstanceUID, object.sopInstanceUid);
  put(d, DCM_InstanceCreationDate, now.toString(QStringLiteral("yyyyMMdd")));
  put(d, DCM_InstanceCreationTime, now.toString(QStringLiteral("HHmmss")));
  for (const DcmTagKey& tag : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex, DCM_StudyDate,
                               DCM_StudyTime, DCM_ReferringPhysicianName, DCM_StudyID, DCM_AccessionNumber,
                               DCM_PositionReferenceIndicator, DCM_Laterality})
    copy(fixed, d, tag, true);
  for (const DcmTagKey& tag : {DCM_IssuerOfPatientID, DCM_PatientAge, DCM_StudyDescription}) copy(fixed, d, tag, false);
  put(d, DCM_StudyInstanceUID, object.studyInstanceUid);
  put(d, DCM_Modality, QStringLiteral("REG"));
  put(d, DCM_SeriesInstanceUID, object.seriesInstanceUid);
  if (input.seriesNumber > 0)
    put(d, DCM_SeriesNumber, QString::number(input.seriesNumber));
  else
    d.insertEmptyElement(DCM_SeriesNumber, true);
  put(d, DCM_SeriesDate, now.toString(QStringLiteral("yyyyMMdd")));
  put(d, DCM_SeriesTime, now.toString(QStringLiteral("HHmmss")));
  if (!object.contentDescription.isEmpty()) put(d, DCM_SeriesDescription, object.contentDescription.left(64));
  put(d, DCM_FrameOfReferenceUID, object.frameOfReferenceUid);
  // General Equipment: the workstation that made the object, not the scanner.
  put(d, DCM_Manufacturer, QStringLiteral("Yunyue"));
  put(d, DCM_SoftwareVersions, QStringLiteral("Yunyue"));
  // Content Identification macro (PS3.3 Table 10-12) and content date/time (C.20.2).
  put(d, DCM_InstanceNumber, QStringLiteral("1"));
  put(d, DCM_ContentLabel, object.contentLabel);
  put(d, DCM_ContentDescription, object.contentDescription.left(64));
  put(d, DCM_ContentCreatorName, object.contentCreatorName);
  put(d, DCM_ContentDate, now.toString(QStringLiteral("yyyyMMdd")));
  put(d, DCM_ContentTime, now.toString(QStringLiteral("HHmmss")));
}

// A RegistrationTypeCodeSequence value from PS3.16 CID 7100 RCS Registration Method.
struct RegistrationMethodCode {
  const char* value;
  const char* meaning;
};
constexpr RegistrationMethodCode kFrameOfReferenceIdentity{"125021", "Frame of Reference Identity"};
constexpr RegistrationMethodCode kImageContentBasedAlignment{"125024", "Image Content-based Alignment"};

// One RegistrationSequence item (PS3.3 C.20.2): the frame, the images it was
// registered on (Image SOP Instance Reference macro) and its one matrix.
void writeRegistrationItem(DcmDataset& d, const SourceSeries& series, const Eigen::Matrix4d& toRegistered,
                           const RegistrationMethodCode& method, const QString& comment) {
  DcmItem* item = appendItem(d, DCM_RegistrationSequence);
  if (!item) return;
  put(*item, DCM_FrameOfReferenceUID, series.frameOfReferenceUid);
  for (const QString& uid : series.sopInstanceUids) {
    if (DcmItem* image = appendItem(*item, DCM_ReferencedImageSequence)) {
      put(*image, DCM_ReferencedSOPClassUID, series.sopClassUid);
      put(*image, DCM_ReferencedSOPInstanceUID, uid);
    }
  }
  DcmItem* registration = appendItem(*item, DCM_MatrixRegistrationSequence);
  if (!registration) return;
  if (!comment.isEmpty()) put(*registration, DCM_FrameOfReferenceTransformationComment, comment.left(64));
  if (DcmItem* code = appendItem(*registration, DCM_RegistrationTypeCodeSequence)) {
    put(*code, DCM_CodeValue, QString::fromLatin1(method.value));
    put(*code, DCM_CodingSchemeDesignator, QStringLiteral("DCM"));
    put(*code, DCM_CodeMeaning, QString::fromLatin1(method.meaning));
  }
  if (DcmItem* matrix = appendItem(*registration, DCM_MatrixSequence)) {
    put(*matrix, DCM_FrameOfReferenceTransformationMatrix, matrixText(toRegistered));
    put(*matrix, DCM_FrameOfReferenceTransformationMatrixType, registrationMatrixType(toRegistered));
  }
}

// Series and Instance Reference macro: one ReferencedSeriesSequence item.
void writeSeriesReference(DcmItem& parent, const SourceSeries& series) {
  DcmItem* reference = appendItem(parent, DCM_ReferencedSeriesSequence);
  if (!reference) return;
  put(*reference, DCM_SeriesInstanceUID, series.seriesUid);
  for (const QString& uid : series.sopInstanceUids) {
    if (DcmItem* instance = appendItem(*reference, DCM_ReferencedInstanceSequence)) {
      put(*instance, DCM_ReferencedSOPClassUID, series.sopClassUid);
      put(*instance, DCM_ReferencedSOPInstanceUID, uid);
    }
  }
}

// Common Instance Reference module (PS3.3 C.12.2): series of this study in
// ReferencedSeriesSequence, those of other studies (a prior) under
// StudiesContainingOtherReferencedInstancesSequence.
void writeCommonInstanceReference(DcmDataset& d, const SourceSeries& fixed, const SourceSeries& moving) {
  writeSeriesReference(d, fixed);
  if (moving.studyUid == fixed.studyUid) {
    if (moving.seriesUid != fixed.seriesUid) writeSeriesReference(d, moving);
    return;
  }
  if (DcmItem* study = appendItem(d, DCM_StudiesContainingOtherReferencedInstancesSequence)) {
    put(*study, DCM_StudyInstanceUID, moving.studyUid);
    writeSeriesReference(*study, moving);
  }
}

// --- decode ------------------------------------------------------------------------

ViewerError notARegistration(const QString& detail) {
  return fail(ViewerErrorCode::NotASpatialRegistration,
              QCoreApplication::translate("yunyue::SpatialRegistration", "The object is no usable spatial registration."),
              detail);
}

ViewerError badMatrix(const QString& detail) {
  return fail(ViewerErrorCode::InvalidRegistrationMatrix,
              QCoreApplication::translate("yunyue::SpatialRegistration",
                                          "The spatial registration holds a transformation that cannot be used."),
              detail);
}

// One MatrixSequence item: 16 finite values, an affine map of the type it claims.
ViewerError readMatrix(DcmItem& item, Eigen::Matrix4d* matrix, QString* type) {
  const QString text = stringOf(item, DCM_FrameOfReferenceTransformationMatrix);
  const QStringList values = text.split('\\');
  if (text.isEmpty() || values.size() != 16)
    return badMatrix(QStringLiteral("FrameOfReferenceTransformationMatrix has %1 values, not 16")
                         .arg(text.isEmpty() ? 0 : values.size()));
  for (int i = 0; i < 16; ++i) {
    bool ok = false;
    const double v = values[i].trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
      return badMatrix(QStringLiteral("FrameOfReferenceTransformationMatrix value %1 is '%2'").arg(i + 1).arg(values[i]));
    (*matrix)(i / 4, i % 4) = v;  // row-major (PS3.3 C.20.2.1.1)
  }
  *type = stringOf(item, DCM_FrameOfReferenceTransformationMatrixType);
  if (generality(*type) < 0) return badMatrix(QStringLiteral("unknown matrix type '%1'").arg(*type));
  const QString shape = registrationMatrixType(*matrix);
  if (!lastRowIsAffine(*matrix) || shape.isEmpty())
    return badMatrix(QStringLiteral("no invertible affine map: %1").arg(text));
  if (generality(shape) > generality(*type))
    return badMatrix(QStringLiteral("claims %1 but is %2: %3").arg(*type, shape, text));
  return {};
}

// The MatrixRegistrationSequence of one registration item: its matrices
// composed in item order (the first applied first), the most general type.
ViewerError readRegistrationMatrix(DcmItem& item, SpatialRegistrationObject::Item* out) {
  DcmItem* registration = nullptr;
  if (item.findAndGetSequenceItem(DCM_MatrixRegistrationSequence, registration, 0).bad() || !registration)
    return badMatrix(QStringLiteral("no MatrixRegistrationSequence"));
  out->transformationComment = stringOf(*registration, DCM_FrameOfReferenceTransformationComment);
  DcmSequenceOfItems* matrices = nullptr;
  if (registration->findAndGetSequence(DCM_MatrixSequence, matrices).bad() || !matrices || matrices->card() == 0)
    return badMatrix(QStringLiteral("no MatrixSequence"));
  out->matrix.setIdentity();
  out->matrixType = QStringLiteral("RIGID");
  for (unsigned long i = 0; i < matrices->card(); ++i) {
    Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
    QString type;
    if (const ViewerError e = readMatrix(*matrices->getItem(i), &m, &type); e.isError()) return e;
    out->matrix = m * out->matrix;
    if (generality(type) > generality(out->matrixType)) out->matrixType = type;
  }
  return {};
}

// SOP Instance UID → (study, series), from the Common Instance Reference module.
using InstanceLocations = QHash<QString, QPair<QString, QString>>;

void readSeriesReferences(DcmItem& parent, const QString& studyUid, InstanceLocations* where) {
  DcmSequenceOfItems* series = nullptr;
  if (parent.findAndGetSequence(DCM_ReferencedSeriesSequence, series).bad() || !series) return;
  for (unsigned long s = 0; s < series->card(); ++s) {
    DcmItem& item = *series->getItem(s);
    const QString seriesUid = stringOf(item, DCM_SeriesInstanceUID);
    DcmSequenceOfItems* instances = nullptr;
    if (item.findAndGetSequence(DCM_ReferencedInstanceSequence, instances).bad() || !instances) continue;
    for (unsigned long i = 0; i < instances->card(); ++i)
      where->insert(stringOf(*instances->getItem(i), DCM_ReferencedSOPInstanceUID), {studyUid, seriesUid});
  }
}

InstanceLocations readCommonInstanceReference(DcmDataset& d, const QString& ownStudyUid) {
  InstanceLocations where;
  readSeriesReferences(d, ownStudyUid, &where);
  DcmSequenceOfItems* studies = nullptr;
  if (d.findAndGetSequence(DCM_StudiesContainingOtherReferencedInstancesSequence, studies).good() && studies)
    for (unsigned long s = 0; s < studies->card(); ++s)
      readSeriesReferences(*studies->getItem(s), stringOf(*studies->getItem(s), DCM_StudyInstanceUID), &where);
  return where;
}

ViewerError readRegistrationItem(DcmItem& item, const InstanceLocations& where, SpatialRegistrationObject::Item* out) {
  out->frameOfReferenceUid = stringOf(item, DCM_FrameOfReferenceUID);
  DcmSequenceOfItems* images = nullptr;
  if (item.findAndGetSequence(DCM_ReferencedImageSequence, images).good() && images)
    for (unsigned long i = 0; i < images->card(); ++i)
      out->referencedSopInstanceUids << stringOf(*images->getItem(i), DCM_ReferencedSOPInstanceUID);
  for (const QString& uid : out->referencedSopInstanceUids) {
    const auto found = where.constFind(uid);
    if (found == where.constEnd()) continue;
    out->referencedStudyUid = found->first;
    out->referencedSeriesUid = found->second;
    break;
  }
  if (out->frameOfReferenceUid.isEmpty() && out->referencedSopInstanceUids.isEmpty())
    return notARegistration(QStringLiteral("a RegistrationSequence item names neither frame nor images"));
  return readRegistrationMatrix(item, out);
}

// ContentDate (DA) and ContentTime (TM, HHMMSS.FFFFFF with optional parts).
QDateTime contentDateTimeOf(DcmDataset& d) {
  const QDate date = QDate::fromString(stringOf(d, DCM_ContentDate), QStringLiteral("yyyyMMdd"));
  const QString time = stringOf(d, DCM_ContentTime).section('.', 0, 0).leftJustified(6, '0');
  return QDateTime(date, QTime::fromString(time, QStringLiteral("HHmmss")));
}

}  // namespace

QString registrationMatrixType(const Eigen::Matrix4d& matrix) {
  if (!matrix.allFinite() || !lastRowIsAffine(matrix)) return {};
  const Eigen::Matrix3d r = matrix.topLeftCorner<3, 3>();
  const double scale = r.cwiseAbs().maxCoeff();
  if (!(scale > 0) || std::abs(r.determinant()) < 1e-9 * scale * scale * scale) return {};
  if (isRigid(r)) return QStringLiteral("RIGID");
  if (isRigidScale(r)) return QStringLiteral("RIGID_SCALE");
  return QStringLiteral("AFFINE");
}

const SpatialRegistrationObject::Item* SpatialRegistrationObject::registrationOf(const QString& frame) const {
  for (const Item& item : registrations)
    if (!frame.isEmpty() && item.frameOfReferenceUid == frame) return &item;
  return nullptr;
}

FrameTransform SpatialRegistrationObject::transformBetween(const QString& from, const QString& to) const {
  FrameTransform result;
  // Each frame → registered frame; the registered frame itself needs no item.
  auto toRegistered = [this, &result](const QString& frame, Eigen::Matrix4d* m) {
    if (const Item* item = registrationOf(frame)) {
      *m = item->matrix;
      return true;
    }
    if (!frame.isEmpty() && frame == frameOfReferenceUid) {
      m->setIdentity();
      return true;
    }
    result.error = fail(ViewerErrorCode::FrameNotRegistered,
                        QCoreApplication::translate("yunyue::SpatialRegistration",
                                                    "The registration does not relate these two series."),
                        QStringLiteral("frame of reference %1 is not registered by %2").arg(frame, sopInstanceUid));
    return false;
  };
  Eigen::Matrix4d fromMatrix, toMatrix;
  if (!toRegistered(from, &fromMatrix) || !toRegistered(to, &toMatrix)) return result;
  result.matrix = toMatrix.inverse() * fromMatrix;
  return result;
}

SpatialRegistrationObject encodeSpatialRegistration(const SpatialRegistrationInput& input) {
  SpatialRegistrationObject object;
  DcmFileFormat fixedFile, movingFile;
  SourceSeries fixed, moving;
  object.error = readSource(input.fixedSourceFile, input.fixedSopInstanceUids, fixedFile, &fixed);
  if (!object.error.isError())
    object.error = readSource(input.movingSourceFile, input.movingSopInstanceUids, movingFile, &moving);
  if (!object.error.isError() && fixed.frameOfReferenceUid == moving.frameOfReferenceUid)
    object.error = fail(ViewerErrorCode::SharedFrameOfReference,
                        QCoreApplication::translate("yunyue::SpatialRegistration",
                                                    "Both series already share one frame of reference."),
                        QStringLiteral("FrameOfReferenceUID %1").arg(fixed.frameOfReferenceUid));
  if (!object.error.isError()) object.error = checkMovingToFixed(input.movingToFixed);
  if (object.error.isError()) return object;
  DcmDataset& fixedData = *fixedFile.getDataset();
  // The object is written in UTF-8 whatever the source used (GB18030, ...).
  if (const OFCondition utf8 = fixedData.convertToUTF8(); utf8.bad()) {
    object.error = fail(ViewerErrorCode::UnsupportedImage,
                        QCoreApplication::translate("yunyue::SpatialRegistration",
                                                    "The character set of the current study cannot be converted."),
                        QString::fromLatin1(utf8.text()));
    return object;
  }

  const QDateTime now = QDateTime::currentDateTime();
  object.sopInstanceUid = newDicomUid(input.uidRoot);
  object.seriesInstanceUid = newDicomUid(input.uidRoot);
  object.studyInstanceUid = fixed.studyUid;
  object.frameOfReferenceUid = fixed.frameOfReferenceUid;
  object.contentLabel = contentLabelOf(input.contentLabel);
  object.contentDescription = input.contentDescription;
  object.contentCreatorName = input.contentCreatorName;
  object.contentDateTime = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
  const QString method = input.method.left(64);
  object.registrations = {
      {fixed.frameOfReferenceUid, Eigen::Matrix4d::Identity(), QStringLiteral("RIGID"), QString(),
       fixed.sopInstanceUids, fixed.seriesUid, fixed.studyUid},
      {moving.frameOfReferenceUid, input.movingToFixed, registrationMatrixType(input.movingToFixed), method,
       moving.sopInstanceUids, moving.seriesUid, moving.studyUid}};

  DcmFileFormat file;
  DcmDataset& d = *file.getDataset();
  writeHeader(fixedData, d, input, object, now);
  writeRegistrationItem(d, fixed, Eigen::Matrix4d::Identity(), kFrameOfReferenceIdentity, QString());
  writeRegistrationItem(d, moving, input.movingToFixed, kImageContentBasedAlignment, method);
  writeCommonInstanceReference(d, fixed, moving);
  if (!writePart10(file, object.part10)) {
    object.error = fail(ViewerErrorCode::UnsupportedImage,
                        QCoreApplication::translate("yunyue::SpatialRegistration",
                                                    "The spatial registration cannot be encoded."),
                        QStringLiteral("DCMTK write failed"));
    object.part10.clear();
  }
  return object;
}

SpatialRegistrationObject decodeSpatialRegistration(const QByteArray& part10) {
  SpatialRegistrationObject object;
  object.part10 = part10;
  DcmFileFormat file;
  QString detail;
  if (!readPart10(part10, file, &detail)) {
    object.error = fail(ViewerErrorCode::UnreadableFile,
                        QCoreApplication::translate("yunyue::SpatialRegistration",
                                                    "The spatial registration is no readable DICOM object."),
                        detail);
    return object;
  }
  DcmDataset& d = *file.getDataset();
  d.convertToUTF8();  // text only; UIDs and matrices are ASCII whatever the character set
  const QString sopClass = stringOf(d, DCM_SOPClassUID);
  if (sopClass != QLatin1String(UID_SpatialRegistrationStorage)) {
    object.error = notARegistration(QStringLiteral("SOP class %1").arg(sopClass));
    return object;
  }
  object.sopInstanceUid = stringOf(d, DCM_SOPInstanceUID);
  object.seriesInstanceUid = stringOf(d, DCM_SeriesInstanceUID);
  object.studyInstanceUid = stringOf(d, DCM_StudyInstanceUID);
  object.frameOfReferenceUid = stringOf(d, DCM_FrameOfReferenceUID);
  object.contentLabel = stringOf(d, DCM_ContentLabel);
  object.contentDescription = stringOf(d, DCM_ContentDescription);
  object.contentCreatorName = stringOf(d, DCM_ContentCreatorName);
  object.contentDateTime = contentDateTimeOf(d);
  DcmSequenceOfItems* items = nullptr;
  if (object.frameOfReferenceUid.isEmpty() || d.findAndGetSequence(DCM_RegistrationSequence, items).bad() || !items ||
      items->card() == 0) {
    object.error = notARegistration(QStringLiteral("no FrameOfReferenceUID or no RegistrationSequence items"));
    return object;
  }
  const InstanceLocations where = readCommonInstanceReference(d, object.studyInstanceUid);
  for (unsigned long i = 0; i < items->card(); ++i) {
    SpatialRegistrationObject::Item item;
    if (const ViewerError e = readRegistrationItem(*items->getItem(i), where, &item); e.isError()) {
      object.error = e;
      object.error.detail = QStringLiteral("RegistrationSequence item %1: %2").arg(i + 1).arg(e.detail);
      object.registrations.clear();
      return object;
    }
    object.registrations.append(item);
  }
  return object;
}

}  // namespace yunyue
