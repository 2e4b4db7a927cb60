#include "tests/cloudclient/ArchiveAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTest>
#include <memory>

namespace yunyue::test {
namespace {

std::unique_ptr<QNetworkReply> call(QNetworkAccessManager& network, QNetworkRequest r, const QByteArray& authorization,
                                    const QByteArray& verb, const QByteArray& body) {
  r.setRawHeader("Authorization", authorization);
  std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(r, verb, body));
  if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 30000)) qWarning() << "no answer from" << r.url();
  return reply;
}

}  // namespace

ServerProfile testCloudProfile() {
  CloudError error;
  const ServerProfile p = ServerProfile::fromCloudFile(qEnvironmentVariable("YUNYUE_TEST_CLOUD"), &error);
  if (error.isError()) qFatal("test cloud profile: %s", qPrintable(error.detail));
  return p;
}

ArchiveAdmin::ArchiveAdmin() {
  QSettings ini(qEnvironmentVariable("YUNYUE_TEST_CLOUD"), QSettings::IniFormat);
  m_rest = ini.value("cloud/rest").toString();
  m_authorization = "Basic " + (ini.value("cloud/user").toString() + ':' + ini.value("cloud/password").toString())
                                   .toUtf8()
                                   .toBase64();
}

bool ArchiveAdmin::upload(const QByteArray& part10File) {
  QNetworkAccessManager network;
  QNetworkRequest r(QUrl(m_rest + "/instances"));
  r.setHeader(QNetworkRequest::ContentTypeHeader, "application/dicom");
  const auto reply = call(network, r, m_authorization, "POST", part10File);
  if (reply->isFinished() && reply->error() == QNetworkReply::NoError) return true;
  qWarning() << "cannot upload to the test archive:" << reply->errorString();
  return false;
}

void ArchiveAdmin::deleteStudy(const QString& studyUid) {
  QNetworkAccessManager network;
  QNetworkRequest lookup(QUrl(m_rest + "/tools/lookup"));
  lookup.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
  const auto found = call(network, lookup, m_authorization, "POST", studyUid.toLatin1());
  for (const QJsonValue v : QJsonDocument::fromJson(found->readAll()).array())
    if (v["Type"].toString() == "Study") {
      const auto gone = call(network, QNetworkRequest(QUrl(m_rest + "/studies/" + v["ID"].toString())), m_authorization,
                             "DELETE", {});
      if (!gone->isFinished() || gone->error() != QNetworkReply::NoError)
        qWarning() << "cannot delete test study" << gone->errorString();
    }
}

bool ArchiveAdmin::deleteSeries(const QString& seriesUid) {
  QNetworkAccessManager network;
  QNetworkRequest lookup(QUrl(m_rest + "/tools/lookup"));
  lookup.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
  const auto found = call(network, lookup, m_authorization, "POST", seriesUid.toLatin1());
  bool deleted = false;
  for (const QJsonValue v : QJsonDocument::fromJson(found->readAll()).array())
    if (v["Type"].toString() == "Series") {
      const auto gone = call(network, QNetworkRequest(QUrl(m_rest + "/series/" + v["ID"].toString())), m_authorization,
                             "DELETE", {});
      deleted = gone->isFinished() && gone->error() == QNetworkReply::NoError;
      if (!deleted) qWarning() << "cannot delete test series" << gone->errorString();
    }
  return deleted;
}

}  // namespace yunyue::test
