#pragma once
// What goes wrong in reporting, for the user (message, translated) and for
// the log (detail). Functions return false and fill one of these; they never
// throw and never leave a half-written file behind.

#include <QString>

namespace yunyue {

struct ReportingError {
  enum class Code {
    None,
    UnreadableTemplate,     // a template resource cannot be read
    MalformedTemplate,      // a template is not what the schema says
    NotDicom,               // the bytes are no DICOM Part 10 file
    NotAReport,             // DICOM, but no SR report we can read (SOP class, template)
    EncodeFailed,           // the SR could not be built (a value DICOM does not allow)
    KeyUnreadable,          // private key file missing or not PEM
    WrongPassphrase,        // the private key's passphrase does not open it
    CertificateUnreadable,  // certificate file missing or not PEM/X.509
    CertificateKeyMismatch, // the key does not belong to the certificate
    CertificateUntrusted,   // not issued by the center's CA, expired, or not yet valid
    NotAReviewer,           // the certificate lacks the reviewer role
    SelfVerification,       // the reviewer is the author
    SignatureMissing,       // a required signature is absent (e.g. VERIFIED without Verification Signature)
    SignatureInvalid,       // a signature does not match the data: the report was altered
    WeakAlgorithm,          // MD5/SHA-1/RIPEMD-160 where SHA-256 or stronger is required
    DraftUnwritable,        // the local draft cannot be saved (disk full, permissions)
    PdfFailed,              // the PDF could not be produced
    IdentifyingText,        // a teaching case's text repeats the patient's name, ID, accession or birth date
    PackageDamaged,         // a teaching case package is incomplete, unreadable or was changed
    PackageUnwritable,      // a teaching case package or library cannot be written (disk full, exists)
  };
  Code code = Code::None;
  QString message;
  QString detail;
  bool isError() const { return code != Code::None; }
};

}  // namespace yunyue
