#pragma once
// What the cache knows of one verified instance: read once from the file
// when it arrives (DcmtkBridge.cpp), kept in the SQLite index, and used by
// the completeness check without opening the file again.

#include "cloudclient/CloudError.h"

#include <QString>
#include <array>
#include <optional>

namespace yunyue {

struct InstanceFacts {
  QString studyInstanceUid;
  QString seriesInstanceUid;
  QString sopInstanceUid;
  QString sopClassUid;
  QString transferSyntaxUid;
  QString modality;
  int instanceNumber = 0;
  int rows = 0;
  int columns = 0;
  int numberOfFrames = 1;
  // LossyImageCompression (0028,2110) = "01", or a lossy transfer syntax:
  // the pixels are not the original ones (PS3.3 C.7.6.1.1.5).
  bool lossy = false;
  std::optional<std::array<double, 3>> imagePositionPatient;     // LPS mm
  std::optional<std::array<double, 6>> imageOrientationPatient;  // row, column direction cosines
  std::optional<std::array<double, 2>> pixelSpacing;             // between rows, between columns
  qint64 fileBytes = 0;
};

// Parses a DICOM Part 10 file completely (a truncated or damaged file fails)
// and reads its facts. On failure returns nullopt and fills *error with a
// DamagedInstance error.
std::optional<InstanceFacts> readInstanceFacts(const QString& path, CloudError* error);

// The SOP Instance UID of a DICOM Part 10 file held in memory (its meta
// information's MediaStorageSOPInstanceUID, else the dataset's); empty when
// the bytes are no readable DICOM file.
QString sopInstanceUidOf(const QByteArray& part10File);

// Loads DCMTK's data dictionary, which the first read of a file would
// otherwise wait for (tens of ms): called off the GUI thread when a pull starts.
void prepareInstanceReading();

// A UID as the standard allows it (PS3.5 9.1): digits and dots, at most 64
// characters. Only such UIDs become file names in the cache.
bool isValidUid(const QString& uid);

}  // namespace yunyue
