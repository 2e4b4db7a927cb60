#pragma once
// `yunyue link FROM TO (--slice K | --position X,Y,Z)`: linked scrolling
// between two cached series of one frame of reference — a thick series and
// its thin reconstruction — from the terminal: which slices of TO show the
// place a slice of FROM shows. No display needed.

#include <QStringList>

namespace yunyue {

// Exit codes: 0 matching slices printed, 1 none (beyond the other series,
// another frame of reference, not cached), 2 bad usage.
int runLinkCommand(const QStringList& arguments);

}  // namespace yunyue
