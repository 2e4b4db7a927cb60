#pragma once
// `yunyue export`: writes a reformatted stack of a cached series (MPR images,
// or MIP / MinIP / average slabs, stepping along the plane normal through the
// whole volume) as a DERIVED series in the source's study, headless; with
// --upload it stores the series in the archive over STOW-RS.

#include <QStringList>

namespace yunyue {

// Runs the verb on an existing QCoreApplication; returns the exit code:
// 0 written (and, with --upload, every image stored), 1 the series is not in
// the cache, cannot be loaded, written or stored, 2 bad usage or profile.
int runExportCommand(const QStringList& arguments);

}  // namespace yunyue
