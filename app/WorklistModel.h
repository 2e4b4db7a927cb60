#pragma once
// The reading worklist: studies found by QIDO-RS, one row each.

#include "app/TurnaroundPolicy.h"
#include "cloudclient/Records.h"
#include "cloudclient/StudyPull.h"
#include "reporting/ReportWorkflow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <functional>

namespace yunyue {

class WorklistModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { PatientNameColumn, PatientIdColumn, ModalityColumn, UrgencyColumn, TimeLeftColumn, LocalCopyColumn,
                ReportColumn, InstitutionColumn, StudyDateTimeColumn, DescriptionColumn, ImagesColumn, AccessionColumn,
                ColumnCount };
  // Sort key for columns whose display text does not sort right (dates, counts).
  static constexpr int SortRole = Qt::UserRole + 1;
  // LocalCopyColumn: percent of the study in the cache while it is pulled,
  // -1 otherwise (the delegate draws a progress bar from it).
  static constexpr int ProgressRole = Qt::UserRole + 2;
  // ReportColumn: the study's ReportState as an int (the review queue filters on it).
  static constexpr int ReportStateRole = Qt::UserRole + 3;
  // Any column: the study's Urgency as an int, seconds to its turnaround
  // deadline (negative: overdue), seconds it has waited (the filters use them).
  static constexpr int UrgencyRole = Qt::UserRole + 4;
  static constexpr int SecondsLeftRole = Qt::UserRole + 5;
  static constexpr int WaitingSecondsRole = Qt::UserRole + 6;

  explicit WorklistModel(QObject* parent = nullptr);

  void setStudies(QList<StudyRecord> studies);
  const StudyRecord& study(int row) const { return m_studies.at(row); }
  // Row of the study with this StudyInstanceUID or AccessionNumber, or -1.
  int findStudy(const QString& uidOrAccession) const;

  // The state of a study's local copy, shown in LocalCopyColumn.
  void setPullProgress(const QString& studyUid, const PullProgress& progress);
  void setPullFinished(const QString& studyUid, const PullResult& result);
  // The study's place in the double-signing workflow, shown in ReportColumn.
  void setReportState(const QString& studyUid, const StudyReportState& state);
  // The state known so far (absent: not looked up yet).
  std::optional<ReportState> reportState(const QString& studyUid) const;
  // The study is entirely in the cache / being pulled now.
  bool isLocalCopyComplete(const QString& studyUid) const;
  bool isPulling(const QString& studyUid) const;

  // Turnaround targets and the clock the countdown runs on (tests fix it).
  void setTurnaroundPolicy(const TurnaroundPolicy& policy);
  const TurnaroundPolicy& turnaroundPolicy() const { return m_policy; }
  void setClock(std::function<QDateTime()> now);
  // When this workstation first listed the study (the clock's start when
  // its own time cannot be used); remembered across restarts.
  QDateTime firstSeen(const QString& studyUid) const { return m_firstSeen.value(studyUid); }
  // The countdown moved on: repaints the time-left column (a timer calls it).
  void refreshTimeLeft();

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  struct LocalCopy {
    PullProgress progress;
    bool pulling = false;
    bool complete = false;
    QStringList problems;  // completeness warnings and the pull's error
  };
  void localCopyChanged(const QString& studyUid);
  void rememberFirstSightings();
  QVariant localCopyData(const StudyRecord& study, int role) const;
  QVariant timeLeftData(const StudyRecord& study, int role) const;
  // Turnaround ends with the first signed report.
  bool isReported(const QString& studyUid) const;

  QList<StudyRecord> m_studies;
  QHash<QString, LocalCopy> m_local;
  QHash<QString, ReportState> m_reportState;  // studies not looked up yet are absent
  // When this workstation first listed each study: the clock's start for a
  // study without a usable StudyDate/StudyTime.
  QHash<QString, QDateTime> m_firstSeen;
  TurnaroundPolicy m_policy;
  std::function<QDateTime()> m_now;
};

}  // namespace yunyue
