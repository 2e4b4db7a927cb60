// libFuzzer target: the files of one series → loadVolume (header checks,
// sorting along the slice normal, geometry checks, the repair policies,
// decoding into the volume).
//
// Input layout: byte 0 chooses the options (bit 0: keep the first of
// duplicate slices, bit 1: resample uneven spacing to a regular grid); the
// rest is up to 8 files separated by fuzz::fileSeparator().

#include "viewer/VolumeLoader.h"
#include "FuzzInput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yunyue::fuzz::silenceLogs();
  if (size < 1) return 0;
  yunyue::VolumeLoadOptions options;
  options.duplicates = (data[0] & 1) ? yunyue::DuplicateSlicePolicy::KeepFirst : yunyue::DuplicateSlicePolicy::Refuse;
  options.spacing = (data[0] & 2) ? yunyue::SliceSpacingPolicy::ResampleToRegularGrid : yunyue::SliceSpacingPolicy::Refuse;
  options.threads = 1;  // one thread: a finding reproduces the same way each run
  const QList<QByteArray> files = yunyue::fuzz::splitFiles(yunyue::fuzz::toByteArray(data + 1, size - 1), 8);
  QStringList paths;
  for (int i = 0; i < files.size(); ++i)
    paths << yunyue::fuzz::writeScratchFile(QStringLiteral("slice-%1.dcm").arg(i), files[i]);
  const yunyue::VolumeLoadOutcome outcome = yunyue::loadVolume(paths, options);
  if (outcome.ok() && outcome.slices.size() != size_t(outcome.volume.geometry().size.z())) __builtin_trap();
  return 0;
}
