#pragma once
// Decoding of one DICOM image (first frame) into modality values with its
// patient geometry. The DCMTK bridge lives in DecodedImage.cpp only.

#include "viewer/Geometry.h"
#include "viewer/ViewerError.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace yunyue {

struct DecodedImage {
  ImageGeometry geometry;       // size.z() == 1
  int rows = 0;
  int columns = 0;
  std::vector<float> values;    // modality values (HU for CT) row by row, rows*columns
  float minValue = 0;
  float maxValue = 0;
  double windowCenter = 0;      // from the file, or derived from the value range
  double windowWidth = 0;
  bool monochrome1 = false;     // display inverted (low values white)
  QString sopInstanceUid;
  QString modality;
  QString patientName;          // UTF-8, whatever SpecificCharacterSet the file used
  QString seriesDescription;
  double sliceThickness = 0;

  float valueAt(int row, int column) const { return values[size_t(row) * size_t(columns) + size_t(column)]; }
};

struct DecodeOutcome {
  DecodedImage image;
  ViewerError error;
  bool ok() const { return !error.isError(); }
};

DecodeOutcome decodeDicomFile(const QString& path);
DecodeOutcome decodeDicomBytes(const QByteArray& part10File);

}  // namespace yunyue
