#pragma once
// What QIDO-RS tells about studies, series and instances, in the words of
// the DICOM standard.

#include "cloudclient/DicomJson.h"

#include <QDate>
#include <QStringList>
#include <QTime>
#include <array>
#include <optional>

namespace yunyue {

struct StudyRecord {
  QString studyInstanceUid;
  PersonName patientName;
  QString patientId;
  QString issuerOfPatientId;
  QDate patientBirthDate;
  QString patientSex;
  QString accessionNumber;
  QDate studyDate;
  QTime studyTime;
  QString studyDescription;
  QString institutionName;
  QStringList modalitiesInStudy;
  int numberOfSeries = 0;
  int numberOfInstances = 0;
  // "+0800": the offset of StudyDate/StudyTime from UTC (PS3.3 C.12.1,
  // SOP Common); empty when the archive did not say.
  QString timezoneOffsetFromUtc;
  // STAT, HIGH, ROUTINE, MEDIUM or LOW (PS3.3 C.4.11); usually empty in
  // image studies, set where the order travelled with them.
  QString requestedProcedurePriority;

  static StudyRecord fromDataset(const DicomJsonDataset& ds);
};

struct SeriesRecord {
  QString seriesInstanceUid;
  QString modality;
  QString seriesDescription;
  int seriesNumber = 0;
  int numberOfInstances = 0;

  static SeriesRecord fromDataset(const DicomJsonDataset& ds);
};

struct InstanceRecord {
  QString sopInstanceUid;
  QString sopClassUid;
  int instanceNumber = 0;
  std::optional<std::array<double, 3>> imagePositionPatient;  // LPS mm, when the server gave it

  static InstanceRecord fromDataset(const DicomJsonDataset& ds);
};

// DICOM DA / TM values to Qt types (invalid when absent or malformed).
QDate dateFromDicom(const QString& da);
QTime timeFromDicom(const QString& tm);

}  // namespace yunyue
