#include "reporting/ReportSignature.h"

#include "reporting/DcmtkLog.h"
#include "reporting/DicomSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimeZone>

#include <memory>
#include <mutex>

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmdata/dcvrat.h"
#include "dcmtk/dcmsign/dcsignat.h"
#include "dcmtk/dcmsign/sicert.h"
#include "dcmtk/dcmsign/simdmac.h"
#include "dcmtk/dcmsign/siprivat.h"
#include "dcmtk/dcmsign/sisrpr.h"
#include "dcmtk/dcmsign/sisrvpr.h"
#include "dcmtk/dcmsr/dsrtypes.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace yunyue {
namespace {

using Code = ReportingError::Code;

// PS3.16 CID 7007 "Signature Purpose".
const char kAuthorsSignature[] = "1";
const char kVerificationSignature[] = "5";

const char kProfileSr[] = "SR RSA";
const char kProfileSrVerification[] = "SR RSA Verification";
const char kProfileOther[] = "other";

using X509Ptr = std::shared_ptr<X509>;

// A signature as found in the dataset, with its certificate for the
// self-verification check in countersign().
struct FoundSignature {
  SignatureInfo info;
  X509Ptr certificate;
  bool outsideValidity = false;  // DCMTK refused it for the certificate's dates, not the content
};

bool fail(ReportingError* error, Code code, const QString& message, const QString& detail = {}) {
  if (error) *error = ReportingError{code, message, detail};
  return false;
}

void initializeDcmsign() {
  static std::once_flag once;
  std::call_once(once, [] { DcmSignature::initializeLibrary(); });
  quietDcmtkCharsetWarnings();
}

QByteArray localPath(const QString& path) { return QFile::encodeName(path); }

// --- certificates (OpenSSL) --------------------------------------------------

QString commonName(X509* certificate) {
  X509_NAME* subject = X509_get_subject_name(certificate);
  const int index = subject ? X509_NAME_get_index_by_NID(subject, NID_commonName, -1) : -1;
  if (index < 0) return {};
  unsigned char* utf8 = nullptr;
  const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index)));
  if (length < 0) return {};
  const QString name = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
  OPENSSL_free(utf8);
  return name;
}

QString fingerprintOf(X509* certificate) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1) return {};
  return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

// Whether the certificate chains to the center's CA and is valid at `at`
// (for a stored signature: when it was made, so old reports stay checkable).
bool chainsToCa(X509* certificate, const QString& caFile, const QDateTime& at, QString* why) {
  std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
  if (!store || X509_STORE_load_file(store.get(), localPath(caFile).constData()) != 1) {
    *why = QStringLiteral("cannot read the CA file %1").arg(caFile);
    return false;
  }
  std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(), X509_STORE_CTX_free);
  if (!context || X509_STORE_CTX_init(context.get(), store.get(), certificate, nullptr) != 1) {
    *why = QStringLiteral("OpenSSL cannot set up the certificate check");
    return false;
  }
  X509_STORE_CTX_set_time(context.get(), 0, time_t(at.toSecsSinceEpoch()));
  if (X509_verify_cert(context.get()) == 1) return true;
  *why = QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
  return false;
}

QString untrustedMessage(const QString& signer) {
  return QCoreApplication::translate("yunyue::ReportSignature",
                                     "The certificate of %1 is not issued by the center's CA or is not valid at the "
                                     "signing time.")
      .arg(signer);
}

// --- the signer's key and certificate -----------------------------------------

