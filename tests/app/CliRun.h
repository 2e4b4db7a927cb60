#pragma once
// Running the real `yunyue` binary from a test, as a script would: English
// messages, stdout and stderr kept apart. Compiled into each test that uses
// it, with that test's YUNYUE_EXE.

#include <QString>
#include <QStringList>

namespace yunyue::test {

struct CliRun {
  int exitCode = -1;  // -1: killed after the time limit; -2: crashed
  QString output;     // stdout (UTF-8)
  QString errors;     // stderr
};

// withoutEnvironment: variables to remove for this run (e.g. DISPLAY).
CliRun runYunyue(const QStringList& args, const QStringList& withoutEnvironment = {});

// A field of a demo study's line in the converter's list (demo-studies.txt
// in YUNYUE_TEST_DATA): 0 name, 1 modality, 2 patient, 3 study UID, 4 series UID, 5 images.
QString demoStudyField(const QString& name, int field);

}  // namespace yunyue::test
