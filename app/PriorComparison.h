#pragma once
// Opens a prior study beside the current one. Steps, each off the GUI
// thread where it takes time:
//   1. pulls the prior study whole into the verified cache (a registration
//      needs every slice);
//   2. picks the prior series to compare (comparableSeries);
//   3. loads it as a volume;
//   4. aligns it to the current series: the identity when both share a
//      frame of reference; else a Spatial Registration object already in
//      the archive (another workstation's, or ours from an earlier
//      reading); else a rigid Mattes-MI registration here, with progress
//      and cancel, stored at once in the current study as a Spatial
//      Registration object so nobody registers the pair again.
// A hand-adjusted alignment is stored the same way (saveAlignment).

#include "cloudclient/Records.h"
#include "viewer/RigidTransform.h"
#include "viewer/Volume.h"
#include "viewer/widgets/MprView.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace yunyue {

class DicomWebClient;
class StudyCache;
class StudyPull;
struct PullResult;
struct RegistrationResult;
struct VolumeLoadOutcome;

// One side of a comparison: a loaded series and where it came from.
struct ComparedSeries {
  std::shared_ptr<const Volume> volume;
  MprSeriesInfo info;
  QString studyUid;
  QString seriesUid;
  QString frameOfReferenceUid;
  QStringList files;  // in the cache; files.first() names the series in a Spatial Registration object
};

// Where an alignment came from; the comparison header says it in words.
enum class AlignmentSource {
  SameFrameOfReference,  // one scanner session: the coordinates already agree
  Archive,               // a Spatial Registration object found in the archive
  Registered,            // registered on this workstation (and stored)
  AdjustedByHand,        // the reader moved it; stored when saved
  VolumeCentres,         // no registration (cancelled or failed): centres laid on each other
};

struct Alignment {
  AlignmentSource source = AlignmentSource::VolumeCentres;
  RigidTransform currentToPrior;  // current-frame LPS → the same anatomy in the prior's frame
  QString detail;                 // e.g. who stored it and when, or the registration's time
  bool stored = false;            // in the archive
  QString text() const;           // translated, for the comparison header
};

// The prior series to compare with the current one: same modality, a
// volume (three or more images), the same series description if there is
// one, else the closest number of images. -1 when none fits.
int comparableSeries(const SeriesRecord& current, const QList<SeriesRecord>& candidates);

class PriorComparison : public QObject {
  Q_OBJECT
 public:
  PriorComparison(DicomWebClient* client, StudyCache* cache, QObject* parent = nullptr);
  ~PriorComparison() override;

  // Starts the steps above; a later open() or cancel() supersedes it.
  // currentSeries: what the current study shows (its SeriesRecord for the
  // choice of the prior series).
  void open(const ComparedSeries& current, const SeriesRecord& currentSeries, const StudyRecord& prior);
  // Stops everything and forgets the pair (another study is opened).
  void cancel();
  // Stops a registration in progress: the prior is then shown, marked as not registered.
  void stopRegistration();
  bool isRegistering() const { return m_registering->isRunning(); }
  bool isBusy() const;

  const ComparedSeries& current() const { return m_current; }
  const ComparedSeries& prior() const { return m_prior; }
  const Alignment& alignment() const { return m_alignment; }

  // Stores this alignment (e.g. adjusted by hand) in the current study;
  // creatorName goes into ContentCreatorName.
  void saveAlignment(const RigidTransform& currentToPrior, const QString& creatorName);
  // The reader moved the prior by hand: not stored until saveAlignment.
  void setAdjustedByHand(const RigidTransform& currentToPrior);

 signals:
  // What is happening, for the status bar; percent -1 when unknown.
  void progress(const QString& step, int percent);
  void priorReady();
  void alignmentChanged();
  void failed(const QString& message);
  void message(const QString& text, bool isError);

 private:
  void pulled(const PullResult& result, const QList<SeriesRecord>& series);
  void loaded();
  void align();
  void registerHere();
  void registered();
  void finish(const Alignment& alignment);
  bool isCurrent(quint64 generation) const { return generation == m_generation; }

  QPointer<DicomWebClient> m_client;
  StudyCache* m_cache;
  quint64 m_generation = 0;
  ComparedSeries m_current;
  SeriesRecord m_currentSeries;
  StudyRecord m_priorStudy;
  ComparedSeries m_prior;
  Alignment m_alignment;
  QPointer<StudyPull> m_pull;
  QFutureWatcher<std::shared_ptr<VolumeLoadOutcome>>* m_loading;
  QFutureWatcher<std::shared_ptr<RegistrationResult>>* m_registering;
  std::shared_ptr<std::atomic<bool>> m_stopRegistration;
  std::shared_ptr<std::atomic<bool>> m_stopLoading;
  bool m_busy = false;
};

}  // namespace yunyue