bool loadIdentity(const SigningIdentity& identity, SiPrivateKey& key, SiCertificate& certificate,
                  ReportingError* error) {
  QFile keyFile(identity.privateKeyFile);
  const QByteArray pem = keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
  if (!pem.contains("-----BEGIN"))
    return fail(error, Code::KeyUnreadable,
                QCoreApplication::translate("yunyue::ReportSignature", "The private key file %1 cannot be read.")
                    .arg(QDir::toNativeSeparators(identity.privateKeyFile)),
                identity.privateKeyFile);
  if (certificate.loadCertificate(localPath(identity.certificateFile).constData(), X509_FILETYPE_PEM).bad())
    return fail(error, Code::CertificateUnreadable,
                QCoreApplication::translate("yunyue::ReportSignature", "The certificate file %1 cannot be read.")
                    .arg(QDir::toNativeSeparators(identity.certificateFile)),
                identity.certificateFile);
  // Always set a passphrase: without one OpenSSL would prompt on the console.
  key.setPrivateKeyPasswd(identity.passphrase.constData());
  const OFCondition loaded = key.loadPrivateKey(localPath(identity.privateKeyFile).constData(), X509_FILETYPE_PEM);
  if (loaded.bad()) {
    if (pem.contains("ENCRYPTED"))
      return fail(error, Code::WrongPassphrase,
                  QCoreApplication::translate("yunyue::ReportSignature",
                                              "The passphrase does not open the private key."),
                  QString::fromLatin1(loaded.text()));
    return fail(error, Code::KeyUnreadable,
                QCoreApplication::translate("yunyue::ReportSignature", "The private key file %1 cannot be read.")
                    .arg(QDir::toNativeSeparators(identity.privateKeyFile)),
                QString::fromLatin1(loaded.text()));
  }
  const QString signer = commonName(certificate.getRawCertificate());
  if (!key.matchesCertificate(certificate))
    return fail(error, Code::CertificateKeyMismatch,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The private key does not belong to the certificate of %1.")
                    .arg(signer));
  return true;
}

bool checkTrustedNow(SiCertificate& certificate, const CenterTrust& trust, ReportingError* error) {
  X509* x509 = certificate.getRawCertificate();
  QString why;
  if (chainsToCa(x509, trust.caFile, QDateTime::currentDateTimeUtc(), &why)) return true;
  return fail(error, Code::CertificateUntrusted, untrustedMessage(commonName(x509)), why);
}

// --- Part 10 bytes -------------------------------------------------------------

bool readPart10(const QByteArray& bytes, DcmFileFormat* file, ReportingError* error) {
  QString detail;
  if (dicom::readPart10(bytes, *file, &detail) && file->getDataset()) return true;
  return fail(error, Code::NotDicom,
              QCoreApplication::translate("yunyue::ReportSignature", "The report is not a DICOM file."), detail);
}

bool writePart10(DcmFileFormat* file, QByteArray* bytes, ReportingError* error) {
  QString detail;
  if (dicom::writePart10(*file, bytes, &detail)) return true;
  return fail(error, Code::EncodeFailed,
              QCoreApplication::translate("yunyue::ReportSignature", "The signature could not be added to the report."),
              detail);
}

QString stringOf(DcmItem* item, const DcmTagKey& tag) {
  OFString value;
  item->findAndGetOFString(tag, value);
  return QString::fromLatin1(value.c_str()).trimmed();
}

// An SR document (PS3.3 A.35) with a root CONTAINER, and CompletionFlag
// COMPLETE: only a complete document may be signed (PS3.3 C.17.2).
bool checkCompleteReport(DcmDataset* dataset, ReportingError* error) {
  OFString sopClass;
  dataset->findAndGetOFString(DCM_SOPClassUID, sopClass);
  if (DSRTypes::sopClassUIDToDocumentType(sopClass) == DSRTypes::DT_invalid ||
      stringOf(dataset, DCM_ValueType) != QLatin1String("CONTAINER"))
    return fail(error, Code::NotAReport,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The document is not a DICOM structured report."),
                QStringLiteral("SOP Class UID %1").arg(QString::fromLatin1(sopClass.c_str())));
  if (stringOf(dataset, DCM_CompletionFlag) != QLatin1String("COMPLETE"))
    return fail(error, Code::NotAReport,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The report is not complete: only a complete report can be signed."),
                QStringLiteral("CompletionFlag %1").arg(stringOf(dataset, DCM_CompletionFlag)));
  if (stringOf(dataset, DCM_VerificationFlag) == QLatin1String("VERIFIED"))
    return fail(error, Code::NotAReport,
                QCoreApplication::translate("yunyue::ReportSignature", "The report is already verified."),
                QStringLiteral("VerificationFlag VERIFIED"));
  return true;
}

