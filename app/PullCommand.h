#pragma once
// `yunyue pull <StudyInstanceUID|AccessionNumber>`: pulls a whole study into
// the local cache from the terminal, with a progress bar, and reports what
// the completeness check found. No display needed.

#include <QStringList>

namespace yunyue {

// Runs the verb on an existing QCoreApplication; returns the exit code:
// 0 every image is in the cache, 1 some are missing or the study is unknown,
// 2 bad usage or an unusable profile/cache.
int runPullCommand(const QStringList& arguments);

}  // namespace yunyue
