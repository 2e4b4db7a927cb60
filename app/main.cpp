// yunyue: the reading station.
//   yunyue [--profile cloud.ini] [--open UID|ACCESSION] [--screenshot FILE] [--language zh_CN|en]
//   yunyue pull [--profile cloud.ini] [--cache DIR] UID|ACCESSION     (no display needed)
//   yunyue render [--cache DIR] SERIES --plane ... --out FILE.png     (no display needed)
//   yunyue export [--cache DIR] SERIES --plane ... --spacing MM --out DIR  (no display needed)
//   yunyue link [--cache DIR] THICK THIN --slice K                         (no display needed)
//   yunyue report draft|sign|countersign|verify|submit|status|spot-check|score  (no display needed)
//   yunyue deidentify --out DIR [--patient-name PN --patient-id ID] INPUT...  (no display needed)

#include "app/DeidentifyCommand.h"
#include "app/ExportCommand.h"
#include "app/LinkCommand.h"
#include "app/MainWindow.h"
#include "app/PullCommand.h"
#include "app/RenderCommand.h"
#include "app/ReportCommand.h"
#include "app/TeachCommand.h"
#include "app/WorklistModel.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <csignal>
#include <cstdio>
#include <utility>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

QString defaultProfilePath() {
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         QStringLiteral("/yunyue/demo-cloud/cloud.ini");
}

void installTranslations(QCoreApplication& app, const QString& language) {
  const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
  QLocale::setDefault(locale);
  auto* ours = new QTranslator(&app);
  if (ours->load(locale, QStringLiteral("yunyue"), QStringLiteral("_"), QStringLiteral(":/i18n")))
    app.installTranslator(ours);
  auto* qt = new QTranslator(&app);
  if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qt);
}

}  // namespace

int main(int argc, char** argv) {
#ifdef __GLIBC__
  // Pulls move hundreds of MB through short-lived buffers of a few hundred
  // KB: kept on the heap instead of mapped and unmapped each time, they cost
  // no page faults (about a fifth of a pull's time on loopback).
  mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
  // A full disk, a quota or a file size limit must become a write error that
  // the cache reports, not a signal that kills the workstation.
  std::signal(SIGXFSZ, SIG_IGN);
  // Verbs run without a display (QImage writes PNGs without a QGuiApplication).
  using Verb = int (*)(const QStringList&);
  struct VerbEntry {
    const char* name;
    Verb run;
    bool fonts;  // draws text (the report PDF): needs a QGuiApplication, offscreen will do
  };
  const VerbEntry verbs[] = {{"pull", yunyue::runPullCommand, false},
                             {"render", yunyue::runRenderCommand, false},
                             {"export", yunyue::runExportCommand, false},
                             {"link", yunyue::runLinkCommand, false},
                             {"report", yunyue::runReportCommand, true},
                             {"deidentify", yunyue::runDeidentifyCommand, false},
                             {"teach", yunyue::runTeachCommand, false}};
  for (const auto& [name, run, fonts] : verbs) {
    if (argc < 2 || qstrcmp(argv[1], name) != 0) continue;
    if (fonts && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> owner(fonts ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication& app = *owner;
    QCoreApplication::setApplicationName(QStringLiteral("yunyue"));
    QCoreApplication::setOrganizationName(QStringLiteral("yunyue"));
    installTranslations(app, qEnvironmentVariable("YUNYUE_LANGUAGE"));
    return run(app.arguments());
  }
  QSurfaceFormat::setDefaultFormat(yunyue::VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("yunyue"));
  QApplication::setApplicationDisplayName(QStringLiteral("云阅 Yunyue"));
  QApplication::setOrganizationName(QStringLiteral("yunyue"));

  QCommandLineParser cli;
  cli.setApplicationDescription(QStringLiteral("Yunyue reading station"));
  cli.addHelpOption();
  const QCommandLineOption profileOption(QStringLiteral("profile"),
                                         QStringLiteral("Server profile file (default: the demo cloud's)."),
                                         QStringLiteral("file"), defaultProfilePath());
  const QCommandLineOption openOption(QStringLiteral("open"),
                                      QStringLiteral("Open this study (StudyInstanceUID or AccessionNumber) once the worklist is loaded."),
                                      QStringLiteral("study"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                            QStringLiteral("Save the window as PNG once loaded, then exit."),
                                            QStringLiteral("file"));
  const QCommandLineOption languageOption(QStringLiteral("language"),
                                          QStringLiteral("User interface language: zh_CN or en (default: system)."),
                                          QStringLiteral("language"));
  cli.addOptions({profileOption, openOption, screenshotOption, languageOption});
  cli.process(app);
  installTranslations(app, cli.value(languageOption));

  yunyue::MainWindow window;
  window.show();

  const QString screenshot = cli.value(screenshotOption);
  const QString studyToOpen = cli.value(openOption);
  auto finish = [&](int code, const QString& why) {
    if (!why.isEmpty()) std::fprintf(stderr, "yunyue: %s\n", qPrintable(why));
    if (!screenshot.isEmpty()) {
      if (!window.grab().save(screenshot)) {
        std::fprintf(stderr, "yunyue: cannot write %s\n", qPrintable(screenshot));
        code = code ? code : 1;
      }
      app.exit(code);
    }
  };
  QObject::connect(&window, &yunyue::MainWindow::worklistLoaded, &app, [&](int) {
    if (studyToOpen.isEmpty()) return finish(0, {});
    const int row = window.worklist()->findStudy(studyToOpen);
    if (row < 0) return finish(1, QStringLiteral("study %1 is not on the worklist").arg(studyToOpen));
    window.openStudy(row);
  });
  // Let the image reach the screen before it is grabbed.
  QObject::connect(&window, &yunyue::MainWindow::imageShown, &app,
                   [&] { QTimer::singleShot(300, &app, [&] { finish(0, {}); }); });
  QObject::connect(&window, &yunyue::MainWindow::worklistFailed, &app, [&](const QString& m) { finish(1, m); });
  QObject::connect(&window, &yunyue::MainWindow::studyFailed, &app, [&](const QString& m) { finish(1, m); });
  if (!screenshot.isEmpty())
    QTimer::singleShot(120000, &app, [&] { finish(2, QStringLiteral("timed out waiting for the study")); });

  yunyue::CloudError profileError;
  const yunyue::ServerProfile profile =
      yunyue::ServerProfile::fromCloudFile(cli.value(profileOption), &profileError);
  if (profile.isComplete()) {
    window.connectTo(profile);
  } else if (!screenshot.isEmpty()) {
    std::fprintf(stderr, "yunyue: %s (%s)\n", qPrintable(profileError.message), qPrintable(profileError.detail));
    return 1;
  } else {
    QTimer::singleShot(0, &window, [&] { window.showLogin(profileError.message); });
  }
  return app.exec();
}
