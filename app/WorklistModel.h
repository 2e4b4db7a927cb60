#pragma once
// The reading worklist: studies found by QIDO-RS, one row each.

#include "cloudclient/Records.h"

#include <QAbstractTableModel>

namespace yunyue {

class WorklistModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column { PatientNameColumn, PatientIdColumn, ModalityColumn, InstitutionColumn, StudyDateTimeColumn,
                DescriptionColumn, ImagesColumn, AccessionColumn, ColumnCount };
  // Sort key for columns whose display text does not sort right (dates, counts).
  static constexpr int SortRole = Qt::UserRole + 1;

  explicit WorklistModel(QObject* parent = nullptr);

  void setStudies(QList<StudyRecord> studies);
  const StudyRecord& study(int row) const { return m_studies.at(row); }
  // Row of the study with this StudyInstanceUID or AccessionNumber, or -1.
  int findStudy(const QString& uidOrAccession) const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

 private:
  QList<StudyRecord> m_studies;
};

}  // namespace yunyue
