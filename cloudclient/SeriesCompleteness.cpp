#include "cloudclient/SeriesCompleteness.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace yunyue {
namespace {

constexpr double kSamePositionMm = 0.01;
constexpr double kOrientationTolerance = 1e-4;
constexpr double kSpacingToleranceMm = 1e-3;

template <size_t N>
bool sameValues(const std::array<double, N>& a, const std::array<double, N>& b, double tolerance) {
  for (size_t i = 0; i < N; ++i)
    if (std::abs(a[i] - b[i]) > tolerance) return false;
  return true;
}

}  // namespace

QList<SeriesWarning> checkSeries(const QList<InstanceFacts>& instances, int expectedInstances) {
  QList<SeriesWarning> warnings;
  const QLocale locale;
  const int count = int(instances.size());
  if (expectedInstances >= 0 && count < expectedInstances)
    warnings.append({SeriesWarningKind::MissingInstances,
                     QCoreApplication::translate("yunyue::SeriesCompleteness", "Incomplete series: %1 of %2 images are here.").arg(count).arg(expectedInstances)});
  if (expectedInstances >= 0 && count > expectedInstances)
    warnings.append({SeriesWarningKind::ExtraInstances,
                     QCoreApplication::translate("yunyue::SeriesCompleteness", "The series holds %1 images, the archive announced %2.").arg(count).arg(expectedInstances)});
  if (instances.isEmpty()) return warnings;

  const int lossy = int(std::count_if(instances.begin(), instances.end(), [](const InstanceFacts& f) { return f.lossy; }));
  if (lossy > 0)
    warnings.append({SeriesWarningKind::Lossy,
                     QCoreApplication::translate("yunyue::SeriesCompleteness", "%n image(s) are lossy compressed: not the original data.", nullptr, lossy)});

  const InstanceFacts& first = instances.first();
  bool mixedOrientation = false, mixedSpacing = false, mixedMatrix = false;
  for (const InstanceFacts& f : instances) {
    if (f.imageOrientationPatient.has_value() != first.imageOrientationPatient.has_value() ||
        (f.imageOrientationPatient && !sameValues(*f.imageOrientationPatient, *first.imageOrientationPatient, kOrientationTolerance)))
      mixedOrientation = true;
    if (f.pixelSpacing.has_value() != first.pixelSpacing.has_value() ||
        (f.pixelSpacing && !sameValues(*f.pixelSpacing, *first.pixelSpacing, kSpacingToleranceMm)))
      mixedSpacing = true;
    if (f.rows != first.rows || f.columns != first.columns) mixedMatrix = true;
  }
  if (mixedOrientation)
    warnings.append({SeriesWarningKind::MixedOrientation, QCoreApplication::translate("yunyue::SeriesCompleteness", "The images of this series have different orientations.")});
  if (mixedSpacing)
    warnings.append({SeriesWarningKind::MixedPixelSpacing, QCoreApplication::translate("yunyue::SeriesCompleteness", "The images of this series have different pixel spacings.")});
  if (mixedMatrix)
    warnings.append({SeriesWarningKind::MixedMatrix, QCoreApplication::translate("yunyue::SeriesCompleteness", "The images of this series have different sizes.")});

  // Slice positions along the normal, for single-frame cross-sections.
  if (mixedOrientation || !first.imageOrientationPatient || count < 3) return warnings;
  const auto& o = *first.imageOrientationPatient;
  const double normal[3] = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
  std::vector<double> positions;
  for (const InstanceFacts& f : instances) {
    if (!f.imagePositionPatient || f.numberOfFrames > 1) return warnings;
    const auto& p = *f.imagePositionPatient;
    positions.push_back(p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2]);
  }
  std::sort(positions.begin(), positions.end());
  std::vector<double> steps;
  int duplicates = 0;
  for (size_t i = 1; i < positions.size(); ++i) {
    const double step = positions[i] - positions[i - 1];
    if (step < kSamePositionMm) ++duplicates;
    else steps.push_back(step);
  }
  if (duplicates > 0)
    warnings.append({SeriesWarningKind::DuplicatePosition,
                     QCoreApplication::translate("yunyue::SeriesCompleteness", "%n slice(s) share a position with another slice.", nullptr, duplicates)});
  if (steps.size() < 2) return warnings;
  std::vector<double> sorted = steps;
  std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
  const double usual = sorted[sorted.size() / 2];
  int gaps = 0, uneven = 0;
  double largest = 0;
  for (double step : steps) {
    if (step > 1.5 * usual) {
      ++gaps;
      largest = std::max(largest, step);
    } else if (std::abs(step - usual) > 0.05 * usual + kSpacingToleranceMm) {
      ++uneven;
    }
  }
  if (gaps > 0)
    warnings.append({SeriesWarningKind::Gap, QCoreApplication::translate("yunyue::SeriesCompleteness", "%n gap(s) between slices: up to %1 mm where the series has %2 mm.", nullptr, gaps)
                                                 .arg(locale.toString(largest, 'f', 2), locale.toString(usual, 'f', 2))});
  if (uneven > 0)
    warnings.append({SeriesWarningKind::UnevenSpacing, QCoreApplication::translate("yunyue::SeriesCompleteness", "The slice spacing is uneven (%n slice distance(s) differ).", nullptr, uneven)});
  return warnings;
}

}  // namespace yunyue
