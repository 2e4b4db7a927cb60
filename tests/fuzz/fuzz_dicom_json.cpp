// libFuzzer target: QIDO-RS / metadata answers in the DICOM JSON model
// (PS3.18 Annex F) and the study, series and instance records made of them.

#include "cloudclient/DicomJson.h"
#include "cloudclient/Records.h"
#include "FuzzInput.h"

#include <cstddef>
#include <cstdint>

namespace {

// Every accessor a caller may use on a dataset it got from a server, on
// every element present (and nested sequences, to a limited depth).
void readEverything(const yunyue::DicomJsonDataset& ds, int depth) {
  static const quint32 tags[] = {
      yunyue::dicomtag::SpecificCharacterSet, yunyue::dicomtag::StudyDate, yunyue::dicomtag::PatientName,
      yunyue::dicomtag::ModalitiesInStudy, yunyue::dicomtag::ImagePositionPatient, yunyue::dicomtag::InstanceNumber,
      0x00081140 /* ReferencedImageSequence */, 0x7FE00010 /* PixelData */};
  for (quint32 tag : tags) {
    if (!ds.contains(tag)) continue;
    (void)ds.vr(tag);
    const int count = ds.valueCount(tag);
    for (int i = -1; i <= qMin(count, 4); ++i) {
      (void)ds.string(tag, i);
      (void)ds.personName(tag, i).display();
      (void)ds.number(tag, i);
    }
    (void)ds.strings(tag);
    (void)ds.bulkDataUri(tag);
    (void)ds.inlineBinary(tag);
    if (depth < 4)
      for (const yunyue::DicomJsonDataset& item : ds.sequence(tag)) readEverything(item, depth + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yunyue::fuzz::silenceLogs();
  QList<yunyue::DicomJsonDataset> datasets;
  yunyue::CloudError error;
  if (!yunyue::parseDicomJsonArray(yunyue::fuzz::toByteArray(data, size), &datasets, &error)) return 0;
  for (const yunyue::DicomJsonDataset& ds : datasets) {
    readEverything(ds, 0);
    const yunyue::StudyRecord study = yunyue::StudyRecord::fromDataset(ds);
    (void)study.patientName.display();
    (void)yunyue::SeriesRecord::fromDataset(ds);
    (void)yunyue::InstanceRecord::fromDataset(ds);
  }
  return 0;
}
