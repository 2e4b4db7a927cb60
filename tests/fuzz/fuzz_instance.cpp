// libFuzzer target: one DICOM Part 10 file as the cache receives it
// (readInstanceFacts, sopInstanceUidOf) and as the viewer decodes it
// (decodeDicomBytes: every registered decoder, JPEG, JPEG-LS, RLE, deflate,
// and our OpenJPEG-based JPEG 2000 codec).

#include "cloudclient/InstanceFacts.h"
#include "viewer/DecodedImage.h"
#include "FuzzInput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yunyue::fuzz::silenceLogs();
  const QByteArray bytes = yunyue::fuzz::toByteArray(data, size);
  yunyue::CloudError error;
  // The cache reads files it wrote, never memory: so does this target.
  (void)yunyue::readInstanceFacts(yunyue::fuzz::writeScratchFile(QStringLiteral("instance.dcm"), bytes), &error);
  (void)yunyue::sopInstanceUidOf(bytes);
  const yunyue::DecodeOutcome decoded = yunyue::decodeDicomBytes(bytes);
  if (decoded.ok()) {
    // Every value the viewer may show must be there: rows * columns of them.
    const yunyue::DecodedImage& image = decoded.image;
    if (image.values.size() != size_t(image.rows) * size_t(image.columns)) __builtin_trap();
    if (!image.values.empty()) (void)image.valueAt(image.rows - 1, image.columns - 1);
  }
  return 0;
}
