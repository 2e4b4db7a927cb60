#include "app/WorklistFilter.h"

#include "app/WorklistModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QSet>

namespace yunyue {

WorklistFilter::WorklistFilter(QObject* parent) : QSortFilterProxyModel(parent) {}

void WorklistFilter::changed() { invalidateFilter(); }

void WorklistFilter::setModality(const QString& modality) {
  m_modality = modality.trimmed();
  changed();
}

void WorklistFilter::setInstitution(const QString& institution) {
  m_institution = institution;
  changed();
}

void WorklistFilter::setUrgency(std::optional<Urgency> urgency) {
  m_urgency = urgency;
  changed();
}

void WorklistFilter::setReportState(std::optional<ReportState> state) {
  m_reportState = state;
  changed();
}

void WorklistFilter::setMinimumWaitingMinutes(int minutes) {
  m_minimumWaitingMinutes = std::max(0, minutes);
  changed();
}

void WorklistFilter::setText(const QString& text) {
  m_text = text.trimmed();
  changed();
}

bool WorklistFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
  const auto* model = qobject_cast<const WorklistModel*>(sourceModel());
  if (model && !matches(*model, sourceRow)) return false;
  return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool WorklistFilter::matches(const WorklistModel& model, int row) const {
  const StudyRecord& s = model.study(row);
  if (!m_modality.isEmpty() && !s.modalitiesInStudy.contains(m_modality, Qt::CaseInsensitive)) return false;
  if (!m_institution.isEmpty() && s.institutionName != m_institution) return false;
  const QModelIndex any = model.index(row, 0);
  if (m_urgency && any.data(WorklistModel::UrgencyRole).toInt() != int(*m_urgency)) return false;
  if (m_reportState) {
    const ReportState state = model.reportState(s.studyInstanceUid).value_or(ReportState::Unread);
    if (state != *m_reportState) return false;
  }
  if (m_minimumWaitingMinutes > 0 &&
      any.data(WorklistModel::WaitingSecondsRole).toLongLong() < qint64(m_minimumWaitingMinutes) * 60)
    return false;
  if (!m_text.isEmpty()) {
    const QString name = s.patientName.display();
    const bool found = name.contains(m_text, Qt::CaseInsensitive) ||
                       s.patientName.alphabetic.contains(m_text, Qt::CaseInsensitive) ||
                       s.patientName.ideographic.contains(m_text, Qt::CaseInsensitive) ||
                       s.patientId.contains(m_text, Qt::CaseInsensitive) ||
                       s.accessionNumber.contains(m_text, Qt::CaseInsensitive);
    if (!found) return false;
  }
  return true;
}

WorklistFilterBar::WorklistFilterBar(WorklistFilter* filter, WorklistModel* model, QWidget* parent)
    : QWidget(parent),
      m_filter(filter),
      m_model(model),
      m_modality(new QComboBox),
      m_institution(new QComboBox),
      m_urgency(new QComboBox),
      m_reportState(new QComboBox),
      m_waiting(new QComboBox),
      m_text(new QLineEdit) {
  m_modality->setObjectName(QStringLiteral("modalityFilter"));
  m_institution->setObjectName(QStringLiteral("institutionFilter"));
  m_text->setObjectName(QStringLiteral("textFilter"));
  m_modality->setToolTip(tr("Modality"));
  m_institution->setToolTip(tr("Institution"));

  m_urgency->setToolTip(tr("Urgency"));
  m_urgency->addItem(tr("Any urgency"));
  for (Urgency u : {Urgency::Stat, Urgency::Urgent, Urgency::Routine, Urgency::Low})
    m_urgency->addItem(urgencyName(u), int(u));

  m_reportState->setToolTip(tr("Report"));
  m_reportState->addItem(tr("All reports"));
  for (ReportState s : {ReportState::Unread, ReportState::Draft, ReportState::Preliminary, ReportState::Final,
                        ReportState::Amended})
    m_reportState->addItem(reportStateName(s), int(s));

  m_waiting->setToolTip(tr("Waiting time"));
  m_waiting->addItem(tr("Any wait"), 0);
  m_waiting->addItem(tr("Waiting ≥ 15 min"), 15);
  m_waiting->addItem(tr("Waiting ≥ 30 min"), 30);
  m_waiting->addItem(tr("Waiting ≥ 1 h"), 60);
  m_waiting->addItem(tr("Waiting ≥ 1 day"), 24 * 60);

  m_text->setPlaceholderText(tr("Name, patient ID or accession"));
  m_text->setClearButtonEnabled(true);

  // The search field above, the choices below: the worklist pane stays narrow.
  auto* layout = new QGridLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_text, 0, 0, 1, 5);
  int column = 0;
  for (QComboBox* box : {m_modality, m_institution, m_urgency, m_reportState, m_waiting}) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(5);
    layout->addWidget(box, 1, column++);
  }

  connect(m_modality, &QComboBox::currentIndexChanged, this,
          [this] { m_filter->setModality(m_modality->currentData().toString()); });
  connect(m_institution, &QComboBox::currentIndexChanged, this,
          [this] { m_filter->setInstitution(m_institution->currentData().toString()); });
  connect(m_urgency, &QComboBox::currentIndexChanged, this, [this] {
    const QVariant v = m_urgency->currentData();
    m_filter->setUrgency(v.isValid() ? std::optional<Urgency>(Urgency(v.toInt())) : std::nullopt);
  });
  connect(m_reportState, &QComboBox::currentIndexChanged, this, [this] {
    const QVariant v = m_reportState->currentData();
    m_filter->setReportState(v.isValid() ? std::optional<ReportState>(ReportState(v.toInt())) : std::nullopt);
  });
  connect(m_waiting, &QComboBox::currentIndexChanged, this,
          [this] { m_filter->setMinimumWaitingMinutes(m_waiting->currentData().toInt()); });
  connect(m_text, &QLineEdit::textChanged, m_filter, &WorklistFilter::setText);
  connect(m_model, &QAbstractItemModel::modelReset, this, &WorklistFilterBar::fillChoices);
  fillChoices();
}

void WorklistFilterBar::fillChoices() {
  QSet<QString> modalities;
  QSet<QString> institutions;
  for (int row = 0; row < m_model->rowCount(); ++row) {
    const StudyRecord& s = m_model->study(row);
    for (const QString& m : s.modalitiesInStudy) modalities.insert(m.trimmed().toUpper());
    if (!s.institutionName.isEmpty()) institutions.insert(s.institutionName);
  }
  auto refill = [](QComboBox* box, const QString& any, QSet<QString> values) {
    const QString chosen = box->currentData().toString();
    QStringList sorted(values.begin(), values.end());
    sorted.sort();
    const QSignalBlocker quiet(box);  // the filter keeps its value unless it vanished
    box->clear();
    box->addItem(any);
    for (const QString& v : sorted) box->addItem(v.left(64), v);
    const int again = box->findData(chosen);
    box->setCurrentIndex(again >= 0 ? again : 0);
    return again >= 0 || chosen.isEmpty();
  };
  if (!refill(m_modality, tr("All modalities"), modalities)) m_filter->setModality({});
  if (!refill(m_institution, tr("All institutions"), institutions)) m_filter->setInstitution({});
}

}  // namespace yunyue
