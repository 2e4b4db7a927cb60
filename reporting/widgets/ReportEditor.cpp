#include "reporting/widgets/ReportEditor.h"

#include "reporting/DraftStore.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

// Q_INIT_RESOURCE declares the initializer in the enclosing namespace: the
// global one, where rcc defines it.
static void initReportSnippetResources() { Q_INIT_RESOURCE(report_snippets); }

namespace yunyue {
namespace {

// The section keys of the templates, in the order of a Chinese report.
const char* const kSectionKeys[3] = {"technique", "findings", "impression"};
constexpr int kFindings = 1;

// A measurement's value as a reader writes it: whole numbers without
// decimals, otherwise one decimal (the viewer measures to 0.1 mm / 0.1 HU).
QString valueText(double value) {
  const double rounded = std::round(value * 10.0) / 10.0;
  return QLocale::c().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

// UCUM codes (PS3.16 CID 7181, 7460) as they read in a report.
QString unitText(const ReportMeasurement& m) {
  if (m.unitCode == QLatin1String("mm2")) return QStringLiteral("mm²");
  if (m.unitCode == QLatin1String("cm2")) return QStringLiteral("cm²");
  if (m.unitCode == QLatin1String("mm3")) return QStringLiteral("mm³");
  if (m.unitCode == QLatin1String("cm3")) return QStringLiteral("cm³");
  if (m.unitCode == QLatin1String("[hnsf'U]")) return QStringLiteral("HU");
  if (m.unitCode == QLatin1String("deg")) return QStringLiteral("°");
  return m.unitCode;
}

// DICOM PN (PS3.5 6.2) for display: Chinese names run together ("王医生"),
// Latin names take a space between the components.
QString personNameText(const QString& pn) {
  const QString alphabetic = pn.section(QLatin1Char('='), 0, 0);
  QStringList parts = alphabetic.split(QLatin1Char('^'), Qt::SkipEmptyParts);
  if (parts.isEmpty()) return pn.section(QLatin1Char('='), 1, 1).remove(QLatin1Char('^'));
  const bool han = !parts.first().isEmpty() && parts.first().at(0).script() == QChar::Script_Han;
  return parts.join(han ? QString() : QStringLiteral(" "));
}

}  // namespace

ReportEditor::ReportEditor(DraftStore* drafts, QWidget* parent)
    : QWidget(parent),
      m_drafts(drafts),
      m_templateChooser(new QComboBox),
      m_author(new QLineEdit),
      m_snippets(new QListWidget),
      m_keyImages(new QListWidget),
      m_removeKeyImage(new QPushButton(tr("Remove key image"))),
      m_status(new QLabel) {
  Q_ASSERT(drafts);
  m_templateChooser->setObjectName(QStringLiteral("templateChooser"));
  m_author->setObjectName(QStringLiteral("author"));
  m_author->setReadOnly(true);
  m_snippets->setObjectName(QStringLiteral("snippets"));
  m_snippets->setWordWrap(true);  // long phrases read whole in a narrow panel
  m_snippets->setToolTip(tr("Double-click a phrase, or press Enter, to insert it at the cursor."));
  m_keyImages->setObjectName(QStringLiteral("keyImages"));
  m_keyImages->setMaximumHeight(120);
  m_removeKeyImage->setObjectName(QStringLiteral("removeKeyImage"));
  m_status->setObjectName(QStringLiteral("draftStatus"));
  m_status->setTextFormat(Qt::PlainText);  // may carry file names and error details

  auto* header = new QFormLayout;
  header->addRow(tr("Template"), m_templateChooser);
  header->addRow(tr("Author"), m_author);

  auto* sections = new QVBoxLayout;
  for (int i = 0; i < 3; ++i) {
    m_titles[i] = new QLabel(defaultTitle(i));
    m_sections[i] = new QPlainTextEdit;
    m_sections[i]->setObjectName(QLatin1String(kSectionKeys[i]));
    m_sections[i]->setTabChangesFocus(true);
    m_sections[i]->installEventFilter(this);
    m_titles[i]->setBuddy(m_sections[i]);
    sections->addWidget(m_titles[i]);
    sections->addWidget(m_sections[i], i == kFindings ? 3 : 1);
    connect(m_sections[i], &QPlainTextEdit::textChanged, this, &ReportEditor::markChanged);
  }
  m_lastEdited = m_sections[kFindings];

  auto* side = new QVBoxLayout;
  side->addWidget(new QLabel(tr("Phrases")));
  side->addWidget(m_snippets, 1);
  side->addWidget(new QLabel(tr("Key images")));
  side->addWidget(m_keyImages);
  side->addWidget(m_removeKeyImage);

  auto* body = new QHBoxLayout;
  body->addLayout(sections, 3);
  body->addLayout(side, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(header);
  layout->addLayout(body, 1);
  layout->addWidget(m_status);

  m_autosave.setSingleShot(true);
  m_autosave.setInterval(3000);
  connect(&m_autosave, &QTimer::timeout, this, &ReportEditor::saveDraft);
  connect(m_templateChooser, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &ReportEditor::chooseTemplate);
  connect(m_snippets, &QListWidget::itemActivated, this,
          [this](QListWidgetItem* item) { insertSnippet(item->text()); });
  connect(m_removeKeyImage, &QPushButton::clicked, this,
          [this] { removeKeyImage(m_keyImages->currentRow()); });
  setEnabled(false);  // until a study is open
}

ReportEditor::~ReportEditor() { saveDraft(); }

void ReportEditor::openStudy(const ReportedStudy& study, const Observer& author, const QString& language) {
  saveDraft();  // the study that was open before
  m_autosave.stop();
  m_loading = true;
  Report draft;
  ReportingError error;
  m_restored = m_drafts->load(study.studyUid, &draft, &error);
  if (error.isError()) m_drafts->setAsideDamaged(study.studyUid);  // autosave must not overwrite it
  m_report = m_restored ? draft : Report{};
  m_report.study = study;
  if (!m_restored) {
    m_report.language = language;
    m_report.author = author;
  }
  m_author->setText(personNameText(m_report.author.name));

  m_templates = ReportTemplate::loadAll(m_report.language, nullptr);
  m_templateChooser->clear();
  for (const ReportTemplate& t : std::as_const(m_templates)) m_templateChooser->addItem(t.title, t.id);
  for (QPlainTextEdit* edit : m_sections) setText(edit, QString());
  m_keyImages->clear();
  if (m_restored)
    showDraft();
  else
    selectTemplate(ReportTemplate::bestFor(m_templates, study.modality, study.bodyPart));
  loadSnippets(study.modality, m_report.language);
  m_lastEdited = m_sections[kFindings];
  m_dirty = false;
  m_loading = false;
  setEnabled(true);
  if (m_restored)
    setStatus(tr("Draft restored (saved %1).")
                  .arg(QLocale().toString(m_report.observationDateTime.toLocalTime(), QLocale::ShortFormat)));
  else if (error.isError())
    setStatus(error.message);
  else
    setStatus(QString());
}

// The draft's template, sections and key images, as they were saved.
void ReportEditor::showDraft() {
  const int index = templateIndex(m_report.templateId);
  selectTemplate(index >= 0 ? &m_templates[index] : nullptr);
  setText(m_sections[0], m_report.technique);
  setText(m_sections[1], m_report.findings);
  setText(m_sections[2], m_report.impression);
  // Report keeps no label for a key image; a restored one is numbered.
  for (int i = 0; i < m_report.keyImages.size(); ++i) m_keyImages->addItem(tr("Key image %1").arg(i + 1));
}

void ReportEditor::selectTemplate(const ReportTemplate* t) {
  m_templateIndex = t ? int(t - m_templates.constData()) : -1;
  m_templateChooser->setCurrentIndex(m_templateIndex);
  applyTemplate(t, nullptr);
}

Report ReportEditor::report() const {
  Report r = m_report;
  r.technique = m_sections[0]->toPlainText();
  r.findings = m_sections[1]->toPlainText();
  r.impression = m_sections[2]->toPlainText();
  return r;
}

void ReportEditor::setAutosaveInterval(int milliseconds) { m_autosave.setInterval(milliseconds); }

QString ReportEditor::statusText() const { return m_status->text(); }

QStringList ReportEditor::snippets() const {
  QStringList all;
  for (int i = 0; i < m_snippets->count(); ++i) all << m_snippets->item(i)->text();
  return all;
}

bool ReportEditor::saveDraft() {
  m_autosave.stop();
  if (!m_dirty || m_report.study.studyUid.isEmpty()) return true;
  Report r = report();
  r.observationDateTime = QDateTime::currentDateTime();
  ReportingError error;
  if (!m_drafts->save(r, &error)) {
    // Still dirty: the next change tries again; the previous draft is intact.
    setStatus(error.message);
    emit draftSaveFailed(error);
    return false;
  }
  m_report.observationDateTime = r.observationDateTime;
  m_dirty = false;
  setStatus(tr("Draft saved %1").arg(r.observationDateTime.toString(QStringLiteral("HH:mm:ss"))));
  emit draftSaved(r.observationDateTime);
  return true;
}

void ReportEditor::insertMeasurement(const ReportMeasurement& measurement) {
  m_report.measurements << measurement;
  const QString unit = unitText(measurement);
  const QString text = QStringLiteral("%1: %2%3%4")
                           .arg(measurement.label, valueText(measurement.value),
                                unit.isEmpty() || unit == QStringLiteral("°") ? QString() : QStringLiteral(" "), unit);
  m_sections[kFindings]->textCursor().insertText(text);  // textChanged marks the change
}

void ReportEditor::addKeyImage(const ImageReference& image, const QString& label) {
  m_report.keyImages << image;
  m_keyImages->addItem(label);
  markChanged();
}

void ReportEditor::removeKeyImage(int index) {
  if (index < 0 || index >= m_report.keyImages.size()) return;
  m_report.keyImages.removeAt(index);
  delete m_keyImages->takeItem(index);
  markChanged();
}

void ReportEditor::insertSnippet(const QString& text) {
  QPlainTextEdit* edit = m_lastEdited;
  edit->textCursor().insertText(text);
  edit->setFocus();
}

bool ReportEditor::eventFilter(QObject* watched, QEvent* event) {
  for (QPlainTextEdit* edit : m_sections) {
    if (watched != edit) continue;
    if (event->type() == QEvent::FocusIn) m_lastEdited = edit;
    // Leaving a section is a natural pause: save then, not a few seconds later.
    if (event->type() == QEvent::FocusOut) saveDraft();
  }
  return QWidget::eventFilter(watched, event);
}

void ReportEditor::closeEvent(QCloseEvent* event) {
  saveDraft();
  QWidget::closeEvent(event);
}

void ReportEditor::hideEvent(QHideEvent* event) {
  saveDraft();
  QWidget::hideEvent(event);
}

// Section titles for a study no template fits.
QString ReportEditor::defaultTitle(int section) const {
  switch (section) {
    case 0: return tr("Technique");
    case 1: return tr("Findings");
    default: return tr("Impression");
  }
}

QPlainTextEdit* ReportEditor::sectionEdit(const QString& key) const {
  for (int i = 0; i < 3; ++i)
    if (key == QLatin1String(kSectionKeys[i])) return m_sections[i];
  return nullptr;
}

void ReportEditor::chooseTemplate(int index) {
  if (m_loading || index == m_templateIndex) return;
  const ReportTemplate* previous = m_templateIndex >= 0 ? &m_templates[m_templateIndex] : nullptr;
  m_templateIndex = index;
  applyTemplate(index >= 0 ? &m_templates[index] : nullptr, previous);
  markChanged();
}

// Titles always follow the template; starting text only replaces a section
// the reader has not written in (empty, or still the previous template's
// text), so switching templates never loses what was typed.
void ReportEditor::applyTemplate(const ReportTemplate* next, const ReportTemplate* previous) {
  m_report.templateId = next ? next->id : QString();
  for (int i = 0; i < 3; ++i) m_titles[i]->setText(defaultTitle(i));
  if (!next) return;
  for (const ReportSection& s : next->sections) {
    QPlainTextEdit* edit = sectionEdit(s.key);
    if (!edit) continue;
    for (int i = 0; i < 3; ++i)
      if (m_sections[i] == edit) m_titles[i]->setText(s.title);
    QString previousText;
    if (previous)
      for (const ReportSection& p : previous->sections)
        if (p.key == s.key) previousText = filled(p.text);
    const QString current = edit->toPlainText();
    if (current.isEmpty() || current == previousText) setText(edit, filled(s.text));
  }
}

QString ReportEditor::filled(QString text) const {
  for (auto it = m_templateValues.cbegin(); it != m_templateValues.cend(); ++it)
    text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
  return text;
}

void ReportEditor::loadSnippets(const QString& modality, const QString& language) {
  initReportSnippetResources();
  m_snippets->clear();
  const QDir dir(QStringLiteral(":/report-snippets"));
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly)) continue;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    bool forModality = false;
    for (const QJsonValue& m : o.value(QLatin1String("modalities")).toArray())
      forModality = forModality || m.toString().compare(modality, Qt::CaseInsensitive) == 0;
    if (!forModality) continue;
    for (const QJsonValue& v : o.value(QLatin1String("snippets")).toArray()) {
      const QJsonObject s = v.toObject();
      const QString text = s.value(language).toString();
      m_snippets->addItem(text.isEmpty() ? s.value(QLatin1String("zh_CN")).toString() : text);
    }
  }
}

void ReportEditor::markChanged() {
  if (m_loading) return;
  m_dirty = true;
  if (!m_autosave.isActive()) m_autosave.start();
}

// Puts text in a section with the cursor at its end, where the reader goes on.
void ReportEditor::setText(QPlainTextEdit* edit, const QString& text) {
  edit->setPlainText(text);
  edit->moveCursor(QTextCursor::End);
}

void ReportEditor::setStatus(const QString& text) { m_status->setText(text); }

int ReportEditor::templateIndex(const QString& id) const {
  for (int i = 0; i < m_templates.size(); ++i)
    if (m_templates[i].id == id) return i;
  return -1;
}

}  // namespace yunyue
