#pragma once
// The reading worklist: studies found by QIDO-RS, one row each.

#include "cloudclient/Records.h"
#include "cloudclient/StudyPull.h"
#include "reporting/ReportWorkflow.h"

#include <QAbstractTableModel>
#include <QHash>

namespace yunyue {

class WorklistModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { PatientNameColumn, PatientIdColumn, ModalityColumn, LocalCopyColumn, ReportColumn, InstitutionColumn,
                StudyDateTimeColumn, DescriptionColumn, ImagesColumn, AccessionColumn, ColumnCount };
  // Sort key for columns whose display text does not sort right (dates, counts).
  static constexpr int SortRole = Qt::UserRole + 1;
  // LocalCopyColumn: percent of the study in the cache while it is pulled,
  // -1 otherwise (the delegate draws a progress bar from it).
  static constexpr int ProgressRole = Qt::UserRole + 2;
  // ReportColumn: the study's ReportState as an int (the review queue filters on it).
  static constexpr int ReportStateRole = Qt::UserRole + 3;

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
  QVariant localCopyData(const StudyRecord& study, int role) const;

  QList<StudyRecord> m_studies;
  QHash<QString, LocalCopy> m_local;
  QHash<QString, ReportState> m_reportState;  // studies not looked up yet are absent
};

}  // namespace yunyue
