#pragma once
// Digital signatures on SR reports (PS3.15 Annex C.4, Structured Reporting
// RSA Digital Signature Profile): the author signs a COMPLETE report, a
// reviewer of the same center countersigns it when verifying it, and anyone
// holding the center's CA can check both. Works on DICOM Part 10 bytes of
// any SR document; no DCMTK or OpenSSL type leaks out of this header.

#include "reporting/ReportingError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace yunyue {

// The radiologist's signing key and certificate (PEM files). The private key
// is passphrase-protected; the passphrase is only held while signing.
struct SigningIdentity {
  QString privateKeyFile;
  QString certificateFile;
  QByteArray passphrase;
};

// The center's trust settings: the CA every radiologist certificate must
// chain to, and who may do what. INI file:
//   [trust]
//   ca_file=ca.pem                 ; relative to the ini file
//   [roles]
//   <sha-256 fingerprint>=reviewer ; or reader
struct CenterTrust {
  QString caFile;
  // Role ("reader" or "reviewer") per certificate, keyed by its SHA-256
  // fingerprint (lower-case hex, no colons).
  QMap<QString, QString> rolesByFingerprint;

  static bool load(const QString& iniPath, CenterTrust* trust, ReportingError* error);
  // The role of a certificate given by its fingerprint; empty when it has none.
  QString roleOf(const QString& fingerprint) const;
  // SHA-256 fingerprint of a PEM certificate file; empty (and *error filled) when unreadable.
  static QString certificateFingerprint(const QString& certificateFile, ReportingError* error);
};

// One signature found in a report.
struct SignatureInfo {
  QString signatureUid;       // Digital Signature UID (0400,0100)
  QString signerName;         // common name (CN) of the certificate's subject
  QString signerFingerprint;  // SHA-256 of the certificate, lower-case hex
  QString purposeCode;        // PS3.16 CID 7007: "1" Author's Signature, "5" Verification Signature
  QString purposeMeaning;
  QString profile;            // "SR RSA", "SR RSA Verification", or "other"
  QString macAlgorithm;       // MAC Algorithm (0400,0015), e.g. "SHA256"
  QDateTime dateTime;         // Digital Signature DateTime (0400,0105)
  bool valid = false;         // the MAC and signature match the signed data
  bool trusted = false;       // the certificate chains to the center's CA at the signature time
  QString message;            // translated; names the signer
};

// Adds the author's signature (SR RSA profile, purpose Author's Signature,
// MAC SHA-256) to a COMPLETE SR document. On failure *part10 is unchanged.
bool signAsAuthor(QByteArray* part10, const SigningIdentity& author, const CenterTrust& trust,
                  ReportingError* error);

// Verifies the document as the reviewer: checks every existing signature,
// sets VerificationFlag VERIFIED and the VerifyingObserverSequence, gives the
// document a new SOP Instance UID and adds the Verification Signature (SR RSA
// profile for verification, MAC SHA-256). On failure *part10 is unchanged.
bool countersign(QByteArray* part10, const SigningIdentity& reviewer, const QString& reviewerName,
                 const QString& reviewerOrganisation, const CenterTrust& trust, ReportingError* error);

// Checks every signature of the document (main dataset and items). Returns
// them all; *error is set when any is invalid (SignatureInvalid), uses a
// weak MAC (WeakAlgorithm), has an untrusted certificate
// (CertificateUntrusted), when a Verification Signature's certificate lacks
// the reviewer role (NotAReviewer), or when the document is VERIFIED without
// a Verification Signature (SignatureMissing). An unsigned document is no error.
QList<SignatureInfo> verifySignatures(const QByteArray& part10, const CenterTrust& trust, ReportingError* error);

}  // namespace yunyue
