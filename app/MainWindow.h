#pragma once
// The reading station's main window: worklist on the left, the image on the
// middle, the report beside it. Composes cloudclient (studies, outbox), viewer
// (images) and reporting (editor, signatures).

#include "app/WorkstationSettings.h"
#include "cloudclient/DicomWebClient.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QTableView;
class QTimer;

namespace yunyue {

class DraftStore;
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

 signals:
  void worklistLoaded(int studies);
  void worklistFailed(const QString& message);
  void imageShown();
  // The open study's first series is shown as MPR (it is all in the cache).
  void volumeShown();
  void studyFailed(const QString& message);
  // The pull that opening a study started has ended (complete or not).
  void studyPulled(const QString& studyUid, bool complete);

 private:
  void refresh();
  // The workflow state of every study in the worklist, from the archive.
  void lookUpReportStates();
  void showOutboxState();
  void showStatus(const QString& message, bool isError = false);
  // Unread studies not yet in the cache, in the order the worklist shows them.
  QStringList prefetchCandidates() const;

  ServerProfile m_profile;
  std::unique_ptr<StudyCache> m_cache;
  std::unique_ptr<DraftStore> m_drafts;
  std::unique_ptr<Outbox> m_outbox;
  DicomWebClient* m_client = nullptr;
  StudyOpener* m_opener = nullptr;
  StudyPrefetcher* m_prefetcher = nullptr;
  WorkstationSettings m_settings;
  WorklistModel* m_worklist;
  WorklistFilter* m_sorted;
  WorklistFilterBar* m_filterBar;
  QTimer* m_countdown;
  QTableView* m_table;
  SliceView* m_view;
  StudyView* m_study;
  QString m_openSeriesUid;  // the series shown first, as MPR once complete
  ReportPanel* m_report;
  QString m_openStudyUid;  // the study being read
  QLabel* m_status;
  QLabel* m_outboxState;
};

}  // namespace yunyue
