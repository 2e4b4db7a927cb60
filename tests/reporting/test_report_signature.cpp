// Digital signatures on SR reports (PS3.15 C.4): the author signs, a
// reviewer countersigns, and both signatures are checked by us and by
// DCMTK's own `dcmsign --verify` as an independent verifier. A test PKI
// (two CAs, readers, reviewers) is made with the openssl command.

#include "reporting/ReportSignature.h"
#include "tests/reporting/TestPki.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "dcmtk/config/osconfig.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcuid.h"
#include "dcmtk/dcmsr/dsrdoc.h"

using namespace yunyue;
using yunyue::testing::PkiFiles;
using yunyue::testing::TestPki;
using Code = ReportingError::Code;

namespace {

const char kAuthor[] = "王医生";
const char kReviewer[] = "李主任";

struct ProgramResult {
  int exitCode = -1;
  QString output;
};

ProgramResult runProgram(const QString& program, const QStringList& arguments) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(program, arguments);
  ProgramResult result;
  if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit) result.exitCode = process.exitCode();
  result.output = QString::fromUtf8(process.readAll());
  return result;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString newUid() {
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
}

QByteArray saveToBytes(DcmFileFormat& file, const QString& path) {
  if (file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).bad()) return {};
  return readFile(path);
}

// A small Comprehensive SR (PS3.3 A.35.3) in UTF-8: one finding, evidence
// and a predecessor document, so every attribute PS3.15 C.4 names is present.
QByteArray makeReport(const QString& path, bool complete) {
  DSRDocument document(DSRTypes::DT_ComprehensiveSR);
  document.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
  document.setPatientName("张^三");
  document.setPatientID("YY0001");
  document.setPatientSex("M");
  document.setAccessionNumber("QS20261123001");
  document.setStudyDescription("CT 胸部平扫");
  document.setManufacturer("Yunyue");
  DSRDocumentTree& tree = document.getTree();
  tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container);
  tree.getCurrentContentItem().setConceptName(DSRCodedEntryValue("18748-4", "LN", "Diagnostic Imaging Report"));
  tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, DSRTypes::AM_belowCurrent);
  tree.getCurrentContentItem().setConceptName(DSRCodedEntryValue("121071", "DCM", "Finding"));
  tree.getCurrentContentItem().setStringValue("右肺上叶见一实性结节，直径约8 mm。");
  tree.getCurrentContentItem().setObservationDateTime("20261123081500");
  OFString studyUid;
  document.getStudyInstanceUID(studyUid);
  document.getCurrentRequestedProcedureEvidence().addItem(studyUid, newUid().toStdString().c_str(),
                                                          UID_CTImageStorage, newUid().toStdString().c_str());
  document.getPredecessorDocuments().addItem(studyUid, newUid().toStdString().c_str(),
                                             UID_ComprehensiveSRStorage, newUid().toStdString().c_str());
  if (complete) document.completeDocument();
  DcmFileFormat file;
  if (document.write(*file.getDataset()).bad()) return {};
  return saveToBytes(file, path);
}