// Attributes that verification changes (see countersign()), so the author's
// signature must leave them out to survive it. PS3.15 C.4 asks the SR RSA
// profile for SOP Class, Study, Series, General Equipment, evidence and
// predecessor sequences, Observation DateTime and the SR Document Content
// Module; the author signs more than that (patient, study, completion), all
// but these.
bool changedByVerification(const DcmTagKey& tag) {
  return tag == DCM_SOPInstanceUID || tag == DCM_InstanceCreationDate || tag == DCM_InstanceCreationTime ||
         tag == DCM_VerificationFlag || tag == DCM_VerifyingObserverSequence;
}

// Data Elements Signed (0400,0020): the top-level attributes present that
// the profile allows, less `excluded` ones. DCMTK adds what the profile
// requires if present and refuses to sign when a listed one is absent.
DcmAttributeTag dataElementsSigned(DcmItem* dataset, const SiSecurityProfile& profile,
                                   bool (*excluded)(const DcmTagKey&)) {
  DcmAttributeTag list(DCM_DataElementsSigned);
  for (unsigned long i = 0; i < dataset->card(); ++i) {
    const DcmTagKey tag = dataset->getElement(i)->getTag();
    // Group lengths, and the signatures themselves (PS3.15 C.1: a MAC never
    // covers the MAC Parameters or Digital Signatures Sequences).
    const bool unsignable = tag.getElement() == 0x0000 || tag == DCM_MACParametersSequence ||
                            tag == DCM_DigitalSignaturesSequence || profile.attributeForbidden(tag);
    if (unsignable || (excluded && excluded(tag))) continue;
    list.putTagVal(tag, list.getVM());
  }
  return list;
}

bool addSignature(DcmItem* dataset, SiPrivateKey& key, SiCertificate& certificate, SiSecurityProfile& profile,
                  const DcmAttributeTag& tags, SiSignaturePurpose::E_SignaturePurposeType purpose,
                  ReportingError* error) {
  // SHA-256: PS3.15 C.4 still lists RIPEMD-160, MD5 and SHA-1, which are
  // broken or deprecated; new signatures use SHA-256 only.
  SiMDMAC mac(EMT_SHA256);
  DcmSignature signer;
  signer.attach(dataset);
  const OFCondition signed_ =
      signer.createSignature(key, certificate, mac, profile, EXS_LittleEndianExplicit, &tags, nullptr, purpose);
  signer.detach();
  if (signed_.good()) return true;
  return fail(error, Code::EncodeFailed,
              QCoreApplication::translate("yunyue::ReportSignature", "The signature could not be added to the report."),
              QString::fromLatin1(signed_.text()));
}

// --- verifying what is there -------------------------------------------------------

// DICOM DT (PS3.5 6.2): YYYYMMDDHHMMSS[.FFFFFF][&ZZXX]; local time without offset.
QDateTime parseDateTime(const QString& dt) {
  QDateTime result = QDateTime::fromString(dt.left(14), QStringLiteral("yyyyMMddHHmmss"));
  const int sign = qMax(dt.indexOf('+'), dt.indexOf('-'));
  if (result.isValid() && sign >= 14 && dt.size() >= sign + 5) {
    const int offset = (dt.mid(sign + 1, 2).toInt() * 60 + dt.mid(sign + 3, 2).toInt()) * 60;
    result.setTimeZone(QTimeZone(dt.at(sign) == '-' ? -offset : offset));
  }
  return result;
}

bool isWeakMac(const QString& mac) {
  return mac == QLatin1String("MD5") || mac == QLatin1String("SHA1") || mac == QLatin1String("RIPEMD160");
}

QString profileOf(DcmSignature& signer, const QString& purposeCode) {
  if (purposeCode == QLatin1String(kVerificationSignature)) {
    SiStructuredReportingVerificationProfile verification;
    return signer.verifySignatureProfile(verification).good() ? kProfileSrVerification : kProfileOther;
  }
  SiStructuredReportingProfile sr;
  return signer.verifySignatureProfile(sr).good() ? kProfileSr : kProfileOther;
}

