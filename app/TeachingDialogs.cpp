#include "app/TeachingDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yunyue {
namespace {

QStringList nonEmptyLines(const QString& text) {
  QStringList lines;
  for (const QString& line : text.split(QLatin1Char('\n'))) {
    const QString trimmed = line.trimmed();
    if (!trimmed.isEmpty()) lines << trimmed;
  }
  return lines;
}

// Cells show the teacher's text as plain text (QTableWidgetItem never
// interprets markup).
QTableWidgetItem* cell(const QString& text) {
  auto* item = new QTableWidgetItem(text.left(200));
  item->setFlags(item->flags() & ~Qt::ItemIsEditable);
  return item;
}

}  // namespace

TeachingCaseDialog::TeachingCaseDialog(const QList<ImageReference>& keyImages, bool canSend, QWidget* parent)
    : QDialog(parent),
      m_keyImages(keyImages),
      m_title(new QLineEdit),
      m_diagnosis(new QLineEdit),
      m_history(new QPlainTextEdit),
      m_points(new QPlainTextEdit),
      m_tags(new QLineEdit),
      m_send(new QCheckBox(tr("Also send the de-identified images to the teaching archive"))) {
  setWindowTitle(tr("Mark as teaching case"));
  auto* form = new QFormLayout;
  form->addRow(tr("Title"), m_title);
  form->addRow(tr("Diagnosis"), m_diagnosis);
  form->addRow(tr("Clinical history"), m_history);
  m_points->setPlaceholderText(tr("One teaching point per line"));
  form->addRow(tr("Teaching points"), m_points);
  m_tags->setPlaceholderText(tr("e.g. neuro, emergency"));
  form->addRow(tr("Tags"), m_tags);
  form->addRow(tr("Key images"), new QLabel(keyImages.isEmpty() ? tr("none marked (K marks the image on screen)")
                                                                 : QString::number(keyImages.size())));
  m_send->setEnabled(canSend);
  form->addRow(m_send);
  auto* note = new QLabel(tr("The case is de-identified (DICOM PS3.15 Annex E). Do not write the patient's name, ID, "
                             "accession number or birth date: such text is refused."));
  note->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Save to library"));
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (!m_title->text().trimmed().isEmpty()) accept();
    else m_title->setFocus();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(note);
  layout->addWidget(buttons);
  resize(560, 520);
}

TeachingCase TeachingCaseDialog::teachingCase() const {
  TeachingCase c;
  c.caseId = newTeachingCaseId(QDate::currentDate());
  c.title = m_title->text().trimmed();
  c.diagnosis = m_diagnosis->text().trimmed();
  c.history = m_history->toPlainText().trimmed();
  c.teachingPoints = nonEmptyLines(m_points->toPlainText());
  for (const QString& tag : m_tags->text().split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts))
    if (!tag.trimmed().isEmpty()) c.tags << tag.trimmed();
  c.keyImages = m_keyImages;
  c.language = QLocale().bcp47Name();
  return c;
}

bool TeachingCaseDialog::sendToTeachingArchive() const { return m_send->isEnabled() && m_send->isChecked(); }

