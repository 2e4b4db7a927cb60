#pragma once
// `yunyue render`: writes a PNG of an MPR or slab image of a cached series,
// headless (no display, no GPU): for scripts, teaching files and checks.

#include <QStringList>

namespace yunyue {

// Runs the verb on an existing QCoreApplication; returns the exit code:
// 0 the PNG is written, 1 the series is not in the cache, cannot be loaded
// or the PNG cannot be written, 2 bad usage.
int runRenderCommand(const QStringList& arguments);

}  // namespace yunyue