FoundSignature readCurrentSignature(DcmSignature& signer, const CenterTrust& trust) {
  FoundSignature found;
  SignatureInfo& info = found.info;
  OFString value, meaning, scheme;
  if (signer.getCurrentSignatureUID(value).good()) info.signatureUid = QString::fromLatin1(value.c_str());
  if (signer.getCurrentMacName(value).good()) info.macAlgorithm = QString::fromLatin1(value.c_str()).trimmed();
  OFString signedAt;
  if (signer.getCurrentSignatureDateTime(signedAt).good()) info.dateTime = parseDateTime(QString::fromLatin1(signedAt.c_str()));
  if (signer.getCurrentSignaturePurpose(value, meaning, scheme).good()) {
    info.purposeCode = QString::fromLatin1(value.c_str());
    info.purposeMeaning = QString::fromUtf8(meaning.c_str());
  }
  SiCertificate* certificate = signer.getCurrentCertificate();
  X509* x509 = certificate ? certificate->getRawCertificate() : nullptr;
  QString why;
  if (x509) {
    found.certificate = X509Ptr(X509_dup(x509), X509_free);
    info.signerName = commonName(x509);
    info.signerFingerprint = fingerprintOf(x509);
    const QDateTime at = info.dateTime.isValid() ? info.dateTime : QDateTime::currentDateTimeUtc();
    info.trusted = chainsToCa(x509, trust.caFile, at, &why);
  }
  if (info.signerName.isEmpty())
    info.signerName = QCoreApplication::translate("yunyue::ReportSignature", "an unknown signer");
  info.valid = signer.verifyCurrent().good();
  info.profile = profileOf(signer, info.purposeCode);

  // DCMTK's verification also fails when the certificate was not valid at
  // the signature's date (3.6.7 even within the second it was issued): say
  // so rather than blame the content.
  SiCertificate* signerCertificate = signer.getCurrentCertificate();
  found.outsideValidity = !info.valid && signerCertificate && !signedAt.empty() &&
                               (signerCertificate->isCertNotYetValidAt(signedAt) ||
                                signerCertificate->isCertExpiredAt(signedAt));
  if (found.outsideValidity)
    info.message = QCoreApplication::translate("yunyue::ReportSignature",
                                               "The certificate of %1 was not valid at the signing time %2.")
                       .arg(info.signerName, QString::fromLatin1(signedAt.c_str()));
  else if (!info.valid)
    info.message = QCoreApplication::translate("yunyue::ReportSignature",
                                               "The signature of %1 does not match the report: it was changed "
                                               "after signing.")
                       .arg(info.signerName);
  else if (isWeakMac(info.macAlgorithm))
    info.message = QCoreApplication::translate("yunyue::ReportSignature",
                                               "The signature of %1 uses the weak algorithm %2 and is not accepted.")
                       .arg(info.signerName, info.macAlgorithm);
  else if (!info.trusted)
    info.message = untrustedMessage(info.signerName);
  else
    info.message = QCoreApplication::translate("yunyue::ReportSignature", "Signed by %1.").arg(info.signerName);
  return found;
}

// Every signature in the dataset and in its items (PS3.15 C.1: a signature
// may sit in any item of a sequence).
QList<FoundSignature> readAllSignatures(DcmItem* dataset, const CenterTrust& trust) {
  QList<FoundSignature> all;
  DcmStack stack;
  for (DcmItem* item = DcmSignature::findFirstSignatureItem(*dataset, stack); item;
       item = DcmSignature::findNextSignatureItem(*dataset, stack)) {
    DcmSignature signer;
    signer.attach(item);
    for (unsigned long i = 0; i < signer.numberOfSignatures(); ++i) {
      if (signer.selectSignature(i).bad()) continue;
      FoundSignature found = readCurrentSignature(signer, trust);
      if (item != dataset && found.info.profile != QLatin1String(kProfileOther))
        found.info.profile = kProfileOther;  // the SR profiles apply to the main dataset only
      all.append(std::move(found));
    }
    signer.detach();
  }
  return all;
}

QString signerList(const QList<FoundSignature>& signatures, bool (*pick)(const SignatureInfo&)) {
  QStringList names;
  for (const FoundSignature& s : signatures)
    if (pick(s.info) && !names.contains(s.info.signerName)) names << s.info.signerName;
  return QLocale().createSeparatedList(names);
}

