#pragma once
// The report editor: template chooser, the three sections of a Chinese
// diagnostic report (检查方法 / 影像所见 / 诊断意见), phrase snippets for the
// modality, measurements and key images from the viewer, and crash-safe
// autosave of the draft through DraftStore.

#include "reporting/Report.h"
#include "reporting/ReportTemplate.h"
#include "reporting/ReportingError.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace yunyue {

class DraftStore;

class ReportEditor : public QWidget {
  Q_OBJECT
 public:
  // drafts must outlive the editor.
  explicit ReportEditor(DraftStore* drafts, QWidget* parent = nullptr);
  ~ReportEditor() override;

  // Starts the report of a study. If the study has a draft, the draft is
  // restored (its language, template and author win over the arguments); otherwise the
  // best template for the study's modality and body part is filled in.
  void openStudy(const ReportedStudy& study, const Observer& author, const QString& language);
  bool restoredFromDraft() const { return m_restored; }
  // Values for the templates' placeholders, e.g. {"thickness", "1.5"} for
  // "层厚{thickness}mm"; set before openStudy. Unknown placeholders stay.
  void setTemplateValues(const QMap<QString, QString>& values) { m_templateValues = values; }

  // The current content, as the SR codec and the signer take it.
  Report report() const;

  // Autosave delay after a change (default 3000 ms).
  void setAutosaveInterval(int milliseconds);
  int autosaveInterval() const { return m_autosave.interval(); }
  // What the status line shows: when the draft was saved, or why it was not.
  QString statusText() const;
  // The phrases offered for the study's modality, in its language.
  QStringList snippets() const;

 public slots:
  // Saves the draft now if anything changed since the last save.
  bool saveDraft();
  // Inserts "label: value unit" at the cursor of the findings and keeps the
  // measurement in the report's measurement list.
  void insertMeasurement(const ReportMeasurement& measurement);
  void addKeyImage(const ImageReference& image, const QString& label);
  void removeKeyImage(int index);
  // Inserts text at the cursor of the section last edited (findings at first).
  void insertSnippet(const QString& text);

 signals:
  void draftSaved(const QDateTime& when);
  void draftSaveFailed(const ReportingError& error);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;
  void hideEvent(QHideEvent* event) override;

 private:
  QPlainTextEdit* sectionEdit(const QString& key) const;
  QString defaultTitle(int section) const;
  void showDraft();
  void selectTemplate(const ReportTemplate* t);
  void chooseTemplate(int index);
  void applyTemplate(const ReportTemplate* next, const ReportTemplate* previous);
  void loadSnippets(const QString& modality, const QString& language);
  QString filled(QString templateText) const;
  void markChanged();
  void setText(QPlainTextEdit* edit, const QString& text);
  void setStatus(const QString& text);
  int templateIndex(const QString& id) const;

  DraftStore* m_drafts;
  Report m_report;  // everything but the three section texts, which live in the editors
  QList<ReportTemplate> m_templates;
  QMap<QString, QString> m_templateValues;
  int m_templateIndex = -1;
  bool m_loading = false;
  bool m_dirty = false;
  bool m_restored = false;
  QTimer m_autosave;

  QComboBox* m_templateChooser;
  QLineEdit* m_author;
  QLabel* m_titles[3];
  QPlainTextEdit* m_sections[3];  // technique, findings, impression
  QPlainTextEdit* m_lastEdited;
  QListWidget* m_snippets;
  QListWidget* m_keyImages;
  QPushButton* m_removeKeyImage;
  QLabel* m_status;
};

}  // namespace yunyue
