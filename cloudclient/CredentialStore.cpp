#include "cloudclient/CredentialStore.h"

#include "cloudclient/ServerProfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "yunyue.cloud.credentials")

namespace yunyue {
namespace {

const QString kService = QStringLiteral("yunyue");

QString translate(const char* text) { return QCoreApplication::translate("yunyue::CredentialStore", text); }

// One secret per DICOMweb address and user; the address without user info,
// query or trailing slash so that equivalent spellings find the same secret.
QString addressOf(const QUrl& server) {
  return server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
      .toString();
}

QString keyOf(const QUrl& server, const QString& user) { return addressOf(server) + QLatin1Char('|') + user; }

// What both backends keep: the kind and the secret (JSON, so a token with
// any characters survives).
QByteArray encodeRecord(const QUrl& server, const QString& user, SecretKind kind, const QString& secret) {
  QJsonObject o;
  o.insert(QStringLiteral("server"), addressOf(server));
  o.insert(QStringLiteral("user"), user);
  o.insert(QStringLiteral("kind"), kind == SecretKind::BearerToken ? QStringLiteral("token") : QStringLiteral("password"));
  o.insert(QStringLiteral("secret"), secret);
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool decodeRecord(const QByteArray& bytes, CredentialResult* r) {
  const QJsonObject o = QJsonDocument::fromJson(bytes).object();
  if (!o.value(QStringLiteral("secret")).isString()) return false;
  r->kind = o.value(QStringLiteral("kind")).toString() == QStringLiteral("token") ? SecretKind::BearerToken
                                                                                  : SecretKind::Password;
  r->secret = o.value(QStringLiteral("secret")).toString();
  return true;
}

CloudError credentialError(const QString& message, const QString& detail) {
  return {CloudErrorCode::BadProfile, message, detail};
}

// --- system keychain (QtKeychain) ---------------------------------------------

struct KeychainAnswer {
  bool timedOut = true;
  QKeychain::Error error = QKeychain::OtherError;
  QString detail;
  QByteArray data;  // read jobs
};

// QtKeychain's jobs are asynchronous; a local event loop with a timeout
// makes them calls that cannot hang on a Secret Service that never answers
// (locked keyring waiting for a prompt nobody sees). A job that times out
// is left to finish (and delete itself) on its own.
KeychainAnswer runJob(QKeychain::Job* job, int timeoutMs) {
  KeychainAnswer answer;
  QEventLoop loop;
  QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
    answer.timedOut = false;
    answer.error = done->error();
    answer.detail = done->errorString();
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done)) answer.data = read->binaryData();
    loop.quit();
  });
  QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
  // Never QtKeychain's "insecure fallback": it writes the secret to QSettings in clear.
  job->setInsecureFallback(false);
  job->setAutoDelete(true);
  job->start();
  if (answer.timedOut) loop.exec();
  if (answer.timedOut) answer.detail = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
  return answer;
}

// Without a D-Bus session there is no Secret Service or KWallet to ask, and
// asking would make libdbus try to start a session bus of its own.
bool hasSessionBus() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
  if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) return true;
  const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
  return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
  return true;
#endif
}

// --- protected file ------------------------------------------------------------

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

// The file's name is a hash of the key: no server or user name to sanitize.
QString filePathOf(const QUrl& server, const QString& user) {
  const QByteArray hash = QCryptographicHash::hash(keyOf(server, user).toUtf8(), QCryptographicHash::Sha256);
  return CredentialStore::fileDirectory() + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(32)) +
         QStringLiteral(".secret");
}

CloudError prepareDirectory(const QString& dir) {
  if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, kOwnerOnlyDirectory))
    return credentialError(translate("The folder for saved passwords cannot be created or made private."), dir);
  return {};
}

CloudError writeSecretFile(const QString& path, const QByteArray& record) {
  if (CloudError e = prepareDirectory(QFileInfo(path).absolutePath()); e.isError()) return e;
  QSaveFile file(path);
  // Owner-only before the first byte of the secret is written.
  const bool ok = file.open(QIODevice::WriteOnly) && file.setPermissions(kOwnerOnlyFile) &&
                  file.write(record) == record.size() && file.commit();
  const QString failed = translate("The password cannot be saved in a private file.");
  if (!ok) return credentialError(failed, QStringLiteral("%1: %2").arg(path, file.errorString()));
  // A file system that ignores modes (some network or FAT mounts) gets no secret.
  if (QFileInfo(path).permissions() & kOthers) {
    QFile::remove(path);
    return credentialError(failed, QStringLiteral("%1: still readable by others after chmod 600").arg(path));
  }
  return {};
}

// A secret file others may read is no longer a secret the user chose to
// keep: it is refused, and the message says how to repair it.
CredentialResult readSecretFile(const QString& path) {
  CredentialResult r;
  const QFileInfo info(path);
  if (!info.exists()) return r;
  r.filePath = path;
  if (info.permissions() & kOthers) {
    r.error = credentialError(
        translate("The saved password file %1 can be read by other users, so it is not used. "
                  "Make it private with: chmod 600 %1")
            .arg(path),
        QStringLiteral("%1: mode allows group or others").arg(path));
    return r;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly) || !decodeRecord(file.readAll(), &r)) {
    r.error = credentialError(translate("The saved password file %1 cannot be read.").arg(path),
                              QStringLiteral("%1: %2").arg(path, file.errorString()));
    return r;
  }
  r.backend = CredentialBackend::ProtectedFile;
  return r;
}

}  // namespace