bool hasVerificationSignature(const QList<FoundSignature>& signatures) {
  for (const FoundSignature& s : signatures)
    if (s.info.valid && s.info.purposeCode == QLatin1String(kVerificationSignature) &&
        s.info.profile == QLatin1String(kProfileSrVerification))
      return true;
  return false;
}

// The verdict over all signatures: a changed report first, then a weak MAC,
// an untrusted signer, a verification signed by someone who is no reviewer
// (made outside countersign()), and a VERIFIED report without its
// verification signature.
bool judge(DcmItem* dataset, const QList<FoundSignature>& signatures, const CenterTrust& trust,
           ReportingError* error) {
  for (const FoundSignature& s : signatures)
    if (s.outsideValidity) return fail(error, Code::CertificateUntrusted, s.info.message);
  const QString invalid = signerList(signatures, [](const SignatureInfo& s) { return !s.valid; });
  if (!invalid.isEmpty())
    return fail(error, Code::SignatureInvalid,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The signature of %1 does not match the report: it was changed after "
                                            "signing.")
                    .arg(invalid));
  for (const FoundSignature& s : signatures)
    if (isWeakMac(s.info.macAlgorithm)) return fail(error, Code::WeakAlgorithm, s.info.message, s.info.macAlgorithm);
  const QString untrusted = signerList(signatures, [](const SignatureInfo& s) { return !s.trusted; });
  if (!untrusted.isEmpty()) return fail(error, Code::CertificateUntrusted, untrustedMessage(untrusted));
  for (const FoundSignature& s : signatures)
    if (s.info.purposeCode == QLatin1String(kVerificationSignature) &&
        trust.roleOf(s.info.signerFingerprint) != QLatin1String("reviewer"))
      return fail(error, Code::NotAReviewer,
                  QCoreApplication::translate("yunyue::ReportSignature",
                                              "%1 signed the verification of this report but is not a reviewer at "
                                              "this center.")
                      .arg(s.info.signerName),
                  s.info.signerFingerprint);
  if (stringOf(dataset, DCM_VerificationFlag) == QLatin1String("VERIFIED") && !hasVerificationSignature(signatures))
    return fail(error, Code::SignatureMissing,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The report is marked as verified, but the verification signature is "
                                            "missing."));
  return true;
}

// --- the verifying observer --------------------------------------------------------

// The value can be stored in the document's Specific Character Set without
// re-encoding it (re-encoding would break the author's signature).
bool fitsCharacterSet(DcmDataset* dataset, const QString& value) {
  if (stringOf(dataset, DCM_SpecificCharacterSet).contains(QLatin1String("ISO_IR 192"))) return true;
  for (const QChar c : value)
    if (c.unicode() > 0x7e) return false;
  return true;
}

QString nowAsDicomDateTime() {
  const QDateTime now = QDateTime::currentDateTime();
  const int offset = now.offsetFromUtc() / 60;
  return now.toString(QStringLiteral("yyyyMMddHHmmss")) +
         QString::asprintf("%c%02d%02d", offset < 0 ? '-' : '+', qAbs(offset) / 60, qAbs(offset) % 60);
}

// VerificationFlag and VerifyingObserverSequence (PS3.3 C.17.2, Table C.17-2).
bool addVerifyingObserver(DcmDataset* dataset, const QString& name, const QString& organisation) {
  DcmItem* observer = nullptr;
  bool ok = dataset->putAndInsertString(DCM_VerificationFlag, "VERIFIED").good() &&
            dataset->findOrCreateSequenceItem(DCM_VerifyingObserverSequence, observer, -2).good() && observer;
  ok = ok && observer->putAndInsertString(DCM_VerifyingObserverName, name.toUtf8().constData()).good() &&
       observer->insertEmptyElement(DCM_VerifyingObserverIdentificationCodeSequence).good() &&
       observer->putAndInsertString(DCM_VerifyingOrganization, organisation.toUtf8().constData()).good() &&
       observer->putAndInsertString(DCM_VerificationDateTime, nowAsDicomDateTime().toLatin1().constData()).good();
  return ok;
}

