#include "app/PriorStudiesPanel.h"

#include "app/WorkstationSettings.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace yunyue {
namespace {

QString patientIdText(const StudyRecord& s) {
  const QString id = s.patientId.trimmed();
  const QString issuer = s.issuerOfPatientId.trimmed();
  return issuer.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, issuer);
}

}  // namespace

PriorStudiesPanel::PriorStudiesPanel(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel),
      m_pages(new QStackedWidget),
      m_message(new QLabel),
      m_list(new QTreeWidget) {
  QFont bold = m_title->font();
  bold.setBold(true);
  m_title->setFont(bold);
  m_title->setObjectName(QStringLiteral("priorStudiesTitle"));
  m_message->setAlignment(Qt::AlignCenter);
  m_message->setWordWrap(true);
  m_list->setColumnCount(ColumnCount);
  m_list->setHeaderLabels({tr("Date"), tr("Modality"), tr("Description"), tr("Institution"),
                           tr("Series / images"), tr("Patient ID"), tr("Name")});
  m_list->setRootIsDecorated(false);
  m_list->setUniformRowHeights(true);
  m_list->setAlternatingRowColors(true);
  m_list->setSelectionMode(QAbstractItemView::SingleSelection);
  m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_list->header()->setStretchLastSection(true);
  m_pages->addWidget(m_message);
  m_pages->addWidget(m_list);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_title);
  layout->addWidget(m_pages);
  // activated: double-click, or Enter on the current row.
  connect(m_list, &QTreeWidget::activated, this, [this](const QModelIndex& index) { choose(index.row()); });
  updateTitle();
  clear();
}

void PriorStudiesPanel::setMatching(PriorMatching rule) {
  if (rule == m_rule) return;
  m_rule = rule;
  updateTitle();
  if (m_client && !m_current.studyInstanceUid.isEmpty()) showPriorsOf(m_client, m_current);
}

void PriorStudiesPanel::showPriorsOf(DicomWebClient* client, const StudyRecord& current) {
  m_client = client;
  m_current = current;
  const int search = ++m_search;
  m_priors.clear();
  m_list->clear();
  showMessage(tr("Looking for prior studies…"));
  QPointer<PriorStudiesPanel> self(this);
  findPriorStudies(client, current, m_rule, [self, search](QList<StudyRecord> priors, CloudError error) {
    if (!self || search != self->m_search) return;  // the reader has moved on
    if (error.isError()) self->setError(error);
    else self->setPriors(priors);
  });
}

void PriorStudiesPanel::setPriors(const QList<StudyRecord>& priors) {
  m_priors = priors;
  m_list->clear();
  if (priors.isEmpty()) {
    showMessage(tr("No prior studies"));
    return;
  }
  for (const StudyRecord& s : priors) {
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(Date, s.studyDate.isValid() ? mediumDate(s.studyDate, locale()) : QString());
    item->setText(Modality, s.modalitiesInStudy.join(QLatin1Char('/')));
    item->setText(Description, s.studyDescription);
    item->setText(Institution, s.institutionName);
    item->setText(SeriesAndImages, QStringLiteral("%1 / %2").arg(s.numberOfSeries).arg(s.numberOfInstances));
    item->setText(PatientId, patientIdText(s));
    item->setText(Name, s.patientName.display());
  }
  m_list->setCurrentItem(m_list->topLevelItem(0));
  m_pages->setCurrentWidget(m_list);
}

void PriorStudiesPanel::setError(const CloudError& error) {
  m_priors.clear();
  m_list->clear();
  showMessage(tr("Prior studies cannot be listed: %1").arg(error.message));
  m_message->setToolTip(error.detail);
}

void PriorStudiesPanel::clear() {
  ++m_search;
  m_client = nullptr;
  m_current = StudyRecord();
  m_priors.clear();
  m_list->clear();
  showMessage(tr("Select a study to see its prior studies."));
}

QString PriorStudiesPanel::message() const {
  return m_pages->currentWidget() == m_message ? m_message->text() : QString();
}

void PriorStudiesPanel::showMessage(const QString& text) {
  m_message->setText(text);
  m_message->setToolTip(QString());
  m_pages->setCurrentWidget(m_message);
}

void PriorStudiesPanel::updateTitle() {
  m_title->setText(tr("Prior studies — matched by %1").arg(priorMatchingName(m_rule)));
}

void PriorStudiesPanel::choose(int row) {
  if (row >= 0 && row < m_priors.size()) emit priorChosen(m_priors[row]);
}

}  // namespace yunyue
