#pragma once
// A throw-away public key infrastructure for tests, made with the `openssl`
// command at test time: a CA, and people with a certificate signed by a CA
// and a passphrase-protected private key (PEM). Nothing here is for real use.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace yunyue::testing {

struct PkiFiles {
  QString certificateFile;  // PEM certificate
  QString privateKeyFile;   // PEM private key (encrypted PKCS#8 for people, plain for a CA)
  QByteArray passphrase;    // empty for a CA's key
  QString commonName;
};

class TestPki {
 public:
  // Files go into `directory` (which must exist), named after the `name`s given below.
  explicit TestPki(const QString& directory);

  // A self-signed CA (RSA 2048, SHA-256, CA:TRUE), valid from an hour ago.
  // False with the openssl output in *log.
  bool makeCa(const QString& name, const QString& commonName, PkiFiles* ca, QString* log);
  // A person's certificate (RSA 2048, SHA-256, digitalSignature + nonRepudiation)
  // issued by `ca`, valid from an hour ago for `days`, and its key encrypted with `passphrase`.
  // `commonName` may be Chinese (UTF-8 in the certificate).
  bool makePerson(const PkiFiles& ca, const QString& name, const QString& commonName, const QByteArray& passphrase,
                  PkiFiles* person, QString* log, int days = 365);
  // The same, valid from `notBefore` to `notAfter` (UTC): e.g. an expired one.
  bool makePerson(const PkiFiles& ca, const QString& name, const QString& commonName, const QByteArray& passphrase,
                  PkiFiles* person, QString* log, const QDateTime& notBefore, const QDateTime& notAfter);

 private:
  bool openssl(const QStringList& arguments, const QByteArray& passphrase, QString* log) const;
  QString path(const QString& fileName) const;
  bool writeConfig(QString* log);

  QString m_directory;
  QString m_config;
};

}  // namespace yunyue::testing
