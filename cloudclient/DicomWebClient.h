#pragma once
// Speaks standard DICOMweb (PS3.18) to one server: QIDO-RS searches and
// WADO-RS retrieves. Every request carries the profile's credentials; every
// failure comes back as a CloudError with a message for the user.

#include "cloudclient/CloudError.h"
#include "cloudclient/Records.h"
#include "cloudclient/ServerProfile.h"

#include <QDate>
#include <QObject>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace yunyue {

// Worklist filters (PS3.18 8.3.4 matching). Empty fields do not filter.
struct StudyQuery {
  QString patientName;   // wildcard matching: "张*"
  QString patientId;
  QString accessionNumber;
  QString modality;      // ModalitiesInStudy
  QString institutionName;
  QDate studyDateFrom;
  QDate studyDateTo;
  int limit = 0;
  int offset = 0;

  QUrlQuery toUrlQuery() const;
};

class DicomWebClient : public QObject {
  Q_OBJECT
 public:
  explicit DicomWebClient(ServerProfile profile, QObject* parent = nullptr);

  const ServerProfile& profile() const { return m_profile; }

  template <typename Record>
  using Found = std::function<void(QList<Record>, CloudError)>;
  using Retrieved = std::function<void(QByteArray part10File, CloudError)>;

  void searchStudies(const StudyQuery& query, Found<StudyRecord> done);
  void searchSeries(const QString& studyUid, Found<SeriesRecord> done);
  // With InstanceNumber and ImagePositionPatient, so a pull can order the
  // download by display order without waiting for the series metadata.
  void searchInstances(const QString& studyUid, const QString& seriesUid, Found<InstanceRecord> done);
  // One instance, in the transfer syntax it is stored in (never transcoded).
  void retrieveInstance(const QString& studyUid, const QString& seriesUid, const QString& sopInstanceUid,
                        Retrieved done);

  // Accept header for WADO-RS instance retrieval. transfer-syntax=* asks for
  // the stored syntax: without it Orthanc's plugin decompresses on the server.
  static QByteArray dicomAcceptHeader();

  // A WADO-RS retrieve of one instance as a stream: the caller reads the
  // reply as it arrives (readyRead) and deletes it. The Accept header always
  // asks for the stored transfer syntax.
  QNetworkReply* openInstanceStream(const QString& studyUid, const QString& seriesUid,
                                    const QString& sopInstanceUid, int stallTimeoutMs = 0);
  // The user-facing error of a finished reply (None when it succeeded).
  CloudError errorOf(QNetworkReply* reply) const;

 private:
  QNetworkRequest request(const QString& path, const QUrlQuery& query = {}) const;
  void getJson(const QString& path, const QUrlQuery& query,
               std::function<void(QList<DicomJsonDataset>, CloudError)> done);

  ServerProfile m_profile;
  QNetworkAccessManager* m_network;
};

}  // namespace yunyue
