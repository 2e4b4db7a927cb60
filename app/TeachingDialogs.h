#pragma once
// The teaching library in the workstation: marking the open study as a
// teaching case, and the library view that lists, searches and presents the
// collected cases.

#include "reporting/TeachingCase.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace yunyue {

// What the teacher writes about a case. The key images are the ones marked
// in the study (K); the text must not identify the patient (checked on export).
class TeachingCaseDialog : public QDialog {
  Q_OBJECT
 public:
  TeachingCaseDialog(const QList<ImageReference>& keyImages, bool canSend, QWidget* parent = nullptr);
  // The case as written (new case ID, key images with the study's UIDs).
  TeachingCase teachingCase() const;
  bool sendToTeachingArchive() const;

 private:
  QList<ImageReference> m_keyImages;
  QLineEdit* m_title;
  QLineEdit* m_diagnosis;
  QPlainTextEdit* m_history;
  QPlainTextEdit* m_points;
  QLineEdit* m_tags;
  QCheckBox* m_send;
};

class TeachingLibraryDialog : public QDialog {
  Q_OBJECT
 public:
  explicit TeachingLibraryDialog(TeachingLibrary library, QWidget* parent = nullptr);
  void reload();
  // The cases the table shows, in its order.
  QList<TeachingCase> shownCases() const { return m_shown; }
  void setSearchText(const QString& text);
  // The monitor chosen for the presentation (QGuiApplication::screens()
  // index; the last one, usually the projector, by default).
  int presentationScreen() const;

 signals:
  // Present these cases, in this order.
  void presentRequested(const QList<yunyue::TeachingCase>& cases);

 private:
  void filter();
  void importPackage();
  QList<TeachingCase> selectedCases() const;

  TeachingLibrary m_library;
  QList<TeachingCase> m_all;
  QList<TeachingCase> m_shown;
  QLineEdit* m_search;
  QComboBox* m_tag;
  QComboBox* m_screen;
  QTableWidget* m_table;
  QLabel* m_status;
};

}  // namespace yunyue
