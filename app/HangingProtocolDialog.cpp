#include "app/HangingProtocolDialog.h"

#include "viewer/WindowPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace yunyue {
namespace {

QString presetLanguage() {
  return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

// The window presets offered for a protocol: those of its (first) modality.
QList<WindowPreset> presetsFor(const QString& modality) {
  const QString first = modality.section(QLatin1Char('\\'), 0, 0).trimmed();
  return first.isEmpty() || first == QLatin1String("*") ? windowPresets(QStringLiteral("CT"), presetLanguage())
                                                       : windowPresets(first, presetLanguage());
}

}  // namespace

HangingProtocolDialog::HangingProtocolDialog(const QList<HangingProtocol>& protocols, const QString& path,
                                             QWidget* parent)
    : QDialog(parent), m_protocols(protocols), m_path(path) {
  setWindowTitle(tr("Hanging protocols"));
  auto* panes = new QHBoxLayout;
  panes->addWidget(buildListPanel(), 1);
  panes->addWidget(buildForm(), 2);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &HangingProtocolDialog::save);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* outer = new QVBoxLayout(this);
  outer->addLayout(panes);
  outer->addWidget(buttons);
  fillList();
  setCurrentRow(m_protocols.isEmpty() ? -1 : 0);
}

QWidget* HangingProtocolDialog::buildListPanel() {
  auto* panel = new QWidget;
  m_list = new QListWidget;
  auto* addButton = new QPushButton(tr("Add"));
  m_duplicate = new QPushButton(tr("Duplicate"));
  m_delete = new QPushButton(tr("Delete"));
  m_up = new QPushButton(tr("Move up"));
  m_down = new QPushButton(tr("Move down"));
  // Object names: for tests and style sheets, never shown.
  m_list->setObjectName(QStringLiteral("protocols"));
  addButton->setObjectName(QStringLiteral("add"));
  m_duplicate->setObjectName(QStringLiteral("duplicate"));
  m_delete->setObjectName(QStringLiteral("delete"));
  m_up->setObjectName(QStringLiteral("moveUp"));
  m_down->setObjectName(QStringLiteral("moveDown"));
  auto* buttonGrid = new QGridLayout;
  buttonGrid->addWidget(addButton, 0, 0);
  buttonGrid->addWidget(m_duplicate, 0, 1);
  buttonGrid->addWidget(m_delete, 0, 2);
  buttonGrid->addWidget(m_up, 1, 0);
  buttonGrid->addWidget(m_down, 1, 1);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_list);
  layout->addLayout(buttonGrid);
  // The order matters: the first of equally specific protocols is chosen.
  auto* hint = new QLabel(tr("Among equally specific protocols, the first in the list is used."));
  hint->setWordWrap(true);
  layout->addWidget(hint);

  connect(m_list, &QListWidget::currentRowChanged, this, &HangingProtocolDialog::showProtocol);
  connect(addButton, &QPushButton::clicked, this, &HangingProtocolDialog::add);
  connect(m_duplicate, &QPushButton::clicked, this, &HangingProtocolDialog::duplicate);
  connect(m_delete, &QPushButton::clicked, this, &HangingProtocolDialog::remove);
  connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
  connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
  return panel;
}