CredentialStore::CredentialStore(int keychainTimeoutMs) : m_timeoutMs(keychainTimeoutMs) {}

QString CredentialStore::fileDirectory() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
         QStringLiteral("/yunyue/credentials");
}

QString CredentialStore::backendName(CredentialBackend backend) {
  switch (backend) {
    case CredentialBackend::SystemKeychain:
      return translate("the system keychain");
    case CredentialBackend::ProtectedFile:
      return translate("a file only you can read");
    case CredentialBackend::None:
      break;
  }
  return translate("nowhere");
}

bool CredentialStore::keychainAnswers() {
  if (m_keychain != Keychain::Unknown) return m_keychain == Keychain::Answers;
  m_keychain = Keychain::Silent;
  if (!QCoreApplication::instance() || !hasSessionBus()) {
    qCDebug(lcCredentials) << "no D-Bus session: secrets go to the protected file";
    return false;
  }
  // A key that is never stored: "not found" means the keychain answers.
  auto* probe = new QKeychain::ReadPasswordJob(kService);
  probe->setKey(QStringLiteral("yunyue-probe"));
  const KeychainAnswer a = runJob(probe, m_timeoutMs);
  if (!a.timedOut && (a.error == QKeychain::EntryNotFound || a.error == QKeychain::NoError))
    m_keychain = Keychain::Answers;
  else
    qCDebug(lcCredentials) << "the system keychain does not answer, secrets go to the protected file:" << a.detail;
  return m_keychain == Keychain::Answers;
}

CredentialBackend CredentialStore::availableBackend() {
  return keychainAnswers() ? CredentialBackend::SystemKeychain : CredentialBackend::ProtectedFile;
}

CredentialResult CredentialStore::store(const QUrl& server, const QString& user, SecretKind kind,
                                        const QString& secret) {
  CredentialResult r;
  r.kind = kind;
  const QByteArray record = encodeRecord(server, user, kind, secret);
  const QString path = filePathOf(server, user);
  if (keychainAnswers()) {
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyOf(server, user));
    job->setBinaryData(record);
    const KeychainAnswer a = runJob(job, m_timeoutMs);
    if (!a.timedOut && a.error == QKeychain::NoError) {
      QFile::remove(path);  // one place only: an older copy in the file goes
      r.backend = CredentialBackend::SystemKeychain;
      return r;
    }
    if (a.error == QKeychain::AccessDeniedByUser) {
      r.error = credentialError(translate("The system keychain refused to save the password."), a.detail);
      return r;
    }
    qCWarning(lcCredentials) << "keychain write failed, using the protected file:" << a.detail;
    m_keychain = Keychain::Silent;
  }
  r.error = writeSecretFile(path, record);
  if (!r.isError()) {
    r.backend = CredentialBackend::ProtectedFile;
    r.filePath = path;
  }
  return r;
}

CredentialResult CredentialStore::load(const QUrl& server, const QString& user) {
  if (keychainAnswers()) {
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyOf(server, user));
    const KeychainAnswer a = runJob(job, m_timeoutMs);
    CredentialResult r;
    if (!a.timedOut && a.error == QKeychain::NoError && decodeRecord(a.data, &r)) {
      r.backend = CredentialBackend::SystemKeychain;
      return r;
    }
    if (a.timedOut || a.error != QKeychain::EntryNotFound)
      qCWarning(lcCredentials) << "keychain read failed, trying the protected file:" << a.detail;
  }
  return readSecretFile(filePathOf(server, user));
}

CredentialResult CredentialStore::forget(const QUrl& server, const QString& user) {
  CredentialResult r;
  if (keychainAnswers()) {
    // Read first: deleting an absent entry is not an error on every backend.
    const CredentialResult held = load(server, user);
    if (held.backend == CredentialBackend::SystemKeychain) {
      auto* job = new QKeychain::DeletePasswordJob(kService);
      job->setKey(keyOf(server, user));
      const KeychainAnswer a = runJob(job, m_timeoutMs);
      if (a.timedOut || a.error != QKeychain::NoError) {
        r.error = credentialError(translate("The password cannot be removed from the system keychain."), a.detail);
        return r;
      }
      r.backend = CredentialBackend::SystemKeychain;
    }
  }
  const QString path = filePathOf(server, user);
  if (QFileInfo::exists(path)) {
    if (!QFile::remove(path)) {
      r.error = credentialError(translate("The saved password file %1 cannot be removed.").arg(path), path);
      return r;
    }
    r.backend = CredentialBackend::ProtectedFile;
    r.filePath = path;
  }
  return r;
}

bool CredentialStore::fillProfile(ServerProfile* profile, CloudError* error) {
  if (!profile->password.isEmpty() || !profile->bearerToken.isEmpty()) return true;
  if (!profile->isComplete()) return false;
  const CredentialResult r = load(profile->dicomWebRoot, profile->user);
  if (r.isError()) {
    if (error) *error = r.error;
    return false;
  }
  if (!r.found()) return false;
  (r.kind == SecretKind::BearerToken ? profile->bearerToken : profile->password) = r.secret;
  qCDebug(lcCredentials) << "secret for" << profile->dicomWebRoot.host() << "from"
                        << (r.backend == CredentialBackend::SystemKeychain ? "the system keychain" : "the protected file");
  return true;
}

}  // namespace yunyue
