// Test-side program for the kill -9 tests of test_report_editor.
//
//   draft_typist DRAFT_DIR TEXT_FILE AUTOSAVE_MS CHARS_PER_SECOND
//     Opens the report editor (offscreen) on a fixed CT head study whose
//     drafts live in DRAFT_DIR, prints "restored N" (N = length of the
//     restored findings, -1 without a draft), then types the rest of the text
//     in TEXT_FILE into the findings, one key press at a time at a steady
//     pace, printing "typed N" (findings length so far) after every key.
//   draft_typist --restore-only DRAFT_DIR TEXT_FILE
//     Only prints "restored N" and exits.
//   draft_typist --hammer DRAFT_DIR
//     Saves two large drafts of the same study in turns, as fast as it can,
//     printing "saved N"; for killing in the middle of a save.

#include "reporting/DraftStore.h"
#include "reporting/widgets/ReportEditor.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace yunyue;

namespace {

ReportedStudy typedStudy() {
  ReportedStudy s;
  s.studyUid = QStringLiteral("1.2.826.0.1.3680043.8.498.20261123.1");
  s.modality = QStringLiteral("CT");
  s.bodyPart = QStringLiteral("HEAD");
  return s;
}

void say(const char* what, qsizetype n) {
  std::printf("%s %lld\n", what, static_cast<long long>(n));
  std::fflush(stdout);
}

int hammer(const QString& directory) {
  DraftStore store(directory);
  Report report;
  report.study = typedStudy();
  for (qsizetype n = 0;; ++n) {
    // Sizes differ so a torn file could not pass for either draft.
    report.findings = n % 2 ? QString(300000, QLatin1Char('B')) : QString(200000, QLatin1Char('A'));
    ReportingError error;
    if (!store.save(report, &error)) {
      std::fprintf(stderr, "%s\n", qPrintable(error.detail));
      return 1;
    }
    say("saved", n);
  }
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QStringList args = app.arguments().mid(1);
  if (args.value(0) == QLatin1String("--hammer")) return hammer(args.value(1));
  const bool restoreOnly = args.value(0) == QLatin1String("--restore-only");
  if (restoreOnly) args.removeFirst();
  if (args.size() < (restoreOnly ? 2 : 4)) {
    std::fprintf(stderr, "usage: draft_typist [--restore-only] DRAFT_DIR TEXT_FILE [AUTOSAVE_MS CHARS_PER_SECOND]\n");
    return 2;
  }
  QFile textFile(args[1]);
  if (!textFile.open(QIODevice::ReadOnly)) return 2;
  const QString text = QString::fromUtf8(textFile.readAll());

  DraftStore store(args[0]);
  ReportEditor editor(&store);
  if (!restoreOnly) editor.setAutosaveInterval(args[2].toInt());
  editor.openStudy(typedStudy(), Observer{QStringLiteral("Wang^Yi"), QStringLiteral("R042"), QString()},
                   QStringLiteral("en"));
  auto* findings = editor.findChild<QPlainTextEdit*>(QStringLiteral("findings"));
  if (!findings) return 3;
  say("restored", editor.restoredFromDraft() ? findings->toPlainText().size() : -1);
  if (restoreOnly) return 0;
  if (!editor.restoredFromDraft()) {  // start from an empty findings section, as the reader would
    QTest::keyClick(findings, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(findings, Qt::Key_Delete);
  }
  if (!text.startsWith(findings->toPlainText())) return 4;  // the draft is not ours

  QTimer typing;
  typing.setInterval(1000 / qMax(1, args[3].toInt()));
  QObject::connect(&typing, &QTimer::timeout, [&] {
    const qsizetype at = findings->toPlainText().size();
    if (at >= text.size()) {
      app.quit();
      return;
    }
    QTest::keyClick(findings, text.at(at).toLatin1());
    say("typed", findings->toPlainText().size());
  });
  typing.start();
  return app.exec();
}
