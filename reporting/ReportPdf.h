#pragma once
// The printable report a hospital files and hands to the patient: an A4 PDF
// drawn with QPainter on QPdfWriter (text stays text, the QR code stays
// vector), in the report's own language (report.language), whatever the
// language of the user interface.

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

namespace yunyue {

// One digital signature on the report as the signer module checked it.
struct PdfSigner {
  QString name;                // DICOM PN of the signer, e.g. "李^主任"
  QString organisation;
  QString role;                // "author" (reader) or "reviewer" (verifying observer)
  QDateTime signedAt;
  QString certificateSubject;  // e.g. "CN=李主任,O=云阅远程影像诊断中心"
  bool verified = false;       // the signature matched the data when checked
};

// Renders the report to PDF bytes in *pdf. A signer is matched to the author
// or the verifier by name, or else by role. keyImages are drawn in order with
// a caption; an image's text("Description") is appended to it. studyLink goes
// into the QR code (left out when empty). Needs a QGuiApplication (fonts).
bool renderReportPdf(const Report& report, const QList<PdfSigner>& signers,
                     const QList<QImage>& keyImages, const QString& studyLink,
                     QByteArray* pdf, ReportingError* error);


}  // namespace yunyue
