#pragma once
// Speaks standard DICOMweb (PS3.18) to one server: QIDO-RS searches,
// WADO-RS retrieves and STOW-RS stores. Every request carries the profile's
// credentials (Basic, or a Bearer token) and, for https with a CA file, trusts
// that file's CAs only; every failure comes back as a CloudError with a
// message for the user.

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
class QSslError;

namespace yunyue {

// STOW-RS answer (PS3.18 10.5.3, Store Instances Response Module): what the
// server stored and what it did not, per instance.
struct StoredInstance {
  QString sopClassUid;     // ReferencedSOPClassUID (0008,1150)
  QString sopInstanceUid;  // ReferencedSOPInstanceUID (0008,1155)
  QString retrieveUrl;     // RetrieveURL (0008,1190), when the server gave one
  int warningReason = 0;   // WarningReason (0008,1196), e.g. 0xB000 coercion; 0 when none
};

struct StoreFailure {
  int part = -1;           // index into the files given to storeInstances; -1 when it matches none
  QString sopClassUid;
  QString sopInstanceUid;  // empty when the part is no DICOM Part 10 file
  // FailureReason (0008,1197): 0xA700 out of resources, 0xA900 data set does
  // not match SOP class, 0xC000 cannot understand, 0xC122 transfer syntax not
  // supported, 0x0110 processing failure, ... -1 when the server did not
  // mention the part at all (Orthanc skips parts it cannot parse).
  int failureReason = -1;
  QString reason;          // for the user, translated
};

struct StoreResult {
  int httpStatus = 0;            // 200 all stored, 202 some failed, 409 none stored (Orthanc: 400)
  QString studyRetrieveUrl;      // RetrieveURL (0008,1190) of the response, if any
  QList<StoredInstance> stored;  // ReferencedSOPSequence (0008,1199)
  QList<StoreFailure> failed;    // FailedSOPSequence (0008,1198), plus parts the server did not mention; by part

  bool allStored() const { return failed.isEmpty(); }
  QStringList storedSopInstanceUids() const;
};

// Worklist filters (PS3.18 8.3.4 matching). Empty fields do not filter.
struct StudyQuery {
  QString patientName;   // wildcard matching: "张*"
  QString patientId;
  QString accessionNumber;
  QString modality;      // ModalitiesInStudy
  QString institutionName;
  QDate patientBirthDate;  // single-value matching on PatientBirthDate
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
  using Stored = std::function<void(StoreResult, CloudError)>;

  void searchStudies(const StudyQuery& query, Found<StudyRecord> done);
  void searchSeries(const QString& studyUid, Found<SeriesRecord> done);
  // With InstanceNumber and ImagePositionPatient, so a pull can order the
  // download by display order without waiting for the series metadata.
  // instanceNumber > 0 matches only that InstanceNumber: the archive answers
  // that from its index at once, where listing a long series takes a while.
  void searchInstances(const QString& studyUid, const QString& seriesUid, Found<InstanceRecord> done,
                       int instanceNumber = 0);
  // One instance, in the transfer syntax it is stored in (never transcoded).
  void retrieveInstance(const QString& studyUid, const QString& seriesUid, const QString& sopInstanceUid,
                        Retrieved done);

  // STOW-RS (PS3.18 10.5): POSTs DICOM Part 10 files, given as their bytes
  // in memory, to {root}/studies in one multipart/related request
  // (type="application/dicom", Accept: application/dicom+json) and reads the
  // server's answer back. The body is built in memory (one copy of all
  // files): send reports and derived series, not a whole archive at once.
  // The error is None when at least one instance was stored (check
  // result.failed, or allStored()); StoreRefused when none was, with the
  // failures in the result; MalformedResponse when the answer is no STOW
  // response dataset; the usual transport errors otherwise. An empty list
  // sends nothing and answers an empty result. The callback always runs
  // later from the event loop, never inside this call.
  void storeInstances(const QList<QByteArray>& part10Files, Stored done);

  // Accept header for WADO-RS instance retrieval. transfer-syntax=* asks for
  // the stored syntax: without it Orthanc's plugin decompresses on the server.
  static QByteArray dicomAcceptHeader();

  // A WADO-RS retrieve of one instance as a stream: the caller reads the
  // reply as it arrives (readyRead) and deletes it. The Accept header always
  // asks for the stored transfer syntax.
  QNetworkReply* openInstanceStream(const QString& studyUid, const QString& seriesUid,
                                    const QString& sopInstanceUid, int stallTimeoutMs = 0);
  // The user-facing error of a finished reply (None when it succeeded).
  // BadProfile whenever the profile's CA file cannot be used; TlsFailed when
  // the TLS handshake failed (detail: the SSL errors).
  CloudError errorOf(QNetworkReply* reply) const;

 private:
  QNetworkRequest request(const QString& path, const QUrlQuery& query = {}) const;
  void getJson(const QString& path, const QUrlQuery& query,
               std::function<void(QList<DicomJsonDataset>, CloudError)> done);
  void onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors);
  // Runs fn from the event loop (callbacks never run inside the call).
  void later(std::function<void()> fn);

  ServerProfile m_profile;
  QNetworkAccessManager* m_network;
  QList<QSslCertificate> m_caCertificates;  // of m_profile.caCertificatesFile
  CloudError m_profileError;                // BadProfile when that file cannot be used
};

}  // namespace yunyue
