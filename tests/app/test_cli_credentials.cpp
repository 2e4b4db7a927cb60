// `yunyue credentials` and the login dialog's "Remember password" (issue 8):
// the real binary stores the test archive's password from --password-file or
// YUNYUE_PASSWORD (never an argument: exit 2), then `yunyue pull` and the
// workstation authenticate with a profile that holds no password; forget
// takes that away again. No verb accepts a secret as an argument, no output
// and no file other than the private secret file holds the password. The
// environment has no D-Bus session (the CI case): the private file is used.

#include "app/LoginDialog.h"
#include "cloudclient/CredentialStore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

struct Run {
  int exitCode = -1;
  QString out;
  QString errors;
  QString all() const { return out + errors; }
};

// Every file under root holding needle, except those in allowed.
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

}  // namespace

class TestCliCredentials : public QObject {
  Q_OBJECT
  QTemporaryDir m_home;  // HOME and XDG dirs of every process here
  QTemporaryDir m_work;  // profiles, password files, caches: outside HOME
  QUrl m_server;
  QString m_user;
  QString m_password;
  QString m_bareProfile;  // the test archive without a password
  QStringList m_outputs;  // everything every run printed

  QString configDir() const { return m_home.filePath(QStringLiteral("config")); }

  QProcessEnvironment isolated() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
      env.insert(QLatin1String(name), qEnvironmentVariable(name));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("YUNYUE_PASSWORD"));
    env.insert(QStringLiteral("YUNYUE_LANGUAGE"), QStringLiteral("en"));
    return env;
  }

  Run yunyue(const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(YUNYUE_EXE), args);
    Run r;
    if (!p.waitForFinished(180000)) {
      p.kill();
      return r;
    }
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.errors = QString::fromLocal8Bit(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    m_outputs << r.all();
    return r;
  }
  Run yunyue(const QStringList& args) { return yunyue(args, isolated()); }

  // The CR study: one image, quick to pull.
  Run pullWithBareProfile() {
    QTemporaryDir cache(m_work.filePath(QStringLiteral("cacheXXXXXX")));
    return yunyue({QStringLiteral("pull"), QStringLiteral("--profile"), m_bareProfile, QStringLiteral("--cache"),
                   cache.path(), QStringLiteral("YX20261121015")});
  }

  QStringList serverAndUser() const {
    return {QStringLiteral("--server"), m_server.toString(), QStringLiteral("--user"), m_user};
  }

  QString writePasswordFile() {
    const QString path = m_work.filePath(QStringLiteral("archive.pass"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(m_password.toUtf8() + '\n');
    return path;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_home.isValid() && m_work.isValid());
    for (const char* dir : {"config", "data", "cache", "run"}) QDir().mkpath(m_home.filePath(QLatin1String(dir)));
    QFile::setPermissions(m_home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", configDir().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("run")).toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCoreApplication::setOrganizationName(QStringLiteral("yunyue"));
    QCoreApplication::setApplicationName(QStringLiteral("yunyue"));

    QSettings cloud(qEnvironmentVariable("YUNYUE_TEST_CLOUD"), QSettings::IniFormat);
    m_server = QUrl(cloud.value(QStringLiteral("cloud/dicomweb")).toString());
    m_user = cloud.value(QStringLiteral("cloud/user")).toString();
    m_password = cloud.value(QStringLiteral("cloud/password")).toString();
    QVERIFY2(m_server.isValid() && !m_password.isEmpty(), "YUNYUE_TEST_CLOUD has no archive with a password");
    m_bareProfile = m_work.filePath(QStringLiteral("bare.ini"));
    QSettings bare(m_bareProfile, QSettings::IniFormat);
    bare.setValue(QStringLiteral("cloud/name"), QStringLiteral("test archive"));
    bare.setValue(QStringLiteral("cloud/dicomweb"), m_server.toString());
    bare.setValue(QStringLiteral("cloud/user"), m_user);
  }

  void secretArgumentIsRefused_data() {
    QTest::addColumn<QStringList>("secretArguments");
    QTest::newRow("--password VALUE") << QStringList{QStringLiteral("--password"), QStringLiteral("x")};
    QTest::newRow("--password=VALUE") << QStringList{QStringLiteral("--password=x")};
    QTest::newRow("--token=VALUE") << QStringList{QStringLiteral("--token=x")};
  }
  void secretArgumentIsRefused() {
    QFETCH(QStringList, secretArguments);
    const Run r = yunyue(QStringList{QStringLiteral("credentials"), QStringLiteral("store")} + serverAndUser() +
                         secretArguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errors.contains(QStringLiteral("never taken from the command line")), qPrintable(r.errors));
    QVERIFY(r.errors.contains(QStringLiteral("--password-file")));
    QVERIFY(!QFileInfo::exists(CredentialStore::fileDirectory()));
  }

  // Each verb's options, as --help lists them: none takes a password,
  // passphrase or token as its value (files holding them are fine).
  void noVerbTakesASecretArgument_data() {
    QTest::addColumn<QStringList>("arguments");
    // Each with what its parser needs before it shows the help.
    const QString help = QStringLiteral("--help");
    QTest::newRow("pull") << QStringList{QStringLiteral("pull"), help, QStringLiteral("X")};
    QTest::newRow("render") << QStringList{QStringLiteral("render"), help, QStringLiteral("X")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), help, QStringLiteral("X")};
    QTest::newRow("link") << QStringList{QStringLiteral("link"), help, QStringLiteral("A"), QStringLiteral("B"),
                                         QStringLiteral("--slice"), QStringLiteral("1")};
    QTest::newRow("deidentify") << QStringList{QStringLiteral("deidentify"), help, QStringLiteral("--out"),
                                               m_work.filePath(QStringLiteral("deid")), QStringLiteral("X")};
    QTest::newRow("credentials") << QStringList{QStringLiteral("credentials"), help, QStringLiteral("store")};
    QTest::newRow("teach") << QStringList{QStringLiteral("teach"), help, QStringLiteral("list")};
    for (const char* sub : {"draft", "sign", "countersign", "verify", "submit", "status", "spot-check", "score"})
      QTest::newRow(qPrintable(QStringLiteral("report ") + QLatin1String(sub)))
          << QStringList{QStringLiteral("report"), QLatin1String(sub), QStringLiteral("--help")};
  }
  void noVerbTakesASecretArgument() {
    QFETCH(QStringList, arguments);
    const Run r = yunyue(arguments);
    QVERIFY2(r.all().contains(QStringLiteral("Options:")), qPrintable(r.all()));
    static const QRegularExpression secretOption(QStringLiteral("--[\\w-]*(password|passphrase|token|secret)\\s+<"));
    QVERIFY2(!secretOption.match(r.all()).hasMatch(), qPrintable(r.all()));
  }

  void storedPasswordAuthenticatesPull() {
    // Without a stored password the archive refuses the bare profile.
    const Run refused = pullWithBareProfile();
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errors.contains(QStringLiteral("refused the user name or password")), qPrintable(refused.errors));

    const Run stored =
        yunyue(QStringList{QStringLiteral("credentials"), QStringLiteral("store")} + serverAndUser() +
               QStringList{QStringLiteral("--password-file"), writePasswordFile()});
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.all()));
    QVERIFY2(stored.out.contains(QStringLiteral("Saved in a file only you can read (") + CredentialStore::fileDirectory()),
             qPrintable(stored.out));

    const Run pulled = pullWithBareProfile();
    QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.errors));
    QVERIFY2(pulled.errors.contains(QStringLiteral("complete: 1 image in the cache")), qPrintable(pulled.errors));

    const Run shown =
        yunyue(QStringList{QStringLiteral("credentials"), QStringLiteral("show-backend")} + serverAndUser());
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QStringLiteral("New passwords are saved in a file only you can read.")), qPrintable(shown.out));
    QVERIFY(shown.out.contains(QStringLiteral("The password for this server and user is in a file only you can read (")));

    // Only the private file holds it: no settings, no profile, no cache.
    const QStringList secretFiles = QDir(CredentialStore::fileDirectory()).entryList(QDir::Files);
    QCOMPARE(secretFiles.size(), 1);
    QCOMPARE(filesHolding(m_home.path(), m_password.toUtf8(),
                          {CredentialStore::fileDirectory() + QLatin1Char('/') + secretFiles.first()}),
             QStringList());
    QCOMPARE(filesHolding(m_work.path(), m_password.toUtf8(), {m_work.filePath(QStringLiteral("archive.pass"))}),
             QStringList());

    const Run forgotten = yunyue(QStringList{QStringLiteral("credentials"), QStringLiteral("forget")} + serverAndUser());
    QCOMPARE(forgotten.exitCode, 0);
    QVERIFY2(forgotten.out.contains(QStringLiteral("Removed from a file only you can read")), qPrintable(forgotten.out));
    QCOMPARE(pullWithBareProfile().exitCode, 1);
  }

  void passwordFromEnvironment() {
    QProcessEnvironment env = isolated();
    env.insert(QStringLiteral("YUNYUE_PASSWORD"), m_password);
    const Run stored = yunyue(QStringList{QStringLiteral("credentials"), QStringLiteral("store")} + serverAndUser(), env);
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.all()));
    QCOMPARE(pullWithBareProfile().exitCode, 0);
  }

  // On a terminal (a pty from script(1)) the password is asked for and
  // typed without echo: the terminal's output never shows it.
  void promptDoesNotEcho() {
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) QSKIP("script(1) is not installed");
    QVERIFY(!CredentialStore().forget(m_server, m_user).isError());
    QStringList command{QStringLiteral(YUNYUE_EXE), QStringLiteral("credentials"), QStringLiteral("store")};
    command << serverAndUser();
    for (QString& a : command) a = QLatin1Char('\'') + a + QLatin1Char('\'');
    QProcess p;
    p.setProcessEnvironment(isolated());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), command.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    QVERIFY(p.waitForStarted());
    QByteArray shown;
    while (!shown.contains("Password or token: ") && p.waitForReadyRead(30000)) shown += p.readAll();
    QVERIFY2(shown.contains("Password or token: "), shown.constData());
    p.write(m_password.toUtf8() + '\n');
    QVERIFY(p.waitForFinished(30000));
    shown += p.readAll();
    m_outputs << QString::fromLocal8Bit(shown);
    QVERIFY2(p.exitCode() == 0, shown.constData());
    QVERIFY2(shown.contains("Saved in a file only you can read"), shown.constData());
    QVERIFY2(!shown.contains(m_password.toUtf8()), shown.constData());
    QCOMPARE(CredentialStore().load(m_server, m_user).secret, m_password);
  }

  // No file, no environment, and stdin is no terminal: nothing to prompt on.
  void noSourceIsUsage() {
    const Run r = yunyue(QStringList{QStringLiteral("credentials"), QStringLiteral("store")} + serverAndUser());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errors.contains(QStringLiteral("give --password-file or set YUNYUE_PASSWORD")), qPrintable(r.errors));
  }

  // The test archive's own profile has password= in clear: it still works,
  // and the log says so without the value.
  void clearTextProfileWarns() {
    QTemporaryDir cache(m_work.filePath(QStringLiteral("cacheXXXXXX")));
    const Run r = yunyue({QStringLiteral("pull"), QStringLiteral("--profile"), qEnvironmentVariable("YUNYUE_TEST_CLOUD"),
                          QStringLiteral("--cache"), cache.path(), QStringLiteral("YX20261121015")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.errors.contains(QStringLiteral("holds a password in clear text")), qPrintable(r.errors));
  }

  // The workstation started on the bare profile fills the password from the
  // store (as promptDoesNotEcho left it) and loads the worklist.
  void workstationStartsWithStoredPassword() {
    if (qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen") || qEnvironmentVariableIsEmpty("DISPLAY"))
      QSKIP("needs a display (ctest runs it under xvfb-run)");
    QProcessEnvironment env = isolated();
    env.insert(QStringLiteral("YUNYUE_CACHE_DIR"), m_work.filePath(QStringLiteral("app-cache")));
    const QString shot = QDir::current().absoluteFilePath(QStringLiteral("test_cli_credentials-worklist.png"));
    QFile::remove(shot);
    const Run r = yunyue({QStringLiteral("--profile"), m_bareProfile, QStringLiteral("--screenshot"), shot}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.errors));
    QVERIFY(QFileInfo(shot).size() > 0);
  }

  // "Remember password" in the login dialog: stored in the private file,
  // not in the settings; filled in next time; unticked, it is forgotten.
  void loginDialogRemembersPassword() {
    QVERIFY(!CredentialStore().forget(m_server, m_user).isError());
    ServerProfile initial;
    initial.dicomWebRoot = m_server;
    initial.user = m_user;
    {
      LoginDialog dialog(initial);
      auto* remember = dialog.findChild<QCheckBox*>();
      QVERIFY(remember);
      QVERIFY(!remember->isChecked());
      QCOMPARE(remember->text(), QStringLiteral("Remember password in a file only you can read"));
      QLineEdit* password = passwordField(dialog);
      QVERIFY(password && password->text().isEmpty());
      password->setText(m_password);
      remember->setChecked(true);
      dialog.accept();
      QCOMPARE(dialog.result(), int(QDialog::Accepted));
      QCOMPARE(dialog.profile().password, m_password);
    }
    QCOMPARE(CredentialStore().load(m_server, m_user).secret, m_password);
    {
      QSettings settings;  // what the workstation writes, flushed
      settings.setValue(QStringLiteral("test/touched"), true);
      settings.sync();
      QVERIFY2(settings.fileName().startsWith(configDir()), qPrintable(settings.fileName()));
      QVERIFY(QFileInfo::exists(settings.fileName()));
      const QStringList secretFiles = QDir(CredentialStore::fileDirectory()).entryList(QDir::Files);
      QCOMPARE(secretFiles.size(), 1);
      QCOMPARE(filesHolding(m_home.path(), m_password.toUtf8(),
                            {CredentialStore::fileDirectory() + QLatin1Char('/') + secretFiles.first()}),
               QStringList());
    }
    {
      LoginDialog dialog(initial);
      QCOMPARE(passwordField(dialog)->text(), m_password);
      auto* remember = dialog.findChild<QCheckBox*>();
      QVERIFY(remember->isChecked());
      dialog.show();
      QVERIFY(QTest::qWaitForWindowExposed(&dialog));
      QVERIFY(dialog.grab().save(QDir::current().absoluteFilePath(QStringLiteral("test_cli_credentials-login.png"))));
      remember->setChecked(false);
      dialog.accept();
    }
    QVERIFY(!CredentialStore().load(m_server, m_user).found());
  }

  void outputsHoldNoPassword() {
    QVERIFY(!m_outputs.isEmpty());
    for (const QString& output : m_outputs) QVERIFY2(!output.contains(m_password), qPrintable(output));
  }

 private:
  static QLineEdit* passwordField(const QDialog& dialog) {
    for (QLineEdit* e : dialog.findChildren<QLineEdit*>())
      if (e->echoMode() == QLineEdit::Password) return e;
    return nullptr;
  }
};

QTEST_MAIN(TestCliCredentials)
#include "test_cli_credentials.moc"
