#include "app/WorklistModel.h"

#include <QLocale>

namespace yunyue {

WorklistModel::WorklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void WorklistModel::setStudies(QList<StudyRecord> studies) {
  beginResetModel();
  m_studies = std::move(studies);
  endResetModel();
}

int WorklistModel::findStudy(const QString& key) const {
  for (int row = 0; row < m_studies.size(); ++row)
    if (m_studies[row].studyInstanceUid == key || m_studies[row].accessionNumber == key) return row;
  return -1;
}

int WorklistModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_studies.size()); }
int WorklistModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WorklistModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_studies.size()) return {};
  const StudyRecord& s = m_studies.at(index.row());
  const QDateTime when(s.studyDate, s.studyTime.isValid() ? s.studyTime : QTime(0, 0));
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case PatientNameColumn: return s.patientName.display();
      case PatientIdColumn: return s.patientId;
      case ModalityColumn: return s.modalitiesInStudy.join(QLatin1Char('/'));
      case InstitutionColumn: return s.institutionName;
      case StudyDateTimeColumn: return QLocale().toString(when, QLocale::ShortFormat);
      case DescriptionColumn: return s.studyDescription;
      case ImagesColumn: return s.numberOfInstances;
      case AccessionColumn: return s.accessionNumber;
      default: return {};
    }
  }
  if (role == SortRole) {
    if (index.column() == StudyDateTimeColumn) return when;
    if (index.column() == ImagesColumn) return s.numberOfInstances;
    return data(index, Qt::DisplayRole);
  }
  if (role == Qt::TextAlignmentRole && index.column() == ImagesColumn)
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case PatientNameColumn: return tr("Patient");
    case PatientIdColumn: return tr("Patient ID");
    case ModalityColumn: return tr("Modality");
    case InstitutionColumn: return tr("Institution");
    case StudyDateTimeColumn: return tr("Study date");
    case DescriptionColumn: return tr("Description");
    case ImagesColumn: return tr("Images");
    case AccessionColumn: return tr("Accession");
    default: return {};
  }
}

}  // namespace yunyue
