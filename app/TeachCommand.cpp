#include "app/TeachCommand.h"

#include "app/ArchiveUpload.h"

#include "cloudclient/ServerProfile.h"
#include "cloudclient/StudyCache.h"
#include "reporting/TeachingCase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cstdio>

namespace yunyue {
namespace {

// Context of this verb's translations.
struct TeachCommand {
  Q_DECLARE_TR_FUNCTIONS(TeachCommand)
};

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

void print(const QString& line) {
  std::printf("%s\n", line.toUtf8().constData());
  std::fflush(stdout);
}

// One line per form (the catalogue holds single-line texts).
QString usage() {
  return QStringList{
      TeachCommand::tr("usage: yunyue teach export STUDY --title TEXT [--diagnosis TEXT] [--history TEXT] [--point TEXT]... "
                       "[--tag TAG]... [--key-image SOPUID]... [--case-id ID] [--author NAME] [--language zh-CN|en] "
                       "[--secret-file FILE] [--out DIR] [--send [--profile FILE]]"),
      QStringLiteral("       yunyue teach import PACKAGE"),
      TeachCommand::tr("       yunyue teach list [--search TEXT] [--tag TAG]"),
      QStringLiteral("       yunyue teach verify PACKAGE"),
      TeachCommand::tr("       yunyue teach send PACKAGE [--profile FILE]"),
      TeachCommand::tr("(every form takes [--library DIR]; export takes [--cache DIR])")}
      .join(QLatin1Char('\n'));
}

int failed(const ReportingError& error) {
  say(QStringLiteral("yunyue: %1").arg(error.message));
  if (!error.detail.isEmpty()) say(QStringLiteral("  (%1)").arg(error.detail));
  return 1;
}

// Every cached file of the study, series by series.
QStringList cachedStudyFiles(const QString& cacheDir, const QString& studyUid, QString* problem) {
  CloudError error;
  const std::unique_ptr<StudyCache> cache = StudyCache::open(cacheDir, &error);
  if (!cache) {
    *problem = error.message;
    return {};
  }
  QStringList files;
  for (const QString& series : cache->studySeries(studyUid)) files << cache->seriesFiles(series);
  if (files.isEmpty()) *problem = TeachCommand::tr("the study %1 is not in the cache %2 (pull it first)").arg(studyUid, cacheDir);
  return files;
}

int sendPackage(const QString& packageDir, const TeachingCase& teachingCase, const QString& profileFile) {
  CloudError profileError;
  const ServerProfile profile = ServerProfile::fromCloudFile(profileFile, &profileError);
  if (!profile.isComplete()) {
    say(QStringLiteral("yunyue: %1 (%2)").arg(profileError.message, profileError.detail));
    return 2;
  }
  QList<QByteArray> files;
  for (const QString& path : teachingPackageFiles(packageDir, teachingCase)) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
      say(TeachCommand::tr("yunyue: cannot read %1").arg(path));
      return 1;
    }
    files.append(file.readAll());
  }
  return storeFilesInBatches(profile, files, say) ? 0 : 1;
}

}  // namespace

