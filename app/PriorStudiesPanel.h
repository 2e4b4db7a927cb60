#pragma once
// The selected study's prior studies, beside the worklist: a title that
// names the matching rule in use (so the reader sees why a study is listed)
// and one row per prior, newest first. Double-click or Enter on a row picks
// that prior for comparison.

#include "cloudclient/PriorStudies.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace yunyue {

class PriorStudiesPanel : public QWidget {
  Q_OBJECT
 public:
  enum Column { Date, Modality, Description, Institution, SeriesAndImages, PatientId, Name, ColumnCount };

  explicit PriorStudiesPanel(QWidget* parent = nullptr);

  // The rule named in the title and used by showPriorsOf; when a study is
  // shown, its priors are searched again under the new rule.
  void setMatching(PriorMatching rule);
  PriorMatching matching() const { return m_rule; }

  // Searches the archive for current's priors and shows them (or the
  // error). A later call, or clear(), supersedes a search still running.
  void showPriorsOf(DicomWebClient* client, const StudyRecord& current);
  // What a finished search found (newest first, as matchPriors orders).
  void setPriors(const QList<StudyRecord>& priors);
  void setError(const CloudError& error);
  // No study selected.
  void clear();

  QList<StudyRecord> priors() const { return m_priors; }
  QLabel* titleLabel() const { return m_title; }
  QTreeWidget* studyList() const { return m_list; }
  // The empty, searching or error text; empty while rows are shown.
  QString message() const;

 signals:
  void priorChosen(const yunyue::StudyRecord& prior);

 private:
  void showMessage(const QString& text);
  void updateTitle();
  void choose(int row);

  PriorMatching m_rule = PriorMatching::PatientIdAndIssuer;
  QPointer<DicomWebClient> m_client;
  StudyRecord m_current;
  int m_search = 0;  // the search whose answer is awaited; older answers are dropped
  QList<StudyRecord> m_priors;
  QLabel* m_title;
  QStackedWidget* m_pages;
  QLabel* m_message;
  QTreeWidget* m_list;
};

}  // namespace yunyue
