#include "app/DeidentifyCommand.h"

#include "reporting/Deidentifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

namespace yunyue {
namespace {

// Context of this verb's translations.
struct DeidentifyCommand {
  Q_DECLARE_TR_FUNCTIONS(DeidentifyCommand)
};

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

// PS3.10 7.1: the "DICM" prefix after the 128-byte preamble.
bool looksLikePart10(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return false;
  const QByteArray head = f.read(132);
  return head.size() == 132 && head.mid(128, 4) == "DICM";
}

// Files named on the command line are inputs whatever they hold (a wrong
// one is an error); in directories, only Part 10 files are (a DICOMDIR's
// neighbours, notes and thumbnails are skipped).
QStringList collectInputs(const QStringList& arguments, bool* missing) {
  QStringList files;
  for (const QString& argument : arguments) {
    const QFileInfo info(argument);
    if (info.isDir()) {
      QStringList found;
      QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
      while (it.hasNext()) {
        const QString path = it.next();
        if (looksLikePart10(path) && QFileInfo(path).fileName() != QLatin1String("DICOMDIR")) found << path;
      }
      found.sort();
      files << found;
    } else if (info.isFile()) {
      files << argument;
    } else {
      say(DeidentifyCommand::tr("yunyue: %1 does not exist").arg(argument));
      *missing = true;
    }
  }
  return files;
}

// DIR/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm, all new UIDs.
bool writeResult(const QString& outDir, const DeidentifiedFile& result, QString* path) {
  const QString folder = outDir + QLatin1Char('/') + result.studyInstanceUid + QLatin1Char('/') + result.seriesInstanceUid;
  *path = folder + QLatin1Char('/') + result.sopInstanceUid + QStringLiteral(".dcm");
  if (!QDir().mkpath(folder)) return false;
  QSaveFile file(*path);
  return file.open(QIODevice::WriteOnly) && file.write(result.part10) == result.part10.size() && file.commit();
}

}  // namespace

int runDeidentifyCommand(const QStringList& arguments) {
  QCommandLineParser cli;
  cli.setApplicationDescription(DeidentifyCommand::tr(
      "De-identifies DICOM files (PS3.15 Annex E basic profile, modified dates, clean descriptors)."));
  cli.addHelpOption();
  cli.addPositionalArgument(QStringLiteral("deidentify"), DeidentifyCommand::tr("The verb."));
  cli.addPositionalArgument(QStringLiteral("input"), DeidentifyCommand::tr("DICOM files or directories (searched recursively)."));
  const QCommandLineOption outOption(QStringLiteral("out"), DeidentifyCommand::tr("Directory for the de-identified files."),
                                     QStringLiteral("dir"));
  const QCommandLineOption nameOption(QStringLiteral("patient-name"),
                                      DeidentifyCommand::tr("Pseudonym for the patient's name, e.g. TEACHING^CASE001."),
                                      QStringLiteral("pn"));
  const QCommandLineOption idOption(QStringLiteral("patient-id"), DeidentifyCommand::tr("Pseudonym for the patient ID, e.g. CASE001."),
                                    QStringLiteral("id"));
  const QCommandLineOption secretOption(
      QStringLiteral("secret-file"),
      DeidentifyCommand::tr("File with the secret that derives new UIDs and date shifts; the same secret gives the same result "
                            "(default: a random secret for this run)."),
      QStringLiteral("file"));
  cli.addOptions({outOption, nameOption, idOption, secretOption});
  if (!cli.parse(arguments) || cli.positionalArguments().size() < 2 || !cli.isSet(outOption)) {
    say(cli.errorText().isEmpty()
            ? DeidentifyCommand::tr("usage: yunyue deidentify --out DIR [--patient-name PN --patient-id ID] "
                                    "[--secret-file FILE] INPUT...")
            : cli.errorText());
    return 2;
  }
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);

  DeidentificationOptions options;
  options.patientName = cli.value(nameOption);
  options.patientId = cli.value(idOption);
  if (cli.isSet(secretOption)) {
    QFile secret(cli.value(secretOption));
    if (secret.open(QIODevice::ReadOnly)) options.secret = secret.readAll().trimmed();
    if (options.secret.isEmpty()) {
      say(DeidentifyCommand::tr("yunyue: the secret file %1 cannot be read or is empty").arg(cli.value(secretOption)));
      return 2;
    }
  }
  const QString outDir = cli.value(outOption);
  if (!QDir().mkpath(outDir)) {
    say(DeidentifyCommand::tr("yunyue: cannot create %1").arg(outDir));
    return 1;
  }

  bool failed = false;
  const QStringList inputs = collectInputs(cli.positionalArguments().mid(1), &failed);
  if (inputs.isEmpty()) {
    say(DeidentifyCommand::tr("yunyue: no DICOM files found"));
    return 1;
  }
  Deidentifier deidentifier(options);
  int written = 0;
  for (const QString& input : inputs) {
    QFile file(input);
    DeidentifiedFile result;
    ReportingError error;
    if (!file.open(QIODevice::ReadOnly) || !deidentifier.deidentify(file.readAll(), &result, &error)) {
      say(QStringLiteral("%1: %2").arg(input, error.message.isEmpty() ? file.errorString() : error.message));
      failed = true;
      continue;
    }
    QString path;
    if (!writeResult(outDir, result, &path)) {
      say(DeidentifyCommand::tr("%1: cannot write %2").arg(input, path));
      failed = true;
      continue;
    }
    for (const QString& warning : std::as_const(result.warnings))
      say(DeidentifyCommand::tr("%1: warning: %2").arg(input, warning));
    ++written;
  }
  std::printf("%s\n", qPrintable(DeidentifyCommand::tr("%n file(s) de-identified into %1", nullptr, written).arg(outDir)));
  return failed ? 1 : 0;
}

}  // namespace yunyue
