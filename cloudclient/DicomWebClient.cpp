#include "cloudclient/DicomWebClient.h"

#include "cloudclient/InstanceFacts.h"
#include "cloudclient/MultipartRelated.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QUuid>
#include <algorithm>

Q_LOGGING_CATEGORY(lcDicomWeb, "yunyue.cloud.dicomweb")

namespace yunyue {
namespace {

constexpr int kTransferTimeoutMs = 30000;
// Where onSslErrors leaves a reply's TLS errors for errorOf.
constexpr char kSslErrorsProperty[] = "yunyueSslErrors";

// Store Instances Response Module (PS3.18 10.5.3, Table 10.5.3-1).
constexpr quint32 kRetrieveUrl = 0x00081190;
constexpr quint32 kFailedSopSequence = 0x00081198;
constexpr quint32 kReferencedSopSequence = 0x00081199;
constexpr quint32 kReferencedSopClassUid = 0x00081150;
constexpr quint32 kReferencedSopInstanceUid = 0x00081155;
constexpr quint32 kWarningReason = 0x00081196;
constexpr quint32 kFailureReason = 0x00081197;

QString hexTag(quint32 tag) { return QStringLiteral("%1").arg(tag, 8, 16, QLatin1Char('0')).toUpper(); }

// Attributes the worklist needs beyond QIDO's defaults (PS3.18 Table 6.7.1-2).
const quint32 kStudyIncludeFields[] = {dicomtag::InstitutionName, dicomtag::StudyDescription,
                                       dicomtag::IssuerOfPatientID, dicomtag::PatientBirthDate,
                                       dicomtag::PatientSex, dicomtag::NumberOfStudyRelatedSeries,
                                       dicomtag::NumberOfStudyRelatedInstances, dicomtag::ModalitiesInStudy,
                                       // for the worklist's turnaround clock and urgency
                                       dicomtag::TimezoneOffsetFromUTC, dicomtag::RequestedProcedurePriority};

template <typename Record>
QList<Record> recordsOf(const QList<DicomJsonDataset>& datasets) {
  QList<Record> records;
  records.reserve(datasets.size());
  for (const DicomJsonDataset& ds : datasets) records << Record::fromDataset(ds);
  return records;
}

QString methodOf(const QNetworkReply* reply) {
  switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation: return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation: return QStringLiteral("POST");
    case QNetworkAccessManager::PutOperation: return QStringLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation: return QStringLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation: return QStringLiteral("HEAD");
    default: return QStringLiteral("request");
  }
}

// A multipart boundary that occurs in none of the parts (RFC 2046 5.1.1).
QByteArray boundaryFor(const QList<QByteArray>& parts) {
  for (;;) {
    const QByteArray boundary = "yunyue-stow-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray delimiter = "--" + boundary;
    if (std::none_of(parts.begin(), parts.end(), [&](const QByteArray& p) { return p.contains(delimiter); }))
      return boundary;
  }
}

QString hexStatus(int status) {
  return QStringLiteral("0x") + QString::number(status, 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// What a FailureReason (0008,1197) means for the user. The codes are the
// Storage service statuses (PS3.4 B.2.3, PS3.7 C) that PS3.18 10.5.3 uses.
QString failureReasonText(int reason) {
  if (reason < 0)
    return QCoreApplication::translate("yunyue::DicomWebClient", "The server did not report this image as stored.");
  if (reason == 0xC122)
    return QCoreApplication::translate("yunyue::DicomWebClient",
                                       "The server does not accept the encoding (transfer syntax) of this image.");
  if ((reason & 0xFF00) == 0xA700)
    return QCoreApplication::translate("yunyue::DicomWebClient", "The server has no room for this image.");
  if ((reason & 0xFF00) == 0xA900)
    return QCoreApplication::translate("yunyue::DicomWebClient", "The image does not match its declared DICOM type.");
  if ((reason & 0xF000) == 0xC000)
    return QCoreApplication::translate("yunyue::DicomWebClient", "The server cannot read this image.");
  if (reason == 0x0122)
    return QCoreApplication::translate("yunyue::DicomWebClient", "The server does not accept this kind of image.");
  if (reason == 0x0124)
    return QCoreApplication::translate("yunyue::DicomWebClient", "This account may not store images.");
  return QCoreApplication::translate("yunyue::DicomWebClient", "The server could not store this image (status %1).")
      .arg(hexStatus(reason));
}

CloudError unreadableStoreResponse(const QString& detail) {
  return {CloudErrorCode::MalformedResponse,
          QCoreApplication::translate("yunyue::DicomWebClient", "The server's answer to the upload cannot be read."),
          detail};
}

// The Store Instances Response: one dataset object (PS3.18 10.5.3), or, as
// some servers send it, an array holding one.
bool parseStoreResponse(const QByteArray& body, DicomJsonDataset* out, CloudError* error) {
  if (body.trimmed().isEmpty()) {
    *error = unreadableStoreResponse(QStringLiteral("empty body, expected a Store Instances Response dataset"));
    return false;
  }
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    *error = unreadableStoreResponse(
        QStringLiteral("bad JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    return false;
  }
  CloudError parsed;
  if (doc.isObject()) {
    if (!DicomJsonDataset::parse(doc.object(), out, &parsed)) {
      *error = unreadableStoreResponse(parsed.detail);
      return false;
    }
  } else {
    QList<DicomJsonDataset> list;
    if (!parseDicomJsonArray(body, &list, &parsed)) {
      *error = unreadableStoreResponse(parsed.detail);
      return false;
    }
    if (list.size() != 1) {
      *error = unreadableStoreResponse(QStringLiteral("array of %1 datasets, expected one").arg(list.size()));
      return false;
    }
    *out = list.first();
  }
  if (!out->contains(kReferencedSopSequence) && !out->contains(kFailedSopSequence)) {
    *error = unreadableStoreResponse(
        QStringLiteral("dataset has neither ReferencedSOPSequence (00081199) nor FailedSOPSequence (00081198)"));
    return false;
  }
  return true;
}

// Fills stored/failed from the response and accounts for every part sent:
// a part the server names in neither sequence is a failure too.
void readStoreResponse(const DicomJsonDataset& ds, const QList<QByteArray>& parts, StoreResult* result) {
  QStringList uids;
  for (const QByteArray& p : parts) uids << sopInstanceUidOf(p);
  QList<bool> accounted(parts.size(), false);
  auto claim = [&](const QString& uid) {
    for (int i = 0; i < uids.size(); ++i)
      if (!accounted[i] && !uid.isEmpty() && uids[i] == uid) {
        accounted[i] = true;
        return i;
      }
    return -1;
  };
  result->studyRetrieveUrl = ds.string(kRetrieveUrl);
  for (const DicomJsonDataset& item : ds.sequence(kReferencedSopSequence)) {
    StoredInstance s;
    s.sopClassUid = item.string(kReferencedSopClassUid);
    s.sopInstanceUid = item.string(kReferencedSopInstanceUid);
    s.retrieveUrl = item.string(kRetrieveUrl);
    s.warningReason = int(item.number(kWarningReason).value_or(0));
    claim(s.sopInstanceUid);
    result->stored << s;
  }
  for (const DicomJsonDataset& item : ds.sequence(kFailedSopSequence)) {
    StoreFailure f;
    f.sopClassUid = item.string(kReferencedSopClassUid);
    f.sopInstanceUid = item.string(kReferencedSopInstanceUid);
    f.failureReason = int(item.number(kFailureReason).value_or(0x0110));
    f.reason = failureReasonText(f.failureReason);
    f.part = claim(f.sopInstanceUid);
    result->failed << f;
  }
  for (int i = 0; i < parts.size(); ++i) {
    if (accounted[i]) continue;
    StoreFailure f;
    f.part = i;
    f.sopInstanceUid = uids[i];
    f.reason = uids[i].isEmpty()
                   ? QCoreApplication::translate("yunyue::DicomWebClient",
                                                 "This is not a DICOM file; the server did not store it.")
                   : failureReasonText(-1);
    result->failed << f;
  }
  std::stable_sort(result->failed.begin(), result->failed.end(), [](const StoreFailure& a, const StoreFailure& b) {
    return unsigned(a.part) < unsigned(b.part);  // by part, unmatched (-1) last
  });
}

QString failureSummary(const StoreResult& r, int parts) {
  QStringList items;
  for (const StoreFailure& f : r.failed) {
    if (items.size() == 5) {
      items << QStringLiteral("...");
      break;
    }
    items << QStringLiteral("part %1 %2: %3")
                 .arg(f.part)
                 .arg(f.sopInstanceUid.isEmpty() ? QStringLiteral("(no SOP Instance UID)") : f.sopInstanceUid,
                      f.failureReason < 0 ? QStringLiteral("not in the response")
                                          : QStringLiteral("FailureReason ") + hexStatus(f.failureReason));
  }
  return QStringLiteral("%1 of %2 parts stored; %3").arg(r.stored.size()).arg(parts).arg(items.join(QStringLiteral("; ")));
}

}  // namespace

QStringList StoreResult::storedSopInstanceUids() const {
  QStringList uids;
  for (const StoredInstance& s : stored) uids << s.sopInstanceUid;
  return uids;
}

QUrlQuery StudyQuery::toUrlQuery() const {
  QUrlQuery q;
  auto add = [&q](quint32 tag, const QString& value) {
    if (!value.isEmpty()) q.addQueryItem(hexTag(tag), value);
  };
  add(dicomtag::PatientName, patientName);
  add(dicomtag::PatientID, patientId);
  add(dicomtag::AccessionNumber, accessionNumber);
  add(dicomtag::ModalitiesInStudy, modality);
  add(dicomtag::InstitutionName, institutionName);
  if (patientBirthDate.isValid()) add(dicomtag::PatientBirthDate, patientBirthDate.toString(QStringLiteral("yyyyMMdd")));
  if (studyDateFrom.isValid() || studyDateTo.isValid())
    add(dicomtag::StudyDate, studyDateFrom.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
                                 studyDateTo.toString(QStringLiteral("yyyyMMdd")));
  for (quint32 tag : kStudyIncludeFields) q.addQueryItem(QStringLiteral("includefield"), hexTag(tag));
  if (limit > 0) q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
  if (offset > 0) q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
  return q;
}

DicomWebClient::DicomWebClient(ServerProfile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_network(new QNetworkAccessManager(this)) {
  m_caCertificates = m_profile.caCertificates(&m_profileError);
  if (m_profileError.isError()) qCWarning(lcDicomWeb) << m_profileError.detail;
  connect(m_network, &QNetworkAccessManager::sslErrors, this, &DicomWebClient::onSslErrors);
}

void DicomWebClient::onSslErrors(QNetworkReply* reply, const QList<QSslError>& errors) {
  // Never ignored: the handshake fails and errorOf reports these.
  QStringList texts;
  for (const QSslError& e : errors) {
    QString text = e.errorString();
    if (!e.certificate().isNull()) text += QStringLiteral(" [%1]").arg(e.certificate().subjectDisplayName());
    texts << text;
  }
  reply->setProperty(kSslErrorsProperty, texts);
}

void DicomWebClient::later(std::function<void()> fn) {
  QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

QByteArray DicomWebClient::dicomAcceptHeader() {
  return QByteArrayLiteral("multipart/related; type=\"application/dicom\"; transfer-syntax=*");
}

QNetworkRequest DicomWebClient::request(const QString& path, const QUrlQuery& query) const {
  QUrl url = m_profile.dicomWebRoot;
  QString base = url.path();
  while (base.endsWith(QLatin1Char('/'))) base.chop(1);
  url.setPath(base + path);
  url.setQuery(query);
  QNetworkRequest r(url);
  if (!m_profile.bearerToken.isEmpty()) {
    r.setRawHeader("Authorization", "Bearer " + m_profile.bearerToken.toUtf8());
  } else {
    const QByteArray credentials = (m_profile.user + QLatin1Char(':') + m_profile.password).toUtf8().toBase64();
    r.setRawHeader("Authorization", "Basic " + credentials);
  }
  if (!m_profile.caCertificatesFile.isEmpty()) {
    // Exactly the profile's CAs (setCaCertificates also turns off Qt's
    // on-demand loading of the system roots); empty when the file is bad,
    // so nothing is trusted then.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(m_caCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    r.setSslConfiguration(ssl);
  }
  r.setTransferTimeout(kTransferTimeoutMs);
  return r;
}

CloudError DicomWebClient::errorOf(QNetworkReply* reply) const {
  if (m_profileError.isError()) return m_profileError;
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QString url = reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
  const QString where = QStringLiteral("%1 %2").arg(methodOf(reply), url);
  // Qt's error text quotes the whole URL: a QIDO query carries AccessionNumber
  // or PatientName, which must not reach the log (issue 8).
  const QString why = QString(reply->errorString()).replace(reply->url().toString(), url);
  const QString detail = QStringLiteral("%1: HTTP %2 %3").arg(where).arg(status).arg(why);
  const QStringList sslErrors = reply->property(kSslErrorsProperty).toStringList();
  if (reply->error() == QNetworkReply::SslHandshakeFailedError || (status == 0 && !sslErrors.isEmpty())) {
    const QString tlsDetail = QStringLiteral("%1: TLS handshake failed: %2")
                                  .arg(where, sslErrors.isEmpty() ? why : sslErrors.join(QStringLiteral("; ")));
    if (!sslErrors.isEmpty()) return {CloudErrorCode::TlsFailed, tr("The server's certificate is not trusted."), tlsDetail};
    return {CloudErrorCode::TlsFailed,
            tr("A secure connection to the server %1 could not be set up.").arg(m_profile.dicomWebRoot.host()),
            tlsDetail};
  }
  if (status == 401 && !m_profile.bearerToken.isEmpty())
    return {CloudErrorCode::AuthenticationFailed, tr("The server refused the access token. Sign in again."), detail};
  if (status == 401) return {CloudErrorCode::AuthenticationFailed, tr("The server refused the user name or password."), detail};
  if (status == 403) return {CloudErrorCode::AccessDenied, tr("This account may not read these studies."), detail};
  if (status == 404) return {CloudErrorCode::NotFound, tr("The server does not have the requested study or image."), detail};
  if (status >= 500) return {CloudErrorCode::ServerError, tr("The server reported an error. Try again later."), detail};
  if (status == 0 || reply->error() != QNetworkReply::NoError)
    return {CloudErrorCode::ServerUnreachable,
            tr("The server %1 cannot be reached.").arg(m_profile.dicomWebRoot.host()), detail};
  return {};
}

void DicomWebClient::getJson(const QString& path, const QUrlQuery& query,
                             std::function<void(QList<DicomJsonDataset>, CloudError)> done) {
  if (m_profileError.isError()) {
    later([this, done = std::move(done)] { done({}, m_profileError); });
    return;
  }
  QNetworkRequest r = request(path, query);
  r.setRawHeader("Accept", "application/dicom+json");
  QNetworkReply* reply = m_network->get(r);
  connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
    reply->deleteLater();
    CloudError error = errorOf(reply);
    QList<DicomJsonDataset> datasets;
    if (!error.isError()) parseDicomJsonArray(reply->readAll(), &datasets, &error);
    if (error.isError()) qCWarning(lcDicomWeb) << error.detail;
    done(datasets, error);
  });
}

void DicomWebClient::searchStudies(const StudyQuery& query, Found<StudyRecord> done) {
  getJson(QStringLiteral("/studies"), query.toUrlQuery(),
          [done = std::move(done)](QList<DicomJsonDataset> ds, CloudError e) { done(recordsOf<StudyRecord>(ds), e); });
}

void DicomWebClient::searchSeries(const QString& studyUid, Found<SeriesRecord> done) {
  QUrlQuery q;
  q.addQueryItem(QStringLiteral("includefield"), hexTag(dicomtag::SeriesDescription));
  getJson(QStringLiteral("/studies/%1/series").arg(studyUid), q,
          [done = std::move(done)](QList<DicomJsonDataset> ds, CloudError e) { done(recordsOf<SeriesRecord>(ds), e); });
}

void DicomWebClient::searchInstances(const QString& studyUid, const QString& seriesUid, Found<InstanceRecord> done,
                                     int instanceNumber) {
  QUrlQuery q;
  if (instanceNumber > 0) q.addQueryItem(hexTag(dicomtag::InstanceNumber), QString::number(instanceNumber));
  for (quint32 tag : {dicomtag::InstanceNumber, dicomtag::ImagePositionPatient})
    q.addQueryItem(QStringLiteral("includefield"), hexTag(tag));
  getJson(QStringLiteral("/studies/%1/series/%2/instances").arg(studyUid, seriesUid), q,
          [done = std::move(done)](QList<DicomJsonDataset> ds, CloudError e) { done(recordsOf<InstanceRecord>(ds), e); });
}

QNetworkReply* DicomWebClient::openInstanceStream(const QString& studyUid, const QString& seriesUid,
                                                 const QString& sopInstanceUid, int stallTimeoutMs) {
  QNetworkRequest r = request(QStringLiteral("/studies/%1/series/%2/instances/%3").arg(studyUid, seriesUid, sopInstanceUid));
  r.setRawHeader("Accept", dicomAcceptHeader());
  if (stallTimeoutMs > 0) r.setTransferTimeout(stallTimeoutMs);
  QNetworkReply* reply = m_network->get(r);
  // A bad CA file: the reply finishes without data, errorOf says BadProfile.
  if (m_profileError.isError()) QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
  return reply;
}

void DicomWebClient::retrieveInstance(const QString& studyUid, const QString& seriesUid,
                                      const QString& sopInstanceUid, Retrieved done) {
  if (m_profileError.isError()) {
    later([this, done = std::move(done)] { done({}, m_profileError); });
    return;
  }
  QNetworkRequest r = request(QStringLiteral("/studies/%1/series/%2/instances/%3").arg(studyUid, seriesUid, sopInstanceUid));
  r.setRawHeader("Accept", dicomAcceptHeader());
  QNetworkReply* reply = m_network->get(r);
  connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
    reply->deleteLater();
    CloudError error = errorOf(reply);
    QList<MultipartPart> parts;
    if (!error.isError())
      parseMultipartRelated(reply->rawHeader("Content-Type"), reply->readAll(),
                            &parts, &error);
    if (!error.isError() && parts.size() != 1)
      error = {CloudErrorCode::MalformedResponse, tr("The server sent image data that cannot be read."),
               QStringLiteral("expected one part, got %1").arg(parts.size())};
    if (error.isError()) qCWarning(lcDicomWeb) << error.detail;
    done(error.isError() ? QByteArray() : parts.first().body, error);
  });
}

void DicomWebClient::storeInstances(const QList<QByteArray>& part10Files, Stored done) {
  if (m_profileError.isError() || part10Files.isEmpty()) {
    later([this, done = std::move(done)] { done({}, m_profileError); });
    return;
  }
  // PS3.18 10.5.1.2: one part per instance, each application/dicom.
  const QByteArray boundary = boundaryFor(part10Files);
  QByteArray body;
  qsizetype total = 0;
  for (const QByteArray& f : part10Files) total += f.size() + boundary.size() + 48;
  body.reserve(total + boundary.size() + 8);
  for (const QByteArray& f : part10Files) {
    body += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n";
    body += f;
    body += "\r\n";
  }
  body += "--" + boundary + "--\r\n";

  QNetworkRequest r = request(QStringLiteral("/studies"));
  r.setHeader(QNetworkRequest::ContentTypeHeader,
              QByteArray("multipart/related; type=\"application/dicom\"; boundary=" + boundary));
  r.setRawHeader("Accept", "application/dicom+json");
  QNetworkReply* reply = m_network->post(r, body);
  connect(reply, &QNetworkReply::finished, this, [this, reply, parts = part10Files, done = std::move(done)] {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    const QString where = QStringLiteral("POST %1: HTTP %2")
                              .arg(reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                              .arg(status);
    StoreResult result;
    result.httpStatus = status;
    CloudError error;
    DicomJsonDataset ds;
    // 200 all stored, 202 some, 409 none (PS3.18 10.5.3): each with the
    // response dataset. Orthanc's plugin answers 400 with the same dataset
    // when any part failed, so other client errors are read as STOW answers
    // when they carry one.
    const bool stowStatus = status == 200 || status == 202 || status == 409;
    const bool otherClientError = status >= 400 && status < 500 && status != 401 && status != 403 && status != 404;
    if (m_profileError.isError()) {
      error = m_profileError;
    } else if (stowStatus) {
      if (parseStoreResponse(answer, &ds, &error)) readStoreResponse(ds, parts, &result);
      else error.detail = where + QStringLiteral(": ") + error.detail;
    } else if (otherClientError) {
      CloudError unused;
      if (parseStoreResponse(answer, &ds, &unused)) {
        readStoreResponse(ds, parts, &result);
      } else {
        error = {CloudErrorCode::StoreRefused, tr("The server refused to store the images."),
                 QStringLiteral("%1 %2: %3").arg(where, reply->errorString(),
                                                  QString::fromUtf8(answer.left(300)).simplified())};
      }
    } else {
      error = errorOf(reply);
      if (!error.isError())
        error = unreadableStoreResponse(where + QStringLiteral(": unexpected status for STOW-RS"));
    }
    if (!error.isError() && result.stored.isEmpty())
      error = {CloudErrorCode::StoreRefused, tr("The server refused to store the images."),
               where + QStringLiteral(": ") + failureSummary(result, int(parts.size()))};
    if (error.isError()) {
      qCWarning(lcDicomWeb) << error.detail;
    } else if (!result.failed.isEmpty()) {
      qCWarning(lcDicomWeb).noquote() << where << failureSummary(result, int(parts.size()));
    }
    done(result, error);
  });
}

}  // namespace yunyue
