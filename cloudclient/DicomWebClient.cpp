#include "cloudclient/DicomWebClient.h"

#include "cloudclient/MultipartRelated.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcDicomWeb, "yunyue.cloud.dicomweb")

namespace yunyue {
namespace {

constexpr int kTransferTimeoutMs = 30000;

QString hexTag(quint32 tag) { return QStringLiteral("%1").arg(tag, 8, 16, QLatin1Char('0')).toUpper(); }

// Attributes the worklist needs beyond QIDO's defaults (PS3.18 Table 6.7.1-2).
const quint32 kStudyIncludeFields[] = {dicomtag::InstitutionName, dicomtag::StudyDescription,
                                       dicomtag::IssuerOfPatientID, dicomtag::PatientBirthDate,
                                       dicomtag::PatientSex, dicomtag::NumberOfStudyRelatedSeries,
                                       dicomtag::NumberOfStudyRelatedInstances, dicomtag::ModalitiesInStudy};

template <typename Record>
QList<Record> recordsOf(const QList<DicomJsonDataset>& datasets) {
  QList<Record> records;
  records.reserve(datasets.size());
  for (const DicomJsonDataset& ds : datasets) records << Record::fromDataset(ds);
  return records;
}

}  // namespace

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
  if (studyDateFrom.isValid() || studyDateTo.isValid())
    add(dicomtag::StudyDate, studyDateFrom.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-') +
                                 studyDateTo.toString(QStringLiteral("yyyyMMdd")));
  for (quint32 tag : kStudyIncludeFields) q.addQueryItem(QStringLiteral("includefield"), hexTag(tag));
  if (limit > 0) q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
  if (offset > 0) q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
  return q;
}

DicomWebClient::DicomWebClient(ServerProfile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_network(new QNetworkAccessManager(this)) {}

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
  const QByteArray credentials = (m_profile.user + QLatin1Char(':') + m_profile.password).toUtf8().toBase64();
  r.setRawHeader("Authorization", "Basic " + credentials);
  r.setTransferTimeout(kTransferTimeoutMs);
  return r;
}

CloudError DicomWebClient::errorOf(QNetworkReply* reply) const {
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QString detail = QStringLiteral("%1 %2: HTTP %3 %4")
                             .arg(QString::fromLatin1(reply->operation() == QNetworkAccessManager::GetOperation ? "GET" : "request"),
                                  reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                             .arg(status)
                             .arg(reply->errorString());
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

void DicomWebClient::searchInstances(const QString& studyUid, const QString& seriesUid, Found<InstanceRecord> done) {
  QUrlQuery q;
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
  return m_network->get(r);
}

void DicomWebClient::retrieveInstance(const QString& studyUid, const QString& seriesUid,
                                      const QString& sopInstanceUid, Retrieved done) {
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

}  // namespace yunyue
