// CredentialStore (issue 8, credentials): where no keychain answers, the
// secret lives in a 0600 file inside a 0700 folder, round-trips, is removed
// by forget, and a file others can read is refused with a message that says
// how to repair it. With a real Secret Service (gnome-keyring in a private
// D-Bus session) the secret round-trips through the keychain, secret-tool
// finds it there, and no file holds it. No secret ever reaches a log line,
// a settings file, or any file other than its own.

#include "cloudclient/CredentialStore.h"
#include "cloudclient/ServerProfile.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace yunyue;

namespace {

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message) {
  g_log << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : "default"), message);
}

// The permission bits as the kernel has them (not Qt's view of them).
int modeOf(const QString& path) {
  struct stat s{};
  if (::stat(QFile::encodeName(path).constData(), &s) != 0) return -1;
  return int(s.st_mode & 07777);
}

// Every file under root holding needle, except those named in allowed.
QStringList filesHolding(const QString& root, const QByteArray& needle, const QStringList& allowed = {}) {
  QStringList found;
  QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    QFile f(path);
    if (!allowed.contains(path) && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) found << path;
  }
  return found;
}

const QUrl kServer(QStringLiteral("https://cloud.example.org/dicom-web"));
const QString kUser = QStringLiteral("wang");
const QString kPassword = QStringLiteral("Fj3-kq9_ZtW7 secret");  // a space and punctuation on purpose
const QString kToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.test-token.sig");

}  // namespace

class TestCredentials : public QObject {
  Q_OBJECT
  QTemporaryDir m_home;

