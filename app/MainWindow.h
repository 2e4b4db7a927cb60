#pragma once
// The reading station's main window: worklist on the left, the image on the
// middle, the report beside it. Composes cloudclient (studies, outbox), viewer
// (images) and reporting (editor, signatures).

#include "app/WorkstationSettings.h"
#include "cloudclient/DicomWebClient.h"
#include "viewer/widgets/MprView.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QProgressDialog;
class QTableView;
class QTimer;

namespace yunyue {

class DraftStore;
class PriorComparison;
class SeriesStrip;
class PriorStudiesPanel;
class Outbox;
class ReportPanel;
class SliceView;
class StudyCache;
class StudyOpener;
class StudyView;
class StudyPrefetcher;
class WorklistFilter;
class WorklistFilterBar;
class WorklistModel;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Uses this server from now on and loads its worklist.
  void connectTo(const ServerProfile& profile);
  // Asks for a profile (prefilled), then connects.
  void showLogin(const QString& message = {});
  // Opens the study at this worklist row (model row, not view row).
  void openStudy(int modelRow);

  WorklistModel* worklist() const { return m_worklist; }
  QTableView* worklistView() const { return m_table; }
  SliceView* sliceView() const { return m_view; }
  StudyView* studyView() const { return m_study; }
  ReportPanel* reportPanel() const { return m_report; }
  Outbox* outbox() const { return m_outbox.get(); }
  WorklistFilter* worklistFilter() const { return m_sorted; }
  WorklistFilterBar* worklistFilterBar() const { return m_filterBar; }
  StudyPrefetcher* prefetcher() const { return m_prefetcher; }
  PriorStudiesPanel* priorStudies() const { return m_priors; }
  PriorComparison* priorComparison() const { return m_comparison; }
  SeriesStrip* seriesStrip() const { return m_strip; }
  StudyCache* cache() const { return m_cache.get(); }
  // Shows only studies whose preliminary report waits for a reviewer.
  void showReviewQueue(bool on);
  // Takes new settings: saves them and applies what can change at once.
  void applySettings(const WorkstationSettings& settings);
  const WorkstationSettings& settings() const { return m_settings; }
  void showSettings();
  // The W/L preset on a number key for the image on screen.
  void applyWindowPreset(int key);
  // Teaching: the open study as a de-identified case in the library (and
  // the teaching archive); the library, from which cases are presented.
  void markTeachingCase();
  void showTeachingLibrary();
  // Current versus prior: opens this prior beside the shown series (pull,
  // load, align), then shows them 1×2.
  void comparePrior(const StudyRecord& prior);
  // Opens a series of the open study from the strip: as MPR when it is a
  // volume, else its first image.
  void openSeries(const QString& seriesUid);
  void showHangingProtocols();

 signals:
  void worklistLoaded(int studies);
  void worklistFailed(const QString& message);
  void imageShown();
  // The open study's first series is shown as MPR (it is all in the cache).
  void volumeShown();
  void studyFailed(const QString& message);
  // The pull that opening a study started has ended (complete or not).
  void studyPulled(const QString& studyUid, bool complete);
  // A prior is shown beside the current study (1×2), or could not be.
  void priorShown();
  void priorFailed(const QString& message);

 private:
  void refresh();
  // The workflow state of every study in the worklist, from the archive.
  void lookUpReportStates();
  void showOutboxState();
  void showStatus(const QString& message, bool isError = false);
  // Unread studies not yet in the cache, in the order the worklist shows them.
  QStringList prefetchCandidates() const;
  void connectPriorComparison();
  void showPriorProgress(const QString& step, int percent);
  // The strip's cached-file counts for the open study's series.
  void refreshSeriesStrip();
  // The open study's overlay text, with this series' description.
  MprSeriesInfo openSeriesInfo(const QString& seriesDescription) const;

  ServerProfile m_profile;
  std::unique_ptr<StudyCache> m_cache;
  std::unique_ptr<DraftStore> m_drafts;
  std::unique_ptr<Outbox> m_outbox;
  DicomWebClient* m_client = nullptr;
  StudyOpener* m_opener = nullptr;
  StudyPrefetcher* m_prefetcher = nullptr;
  PriorComparison* m_comparison = nullptr;
  QProgressDialog* m_registration = nullptr;
  QAction* m_fusePrior = nullptr;
  WorkstationSettings m_settings;
  WorklistModel* m_worklist;
  WorklistFilter* m_sorted;
  WorklistFilterBar* m_filterBar;
  QTimer* m_countdown;
  QTableView* m_table;
  SliceView* m_view;
  PriorStudiesPanel* m_priors;
  SeriesStrip* m_strip;
  QList<SeriesRecord> m_openStudySeries;
  StudyView* m_study;
  QString m_openSeriesUid;  // the series shown first, as MPR once complete
  SeriesRecord m_openSeries;
  ReportPanel* m_report;
  QString m_openStudyUid;  // the study being read
  QLabel* m_status;
  QLabel* m_outboxState;
};

}  // namespace yunyue