TeachingLibraryDialog::TeachingLibraryDialog(TeachingLibrary library, QWidget* parent)
    : QDialog(parent),
      m_library(std::move(library)),
      m_search(new QLineEdit),
      m_tag(new QComboBox),
      m_screen(new QComboBox),
      m_table(new QTableWidget(0, 7)),
      m_status(new QLabel) {
  setWindowTitle(tr("Teaching library"));
  m_search->setPlaceholderText(tr("Search title, diagnosis, teaching points, tags"));
  m_search->setClearButtonEnabled(true);
  m_table->setHorizontalHeaderLabels(
      {tr("Case"), tr("Title"), tr("Modality"), tr("Body part"), tr("Tags"), tr("Created"), tr("Images")});
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  m_table->verticalHeader()->hide();
  auto* present = new QPushButton(tr("Present"));
  present->setToolTip(tr("Present the selected cases (all shown when none is selected), full screen"));
  auto* import = new QPushButton(tr("Import package…"));
  auto* close = new QPushButton(tr("Close"));
  auto* filters = new QHBoxLayout;
  filters->addWidget(m_search, 1);
  filters->addWidget(new QLabel(tr("Tag")));
  filters->addWidget(m_tag);
  const QList<QScreen*> screens = QGuiApplication::screens();
  for (int i = 0; i < screens.size(); ++i)
    m_screen->addItem(tr("Screen %1: %2 (%3×%4)")
                          .arg(i + 1)
                          .arg(screens[i]->name())
                          .arg(screens[i]->geometry().width())
                          .arg(screens[i]->geometry().height()));
  m_screen->setCurrentIndex(int(screens.size()) - 1);
  m_screen->setToolTip(tr("The monitor the presentation fills"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_status, 1);
  buttons->addWidget(import);
  buttons->addWidget(m_screen);
  buttons->addWidget(present);
  buttons->addWidget(close);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(filters);
  layout->addWidget(m_table, 1);
  layout->addLayout(buttons);
  connect(m_search, &QLineEdit::textChanged, this, &TeachingLibraryDialog::filter);
  connect(m_tag, &QComboBox::currentIndexChanged, this, &TeachingLibraryDialog::filter);
  connect(import, &QPushButton::clicked, this, &TeachingLibraryDialog::importPackage);
  connect(close, &QPushButton::clicked, this, &QDialog::accept);
  connect(present, &QPushButton::clicked, this, [this] {
    const QList<TeachingCase> chosen = selectedCases();
    if (!chosen.isEmpty()) emit presentRequested(chosen);
  });
  connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
    if (row >= 0 && row < m_shown.size()) emit presentRequested({m_shown.at(row)});
  });
  resize(900, 560);
  reload();
}

void TeachingLibraryDialog::reload() {
  m_all = m_library.cases();
  QSet<QString> tags;
  for (const TeachingCase& c : std::as_const(m_all))
    for (const QString& t : c.tags) tags.insert(t);
  QStringList sorted(tags.begin(), tags.end());
  sorted.sort();
  const QString current = m_tag->currentData().toString();
  m_tag->blockSignals(true);
  m_tag->clear();
  m_tag->addItem(tr("All"), QString());
  for (const QString& t : std::as_const(sorted)) m_tag->addItem(t, t);
  m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
  m_tag->blockSignals(false);
  filter();
}

int TeachingLibraryDialog::presentationScreen() const { return m_screen->currentIndex(); }

void TeachingLibraryDialog::setSearchText(const QString& text) { m_search->setText(text); }

void TeachingLibraryDialog::filter() {
  m_shown = m_library.search(m_search->text(), m_tag->currentData().toString());
  m_table->setRowCount(int(m_shown.size()));
  const QLocale locale;
  for (int row = 0; row < m_shown.size(); ++row) {
    const TeachingCase& c = m_shown.at(row);
    m_table->setItem(row, 0, cell(c.caseId));
    m_table->setItem(row, 1, cell(c.title));
    m_table->setItem(row, 2, cell(c.modality));
    m_table->setItem(row, 3, cell(c.bodyPart));
    m_table->setItem(row, 4, cell(c.tags.join(QStringLiteral(", "))));
    m_table->setItem(row, 5, cell(c.created.isValid() ? locale.toString(c.created.date(), QLocale::ShortFormat) : QString()));
    m_table->setItem(row, 6, cell(locale.toString(c.files.size())));
  }
  m_table->resizeColumnToContents(0);
  m_status->setText(tr("%1 of %2 cases").arg(m_shown.size()).arg(m_all.size()));
}

void TeachingLibraryDialog::importPackage() {
  const QString dir = QFileDialog::getExistingDirectory(this, tr("Teaching case package"));
  if (dir.isEmpty()) return;
  TeachingCase imported;
  ReportingError error;
  if (!m_library.importPackage(dir, &imported, &error)) {
    m_status->setText(error.message);
    return;
  }
  reload();
  m_status->setText(tr("Imported %1").arg(imported.caseId));
}

QList<TeachingCase> TeachingLibraryDialog::selectedCases() const {
  QList<int> rows;
  for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) rows << index.row();
  if (rows.isEmpty()) return m_shown;
  std::sort(rows.begin(), rows.end());
  QList<TeachingCase> chosen;
  for (int row : rows) chosen << m_shown.at(row);
  return chosen;
}

}  // namespace yunyue
