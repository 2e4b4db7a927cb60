#pragma once
// The test archive's own REST API (Orthanc's, not DICOMweb), for what a test
// must do to the archive behind the client's back: add an instance the
// client did not send, and remove what a test added so the demo studies stay
// as the other tests expect them.

#include "cloudclient/ServerProfile.h"

#include <QByteArray>
#include <QString>

namespace yunyue::test {

// The profile of this run's private archive (the file YUNYUE_TEST_CLOUD
// names); a test cannot go on without it.
ServerProfile testCloudProfile();

class ArchiveAdmin {
 public:
  // Reads the connection file named by YUNYUE_TEST_CLOUD (keys rest, user, password).
  ArchiveAdmin();
  // Stores a DICOM Part 10 file as it is; false (with a warning) on failure.
  bool upload(const QByteArray& part10File);
  // Deletes the study with this StudyInstanceUID, if the archive has it.
  void deleteStudy(const QString& studyUid);
  // Deletes the series with this SeriesInstanceUID (POST /tools/lookup, then
  // DELETE /series/{id}); true when the archive had it and deleted it.
  bool deleteSeries(const QString& seriesUid);

 private:
  QString m_rest;
  QByteArray m_authorization;
};

}  // namespace yunyue::test
