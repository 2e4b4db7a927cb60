#pragma once
// Decoding of the DICOM JSON model (PS3.18 Annex F) returned by QIDO-RS and
// WADO-RS metadata requests.

#include "cloudclient/CloudError.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QJsonObject;

namespace yunyue {

namespace dicomtag {
constexpr quint32 SpecificCharacterSet = 0x00080005;
constexpr quint32 StudyDate = 0x00080020;
constexpr quint32 StudyTime = 0x00080030;
constexpr quint32 AccessionNumber = 0x00080050;
constexpr quint32 Modality = 0x00080060;
constexpr quint32 ModalitiesInStudy = 0x00080061;
constexpr quint32 InstitutionName = 0x00080080;
constexpr quint32 TimezoneOffsetFromUTC = 0x00080201;
constexpr quint32 StudyDescription = 0x00081030;
constexpr quint32 SeriesDescription = 0x0008103E;
constexpr quint32 PatientName = 0x00100010;
constexpr quint32 PatientID = 0x00100020;
constexpr quint32 IssuerOfPatientID = 0x00100021;
constexpr quint32 PatientBirthDate = 0x00100030;
constexpr quint32 PatientSex = 0x00100040;
constexpr quint32 StudyInstanceUID = 0x0020000D;
constexpr quint32 SeriesInstanceUID = 0x0020000E;
constexpr quint32 SOPClassUID = 0x00080016;
constexpr quint32 SOPInstanceUID = 0x00080018;
constexpr quint32 SeriesNumber = 0x00200011;
constexpr quint32 InstanceNumber = 0x00200013;
constexpr quint32 ImagePositionPatient = 0x00200032;
constexpr quint32 NumberOfStudyRelatedSeries = 0x00201206;
constexpr quint32 NumberOfStudyRelatedInstances = 0x00201208;
constexpr quint32 NumberOfSeriesRelatedInstances = 0x00201209;
constexpr quint32 RequestedProcedurePriority = 0x00401003;
}  // namespace dicomtag

// A Person Name with its three component groups (PS3.5 6.2.1).
struct PersonName {
  QString alphabetic;
  QString ideographic;
  QString phonetic;

  bool isEmpty() const { return alphabetic.isEmpty() && ideographic.isEmpty() && phonetic.isEmpty(); }
  // How a worklist shows it: the ideographic form first when there is one
  // (张伟), the alphabetic one beside it ("李娜 (Li Na)").
  QString display() const;
  // "Family^Given^Middle^Prefix^Suffix" → readable: CJK without spaces.
  static QString readable(const QString& group);
};

class DicomJsonDataset {
 public:
  // Parses one dataset object; returns false and fills *error on malformed input.
  static bool parse(const QJsonObject& object, DicomJsonDataset* out, CloudError* error);

  bool contains(quint32 tag) const { return m_elements.contains(tag); }
  QString vr(quint32 tag) const;
  int valueCount(quint32 tag) const;
  // Value as text: strings as they are, numbers in their shortest form.
  QString string(quint32 tag, int index = 0) const;
  QStringList strings(quint32 tag) const;
  PersonName personName(quint32 tag, int index = 0) const;
  std::optional<double> number(quint32 tag, int index = 0) const;
  QList<DicomJsonDataset> sequence(quint32 tag) const;
  QString bulkDataUri(quint32 tag) const;
  QByteArray inlineBinary(quint32 tag) const;

 private:
  struct Element {
    QString vr;
    QJsonArray values;
    QList<DicomJsonDataset> items;
    QString bulkDataUri;
    QByteArray inlineBinary;
  };
  QHash<quint32, Element> m_elements;
};

// Parses a QIDO-RS / metadata response body: a JSON array of datasets. An
// empty body is an empty result (QIDO answers 204 No Content for no match).
bool parseDicomJsonArray(const QByteArray& body, QList<DicomJsonDataset>* out, CloudError* error);

}  // namespace yunyue
