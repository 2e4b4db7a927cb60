#pragma once
// De-identification of DICOM Part 10 files for teaching cases and research:
// PS3.15 Annex E, Basic Application Level Confidentiality Profile with the
// Retain Longitudinal Temporal Information with Modified Dates Option and the
// Clean Descriptors Option (Table E.1-1; the table lives in Deidentifier.cpp).
//
// One Deidentifier is used for all files that belong together (a patient's
// studies, a teaching set): it maps every UID the same way in every file, so
// references between instances (SR evidence, source images, frame of
// reference) still match, and shifts every date of a patient by the same
// number of days. Both come from an HMAC-SHA256 keyed with a secret: with the
// same secret a re-run gives the same UIDs and dates; without it nobody can
// recompute them.

#include "reporting/ReportingError.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace yunyue {

struct DeidentificationOptions {
  // Pseudonyms written as PatientName (PN) and PatientID. Empty: derived
  // from the secret and the original PatientID ("ANON^<code>", "<code>"),
  // the same for every file of the patient.
  QString patientName;
  QString patientId;
  // Key of the HMAC for UIDs and the date offset. Empty: a random key for
  // this Deidentifier only (UIDs and dates cannot be reproduced later).
  QByteArray secret;
};

struct DeidentifiedFile {
  QByteArray part10;  // the de-identified file (ISO_IR 192)
  QString studyInstanceUid;
  QString seriesInstanceUid;
  QString sopInstanceUid;
  // For the user, translated: e.g. pixel data that may show burned-in text.
  QStringList warnings;
  // For the record: one line per attribute changed, e.g.
  // "(0010,0010) PatientName: replaced" (no original values).
  QStringList changedAttributes;
};

class Deidentifier {
 public:
  explicit Deidentifier(DeidentificationOptions options);

  // False (and *error filled, NotDicom or EncodeFailed) when the bytes are no
  // DICOM Part 10 file or the result cannot be written.
  bool deidentify(const QByteArray& part10, DeidentifiedFile* result, ReportingError* error);

  // The UID that replaces `original` ("2.25." + 128 bits of the HMAC).
  QString replacementUid(const QString& original);
  // Days added to every date of the patient with this PatientID (negative:
  // dates move into the past), between -3650 and -1.
  int dateOffsetDays(const QString& patientId) const;
  // The values written into DeidentificationMethod (0012,0063), LO VM 1-n.
  static QString methodDescription();

 private:
  QByteArray mac(const QByteArray& message) const;

  DeidentificationOptions m_options;
  QHash<QString, QString> m_uids;  // original -> replacement, over all files
};

}  // namespace yunyue