  QString configDir() const { return m_home.filePath(QStringLiteral("config")); }
  QString secretFile() const {
    const QStringList files = QDir(CredentialStore::fileDirectory()).entryList(QDir::Files);
    return files.size() == 1 ? CredentialStore::fileDirectory() + QLatin1Char('/') + files.first() : QString();
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_home.isValid());
    // Inside the private keyring session the environment is the parent's choice.
    if (!qEnvironmentVariableIsSet("YUNYUE_IN_KEYRING_SESSION")) {
      qputenv("HOME", m_home.path().toUtf8());
      qputenv("XDG_CONFIG_HOME", configDir().toUtf8());
      qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
      // The CI case: no session bus, so no keychain answers.
      qunsetenv("DBUS_SESSION_BUS_ADDRESS");
      QDir().mkpath(m_home.filePath(QStringLiteral("run")));
      qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("run")).toUtf8());
    }
    QCoreApplication::setOrganizationName(QStringLiteral("yunyue"));
    QCoreApplication::setApplicationName(QStringLiteral("yunyue"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QLoggingCategory::setFilterRules(QStringLiteral("yunyue.*=true"));
    qInstallMessageHandler(captureLog);
  }

  void fileBackendWhereNoKeychainAnswers() {
    QCOMPARE(CredentialStore().availableBackend(), CredentialBackend::ProtectedFile);
    QVERIFY(CredentialStore::fileDirectory().startsWith(configDir()));
  }

  void storeMakesPrivateFileInPrivateFolder() {
    // A permissive umask must not make the file or folder readable by others.
    const mode_t saved = ::umask(0);
    const CredentialResult r = CredentialStore().store(kServer, kUser, SecretKind::Password, kPassword);
    ::umask(saved);
    QVERIFY2(!r.isError(), qPrintable(r.error.detail));
    QCOMPARE(r.backend, CredentialBackend::ProtectedFile);
    QCOMPARE(r.filePath, secretFile());
    QCOMPARE(modeOf(CredentialStore::fileDirectory()), 0700);
    QCOMPARE(modeOf(r.filePath), 0600);
    const QFileInfo info(r.filePath);
    QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
  }

  void roundTrip() {
    // A new store, as another process would have: nothing cached in memory.
    const CredentialResult r = CredentialStore().load(kServer, kUser);
    QVERIFY2(!r.isError(), qPrintable(r.error.detail));
    QCOMPARE(r.backend, CredentialBackend::ProtectedFile);
    QCOMPARE(r.kind, SecretKind::Password);
    QCOMPARE(r.secret, kPassword);
    // The same address spelt with a trailing slash finds it; another user does not.
    QCOMPARE(CredentialStore().load(QUrl(kServer.toString() + QLatin1Char('/')), kUser).secret, kPassword);
    QVERIFY(!CredentialStore().load(kServer, QStringLiteral("li")).found());
  }

  void bearerTokenRoundTrip() {
    const QUrl other(QStringLiteral("https://token.example.org/dicom-web"));
    QVERIFY(!CredentialStore().store(other, QString(), SecretKind::BearerToken, kToken).isError());
    const CredentialResult r = CredentialStore().load(other, QString());
    QCOMPARE(r.kind, SecretKind::BearerToken);
    QCOMPARE(r.secret, kToken);
    QVERIFY(CredentialStore().forget(other, QString()).found());
  }

  // A profile without a secret takes the stored one; one with a secret in
  // clear keeps working but is named in the log (without the value).
  void profileTakesStoredSecret() {
    const QString ini = m_home.filePath(QStringLiteral("cloud.ini"));
    {
      QSettings s(ini, QSettings::IniFormat);
      s.setValue(QStringLiteral("cloud/dicomweb"), kServer.toString());
      s.setValue(QStringLiteral("cloud/user"), kUser);
    }
    CloudError error;
    const ServerProfile p = ServerProfile::fromCloudFile(ini, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(p.password, kPassword);

    g_log.clear();
    {
      QSettings s(ini, QSettings::IniFormat);
      s.setValue(QStringLiteral("cloud/password"), QStringLiteral("in-the-file-9c1"));
    }
    QCOMPARE(ServerProfile::fromCloudFile(ini).password, QStringLiteral("in-the-file-9c1"));
    QVERIFY2(g_log.join('\n').contains(QStringLiteral("holds a password in clear text")), qPrintable(g_log.join('\n')));
    QVERIFY(!g_log.join('\n').contains(QStringLiteral("in-the-file-9c1")));
    QFile::remove(ini);
  }

  void fileOthersCanReadIsRefused() {
    const QString path = secretFile();
    QVERIFY(!path.isEmpty());
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    const CredentialResult r = CredentialStore().load(kServer, kUser);
    QVERIFY(r.isError());
    QVERIFY(r.secret.isEmpty());
    QVERIFY2(r.error.message.contains(QStringLiteral("chmod 600 ") + path), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QStringLiteral("other users")));
    // A profile gets no password from it, and the message reaches the log.
    ServerProfile p;
    p.dicomWebRoot = kServer;
    p.user = kUser;
    CloudError error;
    QVERIFY(!CredentialStore().fillProfile(&p, &error));
    QVERIFY(p.password.isEmpty());
    QVERIFY(error.message.contains(QStringLiteral("chmod 600")));
    // Done as the message says, it is used again.
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0600), 0);
    QCOMPARE(CredentialStore().load(kServer, kUser).secret, kPassword);
  }

  // A folder left readable by others is made private again on the next store.
  void looseFolderIsTightened() {
    QCOMPARE(::chmod(QFile::encodeName(CredentialStore::fileDirectory()).constData(), 0755), 0);
    QVERIFY(!CredentialStore().store(kServer, kUser, SecretKind::Password, kPassword).isError());
    QCOMPARE(modeOf(CredentialStore::fileDirectory()), 0700);
    QCOMPARE(modeOf(secretFile()), 0600);
  }

  void noSecretInSettingsOrOtherFiles() {
    {
      QSettings settings;  // the workstation's settings file, written as the app would
      settings.setValue(QStringLiteral("servers/last"), kServer.toString());
    }
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(settingsFile.startsWith(configDir()), qPrintable(settingsFile));
    QVERIFY(QFileInfo::exists(settingsFile));
    QCOMPARE(filesHolding(m_home.path(), kPassword.toUtf8(), {secretFile()}), QStringList());
    QCOMPARE(filesHolding(m_home.path(), kToken.toUtf8()), QStringList());
  }

  void forgetRemovesFile() {
    const QString path = secretFile();
    const CredentialResult r = CredentialStore().forget(kServer, kUser);
    QVERIFY(!r.isError());
    QCOMPARE(r.backend, CredentialBackend::ProtectedFile);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!CredentialStore().load(kServer, kUser).found());
    QVERIFY(!CredentialStore().forget(kServer, kUser).found());
    QCOMPARE(filesHolding(m_home.path(), kPassword.toUtf8()), QStringList());
  }

  // The Secret Service for real: this test re-runs itself inside a private
  // D-Bus session with gnome-keyring unlocked by a password on stdin (the
  // slots before it run outside, without a session bus).
  void keychainRoundTrip() {
    if (!qEnvironmentVariableIsSet("YUNYUE_IN_KEYRING_SESSION")) return runInsideKeyringSession();
    CredentialStore store(20000);
    QCOMPARE(store.availableBackend(), CredentialBackend::SystemKeychain);
    const CredentialResult stored = store.store(kServer, kUser, SecretKind::Password, kPassword);
    QVERIFY2(!stored.isError(), qPrintable(stored.error.detail));
    QCOMPARE(stored.backend, CredentialBackend::SystemKeychain);
    QVERIFY(stored.filePath.isEmpty());

    const CredentialResult loaded = CredentialStore(20000).load(kServer, kUser);
    QCOMPARE(loaded.backend, CredentialBackend::SystemKeychain);
    QCOMPARE(loaded.secret, kPassword);
    // Not in the fallback file, not in any file in clear (the keyring is encrypted).
    QVERIFY(QDir(CredentialStore::fileDirectory()).entryList(QDir::Files).isEmpty());
    QCOMPARE(filesHolding(qEnvironmentVariable("HOME"), kPassword.toUtf8()), QStringList());
    // An independent client of the Secret Service finds it.
    QVERIFY2(secretToolLookup().contains(kPassword.toUtf8()), secretToolLookup().constData());

    const CredentialResult forgotten = CredentialStore(20000).forget(kServer, kUser);
    QVERIFY2(!forgotten.isError(), qPrintable(forgotten.error.detail));
    QCOMPARE(forgotten.backend, CredentialBackend::SystemKeychain);
    QVERIFY(!CredentialStore(20000).load(kServer, kUser).found());
    QVERIFY(secretToolLookup().isEmpty());
  }

  void logsHoldNoSecret() {
    const QString all = g_log.join('\n');
    QVERIFY(!all.contains(kPassword));
    QVERIFY(!all.contains(kToken));
  }

 private:
  // What secret-tool reads for our item: QtKeychain keeps binary data base64
  // encoded under the attributes server=<service>, user=<key>.
  QByteArray secretToolLookup() {
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("yunyue"), QStringLiteral("user"),
             kServer.toString() + QLatin1Char('|') + kUser});
    if (!p.waitForFinished(20000)) return "secret-tool hangs";
    return QByteArray::fromBase64(p.readAllStandardOutput().trimmed());
  }

  void runInsideKeyringSession() {
    const QStringList needed{QStringLiteral("dbus-run-session"), QStringLiteral("gnome-keyring-daemon"),
                             QStringLiteral("dbus-send"), QStringLiteral("secret-tool")};
    for (const QString& tool : needed)
      if (QStandardPaths::findExecutable(tool).isEmpty())
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps installs it)").arg(tool)));
    const QString home = m_home.filePath(QStringLiteral("keyring-home"));
    QDir().mkpath(home + QStringLiteral("/run"));
    QFile::setPermissions(home + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Start the daemon unlocked, wait until it owns the Secret Service name
    // (else the bus would activate a locked one), run the test, stop it.
    const QString script = QStringLiteral(
        "printf '%s' \"$KEYRING_PASSWORD\" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &\n"
        "daemon=$!\n"
        "for i in $(seq 100); do\n"
        "  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus "
        "org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' && break\n"
        "  sleep 0.1\n"
        "done\n"
        "\"$0\" keychainRoundTrip logsHoldNoSecret; rc=$?\n"
        "kill $daemon; wait $daemon 2>/dev/null\n"
        "exit $rc\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("YUNYUE_IN_KEYRING_SESSION"), QStringLiteral("1"));
    env.insert(QStringLiteral("KEYRING_PASSWORD"), QStringLiteral("test-keyring-password"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("dbus-run-session"),
            {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
             QCoreApplication::applicationFilePath()});
    QVERIFY(p.waitForStarted());
    if (!p.waitForFinished(120000)) {
      p.kill();
      QFAIL("the keyring session did not end within 2 minutes");
    }
    const QString output = QString::fromLocal8Bit(p.readAll());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestCredentials::keychainRoundTrip")), qPrintable(output));
    QVERIFY(!output.contains(kPassword));
  }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "test_credentials.moc"
