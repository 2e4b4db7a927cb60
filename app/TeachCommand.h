#pragma once
// `yunyue teach`: teaching files for the read-out meeting from the terminal.
//   teach export STUDY --title ... [--out DIR | into the library] [--send]
//   teach import PACKAGE        teach list [--search TEXT] [--tag TAG]
//   teach verify PACKAGE        teach send PACKAGE [--profile FILE]

#include <QStringList>

namespace yunyue {

// Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.
int runTeachCommand(const QStringList& arguments);

}  // namespace yunyue