// The verified report is a new SOP Instance: the unverified one may already
// be in the archive, and PS3.3 C.17.2 takes the "prevailing final version"
// to be the one with the latest Verification DateTime, so both versions
// coexist and must differ in SOP Instance UID (PS3.4 O.6 forbids changing an
// SR's content under the same UID). The author's signature leaves the SOP
// Instance UID out (PS3.15 C.4 requires it only of the verification
// signature), so it still verifies on the new instance.
bool giveNewInstanceUid(DcmDataset* dataset) {
  char uid[100];
  dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT);
  const QDateTime now = QDateTime::currentDateTime();
  return dataset->putAndInsertString(DCM_SOPInstanceUID, uid).good() &&
         dataset->putAndInsertString(DCM_InstanceCreationDate, qPrintable(now.toString(QStringLiteral("yyyyMMdd")))).good() &&
         dataset->putAndInsertString(DCM_InstanceCreationTime, qPrintable(now.toString(QStringLiteral("HHmmss")))).good();
}

const FoundSignature* authorSignature(const QList<FoundSignature>& signatures) {
  for (const FoundSignature& s : signatures)
    if (s.info.purposeCode == QLatin1String(kAuthorsSignature) && s.info.profile == QLatin1String(kProfileSr))
      return &s;
  return nullptr;
}

}  // namespace

// --- CenterTrust -----------------------------------------------------------------------

bool CenterTrust::load(const QString& iniPath, CenterTrust* trust, ReportingError* error) {
  const QString unreadable = QCoreApplication::translate("yunyue::ReportSignature",
                                                         "The center's trust settings %1 cannot be read.")
                                 .arg(QDir::toNativeSeparators(iniPath));
  if (!QFileInfo(iniPath).isReadable()) return fail(error, Code::CertificateUnreadable, unreadable, iniPath);
  QSettings settings(iniPath, QSettings::IniFormat);
  if (settings.status() != QSettings::NoError) return fail(error, Code::CertificateUnreadable, unreadable, iniPath);
  const QString caFile = settings.value(QStringLiteral("trust/ca_file")).toString();
  if (caFile.isEmpty())
    return fail(error, Code::CertificateUnreadable, unreadable, QStringLiteral("no [trust] ca_file in %1").arg(iniPath));
  CenterTrust loaded;
  loaded.caFile = QFileInfo(iniPath).dir().absoluteFilePath(caFile);
  if (!QFileInfo(loaded.caFile).isReadable())
    return fail(error, Code::CertificateUnreadable,
                QCoreApplication::translate("yunyue::ReportSignature", "The certificate file %1 cannot be read.")
                    .arg(QDir::toNativeSeparators(loaded.caFile)),
                loaded.caFile);
  settings.beginGroup(QStringLiteral("roles"));
  for (const QString& fingerprint : settings.childKeys())
    loaded.rolesByFingerprint.insert(fingerprint.toLower().remove(':'),
                                     settings.value(fingerprint).toString().trimmed().toLower());
  *trust = loaded;
  return true;
}

QString CenterTrust::roleOf(const QString& fingerprint) const {
  return rolesByFingerprint.value(fingerprint.toLower().remove(':'));
}

QString CenterTrust::certificateFingerprint(const QString& certificateFile, ReportingError* error) {
  initializeDcmsign();
  SiCertificate certificate;
  if (certificate.loadCertificate(localPath(certificateFile).constData(), X509_FILETYPE_PEM).bad()) {
    fail(error, Code::CertificateUnreadable,
         QCoreApplication::translate("yunyue::ReportSignature", "The certificate file %1 cannot be read.")
             .arg(QDir::toNativeSeparators(certificateFile)),
         certificateFile);
    return {};
  }
  return fingerprintOf(certificate.getRawCertificate());
}

// --- signing and verifying ------------------------------------------------------------------

