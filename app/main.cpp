// yunyue: the reading station.
//   yunyue [--profile cloud.ini] [--open UID|ACCESSION] [--compare UID|ACCESSION] [--screenshot FILE] [--language zh_CN|en]
//   yunyue pull [--profile cloud.ini] [--cache DIR] UID|ACCESSION     (no display needed)
//   yunyue render [--cache DIR] SERIES --plane ... --out FILE.png     (no display needed)
//   yunyue export [--cache DIR] SERIES --plane ... --spacing MM --out DIR  (no display needed)
//   yunyue link [--cache DIR] THICK THIN --slice K                         (no display needed)
//   yunyue report draft|sign|countersign|verify|submit|status|spot-check|score  (no display needed)
//   yunyue deidentify --out DIR [--patient-name PN --patient-id ID] INPUT...  (no display needed)
//   yunyue credentials store|forget|show-backend --server URL --user NAME   (no display needed)

#include "app/CredentialsCommand.h"
#include "app/DeidentifyCommand.h"
#include "app/ExportCommand.h"
#include "app/LinkCommand.h"
#include "app/LoginDialog.h"
#include "app/MainWindow.h"
#include "app/PullCommand.h"
#include "app/RenderCommand.h"
#include "app/ReportCommand.h"
#include "app/StudyView.h"
#include "app/TeachCommand.h"
#include "app/WorklistModel.h"
#include "app/WorkstationSettings.h"
#include "cloudclient/CredentialStore.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
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

// `language` overrides the setting (--language, YUNYUE_LANGUAGE); without
// either, the system locale decides (Chinese: zh_CN, else en).
void installTranslations(QCoreApplication& app, const QString& language) {
  const QString chosen = yunyue::interfaceLanguage(
      language.isEmpty() ? QSettings().value(QStringLiteral("ui/language")).toString() : language, QLocale::system());
  // Chinese keeps the system's region and number formats; English without a
  // region follows the system's (en_GB dates for a British locale).
  const QLocale system = QLocale::system();
  const QLocale locale = chosen == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                         : system.language() == QLocale::English ? system
                                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
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
                             {"credentials", yunyue::runCredentialsCommand, false},
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
  const QCommandLineOption compareOption(QStringLiteral("compare"),
                                         QStringLiteral("Once the opened study is shown, compare it with this prior study (1×2, aligned)."),
                                         QStringLiteral("study"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                            QStringLiteral("Save the window as PNG once loaded, then exit."),
                                            QStringLiteral("file"));
  const QCommandLineOption languageOption(QStringLiteral("language"),
                                          QStringLiteral("User interface language: zh_CN or en (default: the one in Settings, else the system's)."),
                                          QStringLiteral("language"));
  cli.addOptions({profileOption, openOption, compareOption, screenshotOption, languageOption});
  cli.process(app);
  installTranslations(app, cli.value(languageOption));

  yunyue::MainWindow window;
  window.show();

  const QString screenshot = cli.value(screenshotOption);
  const QString studyToOpen = cli.value(openOption);
  const QString priorToCompare = cli.value(compareOption);
  auto finish = [&](int code, const QString& why) {
    if (!why.isEmpty()) std::fprintf(stderr, "yunyue: %s\n", qPrintable(why));
    if (!screenshot.isEmpty()) {
      // The window title goes with it (PNG text "Title"): which language
      // the window spoke can be checked without reading pixels.
      QImage shot = window.grab().toImage();
      shot.setText(QStringLiteral("Title"), window.windowTitle());
      if (!shot.save(screenshot)) {
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
  // Grab once the study is on screen: the MPR views when the whole series
  // is in, else (a pull that did not complete, a series that is no volume)
  // the first image. A short pause lets the last frame reach the screen.
  auto finishSoon = [&] { QTimer::singleShot(500, &app, [&] { finish(0, {}); }); };
  QObject::connect(&window, &yunyue::MainWindow::volumeShown, &app, [&] {
    if (priorToCompare.isEmpty()) return finishSoon();
    // The prior is on the worklist too (the archive's studies).
    const int row = window.worklist()->findStudy(priorToCompare);
    if (row < 0) return finish(1, QStringLiteral("study %1 is not on the worklist").arg(priorToCompare));
    window.comparePrior(window.worklist()->study(row));
  });
  QObject::connect(&window, &yunyue::MainWindow::priorShown, &app, finishSoon);
  QObject::connect(&window, &yunyue::MainWindow::priorFailed, &app, [&](const QString& m) { finish(1, m); });
  QObject::connect(window.studyView(), &yunyue::StudyView::volumeFailed, &app, finishSoon);
  QObject::connect(&window, &yunyue::MainWindow::studyPulled, &app, [&](const QString&, bool complete) {
    if (!complete) finishSoon();
  });
  QObject::connect(&window, &yunyue::MainWindow::worklistFailed, &app, [&](const QString& m) { finish(1, m); });
  QObject::connect(&window, &yunyue::MainWindow::studyFailed, &app, [&](const QString& m) { finish(1, m); });
  if (!screenshot.isEmpty())
    QTimer::singleShot(120000, &app, [&] { finish(2, QStringLiteral("timed out waiting for the study")); });

  yunyue::CloudError profileError;
  const yunyue::ServerProfile profile =
      yunyue::ServerProfile::fromCloudFile(cli.value(profileOption), &profileError);
  // The server chosen in the settings, unless a profile file was named; its
  // password is not in the settings, so it is asked for (the default file
  // still serves when it is for the same server).
  QSettings stored;
  yunyue::ServerProfile chosen = yunyue::WorkstationSettings::load(stored).activeServer();
  const bool useChosen = !cli.isSet(profileOption) && chosen.isComplete() && chosen.dicomWebRoot != profile.dicomWebRoot;
  if (useChosen && yunyue::CredentialStore().fillProfile(&chosen)) {
    window.connectTo(chosen);  // its password is in the keychain: no question at start
  } else if (useChosen) {
    QTimer::singleShot(0, &window, [&window, chosen] {
      yunyue::LoginDialog login(chosen, &window);
      if (login.exec() == QDialog::Accepted) window.connectTo(login.profile());
    });
  } else if (profile.isComplete()) {
    window.connectTo(profile);
  } else if (!screenshot.isEmpty()) {
    std::fprintf(stderr, "yunyue: %s (%s)\n", qPrintable(profileError.message), qPrintable(profileError.detail));
    return 1;
  } else {
    QTimer::singleShot(0, &window, [&] { window.showLogin(profileError.message); });
  }
  return app.exec();
}
