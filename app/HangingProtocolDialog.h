#pragma once
// The reader's editor of hanging protocols: the list (add, duplicate,
// delete, move up and down: the order breaks ties in choosing), and a form
// for the selected protocol: what it matches, its layout, and per view the
// window preset, slab mode and thickness. Save writes the file; Cancel
// leaves it as it was.

#include "app/HangingProtocol.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace yunyue {

class HangingProtocolDialog : public QDialog {
  Q_OBJECT
 public:
  // Edits `protocols`; Save writes them to `path` (hangingProtocolsPath()).
  HangingProtocolDialog(const QList<HangingProtocol>& protocols, const QString& path, QWidget* parent = nullptr);

  // The list as edited so far (the form's changes included).
  QList<HangingProtocol> protocols();
  int currentRow() const;
  void setCurrentRow(int row);

  // Saves and closes; false (the reason shown) when the file cannot be written.
  bool save();

 private:
  struct ViewRow {
    QComboBox* preset;
    QComboBox* slab;
    QDoubleSpinBox* thickness;
  };

  QWidget* buildListPanel();
  QWidget* buildForm();
  void fillList();
  void showProtocol(int row);
  void commitForm();  // form -> m_protocols[m_shown]
  void rebuildViewRows();
  void layoutChanged();
  void add();
  void duplicate();
  void remove();
  void move(int delta);
  void updateButtons();

  QList<HangingProtocol> m_protocols;
  QString m_path;
  int m_shown = -1;       // the row the form shows
  bool m_filling = false;  // the form is being filled, not edited

  QListWidget* m_list;
  QPushButton* m_duplicate;
  QPushButton* m_delete;
  QPushButton* m_up;
  QPushButton* m_down;
  QWidget* m_form;
  QLineEdit* m_name;
  QComboBox* m_modality;
  QLineEdit* m_bodyPart;
  QLineEdit* m_description;
  QComboBox* m_layout;
  QCheckBox* m_start3d;
  QGridLayout* m_viewGrid;
  QList<ViewRow> m_viewRows;
};

}  // namespace yunyue
