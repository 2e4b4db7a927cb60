#include "app/CredentialsCommand.h"

#include "cloudclient/CredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace yunyue {
namespace {

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

void print(const QString& line) {
  std::fprintf(stdout, "%s\n", line.toUtf8().constData());
  std::fflush(stdout);
}

int fail(const QString& message, const QString& detail = {}, int code = 1) {
  say(QStringLiteral("yunyue: %1").arg(message));
  if (!detail.isEmpty()) say(QStringLiteral("  (%1)").arg(detail));
  return code;
}

// A secret on the command line shows in the process list and the shell
// history; such an argument is refused before anything else happens.
bool isSecretArgument(const QString& a) {
  return a == QLatin1String("--password") || a.startsWith(QLatin1String("--password=")) ||
         a.startsWith(QLatin1String("--token=")) || a == QLatin1String("--secret") ||
         a.startsWith(QLatin1String("--secret="));
}

// Typed on the terminal with echo off. Echo goes off before the question
// shows: a terminal echoes what is typed when it arrives, not when it is read.
bool promptWithoutEcho(const QString& question, QString* secret) {
  termios saved{};
  tcgetattr(fileno(stdin), &saved);
  termios quiet = saved;
  quiet.c_lflag &= ~tcflag_t(ECHO);
  tcsetattr(fileno(stdin), TCSANOW, &quiet);
  std::fprintf(stderr, "%s", question.toLocal8Bit().constData());
  std::fflush(stderr);
  char buffer[1024] = {};
  const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
  tcsetattr(fileno(stdin), TCSANOW, &saved);
  std::fprintf(stderr, "\n");
  QByteArray line(buffer);
  std::fill(std::begin(buffer), std::end(buffer), '\0');
  while (line.endsWith('\n') || line.endsWith('\r')) line.chop(1);
  *secret = QString::fromUtf8(line);
  return got && !secret->isEmpty();
}

// The secret from a file, the environment, or the terminal — in that order.
bool readSecret(const QString& file, QString* secret, QString* problem) {
  if (!file.isEmpty()) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
      *problem = QCoreApplication::translate("yunyue::CredentialsCommand", "cannot read %1: %2").arg(file, f.errorString());
      return false;
    }
    QByteArray bytes = f.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) bytes.chop(1);
    *secret = QString::fromUtf8(bytes);
  } else if (qEnvironmentVariableIsSet("YUNYUE_PASSWORD")) {
    *secret = qEnvironmentVariable("YUNYUE_PASSWORD");
  } else if (isatty(fileno(stdin))) {
    promptWithoutEcho(QCoreApplication::translate("yunyue::CredentialsCommand", "Password or token: "), secret);
  } else {
    *problem = QCoreApplication::translate("yunyue::CredentialsCommand",
                                           "no password: give --password-file or set YUNYUE_PASSWORD");
    return false;
  }
  if (secret->isEmpty()) {
    *problem = QCoreApplication::translate("yunyue::CredentialsCommand", "the password is empty");
    return false;
  }
  return true;
}

QString placeOf(const CredentialResult& r) {
  const QString name = CredentialStore::backendName(r.backend);
  return r.filePath.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, r.filePath);
}

int store(CredentialStore& credentials, const QUrl& server, const QString& user, bool token, const QString& file) {
  QString secret;
  QString problem;
  if (!readSecret(file, &secret, &problem)) return fail(problem, {}, 2);
  const CredentialResult r =
      credentials.store(server, user, token ? SecretKind::BearerToken : SecretKind::Password, secret);
  secret.fill(QLatin1Char('\0'));
  if (r.isError()) return fail(r.error.message, r.error.detail);
  print(QCoreApplication::translate("yunyue::CredentialsCommand", "Saved in %1.").arg(placeOf(r)));
  return 0;
}

int forget(CredentialStore& credentials, const QUrl& server, const QString& user) {
  const CredentialResult r = credentials.forget(server, user);
  if (r.isError()) return fail(r.error.message, r.error.detail);
  if (r.found())
    print(QCoreApplication::translate("yunyue::CredentialsCommand", "Removed from %1.").arg(placeOf(r)));
  else
    print(QCoreApplication::translate("yunyue::CredentialsCommand", "No password was saved for this server and user."));
  return 0;
}

