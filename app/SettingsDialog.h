#pragma once
// The workstation's settings: server profiles (without passwords), cache
// size, turnaround targets, prefetching, language and the prior-study rule.

#include "app/WorkstationSettings.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace yunyue {

class SettingsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SettingsDialog(const WorkstationSettings& settings, QWidget* parent = nullptr);
  // What the dialog shows now (profiles edited, targets read back).
  WorkstationSettings settings() const;

  QListWidget* profileList() const { return m_profiles; }
  QComboBox* languageBox() const { return m_language; }
  QComboBox* priorMatchingBox() const { return m_priorMatching; }
  QSpinBox* prefetchBox() const { return m_prefetch; }
  QDoubleSpinBox* cacheLimitBox() const { return m_cacheLimit; }
  QTableWidget* targetTable() const { return m_targets; }

 private:
  QWidget* serverPage();
  QWidget* workPage();
  void showProfile(int row);     // into the edit fields
  void storeProfile();           // from the edit fields
  QList<ServerProfile> editedProfiles() const;
  void refreshProfileList();
  void addTargetRow(const QString& modality, int minutes);

  QList<ServerProfile> m_profileData;
  int m_active = -1;
  int m_teaching = -1;  // the teaching archive's row
  int m_editing = -1;
  QListWidget* m_profiles;
  QLineEdit* m_name;
  QLineEdit* m_url;
  QLineEdit* m_user;
  QLineEdit* m_caFile;
  QDoubleSpinBox* m_cacheLimit;
  QTableWidget* m_targets;
  QSpinBox* m_defaultTarget;
  QLineEdit* m_urgentWords;
  QSpinBox* m_prefetch;
  QComboBox* m_language;
  QComboBox* m_priorMatching;  // item data: the PriorMatching as int
};

}  // namespace yunyue
