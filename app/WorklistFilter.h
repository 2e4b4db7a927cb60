#pragma once
// Narrowing the worklist: a proxy over WorklistModel that filters by
// modality, institution, urgency, report state, waiting time and free text
// (patient name, ID, accession), and the bar of controls above the table.

#include "app/TurnaroundPolicy.h"
#include "reporting/ReportWorkflow.h"

#include <QSortFilterProxyModel>
#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;

namespace yunyue {

class WorklistModel;

class WorklistFilter : public QSortFilterProxyModel {
  Q_OBJECT
 public:
  explicit WorklistFilter(QObject* parent = nullptr);

  // Empty / nullopt / 0: no restriction.
  void setModality(const QString& modality);
  void setInstitution(const QString& institution);
  void setUrgency(std::optional<Urgency> urgency);
  // Unread also matches studies whose state is not known yet.
  void setReportState(std::optional<ReportState> state);
  // Only studies that have waited at least this long (0: all).
  void setMinimumWaitingMinutes(int minutes);
  void setText(const QString& text);

  std::optional<ReportState> reportStateFilter() const { return m_reportState; }

 protected:
  bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

 private:
  bool matches(const WorklistModel& model, int row) const;
  void changed();

  QString m_modality;
  QString m_institution;
  std::optional<Urgency> m_urgency;
  std::optional<ReportState> m_reportState;
  int m_minimumWaitingMinutes = 0;
  QString m_text;
};

// The controls above the worklist table; its choices of modality and
// institution come from the studies on the list.
class WorklistFilterBar : public QWidget {
  Q_OBJECT
 public:
  WorklistFilterBar(WorklistFilter* filter, WorklistModel* model, QWidget* parent = nullptr);

  QComboBox* modalityBox() const { return m_modality; }
  QComboBox* institutionBox() const { return m_institution; }
  QComboBox* urgencyBox() const { return m_urgency; }
  QComboBox* reportStateBox() const { return m_reportState; }
  QComboBox* waitingBox() const { return m_waiting; }
  QLineEdit* textEdit() const { return m_text; }

 private:
  // Refills a choice list with the values on the worklist, keeping the choice.
  void fillChoices();

  WorklistFilter* m_filter;
  WorklistModel* m_model;
  QComboBox* m_modality;
  QComboBox* m_institution;
  QComboBox* m_urgency;
  QComboBox* m_reportState;
  QComboBox* m_waiting;
  QLineEdit* m_text;
};

}  // namespace yunyue