// Changes one attribute that a signature covers; false when it is not there.
bool tamper(DcmDataset* dataset, const QString& attribute) {
  DcmElement* element = nullptr;
  DcmItem* item = nullptr;
  if (attribute == "SOPClassUID") return dataset->putAndInsertString(DCM_SOPClassUID, UID_EnhancedSRStorage).good();
  if (attribute == "SOPInstanceUID") return dataset->putAndInsertString(DCM_SOPInstanceUID, qPrintable(newUid())).good();
  if (attribute == "StudyInstanceUID") return dataset->putAndInsertString(DCM_StudyInstanceUID, qPrintable(newUid())).good();
  if (attribute == "SeriesInstanceUID")
    return dataset->putAndInsertString(DCM_SeriesInstanceUID, qPrintable(newUid())).good();
  if (attribute == "Manufacturer") return dataset->putAndInsertString(DCM_Manufacturer, "Someone Else").good();
  if (attribute == "VerificationFlag") return dataset->putAndInsertString(DCM_VerificationFlag, "UNVERIFIED").good();
  if (attribute == "TextValue")
    return dataset->findAndGetElement(DCM_TextValue, element, OFTrue).good() &&
           element->putString("右肺未见异常。").good();
  if (attribute == "ObservationDateTime")
    return dataset->findAndGetElement(DCM_ObservationDateTime, element, OFTrue).good() &&
           element->putString("20261123091500").good();
  if (attribute == "CurrentRequestedProcedureEvidenceSequence" || attribute == "PredecessorDocumentsSequence") {
    const DcmTagKey sequence = attribute == "PredecessorDocumentsSequence" ? DCM_PredecessorDocumentsSequence
                                                                           : DCM_CurrentRequestedProcedureEvidenceSequence;
    return dataset->findAndGetSequenceItem(sequence, item, 0).good() &&
           item->findAndGetElement(DCM_ReferencedSOPInstanceUID, element, OFTrue).good() &&
           element->putString(qPrintable(newUid())).good();
  }
  if (attribute == "VerifyingObserverName" || attribute == "VerificationDateTime") {
    const bool name = attribute == "VerifyingObserverName";
    return dataset->findAndGetSequenceItem(DCM_VerifyingObserverSequence, item, 0).good() &&
           item->putAndInsertString(name ? DCM_VerifyingObserverName : DCM_VerificationDateTime,
                                    name ? "赵^主任" : "20261124100000+0800")
               .good();
  }
  return false;
}

const SignatureInfo* withPurpose(const QList<SignatureInfo>& signatures, const QString& code) {
  for (const SignatureInfo& s : signatures)
    if (s.purposeCode == code) return &s;
  return nullptr;
}

}  // namespace

