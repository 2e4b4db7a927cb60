#include "tests/reporting/TestPki.h"

#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace yunyue::testing {

namespace {

// openssl reads the key passphrase from this variable, not from the command line.
const char kPassphraseVariable[] = "YUNYUE_TEST_PKI_PASSPHRASE";

// Extensions of RFC 5280 4.2.1.3/4.2.1.9 for a CA and for a signing person.
// `openssl ca` rather than `x509 -req`: only it can back-date a
// certificate, so that a signature made in the second the certificate was
// issued is not "before its validity" (DCMTK compares whole seconds).
const char kConfig[] = R"([req]
distinguished_name = dn
string_mask = utf8only
[dn]
[ca]
default_ca = test_ca
[test_ca]
database = index.txt
new_certs_dir = .
rand_serial = yes
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
string_mask = utf8only
[policy_any]
organizationName = optional
commonName = supplied
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[person_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
)";

QString subject(const QString& commonName) { return "/O=Yunyue Test PKI/CN=" + commonName; }

// As openssl ca -startdate/-enddate want it: GeneralizedTime, UTC.
QString generalizedTime(const QDateTime& t) { return t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + 'Z'; }

QString anHourAgo() { return generalizedTime(QDateTime::currentDateTimeUtc().addSecs(-3600)); }

}  // namespace

TestPki::TestPki(const QString& directory) : m_directory(directory) {}

QString TestPki::path(const QString& fileName) const { return QDir(m_directory).filePath(fileName); }

bool TestPki::writeConfig(QString* log) {
  if (!m_config.isEmpty()) return true;
  QFile file(path("openssl-test-pki.cnf"));
  if (!file.open(QIODevice::WriteOnly) || file.write(kConfig) < 0) {
    *log = "cannot write " + file.fileName();
    return false;
  }
  m_config = file.fileName();
  QFile database(path("index.txt"));  // openssl ca's record of what it issued
  if (!database.open(QIODevice::WriteOnly)) {
    *log = "cannot write " + database.fileName();
    return false;
  }
  return true;
}

bool TestPki::openssl(const QStringList& arguments, const QByteArray& passphrase, QString* log) const {
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(kPassphraseVariable, QString::fromUtf8(passphrase));
  process.setProcessEnvironment(environment);
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.setWorkingDirectory(m_directory);  // openssl ca's files are relative
  process.start("openssl", arguments);
  const bool finished = process.waitForFinished(120000);
  *log += "openssl " + arguments.join(' ') + '\n' + QString::fromLocal8Bit(process.readAll());
  return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool TestPki::makeCa(const QString& name, const QString& commonName, PkiFiles* ca, QString* log) {
  if (!writeConfig(log)) return false;
  PkiFiles files{path(name + ".pem"), path(name + ".key"), {}, commonName};
  const QString request = path(name + ".csr");
  if (!openssl({"req", "-config", m_config, "-new", "-newkey", "rsa:2048", "-nodes", "-utf8", "-subj",
                subject(commonName), "-keyout", files.privateKeyFile, "-out", request},
               {}, log) ||
      !openssl({"ca", "-batch", "-config", m_config, "-selfsign", "-keyfile", files.privateKeyFile, "-in", request,
                "-startdate", anHourAgo(), "-days", "3650", "-utf8", "-extensions", "ca_ext", "-notext", "-out",
                files.certificateFile},
               {}, log))
    return false;
  *ca = files;
  return true;
}

bool TestPki::makePerson(const PkiFiles& ca, const QString& name, const QString& commonName,
                         const QByteArray& passphrase, PkiFiles* person, QString* log, int days) {
  const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);
  return makePerson(ca, name, commonName, passphrase, person, log, from, from.addDays(days));
}

bool TestPki::makePerson(const PkiFiles& ca, const QString& name, const QString& commonName,
                         const QByteArray& passphrase, PkiFiles* person, QString* log, const QDateTime& notBefore,
                         const QDateTime& notAfter) {
  if (!writeConfig(log)) return false;
  PkiFiles files{path(name + ".pem"), path(name + ".key"), passphrase, commonName};
  const QString request = path(name + ".csr");
  const QString passEnv = QStringLiteral("env:") + kPassphraseVariable;
  const bool made =
      openssl({"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-aes-256-cbc", "-pass", passEnv,
               "-out", files.privateKeyFile},
              passphrase, log) &&
      openssl({"req", "-config", m_config, "-new", "-utf8", "-key", files.privateKeyFile, "-passin", passEnv, "-subj",
               subject(commonName), "-out", request},
              passphrase, log) &&
      openssl({"ca", "-batch", "-config", m_config, "-cert", ca.certificateFile, "-keyfile", ca.privateKeyFile, "-in",
               request, "-startdate", generalizedTime(notBefore), "-enddate", generalizedTime(notAfter), "-utf8",
               "-extensions", "person_ext", "-notext", "-out", files.certificateFile},
              {}, log);
  if (!made) return false;
  *person = files;
  return true;
}

}  // namespace yunyue::testing
