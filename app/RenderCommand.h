#pragma once
// `yunyue render`: writes a PNG of an MPR or slab image of a cached series,
// headless (no display, no GPU): for scripts, teaching files and checks.
// `yunyue render --3d`: a volume rendering with a preset from a camera view
// (GPU ray casting, offscreen; needs an X display: xvfb-run on a headless
// machine), and/or with --stl the threshold surface as binary STL (no display).

#include <QStringList>

namespace yunyue {

// Runs the verb on an existing QCoreApplication; returns the exit code:
// 0 the PNG (and STL) is written, 1 the series is not in the cache, cannot be
// loaded, there is no display for --3d or the file cannot be written, 2 bad usage.
int runRenderCommand(const QStringList& arguments);

}  // namespace yunyue