QWidget* HangingProtocolDialog::buildForm() {
  m_form = new QWidget;
  m_name = new QLineEdit;
  m_modality = new QComboBox;
  m_modality->setEditable(true);
  // Modality defined terms (PS3.3 C.7.3.1.1.1); empty matches any.
  m_modality->addItems({QString(), QStringLiteral("CT"), QStringLiteral("MR"), QStringLiteral("CR\\DX\\DR"),
                        QStringLiteral("CR"), QStringLiteral("DX"), QStringLiteral("MG"), QStringLiteral("US"),
                        QStringLiteral("PT"), QStringLiteral("NM"), QStringLiteral("XA")});
  m_bodyPart = new QLineEdit;
  m_bodyPart->setPlaceholderText(tr("any (wildcards * ?, several as HEAD\\BRAIN)"));
  m_description = new QLineEdit;
  m_description->setPlaceholderText(tr("any"));
  m_layout = new QComboBox;
  for (HangingLayout layout : allHangingLayouts()) m_layout->addItem(layoutName(layout), int(layout));
  m_start3d = new QCheckBox(tr("Start the 3D view at once"));
  m_name->setObjectName(QStringLiteral("name"));
  m_modality->setObjectName(QStringLiteral("modality"));
  m_bodyPart->setObjectName(QStringLiteral("bodyPart"));
  m_description->setObjectName(QStringLiteral("description"));
  m_layout->setObjectName(QStringLiteral("layout"));
  m_start3d->setObjectName(QStringLiteral("start3d"));

  auto* form = new QFormLayout;
  form->addRow(tr("Name:"), m_name);
  form->addRow(tr("Modality:"), m_modality);
  form->addRow(tr("Body part examined:"), m_bodyPart);
  form->addRow(tr("Series description contains:"), m_description);
  form->addRow(tr("Layout:"), m_layout);
  form->addRow(QString(), m_start3d);

  auto* views = new QGroupBox(tr("Views"));
  m_viewGrid = new QGridLayout(views);
  auto* layout = new QVBoxLayout(m_form);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(form);
  layout->addWidget(views);
  layout->addStretch();

  connect(m_name, &QLineEdit::textEdited, this, [this](const QString& name) {
    if (QListWidgetItem* shown = m_list->item(m_shown); shown && !name.trimmed().isEmpty()) shown->setText(name);
  });
  // Another modality offers other presets.
  connect(m_modality, &QComboBox::currentTextChanged, this, [this] {
    if (m_filling) return;
    commitForm();
    rebuildViewRows();
  });
  connect(m_layout, &QComboBox::currentIndexChanged, this, &HangingProtocolDialog::layoutChanged);
  return m_form;
}

QList<HangingProtocol> HangingProtocolDialog::protocols() {
  commitForm();
  return m_protocols;
}

int HangingProtocolDialog::currentRow() const { return m_list->currentRow(); }

void HangingProtocolDialog::setCurrentRow(int row) {
  m_list->setCurrentRow(row);
  showProtocol(row);
}

bool HangingProtocolDialog::save() {
  const HangingProtocolError error = saveHangingProtocols(protocols(), m_path);
  if (error.isError()) {
    QMessageBox::warning(this, windowTitle(), error.message + QStringLiteral("\n\n") + error.detail);
    return false;
  }
  accept();
  return true;
}

void HangingProtocolDialog::fillList() {
  const QSignalBlocker blocker(m_list);
  m_list->clear();
  for (const HangingProtocol& p : m_protocols) m_list->addItem(p.name);  // plain text
}

void HangingProtocolDialog::showProtocol(int row) {
  if (row == m_shown && row >= 0) return;
  commitForm();
  m_shown = row >= 0 && row < m_protocols.size() ? row : -1;
  m_form->setEnabled(m_shown >= 0);
  updateButtons();
  if (m_shown < 0) return;
  const HangingProtocol& p = m_protocols[m_shown];
  m_filling = true;
  m_name->setText(p.name);
  m_modality->setCurrentText(p.modality);
  m_bodyPart->setText(p.bodyPart);
  m_description->setText(p.descriptionContains);
  m_layout->setCurrentIndex(m_layout->findData(int(p.layout)));
  m_start3d->setChecked(p.start3d);
  m_filling = false;
  rebuildViewRows();
}

void HangingProtocolDialog::commitForm() {
  if (m_filling || m_shown < 0 || m_shown >= m_protocols.size()) return;
  HangingProtocol& p = m_protocols[m_shown];
  if (!m_name->text().trimmed().isEmpty()) p.name = m_name->text().trimmed();  // a protocol keeps a name
  p.modality = m_modality->currentText().trimmed().toUpper();
  p.bodyPart = m_bodyPart->text().trimmed().toUpper();
  p.descriptionContains = m_description->text().trimmed();
  for (int i = 0; i < m_viewRows.size() && i < p.views.size(); ++i) {
    const ViewRow& row = m_viewRows[i];
    p.views[i].windowPreset = row.preset->currentData().toString();
    p.views[i].slabMode = SlabMode(row.slab->currentData().toInt());
    p.views[i].slabThicknessMm = p.views[i].slabMode == SlabMode::None ? 0 : row.thickness->value();
  }
  p.layout = HangingLayout(m_layout->currentData().toInt());
  p.fitViewsToLayout();
  p.start3d = p.layout == HangingLayout::MprAndVolume && m_start3d->isChecked();
}

