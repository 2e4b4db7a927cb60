#include "app/FinalReport.h"

#include "cloudclient/StudyCache.h"
#include "reporting/EncapsulatedPdf.h"
#include "reporting/ReportPdf.h"
#include "viewer/DecodedImage.h"

#include <QImage>
#include <algorithm>

namespace yunyue {
namespace {

// The image as the reader saw it by default: the file's window, grey.
QImage keyImage(const QString& path) {
  const DecodeOutcome decoded = decodeDicomFile(path);
  if (!decoded.ok()) return {};
  const DecodedImage& d = decoded.image;
  QImage image(d.columns, d.rows, QImage::Format_Grayscale8);
  const double low = d.windowCenter - d.windowWidth / 2;
  const double width = std::max(d.windowWidth, 1.0);
  for (int r = 0; r < d.rows; ++r) {
    uchar* line = image.scanLine(r);
    for (int c = 0; c < d.columns; ++c) {
      const int grey = std::clamp(int((d.valueAt(r, c) - low) / width * 255.0), 0, 255);
      line[c] = uchar(d.monochrome1 ? 255 - grey : grey);
    }
  }
  return image;
}

PdfSigner signerOf(const SignatureInfo& s, const Report& report) {
  PdfSigner p;
  const bool verification = s.purposeCode == QLatin1String("5");
  p.name = verification ? report.verifier.name : report.author.name;
  p.organisation = verification ? report.verifier.organisation : report.author.organisation;
  p.role = verification ? QStringLiteral("reviewer") : QStringLiteral("author");
  p.signedAt = s.dateTime;
  p.certificateSubject = s.signerName;
  p.verified = s.valid && s.trusted;
  return p;
}

}  // namespace

QString studyLink(const QUrl& dicomWebRoot, const QString& studyUid) {
  QUrl link = dicomWebRoot;
  link.setUserInfo({});  // never a password in a printed code
  link.setPath(link.path() + QStringLiteral("/studies/") + studyUid);
  return link.toString();
}

bool renderFinalReport(const Report& report, const QList<SignatureInfo>& signatures, const StudyCache* cache,
                       const QString& link, QByteArray* pdf, QByteArray* encapsulatedPdf, ReportingError* error) {
  QList<PdfSigner> signers;
  for (const SignatureInfo& s : signatures) signers.append(signerOf(s, report));
  QList<QImage> images;
  if (cache) {
    for (const ImageReference& ref : report.keyImages) {
      const QString path = cache->instancePath(ref.sopInstanceUid);
      const QImage image = path.isEmpty() ? QImage() : keyImage(path);
      if (!image.isNull()) images.append(image);
    }
  }
  return renderReportPdf(report, signers, images, link, pdf, error) &&
         encapsulatePdf(*pdf, report, encapsulatedPdf, error);
}

}  // namespace yunyue
