#pragma once
// Is a cached series complete and consistent enough to read? Checked after
// every pull from the facts in the cache index: the instance count against
// what QIDO announced, gaps and duplicates in slice positions, mixed
// orientation, pixel spacing or matrix, and lossy compression. Each finding
// is a warning shown on the series; none is hidden.

#include "cloudclient/InstanceFacts.h"

#include <QList>
#include <QString>

namespace yunyue {

enum class SeriesWarningKind {
  MissingInstances,   // fewer instances than NumberOfSeriesRelatedInstances
  ExtraInstances,     // more than announced
  DuplicatePosition,  // two slices at the same position
  Gap,                // a slice distance well above the series' usual one
  UnevenSpacing,      // slice distances differ, without a gap
  MixedOrientation,   // ImageOrientationPatient differs between slices
  MixedPixelSpacing,
  MixedMatrix,        // Rows/Columns differ
  Lossy,              // lossy compressed pixels: not the original data
};

struct SeriesWarning {
  SeriesWarningKind kind;
  QString message;  // for the user, translated
};

// `expectedInstances` < 0 when unknown.
QList<SeriesWarning> checkSeries(const QList<InstanceFacts>& instances, int expectedInstances);

}  // namespace yunyue