class TestReportSignature : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  PkiFiles m_ca, m_otherCa;
  PkiFiles m_reader, m_otherReader, m_reviewer, m_foreignReviewer;
  CenterTrust m_trust;
  QByteArray m_unsigned;        // a COMPLETE report, not signed
  QByteArray m_authorSigned;    // signed by the reader
  QByteArray m_verified;        // and countersigned by the reviewer

  QString path(const QString& name) const { return m_tmp.filePath(name); }
  static SigningIdentity identity(const PkiFiles& p) { return {p.privateKeyFile, p.certificateFile, p.passphrase}; }

  QByteArray tampered(const QByteArray& signedReport, const QString& attribute) {
    const QString file = path("tamper-" + attribute + ".dcm");
    DcmFileFormat dicom;
    if (!writeFile(file, signedReport) || dicom.loadFile(QFile::encodeName(file).constData()).bad()) return {};
    if (!attribute.isEmpty() && !tamper(dicom.getDataset(), attribute)) return {};
    return saveToBytes(dicom, file);
  }

  ProgramResult dcmsignVerify(const QByteArray& report, const QString& caFile, const QString& name) {
    const QString file = path(name);
    if (!writeFile(file, report)) return {};
    return runProgram("dcmsign", {"--verify", "+cf", caFile, "+rs", file});
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    if (qEnvironmentVariableIsSet("YUNYUE_KEEP_TEST_FILES")) {
      m_tmp.setAutoRemove(false);
      qInfo("test files kept in %s", qPrintable(m_tmp.path()));
    }
    QVERIFY(QDir().mkpath(path("pki")) && QDir().mkpath(path("trust")));
    TestPki pki(path("pki"));
    QString log;
    QVERIFY2(pki.makeCa("center-ca", "云阅远程影像诊断中心 CA", &m_ca, &log), qPrintable(log));
    QVERIFY2(pki.makeCa("other-ca", "Other Hospital CA", &m_otherCa, &log), qPrintable(log));
    QVERIFY2(pki.makePerson(m_ca, "reader", kAuthor, "reader pass 1", &m_reader, &log), qPrintable(log));
    QVERIFY2(pki.makePerson(m_ca, "other-reader", "孙医生", "reader pass 2", &m_otherReader, &log), qPrintable(log));
    QVERIFY2(pki.makePerson(m_ca, "reviewer", kReviewer, "reviewer pass", &m_reviewer, &log), qPrintable(log));
    QVERIFY2(pki.makePerson(m_otherCa, "foreign-reviewer", "陈主任", "foreign pass", &m_foreignReviewer, &log),
             qPrintable(log));

    // The center's trust file. The foreign reviewer is listed as a reviewer
    // too: only the CA check may keep it out.
    ReportingError error;
    QStringList roles;
    for (const auto& [who, role] : {std::pair{&m_reader, "reader"}, std::pair{&m_otherReader, "reader"},
                                    std::pair{&m_reviewer, "reviewer"}, std::pair{&m_foreignReviewer, "reviewer"}}) {
      const QString fingerprint = CenterTrust::certificateFingerprint(who->certificateFile, &error);
      QVERIFY2(!fingerprint.isEmpty(), qPrintable(error.detail));
      roles << fingerprint + '=' + role;
    }
    const QString ini = path("trust/center.ini");
    QVERIFY(writeFile(ini, "[trust]\nca_file=../pki/center-ca.pem\n[roles]\n" + roles.join('\n').toUtf8() + '\n'));
    QVERIFY2(CenterTrust::load(ini, &m_trust, &error), qPrintable(error.message));
    QCOMPARE(QFileInfo(m_trust.caFile).canonicalFilePath(), QFileInfo(m_ca.certificateFile).canonicalFilePath());

    m_unsigned = makeReport(path("unsigned.dcm"), true);
    QVERIFY(!m_unsigned.isEmpty());

    QElapsedTimer timer;
    timer.start();
    m_authorSigned = m_unsigned;
    QVERIFY2(signAsAuthor(&m_authorSigned, identity(m_reader), m_trust, &error), qPrintable(error.detail));
    qInfo("signAsAuthor: %lld ms", timer.restart());
    m_verified = m_authorSigned;
    QVERIFY2(countersign(&m_verified, identity(m_reviewer), "李^主任", "云阅远程影像诊断中心", m_trust, &error),
             qPrintable(error.message + " / " + error.detail));
    qInfo("countersign (verifying the author's signature first): %lld ms", timer.restart());
    verifySignatures(m_verified, m_trust, &error);
    qInfo("verifySignatures (two signatures): %lld ms", timer.elapsed());
  }

  void fingerprintIsOpensslSha256() {
    const ProgramResult openssl =
        runProgram("openssl", {"x509", "-noout", "-fingerprint", "-sha256", "-in", m_reviewer.certificateFile});
    QCOMPARE(openssl.exitCode, 0);
    const QString expected = openssl.output.section('=', 1).trimmed().remove(':').toLower();
    QCOMPARE(CenterTrust::certificateFingerprint(m_reviewer.certificateFile, nullptr), expected);
    QCOMPARE(m_trust.roleOf(expected), QStringLiteral("reviewer"));
  }

  void authorThenReviewerBothValid() {
    ReportingError error;
    const QList<SignatureInfo> author = verifySignatures(m_authorSigned, m_trust, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(author.size(), 1);

    const QList<SignatureInfo> all = verifySignatures(m_verified, m_trust, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(all.size(), 2);
    const SignatureInfo* authors = withPurpose(all, "1");
    const SignatureInfo* verification = withPurpose(all, "5");
    QVERIFY(authors && verification);
    QCOMPARE(authors->signerName, QString(kAuthor));
    QCOMPARE(authors->profile, QStringLiteral("SR RSA"));
    QCOMPARE(authors->signatureUid, author.first().signatureUid);  // the same signature, still valid
    QCOMPARE(verification->signerName, QString(kReviewer));
    QCOMPARE(verification->profile, QStringLiteral("SR RSA Verification"));
    QCOMPARE(verification->signerFingerprint, CenterTrust::certificateFingerprint(m_reviewer.certificateFile, nullptr));
    for (const SignatureInfo* s : {authors, verification}) {
      QVERIFY(s->valid && s->trusted);
      QCOMPARE(s->macAlgorithm, QStringLiteral("SHA256"));
      QVERIFY(s->dateTime.isValid());
      QVERIFY(s->message.contains(s->signerName));
    }
    QCOMPARE(authors->purposeMeaning, QStringLiteral("Author's Signature"));
    QCOMPARE(verification->purposeMeaning, QStringLiteral("Verification Signature"));
  }

  // The verified report as DCMTK's and dicom3tools' tools see it: VERIFIED
  // with the observer, a new SOP Instance UID, two SHA-256 MACs, CID 7007
  // purposes 1 and 5, a valid IOD.
  void verifiedReportAsToolsSeeIt() {
    QVERIFY(writeFile(path("author.dcm"), m_authorSigned) && writeFile(path("verified.dcm"), m_verified));
    const ProgramResult dump = runProgram("dcmdump", {path("verified.dcm")});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.output));
    QCOMPARE(dump.output.count(QRegularExpression(R"(\(0400,0015\) CS \[SHA256\])")), 2);
    QVERIFY(!dump.output.contains(QRegularExpression(R"(\(0400,0015\) CS \[(MD5|SHA1|RIPEMD160)\])")));
    QVERIFY2(dump.output.contains(QRegularExpression(R"(\(0040,a493\) CS \[VERIFIED\])")), qPrintable(dump.output));
    QVERIFY(dump.output.contains("(0040,a075) PN [李^主任]"));
    QVERIFY(dump.output.contains("(0040,a027) LO [云阅远程影像诊断中心]"));
    QVERIFY(dump.output.contains(QRegularExpression(R"(\(0040,a030\) DT \[\d{14})")));
    QVERIFY(dump.output.contains("(0040,a088) SQ (Sequence with explicit length #=0)"));
    for (const char* code : {"1", "5"})
      QVERIFY(dump.output.contains(QRegularExpression(QStringLiteral(R"(\(0008,0100\) SH \[%1\])").arg(code))));

    const auto sopInstanceUid = [this](const QString& file) {
      const ProgramResult r = runProgram("dcmdump", {"+P", "0008,0018", "-s", path(file)});  // the top-level one
      return r.output.section('[', 1).section(']', 0, 0);
    };
    QVERIFY(!sopInstanceUid("author.dcm").isEmpty());
    QVERIFY(sopInstanceUid("author.dcm") != sopInstanceUid("verified.dcm"));

    // dicom3tools checks the Comprehensive SR IOD, VerifyingObserverSequence
    // and Digital Signatures Macro included (PS3.3 A.35.3, C.17.2, C.12.1.1.3).
    const ProgramResult iod = runProgram("dciodvfy", {path("verified.dcm")});
    QVERIFY2(iod.output.contains("ComprehensiveSR"), qPrintable(iod.output));
    QVERIFY2(!iod.output.contains(QRegularExpression("^Error", QRegularExpression::MultilineOption)),
             qPrintable(iod.output));

    const ProgramResult sr = runProgram("dsrdump", {"-Ec", path("verified.dcm")});
    QCOMPARE(sr.exitCode, 0);
    QVERIFY2(sr.output.contains(QRegularExpression(R"(Verification Flag\s*: VERIFIED)")), qPrintable(sr.output));
    QVERIFY2(sr.output.contains(QRegularExpression(R"(Verifying Observers\s*: .*李\^主任, 云阅远程影像诊断中心)")),
             qPrintable(sr.output));
  }

  // DCMTK's own verifier accepts both signatures, with our CA as the only
  // trust anchor, and refuses them with another CA.
  void dcmsignVerifiesOurSignatures() {
    const ProgramResult ok = dcmsignVerify(m_verified, m_ca.certificateFile, "dcmsign-ok.dcm");
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.output));
    QVERIFY2(ok.output.count(QRegularExpression(R"(Signature Verification\s*:\s*OK)")) == 2, qPrintable(ok.output));
    const ProgramResult author = dcmsignVerify(m_authorSigned, m_ca.certificateFile, "dcmsign-author.dcm");
    QVERIFY2(author.exitCode == 0, qPrintable(author.output));

    const ProgramResult foreign = dcmsignVerify(m_verified, m_otherCa.certificateFile, "dcmsign-foreign.dcm");
    QVERIFY2(foreign.exitCode != 0, qPrintable(foreign.output));
  }

  void tamperingIsDetected_data() {
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QStringList>("invalid");  // whose signature breaks
    QTest::addColumn<QStringList>("intact");   // whose still holds

    const QStringList both{kAuthor, kReviewer};
    QTest::newRow("author: untouched, re-encoded") << "author" << "" << QStringList() << QStringList{kAuthor};
    QTest::newRow("verified: untouched, re-encoded") << "verified" << "" << QStringList() << both;
    // PS3.15 C.4: what both signatures cover.
    for (const char* attribute :
         {"SOPClassUID", "StudyInstanceUID", "SeriesInstanceUID", "Manufacturer", "TextValue", "ObservationDateTime",
          "CurrentRequestedProcedureEvidenceSequence", "PredecessorDocumentsSequence"}) {
      QTest::addRow("author: %s", attribute) << "author" << attribute << QStringList{kAuthor} << QStringList();
      QTest::addRow("verified: %s", attribute) << "verified" << attribute << both << QStringList();
    }
    // What only the verification signature covers.
    for (const char* attribute : {"SOPInstanceUID", "VerificationFlag", "VerifyingObserverName", "VerificationDateTime"})
      QTest::addRow("verified: %s", attribute)
          << "verified" << attribute << QStringList{kReviewer} << QStringList{kAuthor};
  }
  void tamperingIsDetected() {
    QFETCH(QString, document);
    QFETCH(QString, attribute);
    QFETCH(QStringList, invalid);
    QFETCH(QStringList, intact);
    const QByteArray changed = tampered(document == "author" ? m_authorSigned : m_verified, attribute);
    QVERIFY2(!changed.isEmpty(), "the attribute to change is not in the report");

    ReportingError error;
    const QList<SignatureInfo> signatures = verifySignatures(changed, m_trust, &error);
    QCOMPARE(signatures.size(), invalid.size() + intact.size());
    for (const SignatureInfo& s : signatures) QCOMPARE(s.valid, intact.contains(s.signerName));
    if (invalid.isEmpty()) {
      QVERIFY2(!error.isError(), qPrintable(error.message));
    } else {
      QCOMPARE(error.code, Code::SignatureInvalid);
      for (const QString& name : invalid) QVERIFY2(error.message.contains(name), qPrintable(error.message));
      for (const QString& name : intact) QVERIFY2(!error.message.contains(name), qPrintable(error.message));
    }
    // The independent verifier agrees.
    const ProgramResult dcmsign = dcmsignVerify(changed, m_ca.certificateFile, "dcmsign-tampered.dcm");
    QVERIFY2((dcmsign.exitCode == 0) == invalid.isEmpty(), qPrintable(dcmsign.output));
  }

  void countersigningAChangedReportIsRefused() {
    QByteArray changed = tampered(m_authorSigned, "TextValue");
    const QByteArray before = changed;
    ReportingError error;
    QVERIFY(!countersign(&changed, identity(m_reviewer), "李^主任", "云阅", m_trust, &error));
    QCOMPARE(error.code, Code::SignatureInvalid);
    QVERIFY2(error.message.contains(kAuthor), qPrintable(error.message));
    QCOMPARE(changed, before);
  }

  void selfVerificationIsRefused_data() {
    QTest::addColumn<bool>("reviewerIsAuthor");
    QTest::newRow("reader countersigns own report") << false;
    QTest::newRow("reviewer countersigns own report") << true;
  }
  void selfVerificationIsRefused() {
    QFETCH(bool, reviewerIsAuthor);
    const PkiFiles& who = reviewerIsAuthor ? m_reviewer : m_reader;
    QByteArray report = m_unsigned;
    ReportingError error;
    QVERIFY2(signAsAuthor(&report, identity(who), m_trust, &error), qPrintable(error.message));
    QVERIFY(!countersign(&report, identity(who), "X^Y", "云阅", m_trust, &error));
    QCOMPARE(error.code, Code::SelfVerification);
    QVERIFY(error.message.contains(who.commonName));
  }

  void readerCannotCountersign() {
    QByteArray report = m_authorSigned;
    ReportingError error;
    QVERIFY(!countersign(&report, identity(m_otherReader), "孙^医生", "云阅", m_trust, &error));
    QCOMPARE(error.code, Code::NotAReviewer);
    QVERIFY(error.message.contains(m_otherReader.commonName));
    QCOMPARE(report, m_authorSigned);
  }

  void certificateOfAnotherCaIsRefused() {
    ReportingError error;
    QByteArray report = m_authorSigned;
    QVERIFY(!countersign(&report, identity(m_foreignReviewer), "陈^主任", "Other", m_trust, &error));
    QCOMPARE(error.code, Code::CertificateUntrusted);
    QVERIFY(error.message.contains(m_foreignReviewer.commonName));
    QCOMPARE(report, m_authorSigned);

    // Signed outside the center (DCMTK's tool, with the foreign key): valid, untrusted.
    const QString in = path("foreign-in.dcm"), out = path("foreign-out.dcm");
    QVERIFY(writeFile(in, m_unsigned));
    const ProgramResult sign = runProgram("dcmsign", {"+s", m_foreignReviewer.privateKeyFile, m_foreignReviewer.certificateFile,
                                                      "+pw", m_foreignReviewer.passphrase, "+m2", "+pr", in, out});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.output));
    const QList<SignatureInfo> signatures = verifySignatures(readFile(out), m_trust, &error);
    QCOMPARE(error.code, Code::CertificateUntrusted);
    QCOMPARE(signatures.size(), 1);
    QVERIFY(signatures.first().valid && !signatures.first().trusted);
  }

  void wrongPassphrase_data() {
    QTest::addColumn<bool>("asReviewer");
    QTest::newRow("author") << false;
    QTest::newRow("reviewer") << true;
  }
  void wrongPassphrase() {
    QFETCH(bool, asReviewer);
    SigningIdentity who = identity(asReviewer ? m_reviewer : m_reader);
    who.passphrase = "not the passphrase";
    QByteArray report = asReviewer ? m_authorSigned : m_unsigned;
    const QByteArray before = report;
    ReportingError error;
    const bool ok = asReviewer ? countersign(&report, who, "李^主任", "云阅", m_trust, &error)
                               : signAsAuthor(&report, who, m_trust, &error);
    QVERIFY(!ok);
    QCOMPARE(error.code, Code::WrongPassphrase);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(report, before);
  }

  void expiredCertificateIsRefused() {
    TestPki pki(path("pki"));
    PkiFiles expired;
    QString log;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(pki.makePerson(m_ca, "expired-reader", "周医生", "expired pass", &expired, &log, now.addYears(-2),
                            now.addYears(-1)),
             qPrintable(log));
    QByteArray report = m_unsigned;
    ReportingError error;
    QVERIFY(!signAsAuthor(&report, identity(expired), m_trust, &error));
    QCOMPARE(error.code, Code::CertificateUntrusted);
    QVERIFY(error.message.contains(expired.commonName));
    QCOMPARE(report, m_unsigned);
  }

  void keyOfAnotherCertificateIsRefused() {
    SigningIdentity mixed = identity(m_reader);
    mixed.certificateFile = m_reviewer.certificateFile;
    QByteArray report = m_unsigned;
    ReportingError error;
    QVERIFY(!signAsAuthor(&report, mixed, m_trust, &error));
    QCOMPARE(error.code, Code::CertificateKeyMismatch);
  }

  void verifiedWithoutVerificationSignatureIsRejected() {
    ReportingError error;
    const QList<SignatureInfo> signatures = verifySignatures(m_verified, m_trust, &error);
    const SignatureInfo* verification = withPurpose(signatures, "5");
    QVERIFY(verification);
    // DCMTK's tool removes the reviewer's signature; the report stays VERIFIED.
    const QString in = path("verified-in.dcm"), out = path("verified-stripped.dcm");
    QVERIFY(writeFile(in, m_verified));
    const ProgramResult removed = runProgram("dcmsign", {"+r", verification->signatureUid, in, out});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.output));
    const QList<SignatureInfo> left = verifySignatures(readFile(out), m_trust, &error);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().valid);
    QCOMPARE(error.code, Code::SignatureMissing);
    QVERIFY(!error.message.isEmpty());
  }

  // A reader "verifies" a colleague's report with DCMTK's tools, outside
  // countersign(): both signatures are valid, but the verifier is no reviewer.
  void verificationByAReaderIsRejected() {
    const QString in = path("forged-in.dcm"), out = path("forged-out.dcm");
    QVERIFY(writeFile(in, m_authorSigned));
    const ProgramResult modify =
        runProgram("dcmodify", {"-nb", "-i", "(0040,a493)=VERIFIED", "-i", "(0040,a073)[0].(0040,a075)=孙^医生", "-i",
                                "(0040,a073)[0].(0040,a027)=云阅", "-i", "(0040,a073)[0].(0040,a030)=20261123090000", in});
    QVERIFY2(modify.exitCode == 0, qPrintable(modify.output));
    const ProgramResult sign =
        runProgram("dcmsign", {"+s", m_otherReader.privateKeyFile, m_otherReader.certificateFile, "+pw",
                               m_otherReader.passphrase, "+m2", "+pv", in, out});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.output));
    ReportingError error;
    const QList<SignatureInfo> signatures = verifySignatures(readFile(out), m_trust, &error);
    QCOMPARE(signatures.size(), 2);
    const SignatureInfo* verification = withPurpose(signatures, "5");
    QVERIFY(verification && verification->valid && verification->trusted);
    QCOMPARE(verification->profile, QStringLiteral("SR RSA Verification"));
    QVERIFY(withPurpose(signatures, "1") && withPurpose(signatures, "1")->valid);
    QCOMPARE(error.code, Code::NotAReviewer);
    QVERIFY2(error.message.contains(m_otherReader.commonName), qPrintable(error.message));
  }

  void weakMacIsRejected() {
    const QString in = path("weak-in.dcm"), out = path("weak-out.dcm");
    QVERIFY(writeFile(in, m_unsigned));
    const ProgramResult sign = runProgram(
        "dcmsign", {"+s", m_reader.privateKeyFile, m_reader.certificateFile, "+pw", m_reader.passphrase, "+ms", in, out});
    QVERIFY2(sign.exitCode == 0, qPrintable(sign.output));
    ReportingError error;
    const QList<SignatureInfo> signatures = verifySignatures(readFile(out), m_trust, &error);
    QCOMPARE(signatures.size(), 1);
    QCOMPARE(signatures.first().macAlgorithm, QStringLiteral("SHA1"));
    QCOMPARE(error.code, Code::WeakAlgorithm);
    QVERIFY(error.message.contains(kAuthor));
  }

  void countersignNeedsTheAuthorsSignature() {
    QByteArray report = m_unsigned;
    ReportingError error;
    QVERIFY(!countersign(&report, identity(m_reviewer), "李^主任", "云阅", m_trust, &error));
    QCOMPARE(error.code, Code::SignatureMissing);
  }

  void onlyCompleteReportsAreSigned() {
    ReportingError error;
    QByteArray draft = makeReport(path("draft.dcm"), false);
    QVERIFY(!draft.isEmpty());
    QVERIFY(!signAsAuthor(&draft, identity(m_reader), m_trust, &error));
    QCOMPARE(error.code, Code::NotAReport);

    DcmFileFormat image;
    image.getDataset()->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    image.getDataset()->putAndInsertString(DCM_SOPInstanceUID, qPrintable(newUid()));
    QByteArray ct = saveToBytes(image, path("ct.dcm"));
    QVERIFY(!ct.isEmpty());
    QVERIFY(!signAsAuthor(&ct, identity(m_reader), m_trust, &error));
    QCOMPARE(error.code, Code::NotAReport);

    QByteArray garbage("not a DICOM file at all");
    QVERIFY(!signAsAuthor(&garbage, identity(m_reader), m_trust, &error));
    QCOMPARE(error.code, Code::NotDicom);

    QByteArray verifiedAgain = m_verified;
    QVERIFY(!countersign(&verifiedAgain, identity(m_reviewer), "李^主任", "云阅", m_trust, &error));
    QCOMPARE(error.code, Code::NotAReport);
  }

  void trustFileErrors() {
    CenterTrust trust;
    ReportingError error;
    QVERIFY(!CenterTrust::load(path("trust/missing.ini"), &trust, &error));
    QCOMPARE(error.code, Code::CertificateUnreadable);
    QVERIFY(writeFile(path("trust/no-ca.ini"), "[trust]\nca_file=nowhere.pem\n"));
    QVERIFY(!CenterTrust::load(path("trust/no-ca.ini"), &trust, &error));
    QCOMPARE(error.code, Code::CertificateUnreadable);
  }
};

QTEST_GUILESS_MAIN(TestReportSignature)
#include "test_report_signature.moc"