void HangingProtocolDialog::rebuildViewRows() {
  while (QLayoutItem* old = m_viewGrid->takeAt(0)) {
    delete old->widget();
    delete old;
  }
  m_viewRows.clear();
  if (m_shown < 0) return;
  const HangingProtocol& p = m_protocols[m_shown];
  m_start3d->setEnabled(p.layout == HangingLayout::MprAndVolume);
  const QList<WindowPreset> presets = presetsFor(p.modality);
  m_viewGrid->addWidget(new QLabel(tr("Window")), 0, 1);
  m_viewGrid->addWidget(new QLabel(tr("Slab")), 0, 2);
  m_viewGrid->addWidget(new QLabel(tr("Thickness")), 0, 3);
  for (int i = 0; i < p.views.size(); ++i) {
    const HangingViewSettings& v = p.views[i];
    ViewRow row{new QComboBox, new QComboBox, new QDoubleSpinBox};
    row.preset->addItem(tr("The image's own"), QString());
    for (const WindowPreset& preset : presets) row.preset->addItem(preset.name, preset.id);
    if (row.preset->findData(v.windowPreset) < 0) row.preset->addItem(v.windowPreset, v.windowPreset);  // kept as found
    row.preset->setCurrentIndex(row.preset->findData(v.windowPreset));
    for (SlabMode mode : {SlabMode::None, SlabMode::Mip, SlabMode::MinIp, SlabMode::Average})
      row.slab->addItem(slabModeName(mode), int(mode));
    row.slab->setCurrentIndex(row.slab->findData(int(v.slabMode)));
    row.thickness->setRange(0.5, 100);
    row.thickness->setDecimals(1);
    row.thickness->setSuffix(tr(" mm"));
    row.thickness->setValue(v.slabThicknessMm > 0 ? v.slabThicknessMm : 10);
    row.thickness->setEnabled(v.slabMode != SlabMode::None);
    row.preset->setObjectName(QStringLiteral("preset%1").arg(i));
    row.slab->setObjectName(QStringLiteral("slab%1").arg(i));
    row.thickness->setObjectName(QStringLiteral("thickness%1").arg(i));
    QDoubleSpinBox* thickness = row.thickness;
    connect(row.slab, &QComboBox::currentIndexChanged, thickness,
            [thickness, slab = row.slab] { thickness->setEnabled(SlabMode(slab->currentData().toInt()) != SlabMode::None); });
    m_viewGrid->addWidget(new QLabel(viewRoleName(v.role)), i + 1, 0);
    m_viewGrid->addWidget(row.preset, i + 1, 1);
    m_viewGrid->addWidget(row.slab, i + 1, 2);
    m_viewGrid->addWidget(row.thickness, i + 1, 3);
    m_viewRows << row;
  }
}

void HangingProtocolDialog::layoutChanged() {
  if (m_filling) return;
  commitForm();
  rebuildViewRows();
}

void HangingProtocolDialog::add() {
  commitForm();
  HangingProtocol p;
  p.name = tr("New protocol");
  p.layout = HangingLayout::MprAndVolume;
  p.fitViewsToLayout();
  m_protocols.append(p);
  fillList();
  m_shown = -1;
  setCurrentRow(int(m_protocols.size()) - 1);
}

void HangingProtocolDialog::duplicate() {
  if (m_shown < 0) return;
  commitForm();
  HangingProtocol copy = m_protocols[m_shown];
  copy.name = tr("%1 (copy)").arg(copy.name);
  m_protocols.insert(m_shown + 1, copy);
  const int row = m_shown + 1;
  fillList();
  m_shown = -1;
  setCurrentRow(row);
}

void HangingProtocolDialog::remove() {
  if (m_shown < 0) return;
  const int row = m_shown;
  m_protocols.removeAt(row);
  m_shown = -1;  // nothing to commit: it is gone
  fillList();
  setCurrentRow(std::min(row, int(m_protocols.size()) - 1));
}

void HangingProtocolDialog::move(int delta) {
  const int to = m_shown + delta;
  if (m_shown < 0 || to < 0 || to >= m_protocols.size()) return;
  commitForm();
  m_protocols.swapItemsAt(m_shown, to);
  fillList();
  m_shown = -1;
  setCurrentRow(to);
}

void HangingProtocolDialog::updateButtons() {
  m_duplicate->setEnabled(m_shown >= 0);
  m_delete->setEnabled(m_shown >= 0);
  m_up->setEnabled(m_shown > 0);
  m_down->setEnabled(m_shown >= 0 && m_shown < m_protocols.size() - 1);
}

}  // namespace yunyue
