#include "cloudclient/Records.h"

#include <cmath>
#include <limits>

namespace yunyue {
namespace tag = dicomtag;

QDate dateFromDicom(const QString& da) { return QDate::fromString(da.trimmed().left(8), QStringLiteral("yyyyMMdd")); }

QTime timeFromDicom(const QString& tm) {
  // HH, HHMM, HHMMSS, HHMMSS.FFFFFF: seconds and fractions are optional.
  const QString t = tm.trimmed();
  const int h = t.mid(0, 2).toInt();
  const int m = t.size() >= 4 ? t.mid(2, 2).toInt() : 0;
  const int s = t.size() >= 6 ? t.mid(4, 2).toInt() : 0;
  return t.size() >= 2 ? QTime(h, m, s) : QTime();
}

// IS is a signed 32-bit value (PS3.5 6.2). A server may still send 1e10 or
// "nan" (the JSON string form goes through toDouble): converting those to
// int is undefined behaviour, so they count as absent (found by fuzzing).
static int intOf(const DicomJsonDataset& ds, quint32 t) {
  const double v = ds.number(t).value_or(0);
  const bool representable = std::isfinite(v) && v >= double(std::numeric_limits<int>::min()) &&
                             v <= double(std::numeric_limits<int>::max());
  return representable ? int(v) : 0;
}

StudyRecord StudyRecord::fromDataset(const DicomJsonDataset& ds) {
  StudyRecord r;
  r.studyInstanceUid = ds.string(tag::StudyInstanceUID);
  r.patientName = ds.personName(tag::PatientName);
  r.patientId = ds.string(tag::PatientID);
  r.issuerOfPatientId = ds.string(tag::IssuerOfPatientID);
  r.patientBirthDate = dateFromDicom(ds.string(tag::PatientBirthDate));
  r.patientSex = ds.string(tag::PatientSex);
  r.accessionNumber = ds.string(tag::AccessionNumber);
  r.studyDate = dateFromDicom(ds.string(tag::StudyDate));
  r.studyTime = timeFromDicom(ds.string(tag::StudyTime));
  r.studyDescription = ds.string(tag::StudyDescription);
  r.institutionName = ds.string(tag::InstitutionName);
  r.modalitiesInStudy = ds.strings(tag::ModalitiesInStudy);
  r.numberOfSeries = intOf(ds, tag::NumberOfStudyRelatedSeries);
  r.numberOfInstances = intOf(ds, tag::NumberOfStudyRelatedInstances);
  r.timezoneOffsetFromUtc = ds.string(tag::TimezoneOffsetFromUTC).trimmed();
  r.requestedProcedurePriority = ds.string(tag::RequestedProcedurePriority).trimmed().toUpper();
  return r;
}

SeriesRecord SeriesRecord::fromDataset(const DicomJsonDataset& ds) {
  SeriesRecord r;
  r.seriesInstanceUid = ds.string(tag::SeriesInstanceUID);
  r.modality = ds.string(tag::Modality);
  r.seriesDescription = ds.string(tag::SeriesDescription);
  r.seriesNumber = intOf(ds, tag::SeriesNumber);
  r.numberOfInstances = intOf(ds, tag::NumberOfSeriesRelatedInstances);
  return r;
}

InstanceRecord InstanceRecord::fromDataset(const DicomJsonDataset& ds) {
  InstanceRecord r;
  r.sopInstanceUid = ds.string(tag::SOPInstanceUID);
  r.sopClassUid = ds.string(tag::SOPClassUID);
  r.instanceNumber = intOf(ds, tag::InstanceNumber);
  if (ds.valueCount(tag::ImagePositionPatient) == 3) {
    std::array<double, 3> p{};
    bool ok = true;
    for (int i = 0; i < 3; ++i) {
      const std::optional<double> v = ds.number(tag::ImagePositionPatient, i);
      ok = ok && v.has_value();
      p[size_t(i)] = v.value_or(0);
    }
    if (ok) r.imagePositionPatient = p;
  }
  return r;
}

}  // namespace yunyue
