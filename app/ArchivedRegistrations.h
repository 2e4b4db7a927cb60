#pragma once
// Spatial Registration objects (viewer/SpatialRegistration.h) in the
// archive: stored with STOW-RS into the current study, found again with
// QIDO-RS (series of modality REG) and WADO-RS, so that a registration
// accepted on one workstation is reused on every other.

#include "cloudclient/CloudError.h"
#include "viewer/SpatialRegistration.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace yunyue {

class DicomWebClient;

struct ArchivedRegistrations {
  QList<SpatialRegistrationObject> registrations;  // decoded, newest content first
  QStringList skipped;  // one note per REG instance that could not be used (for the log, no patient data)
};

using RegistrationStored = std::function<void(CloudError)>;
using RegistrationsFetched = std::function<void(ArchivedRegistrations, CloudError)>;

// STOW-RS of the encoded object; StoreRefused when the archive did not keep
// it. done runs once, from the event loop.
void storeRegistration(DicomWebClient* client, const SpatialRegistrationObject& registration, RegistrationStored done);

// Every Spatial Registration object of the study. Instances that do not
// decode are skipped with a note; a failed search or retrieve is the error.
// done runs once, from the event loop.
void fetchRegistrations(DicomWebClient* client, const QString& studyUid, RegistrationsFetched done);

// The newest registration that relates both frames of reference (in either
// role), or null.
const SpatialRegistrationObject* findRegistration(const QList<SpatialRegistrationObject>& registrations,
                                                  const QString& fixedFrameOfReferenceUid,
                                                  const QString& movingFrameOfReferenceUid);

}  // namespace yunyue
