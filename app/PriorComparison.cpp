#include "app/PriorComparison.h"

#include "app/ArchivedRegistrations.h"
#include "app/WorkstationSettings.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/StudyCache.h"
#include "cloudclient/StudyPull.h"
#include "viewer/Registration.h"
#include "viewer/SpatialRegistration.h"
#include "viewer/VolumeLoader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

Q_LOGGING_CATEGORY(lcPriors, "yunyue.app.priors")

namespace yunyue {
namespace {

Eigen::Vector3d volumeCentre(const Volume& v) {
  const ImageGeometry& g = v.geometry();
  return g.indexToPatient(0.5 * (g.size.cast<double>() - Eigen::Vector3d::Ones()));
}

const QString kMethod = QStringLiteral("Rigid (versor), Mattes mutual information, 3 levels");

}  // namespace

QString Alignment::text() const {
  switch (source) {
    case AlignmentSource::SameFrameOfReference:
      return PriorComparison::tr("same frame of reference");
    case AlignmentSource::Archive:
      return PriorComparison::tr("registration from the archive, %1").arg(detail);
    case AlignmentSource::Registered:
      return stored ? PriorComparison::tr("registered here, saved to the archive") : PriorComparison::tr("registered here, not saved");
    case AlignmentSource::AdjustedByHand:
      return stored ? PriorComparison::tr("adjusted by hand, saved to the archive") : PriorComparison::tr("adjusted by hand, not saved");
    case AlignmentSource::VolumeCentres:
      return PriorComparison::tr("NOT registered: volume centres laid on each other");
  }
  return {};
}

int comparableSeries(const SeriesRecord& current, const QList<SeriesRecord>& candidates) {
  int best = -1;
  auto score = [&](const SeriesRecord& s) {
    const bool sameDescription = !current.seriesDescription.isEmpty() &&
                                 s.seriesDescription.trimmed().compare(current.seriesDescription.trimmed(), Qt::CaseInsensitive) == 0;
    // Same description first, then the closest number of images.
    return std::make_pair(sameDescription ? 0 : 1, std::abs(s.numberOfInstances - current.numberOfInstances));
  };
  for (int i = 0; i < candidates.size(); ++i) {
    const SeriesRecord& s = candidates.at(i);
    if (s.modality != current.modality || s.numberOfInstances < 3) continue;
    if (best < 0 || score(s) < score(candidates.at(best))) best = i;
  }
  return best;
}

PriorComparison::PriorComparison(DicomWebClient* client, StudyCache* cache, QObject* parent)
    : QObject(parent),
      m_client(client),
      m_cache(cache),
      m_loading(new QFutureWatcher<std::shared_ptr<VolumeLoadOutcome>>(this)),
      m_registering(new QFutureWatcher<std::shared_ptr<RegistrationResult>>(this)) {
  connect(m_loading, &QFutureWatcherBase::finished, this, &PriorComparison::loaded);
  connect(m_registering, &QFutureWatcherBase::finished, this, &PriorComparison::registered);
}

PriorComparison::~PriorComparison() {
  blockSignals(true);  // the window listening may be going too
  cancel();
  // Worker threads read the volumes and call back into this object.
  m_loading->waitForFinished();
  m_registering->waitForFinished();
}

bool PriorComparison::isBusy() const { return m_busy; }

void PriorComparison::cancel() {
  ++m_generation;
  m_busy = false;
  if (m_pull) m_pull->cancel();
  if (m_stopRegistration) m_stopRegistration->store(true);
  if (m_stopLoading) m_stopLoading->store(true);
  // Nothing of the old pair stays usable: another study may open next.
  m_current = {};
  m_prior = {};
  m_alignment = {};
  emit progress(QString(), 100);
}

void PriorComparison::stopRegistration() {
  if (m_stopRegistration) m_stopRegistration->store(true);
}

void PriorComparison::open(const ComparedSeries& current, const SeriesRecord& currentSeries, const StudyRecord& prior) {
  cancel();
  const quint64 generation = m_generation;
  m_busy = true;
  m_current = current;
  m_currentSeries = currentSeries;
  m_priorStudy = prior;
  m_prior = {};
  m_alignment = {};
  if (!m_client || !m_cache) {
    m_busy = false;
    emit failed(tr("Not connected to an archive."));
    return;
  }
  emit progress(tr("Looking up the prior study's series…"), -1);
  m_client->searchSeries(prior.studyInstanceUid, [this, generation](QList<SeriesRecord> series, CloudError error) {
    if (!isCurrent(generation)) return;
    if (error.isError()) {
      m_busy = false;
      emit failed(error.message);
      return;
    }
    const int chosen = comparableSeries(m_currentSeries, series);
    if (chosen < 0) {
      m_busy = false;
      emit failed(tr("The prior study has no %1 series to compare with.").arg(m_currentSeries.modality));
      return;
    }
    m_prior.studyUid = m_priorStudy.studyInstanceUid;
    m_prior.seriesUid = series.at(chosen).seriesInstanceUid;
    m_prior.info.seriesDescription = series.at(chosen).seriesDescription;
    // The whole prior study: the reader may look at its other series too.
    auto* pull = new StudyPull(m_client, m_cache, m_priorStudy.studyInstanceUid, {}, this);
    m_pull = pull;
    pull->setSeries(series);
    pull->setFirstSeries(m_prior.seriesUid);
    connect(pull, &StudyPull::progress, this, [this, generation](const PullProgress& p) {
      if (isCurrent(generation) && p.instancesTotal > 0)
        emit progress(tr("Fetching the prior study: %1 of %2 images").arg(p.instancesDone).arg(p.instancesTotal),
                      100 * p.instancesDone / p.instancesTotal);
    });
    connect(pull, &StudyPull::finished, this, [this, generation, pull, series](const PullResult& result) {
      pull->deleteLater();
      if (isCurrent(generation)) pulled(result, series);
    });
    pull->start();
  });
}

void PriorComparison::pulled(const PullResult& result, const QList<SeriesRecord>&) {
  if (result.cancelled) {
    m_busy = false;
    emit failed(tr("Fetching the prior study was stopped."));
    return;
  }
  const QStringList files = m_cache->seriesFiles(m_prior.seriesUid);
  bool seriesComplete = false;
  for (const SeriesPullResult& s : result.series)
    if (s.series.seriesInstanceUid == m_prior.seriesUid) seriesComplete = s.cachedInstances >= s.series.numberOfInstances;
  if (!seriesComplete || files.size() < 3) {
    m_busy = false;
    emit failed(result.error.isError() ? result.error.message
                                       : tr("The prior series did not arrive whole; it is not compared."));
    return;
  }
  m_prior.files = files;
  emit progress(tr("Loading the prior series…"), -1);
  m_loading->setProperty("generation", m_generation);
  m_stopLoading = std::make_shared<std::atomic<bool>>(false);
  const std::shared_ptr<std::atomic<bool>> stop = m_stopLoading;
  m_loading->setFuture(QtConcurrent::run([files, stop] {
    VolumeLoadOptions options;
    options.cancel = stop.get();
    return std::make_shared<VolumeLoadOutcome>(loadVolume(files, options));
  }));
}

void PriorComparison::loaded() {
  if (!isCurrent(m_loading->property("generation").toULongLong())) return;
  const std::shared_ptr<VolumeLoadOutcome> outcome = m_loading->result();
  if (!outcome->ok()) {
    m_busy = false;
    emit failed(outcome->error.message);
    return;
  }
  m_prior.frameOfReferenceUid = outcome->frameOfReferenceUid;
  m_prior.info.modality = outcome->modality;
  m_prior.info.monochrome1 = outcome->monochrome1;
  m_prior.info.patientName = m_priorStudy.patientName.display();
  m_prior.info.patientId = m_priorStudy.patientId;
  m_prior.info.studyDate = mediumDate(m_priorStudy.studyDate, QLocale());
  m_prior.info.studyDescription = m_priorStudy.studyDescription;
  m_prior.info.windowCenter = outcome->windowWidth > 0 ? outcome->windowCenter : m_current.info.windowCenter;
  m_prior.info.windowWidth = outcome->windowWidth > 0 ? outcome->windowWidth : m_current.info.windowWidth;
  m_prior.volume = std::make_shared<const Volume>(std::move(outcome->volume));
  align();
}

void PriorComparison::align() {
  const quint64 generation = m_generation;
  if (!m_current.frameOfReferenceUid.isEmpty() && m_current.frameOfReferenceUid == m_prior.frameOfReferenceUid) {
    Alignment same;
    same.source = AlignmentSource::SameFrameOfReference;
    same.stored = true;
    return finish(same);
  }
  emit progress(tr("Looking for a registration in the archive…"), -1);
  fetchRegistrations(m_client, m_current.studyUid, [this, generation](ArchivedRegistrations found, CloudError error) {
    if (!isCurrent(generation)) return;
    // Details name UIDs: debug level only.
    if (error.isError()) qCDebug(lcPriors) << "registrations not searched:" << error.detail;
    const SpatialRegistrationObject* object =
        findRegistration(found.registrations, m_current.frameOfReferenceUid, m_prior.frameOfReferenceUid);
    if (object) {
      const FrameTransform t = object->transformBetween(m_current.frameOfReferenceUid, m_prior.frameOfReferenceUid);
      if (t.ok() && registrationMatrixType(t.matrix) == QStringLiteral("RIGID")) {
        Alignment archived;
        archived.source = AlignmentSource::Archive;
        archived.currentToPrior = RigidTransform::fromMatrix(t.matrix);
        archived.stored = true;
        QStringList who;
        if (!object->contentCreatorName.isEmpty()) who << object->contentCreatorName;
        if (object->contentDateTime.isValid()) who << QLocale().toString(object->contentDateTime, QLocale::ShortFormat);
        archived.detail = who.join(QStringLiteral(", "));
        return finish(archived);
      }
      qCDebug(lcPriors) << "archived registration not usable:" << t.error.detail;
    }
    registerHere();
  });
}

void PriorComparison::registerHere() {
  const quint64 generation = m_generation;
  m_stopRegistration = std::make_shared<std::atomic<bool>>(false);
  const std::shared_ptr<std::atomic<bool>> stop = m_stopRegistration;
  const std::shared_ptr<const Volume> fixed = m_current.volume;
  const std::shared_ptr<const Volume> moving = m_prior.volume;
  QPointer<PriorComparison> self(this);
  RegistrationOptions options;
  // The HU clamp keeps air and metal out of a CT's histogram; other
  // modalities (MR, PET) keep their values.
  if (m_current.info.modality != QStringLiteral("CT") || m_prior.info.modality != QStringLiteral("CT"))
    options.clampLower = options.clampUpper = 0;
  emit progress(tr("Registering the prior to the current series…"), 0);
  m_registering->setProperty("generation", generation);
  m_registering->setFuture(QtConcurrent::run([fixed, moving, stop, self, generation, options] {
    auto onProgress = [&](const RegistrationProgress& p) {
      const int percent = int(100.0 * (p.level + std::min(1.0, double(p.iteration) / options.iterationsPerLevel)) /
                              std::max(1, p.levels));
      // Posted to the application object: `self` is only looked at on the GUI
      // thread, where it may already be gone (a superseded registration).
      QMetaObject::invokeMethod(
          qApp, [self, generation, percent, p] {
            if (self && self->isCurrent(generation))
              emit self->progress(tr("Registering: level %1 of %2").arg(p.level + 1).arg(p.levels), percent);
          },
          Qt::QueuedConnection);
      return !stop->load();
    };
    try {
      return std::make_shared<RegistrationResult>(registerRigid(*fixed, *moving, options, onProgress));
    } catch (const std::bad_alloc&) {
      // Two large volumes and their pyramids: a full memory must not end the workstation.
      auto failed = std::make_shared<RegistrationResult>();
      failed->error = {ViewerErrorCode::RegistrationFailed, tr("There is not enough memory to register these series."),
                       QStringLiteral("std::bad_alloc")};
      return failed;
    }
  }));
}

void PriorComparison::registered() {
  if (!isCurrent(m_registering->property("generation").toULongLong())) return;
  const RegistrationResult& result = *m_registering->result();
  if (!result.ok()) {
    // Still comparable, but the header says loudly that it is not registered.
    emit message(result.cancelled ? tr("Registration cancelled.") : result.error.message, !result.cancelled);
    Alignment centres;
    centres.source = AlignmentSource::VolumeCentres;
    centres.currentToPrior.translation = volumeCentre(*m_prior.volume) - volumeCentre(*m_current.volume);
    return finish(centres);
  }
  Alignment here;
  here.source = AlignmentSource::Registered;
  here.currentToPrior = result.fixedToMoving;
  here.detail = tr("%1 s").arg(result.seconds, 0, 'f', 1);
  finish(here);
  saveAlignment(here.currentToPrior, QString());
}

void PriorComparison::finish(const Alignment& alignment) {
  m_alignment = alignment;
  m_busy = false;
  emit progress(QString(), 100);
  emit priorReady();
}

void PriorComparison::setAdjustedByHand(const RigidTransform& currentToPrior) {
  m_alignment.source = AlignmentSource::AdjustedByHand;
  m_alignment.currentToPrior = currentToPrior;
  m_alignment.stored = false;
  emit alignmentChanged();
}

void PriorComparison::saveAlignment(const RigidTransform& currentToPrior, const QString& creatorName) {
  if (!m_client || m_current.files.isEmpty() || m_prior.files.isEmpty()) return;
  // Only a registration or the reader's own alignment is worth keeping for others.
  if (m_alignment.source == AlignmentSource::VolumeCentres || m_alignment.source == AlignmentSource::SameFrameOfReference) {
    emit message(tr("There is no registration to save: register the prior or adjust it by hand first."), true);
    return;
  }
  SpatialRegistrationInput input;
  input.fixedSourceFile = m_current.files.first();
  input.movingSourceFile = m_prior.files.first();
  // The object maps the prior's frame into the current (registered) frame.
  input.movingToFixed = currentToPrior.inverse().matrix();
  input.contentLabel = QStringLiteral("PRIOR");
  input.contentDescription = QStringLiteral("Prior aligned to current");
  input.contentCreatorName = creatorName;
  input.method = m_alignment.source == AlignmentSource::AdjustedByHand ? QStringLiteral("Adjusted by hand") : kMethod;
  const SpatialRegistrationObject object = encodeSpatialRegistration(input);
  if (!object.ok()) {
    emit message(object.error.message, true);
    return;
  }
  const quint64 generation = m_generation;
  storeRegistration(m_client, object, [this, generation, currentToPrior](CloudError error) {
    if (!isCurrent(generation)) return;
    if (error.isError()) {
      emit message(tr("The registration was not saved to the archive: %1").arg(error.message), true);
      return;
    }
    if ((m_alignment.currentToPrior.matrix() - currentToPrior.matrix()).norm() < 1e-9) m_alignment.stored = true;
    emit message(tr("Registration saved to the archive."), false);
    emit alignmentChanged();
  });
}

}  // namespace yunyue
