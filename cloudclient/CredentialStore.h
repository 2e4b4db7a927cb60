#pragma once
// Passwords and bearer tokens of server profiles, kept out of settings files,
// logs and command lines (issue 8): in the system keychain (Secret Service,
// KWallet, through QtKeychain) or, where none answers, in a file only the
// user can read (~/.config/yunyue/credentials, 0600 inside 0700).
//
// Secrets are keyed by DICOMweb address and user name. Calls block for at
// most the keychain timeout: a missing or locked keychain never hangs the app.

#include "cloudclient/CloudError.h"

#include <QString>
#include <QUrl>

namespace yunyue {

struct ServerProfile;

enum class CredentialBackend {
  None,            // nothing stored / nowhere to store
  SystemKeychain,  // the desktop's keychain (Secret Service, KWallet)
  ProtectedFile,   // a file readable only by the user
};

enum class SecretKind { Password, BearerToken };

struct CredentialResult {
  CloudError error;  // code None on success
  CredentialBackend backend = CredentialBackend::None;  // where the secret is (or now is)
  SecretKind kind = SecretKind::Password;
  QString secret;   // load() only; never log it
  QString filePath; // the protected file, when backend is ProtectedFile

  bool isError() const { return error.isError(); }
  bool found() const { return backend != CredentialBackend::None; }
};

class CredentialStore {
 public:
  explicit CredentialStore(int keychainTimeoutMs = 5000);

  // Keeps the secret in the keychain if one answers (and removes any copy in
  // the file), else in the protected file. backend says which.
  CredentialResult store(const QUrl& server, const QString& user, SecretKind kind, const QString& secret);
  // The stored secret; backend None (and no error) when there is none.
  CredentialResult load(const QUrl& server, const QString& user);
  // Removes the secret from both places; backend says where it was.
  CredentialResult forget(const QUrl& server, const QString& user);
  // Where a secret stored now would go.
  CredentialBackend availableBackend();

  // Fills password or bearerToken of a profile that has neither from the
  // store. False when nothing is stored or the store failed (*error).
  bool fillProfile(ServerProfile* profile, CloudError* error = nullptr);

  // The folder of the protected files ($XDG_CONFIG_HOME/yunyue/credentials).
  static QString fileDirectory();
  // "the system keychain" / "a file only you can read", translated.
  static QString backendName(CredentialBackend backend);

 private:
  enum class Keychain { Unknown, Answers, Silent };
  bool keychainAnswers();

  int m_timeoutMs;
  Keychain m_keychain = Keychain::Unknown;
};

}  // namespace yunyue