int showBackend(CredentialStore& credentials, const QUrl& server, const QString& user) {
  print(QCoreApplication::translate("yunyue::CredentialsCommand", "New passwords are saved in %1.")
            .arg(CredentialStore::backendName(credentials.availableBackend())));
  if (server.isEmpty()) return 0;
  const CredentialResult r = credentials.load(server, user);
  if (r.isError()) return fail(r.error.message, r.error.detail);
  if (r.found())
    print(QCoreApplication::translate("yunyue::CredentialsCommand", "The password for this server and user is in %1.")
              .arg(placeOf(r)));
  else
    print(QCoreApplication::translate("yunyue::CredentialsCommand", "No password was saved for this server and user."));
  return 0;
}

}  // namespace

int runCredentialsCommand(const QStringList& arguments) {
  for (const QString& a : arguments)
    if (isSecretArgument(a))
      return fail(QCoreApplication::translate("yunyue::CredentialsCommand",
                                              "passwords are never taken from the command line (the process list and "
                                              "the shell history would show them): use --password-file FILE, "
                                              "YUNYUE_PASSWORD or type it when asked"),
                  {}, 2);
  QCommandLineParser cli;
  cli.setApplicationDescription(QCoreApplication::translate(
      "yunyue::CredentialsCommand", "Keeps a server's password or token in the system keychain or a private file."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("credentials"), QCoreApplication::translate("yunyue::CredentialsCommand", "The verb."));
  cli.addPositionalArgument(QStringLiteral("action"), QStringLiteral("store | forget | show-backend"));
  const QCommandLineOption serverOption(QStringLiteral("server"),
                                        QCoreApplication::translate("yunyue::CredentialsCommand", "DICOMweb address of the server."),
                                        QStringLiteral("url"));
  const QCommandLineOption userOption(QStringLiteral("user"),
                                      QCoreApplication::translate("yunyue::CredentialsCommand", "User name on the server."),
                                      QStringLiteral("name"));
  const QCommandLineOption fileOption(QStringLiteral("password-file"),
                                      QCoreApplication::translate("yunyue::CredentialsCommand",
                                                                  "File holding the password (else YUNYUE_PASSWORD or a prompt)."),
                                      QStringLiteral("file"));
  const QCommandLineOption tokenOption(QStringLiteral("token"),
                                       QCoreApplication::translate("yunyue::CredentialsCommand",
                                                                   "The secret is a bearer token, not a password."));
  cli.addOptions({serverOption, userOption, fileOption, tokenOption});
  const QString usage = QStringLiteral(
      "usage: yunyue credentials store|forget|show-backend --server URL --user NAME [--token] [--password-file FILE]");
  if (!cli.parse(arguments) || cli.positionalArguments().size() != 2)
    return fail(cli.errorText().isEmpty() ? usage : cli.errorText(), {}, 2);
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);

  const QString action = cli.positionalArguments().at(1);
  const QUrl server(cli.value(serverOption), QUrl::StrictMode);
  const bool serverUsable = server.isValid() && !server.host().isEmpty() &&
                            (server.scheme() == QLatin1String("http") || server.scheme() == QLatin1String("https"));
  if (cli.isSet(serverOption) && !serverUsable)
    return fail(QCoreApplication::translate("yunyue::CredentialsCommand", "--server must be an http or https address"),
                {}, 2);
  CredentialStore credentials;
  if (action == QLatin1String("show-backend")) return showBackend(credentials, server, cli.value(userOption));
  if (action != QLatin1String("store") && action != QLatin1String("forget")) return fail(usage, {}, 2);
  if (!cli.isSet(serverOption))
    return fail(QCoreApplication::translate("yunyue::CredentialsCommand", "--server is needed"), {}, 2);
  if (action == QLatin1String("store"))
    return store(credentials, server, cli.value(userOption), cli.isSet(tokenOption), cli.value(fileOption));
  return forget(credentials, server, cli.value(userOption));
}

}  // namespace yunyue