bool signAsAuthor(QByteArray* part10, const SigningIdentity& author, const CenterTrust& trust, ReportingError* error) {
  initializeDcmsign();
  DcmFileFormat file;
  SiPrivateKey key;
  SiCertificate certificate;
  if (!readPart10(*part10, &file, error) || !checkCompleteReport(file.getDataset(), error) ||
      !loadIdentity(author, key, certificate, error) || !checkTrustedNow(certificate, trust, error))
    return false;
  DcmDataset* dataset = file.getDataset();
  SiStructuredReportingProfile profile;
  const DcmAttributeTag tags = dataElementsSigned(dataset, profile, changedByVerification);
  if (!addSignature(dataset, key, certificate, profile, tags, SiSignaturePurpose::ESP_AuthorsSignature, error))
    return false;
  return writePart10(&file, part10, error);
}

bool countersign(QByteArray* part10, const SigningIdentity& reviewer, const QString& reviewerName,
                 const QString& reviewerOrganisation, const CenterTrust& trust, ReportingError* error) {
  initializeDcmsign();
  DcmFileFormat file;
  SiPrivateKey key;
  SiCertificate certificate;
  if (!readPart10(*part10, &file, error) || !checkCompleteReport(file.getDataset(), error) ||
      !loadIdentity(reviewer, key, certificate, error) || !checkTrustedNow(certificate, trust, error))
    return false;
  DcmDataset* dataset = file.getDataset();

  const QList<FoundSignature> existing = readAllSignatures(dataset, trust);
  if (!judge(dataset, existing, trust, error)) return false;
  const FoundSignature* authors = authorSignature(existing);
  if (!authors)
    return fail(error, Code::SignatureMissing,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The report has no author's signature: it must be signed before it can "
                                            "be verified."));

  X509* reviewerCertificate = certificate.getRawCertificate();
  const QString reviewerFingerprint = fingerprintOf(reviewerCertificate);
  const QString reviewerCn = commonName(reviewerCertificate);
  if (reviewerFingerprint == authors->info.signerFingerprint ||
      X509_NAME_cmp(X509_get_subject_name(reviewerCertificate), X509_get_subject_name(authors->certificate.get())) == 0)
    return fail(error, Code::SelfVerification,
                QCoreApplication::translate("yunyue::ReportSignature", "%1 wrote this report and cannot also verify it.")
                    .arg(reviewerCn));
  if (trust.roleOf(reviewerFingerprint) != QLatin1String("reviewer"))
    return fail(error, Code::NotAReviewer,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "%1 is not a reviewer at this center and cannot verify reports.")
                    .arg(reviewerCn),
                reviewerFingerprint);
  if (!fitsCharacterSet(dataset, reviewerName + reviewerOrganisation))
    return fail(error, Code::EncodeFailed,
                QCoreApplication::translate("yunyue::ReportSignature",
                                            "The name of the verifying observer cannot be stored in the report's "
                                            "character set."),
                stringOf(dataset, DCM_SpecificCharacterSet));

  SiStructuredReportingVerificationProfile profile;
  if (!addVerifyingObserver(dataset, reviewerName, reviewerOrganisation) || !giveNewInstanceUid(dataset))
    return fail(error, Code::EncodeFailed,
                QCoreApplication::translate("yunyue::ReportSignature", "The signature could not be added to the report."),
                QStringLiteral("cannot set the verifying observer"));
  // The verification signature covers every attribute present, including
  // SOP Instance UID, VerificationFlag and VerifyingObserverSequence (with
  // Verification DateTime) that PS3.15 C.4 requires of it.
  const DcmAttributeTag tags = dataElementsSigned(dataset, profile, nullptr);
  if (!addSignature(dataset, key, certificate, profile, tags, SiSignaturePurpose::ESP_VerificationSignature, error))
    return false;
  return writePart10(&file, part10, error);
}

QList<SignatureInfo> verifySignatures(const QByteArray& part10, const CenterTrust& trust, ReportingError* error) {
  initializeDcmsign();
  if (error) *error = ReportingError{};
  DcmFileFormat file;
  if (!readPart10(part10, &file, error)) return {};
  const QList<FoundSignature> found = readAllSignatures(file.getDataset(), trust);
  judge(file.getDataset(), found, trust, error);
  QList<SignatureInfo> infos;
  for (const FoundSignature& s : found) infos.append(s.info);
  return infos;
}

}  // namespace yunyue
