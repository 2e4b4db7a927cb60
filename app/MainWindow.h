#pragma once
// The reading station's main window: worklist on the left, the image on the
// middle, the report beside it. Composes cloudclient (studies, outbox), viewer
// (images) and reporting (editor, signatures).

#include "cloudclient/DicomWebClient.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace yunyue {

class DraftStore;
class Outbox;
class ReportPanel;
class SliceView;
class StudyCache;
class StudyOpener;
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
  ReportPanel* reportPanel() const { return m_report; }
  Outbox* outbox() const { return m_outbox.get(); }
  // Shows only studies whose preliminary report waits for a reviewer.
  void showReviewQueue(bool on);
  // The W/L preset on a number key for the image on screen.
  void applyWindowPreset(int key);

 signals:
  void worklistLoaded(int studies);
  void worklistFailed(const QString& message);
  void imageShown();
  void studyFailed(const QString& message);
  // The pull that opening a study started has ended (complete or not).
  void studyPulled(const QString& studyUid, bool complete);

 private:
  void refresh();
  // The workflow state of every study in the worklist, from the archive.
  void lookUpReportStates();
  void showOutboxState();
  void showStatus(const QString& message, bool isError = false);

  ServerProfile m_profile;
  std::unique_ptr<StudyCache> m_cache;
  std::unique_ptr<DraftStore> m_drafts;
  std::unique_ptr<Outbox> m_outbox;
  DicomWebClient* m_client = nullptr;
  StudyOpener* m_opener = nullptr;
  WorklistModel* m_worklist;
  QSortFilterProxyModel* m_sorted;
  QTableView* m_table;
  SliceView* m_view;
  ReportPanel* m_report;
  QString m_openStudyUid;  // the study being read
  QLabel* m_status;
  QLabel* m_outboxState;
};

}  // namespace yunyue