int runTeachCommand(const QStringList& arguments) {
  QCommandLineParser cli;
  cli.setApplicationDescription(TeachCommand::tr("Teaching files: de-identified case packages and the teaching library."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("teach"), TeachCommand::tr("The verb."));
  cli.addPositionalArgument(QStringLiteral("action"), TeachCommand::tr("export, import, list, verify or send."));
  auto option = [](const char* name, const QString& help, const char* value = nullptr, const QString& fallback = {}) {
    return value ? QCommandLineOption(QLatin1String(name), help, QLatin1String(value), fallback)
                 : QCommandLineOption(QLatin1String(name), help);
  };
  const QCommandLineOption libraryOption = option("library", TeachCommand::tr("Teaching library folder."), "dir",
                                                  TeachingLibrary::defaultRoot());
  const QCommandLineOption cacheOption = option("cache", TeachCommand::tr("Cache directory (default: the user's cache)."),
                                                "dir", qEnvironmentVariable("YUNYUE_CACHE_DIR", StudyCache::defaultRoot()));
  const QCommandLineOption titleOption = option("title", TeachCommand::tr("The case's title."), "text");
  const QCommandLineOption diagnosisOption = option("diagnosis", TeachCommand::tr("The diagnosis (hidden until revealed)."), "text");
  const QCommandLineOption historyOption = option("history", TeachCommand::tr("Clinical history, without identifiers."), "text");
  const QCommandLineOption pointOption = option("point", TeachCommand::tr("A teaching point (repeatable)."), "text");
  const QCommandLineOption tagOption = option("tag", TeachCommand::tr("A tag (repeatable); with list: only cases with it."), "tag");
  const QCommandLineOption keyImageOption = option("key-image", TeachCommand::tr("SOPInstanceUID of a key image (repeatable)."), "uid");
  const QCommandLineOption caseIdOption = option("case-id", TeachCommand::tr("Case ID (default: a new one)."), "id");
  const QCommandLineOption authorOption = option("author", TeachCommand::tr("The teacher's name as shown."), "name");
  const QCommandLineOption languageOption = option("language", TeachCommand::tr("Language of the text (default zh-CN)."), "bcp47",
                                                   QStringLiteral("zh-CN"));
  const QCommandLineOption secretOption = option(
      "secret-file", TeachCommand::tr("File with the secret that derives new UIDs and date shifts (default: random)."), "file");
  const QCommandLineOption outOption = option("out", TeachCommand::tr("Write the package here instead of into the library."), "dir");
  const QCommandLineOption sendOption = option("send", TeachCommand::tr("Also store the de-identified images in the teaching archive."));
  const QCommandLineOption profileOption =
      option("profile", TeachCommand::tr("Teaching archive's server profile file (default: the demo cloud's)."), "file",
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/yunyue/demo-cloud/cloud.ini"));
  const QCommandLineOption searchOption = option("search", TeachCommand::tr("Only cases whose text contains this."), "text");
  cli.addOptions({libraryOption, cacheOption, titleOption, diagnosisOption, historyOption, pointOption, tagOption,
                  keyImageOption, caseIdOption, authorOption, languageOption, secretOption, outOption, sendOption,
                  profileOption, searchOption});
  auto bad = [](const QString& why) {
    say(QStringLiteral("yunyue: %1").arg(why));
    say(usage());
    return 2;
  };
  if (!cli.parse(arguments)) return bad(cli.errorText());
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);
  const QStringList positional = cli.positionalArguments();
  const QString action = positional.value(1);
  TeachingLibrary library(cli.value(libraryOption));

  if (action == QLatin1String("list") && positional.size() == 2) {
    for (const TeachingCase& c : library.search(cli.value(searchOption), cli.value(tagOption)))
      print(QStringList{c.caseId, c.title, c.modality, c.bodyPart, c.tags.join(QLatin1Char(',')),
                        QString::number(c.files.size())}
                .join(QLatin1Char('\t')));
    return 0;
  }
  if (positional.size() != 3) return bad(TeachCommand::tr("name one action and its study or package"));
  const QString subject = positional.at(2);

  if (action == QLatin1String("verify") || action == QLatin1String("import") || action == QLatin1String("send")) {
    TeachingCase c;
    ReportingError error;
    if (!readTeachingPackage(subject, &c, &error)) return failed(error);
    if (action == QLatin1String("send")) return sendPackage(subject, c, cli.value(profileOption));
    if (action == QLatin1String("import")) {
      if (!library.importPackage(subject, &c, &error)) return failed(error);
      say(TeachCommand::tr("case %1 is in the teaching library %2").arg(c.caseId, library.root()));
    } else {
      say(TeachCommand::tr("case %1: %n file(s), all intact", nullptr, int(c.files.size())).arg(c.caseId));
    }
    print(c.caseId);
    return 0;
  }
  if (action != QLatin1String("export")) return bad(TeachCommand::tr("unknown action %1").arg(action));

  if (!cli.isSet(titleOption)) return bad(TeachCommand::tr("a teaching case needs --title"));
  TeachingCase draft;
  draft.caseId = cli.isSet(caseIdOption) ? cli.value(caseIdOption) : newTeachingCaseId(QDate::currentDate());
  if (!isValidTeachingCaseId(draft.caseId)) return bad(TeachCommand::tr("--case-id may hold only letters, digits, '.', '_' and '-'"));
  draft.title = cli.value(titleOption);
  draft.diagnosis = cli.value(diagnosisOption);
  draft.history = cli.value(historyOption);
  draft.teachingPoints = cli.values(pointOption);
  draft.tags = cli.values(tagOption);
  draft.author = cli.value(authorOption);
  draft.language = cli.value(languageOption);
  for (const QString& uid : cli.values(keyImageOption)) {
    ImageReference key;
    key.sopInstanceUid = uid;
    draft.keyImages.append(key);
  }
  DeidentificationOptions options;
  // The case's own pseudonym: the meeting sees "TEACHING^<case>" and the case ID.
  options.patientName = QStringLiteral("TEACHING^") + draft.caseId;
  options.patientId = draft.caseId;
  if (cli.isSet(secretOption)) {
    QFile secret(cli.value(secretOption));
    if (secret.open(QIODevice::ReadOnly)) options.secret = secret.readAll().trimmed();
    if (options.secret.isEmpty()) return bad(TeachCommand::tr("the secret file %1 cannot be read or is empty").arg(secret.fileName()));
  }

  QString problem;
  const QStringList files = cachedStudyFiles(cli.value(cacheOption), subject, &problem);
  if (files.isEmpty()) {
    say(QStringLiteral("yunyue: %1").arg(problem));
    return 1;
  }
  // Key images given by SOP Instance UID get their series and class from the study.
  const QString packageDir = cli.isSet(outOption) ? cli.value(outOption) : library.packagePath(draft.caseId);
  if (!QDir().mkpath(QFileInfo(packageDir).absolutePath())) {
    say(TeachCommand::tr("yunyue: cannot create %1").arg(QFileInfo(packageDir).absolutePath()));
    return 1;
  }
  TeachingCase written;
  QStringList warnings;
  ReportingError error;
  if (!exportTeachingCase(draft, files, options, packageDir, &written, &warnings, &error)) return failed(error);
  for (const QString& w : std::as_const(warnings)) say(TeachCommand::tr("warning: %1").arg(w));
  say(TeachCommand::tr("case %1: %n de-identified image(s) in %2", nullptr, int(written.files.size()))
          .arg(written.caseId, QDir::toNativeSeparators(packageDir)));
  print(written.caseId);
  if (cli.isSet(sendOption)) return sendPackage(packageDir, written, cli.value(profileOption));
  return 0;
}

}  // namespace yunyue
