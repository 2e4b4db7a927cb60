#pragma once
// What a verified report becomes for the hospital and the patient: the
// printed PDF (with its key images, both signers and a QR code to the study
// in the cloud) and the same PDF as an Encapsulated PDF for the archive.

#include "reporting/Report.h"
#include "reporting/ReportSignature.h"

#include <QByteArray>
#include <QUrl>

namespace yunyue {

class StudyCache;

// The study's address in the cloud, carried by the QR code.
QString studyLink(const QUrl& dicomWebRoot, const QString& studyUid);

// Key images come from the local cache (left out when not cached). Needs a
// QGuiApplication (fonts).
bool renderFinalReport(const Report& report, const QList<SignatureInfo>& signatures, const StudyCache* cache,
                       const QString& link, QByteArray* pdf, QByteArray* encapsulatedPdf, ReportingError* error);

}  // namespace yunyue
