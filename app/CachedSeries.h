#pragma once
// What the headless verbs (render, export) share: a cached series, named by
// its SeriesInstanceUID or by its study (then the first series), loaded as
// a volume, with the reason on the terminal when it cannot be.

#include "viewer/VolumeLoader.h"

#include <QString>
#include <QStringList>

namespace yunyue {

// !ok() (and the reason printed) when the cache, the series or its images
// cannot be used. *files: the series' files, which the slices' indices name.
VolumeLoadOutcome loadCachedSeries(const QString& cacheDirectory, const QString& seriesOrStudyUid,
                                   QStringList* files = nullptr);

}  // namespace yunyue
