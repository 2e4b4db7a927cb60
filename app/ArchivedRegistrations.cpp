#include "app/ArchivedRegistrations.h"

#include "cloudclient/DicomWebClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcArchivedRegistrations, "yunyue.app.registrations")

namespace yunyue {
namespace {

// One fetch of a study's REG instances: counts the outstanding requests and
// answers once, with the first error or everything decoded.
struct RegistrationFetch {
  DicomWebClient* client;
  QString studyUid;
  RegistrationsFetched done;
  ArchivedRegistrations found;
  CloudError error;
  int outstanding;  // requests not yet answered, the series search included

  void add(const QByteArray& part10) {
    SpatialRegistrationObject decoded = decodeSpatialRegistration(part10);
    if (decoded.ok()) {
      found.registrations.append(decoded);
      return;
    }
    // UIDs and DCMTK's reason only: no patient data in the log.
    const QString note = QStringLiteral("instance %1 skipped: %2").arg(decoded.sopInstanceUid, decoded.error.detail);
    qCDebug(lcArchivedRegistrations) << note;  // notes name UIDs
    found.skipped.append(note);
  }

  void finishOne() {
    if (--outstanding > 0) return;
    std::sort(found.registrations.begin(), found.registrations.end(),
              [](const SpatialRegistrationObject& a, const SpatialRegistrationObject& b) {
                return a.contentDateTime > b.contentDateTime;
              });
    done(error.isError() ? ArchivedRegistrations{} : found, error);
  }

  void keepFirst(const CloudError& e) {
    if (e.isError() && !error.isError()) error = e;
  }

  void fetchSeries(const QString& seriesUid, const std::shared_ptr<RegistrationFetch>& self) {
    ++outstanding;
    client->searchInstances(studyUid, seriesUid, [self, seriesUid](QList<InstanceRecord> instances, CloudError e) {
      self->keepFirst(e);
      for (const InstanceRecord& instance : instances) {
        ++self->outstanding;
        self->client->retrieveInstance(self->studyUid, seriesUid, instance.sopInstanceUid,
                                       [self](QByteArray part10, CloudError re) {
                                         self->keepFirst(re);
                                         if (!re.isError()) self->add(part10);
                                         self->finishOne();
                                       });
      }
      self->finishOne();
    });
  }
};

CloudError notStored(const QString& detail) {
  return {CloudErrorCode::StoreRefused,
          QCoreApplication::translate("yunyue::ArchivedRegistrations", "The archive did not keep the registration."),
          detail};
}

}  // namespace

void storeRegistration(DicomWebClient* client, const SpatialRegistrationObject& registration, RegistrationStored done) {
  if (!registration.ok() || registration.part10.isEmpty()) {
    const CloudError refused = notStored(QStringLiteral("no encoded Spatial Registration object to send"));
    QTimer::singleShot(0, client, [done, refused] { done(refused); });
    return;
  }
  const QString sopInstanceUid = registration.sopInstanceUid;
  client->storeInstances({registration.part10}, [done, sopInstanceUid](StoreResult result, CloudError error) {
    if (error.isError()) return done(error);
    if (!result.storedSopInstanceUids().contains(sopInstanceUid))
      return done(notStored(QStringLiteral("HTTP %1, %2 not among the stored instances")
                                .arg(result.httpStatus)
                                .arg(sopInstanceUid)));
    done({});
  });
}

void fetchRegistrations(DicomWebClient* client, const QString& studyUid, RegistrationsFetched done) {
  auto fetch = std::make_shared<RegistrationFetch>(RegistrationFetch{client, studyUid, std::move(done), {}, {}, 1});
  client->searchSeries(studyUid, [fetch](QList<SeriesRecord> series, CloudError error) {
    fetch->keepFirst(error);
    for (const SeriesRecord& s : series)
      if (s.modality == QLatin1String("REG")) fetch->fetchSeries(s.seriesInstanceUid, fetch);
    fetch->finishOne();
  });
}

const SpatialRegistrationObject* findRegistration(const QList<SpatialRegistrationObject>& registrations,
                                                  const QString& fixedFrameOfReferenceUid,
                                                  const QString& movingFrameOfReferenceUid) {
  const SpatialRegistrationObject* newest = nullptr;
  if (fixedFrameOfReferenceUid == movingFrameOfReferenceUid) return newest;  // one frame: nothing to relate
  for (const SpatialRegistrationObject& r : registrations) {
    if (!r.transformBetween(movingFrameOfReferenceUid, fixedFrameOfReferenceUid).ok()) continue;
    if (!newest || r.contentDateTime > newest->contentDateTime) newest = &r;
  }
  return newest;
}

}  // namespace yunyue
