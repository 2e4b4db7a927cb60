#include "app/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yunyue {

SettingsDialog::SettingsDialog(const WorkstationSettings& settings, QWidget* parent)
    : QDialog(parent),
      m_profileData(settings.profiles),
      m_active(settings.activeProfile),
      m_teaching(settings.teachingProfile),
      m_profiles(new QListWidget),
      m_name(new QLineEdit),
      m_url(new QLineEdit),
      m_user(new QLineEdit),
      m_caFile(new QLineEdit),
      m_cacheLimit(new QDoubleSpinBox),
      m_targets(new QTableWidget(0, 2)),
      m_defaultTarget(new QSpinBox),
      m_urgentWords(new QLineEdit),
      m_prefetch(new QSpinBox),
      m_language(new QComboBox),
      m_priorMatching(new QComboBox) {
  setWindowTitle(tr("Settings"));
  auto* tabs = new QTabWidget;
  tabs->addTab(serverPage(), tr("Servers"));
  tabs->addTab(workPage(), tr("Reading"));

  m_cacheLimit->setRange(1, 100000);
  m_cacheLimit->setDecimals(0);
  m_cacheLimit->setSuffix(tr(" GB"));
  m_cacheLimit->setValue(settings.cacheLimitGiB);
  const QMap<QString, int> targets = settings.turnaround.targets();
  for (auto it = targets.begin(); it != targets.end(); ++it) addTargetRow(it.key(), it.value());
  m_defaultTarget->setRange(1, 7 * 24 * 60);
  m_defaultTarget->setSuffix(tr(" min"));
  m_defaultTarget->setValue(settings.turnaround.defaultTargetMinutes());
  m_urgentWords->setText(settings.turnaround.urgentKeywords().join(QStringLiteral(", ")));
  m_prefetch->setRange(0, 20);
  m_prefetch->setValue(settings.prefetchCount);
  // Each language in its own words, so a reader who cannot read the
  // current one still finds theirs.
  m_language->addItem(tr("System"), QString());
  m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
  m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
  for (PriorMatching rule : allPriorMatchings()) m_priorMatching->addItem(priorMatchingName(rule), int(rule));
  m_priorMatching->setCurrentIndex(std::max(0, m_priorMatching->findData(int(settings.priorMatching))));
  m_priorMatching->setToolTip(tr("Which studies in the archive count as the same patient's prior studies"));

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(tabs);
  layout->addWidget(buttons);
  refreshProfileList();
  m_profiles->setCurrentRow(m_active >= 0 ? m_active : (m_profileData.isEmpty() ? -1 : 0));
  setMinimumWidth(560);
}

QWidget* SettingsDialog::serverPage() {
  auto* page = new QWidget;
  auto* add = new QPushButton(tr("Add"));
  auto* remove = new QPushButton(tr("Remove"));
  auto* use = new QPushButton(tr("Use this server"));
  use->setObjectName(QStringLiteral("useServer"));
  auto* teaching = new QPushButton(tr("Teaching archive"));
  teaching->setToolTip(tr("De-identified teaching cases are sent to this server"));
  teaching->setCheckable(true);
  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {add, remove, use, teaching}) buttons->addWidget(b);
  buttons->addStretch();

  m_url->setPlaceholderText(QStringLiteral("https://cloud.example.org/dicom-web"));
  m_caFile->setPlaceholderText(tr("PEM file; empty: the system's certificate authorities"));
  auto* form = new QFormLayout;
  form->addRow(tr("Name"), m_name);
  form->addRow(tr("DICOMweb address"), m_url);
  form->addRow(tr("User name"), m_user);
  form->addRow(tr("CA certificates"), m_caFile);
  auto* note = new QLabel(tr("Passwords are not kept here; the workstation asks when it connects."));
  note->setWordWrap(true);

  auto* layout = new QVBoxLayout(page);
  layout->addWidget(m_profiles);
  layout->addLayout(buttons);
  layout->addLayout(form);
  layout->addWidget(note);

  connect(m_profiles, &QListWidget::currentRowChanged, this, [this](int row) {
    storeProfile();
    showProfile(row);
  });
  for (QLineEdit* edit : {m_name, m_url, m_user, m_caFile})
    connect(edit, &QLineEdit::editingFinished, this, [this] {
      storeProfile();
      refreshProfileList();
    });
  connect(add, &QPushButton::clicked, this, [this] {
    storeProfile();
    ServerProfile p;
    p.name = tr("New server");
    m_profileData << p;
    refreshProfileList();
    m_profiles->setCurrentRow(int(m_profileData.size()) - 1);
    m_url->setFocus();
  });
  connect(remove, &QPushButton::clicked, this, [this] {
    const int row = m_profiles->currentRow();
    if (row < 0) return;
    m_editing = -1;  // nothing to store back
    m_profileData.removeAt(row);
    if (m_active == row) m_active = -1;
    else if (m_active > row) --m_active;
    if (m_teaching == row) m_teaching = -1;
    else if (m_teaching > row) --m_teaching;
    refreshProfileList();
    m_profiles->setCurrentRow(std::min(row, int(m_profileData.size()) - 1));
  });
  connect(teaching, &QPushButton::clicked, this, [this] {
    storeProfile();
    const int row = m_profiles->currentRow();
    m_teaching = m_teaching == row ? -1 : row;
    refreshProfileList();
  });
  connect(m_profiles, &QListWidget::currentRowChanged, teaching,
          [this, teaching](int row) { teaching->setChecked(row >= 0 && row == m_teaching); });
  connect(use, &QPushButton::clicked, this, [this] {
    storeProfile();
    m_active = m_profiles->currentRow();
    refreshProfileList();
  });
  return page;
}

QWidget* SettingsDialog::workPage() {
  auto* page = new QWidget;
  m_targets->setHorizontalHeaderLabels({tr("Modality"), tr("Target (min)")});
  m_targets->horizontalHeader()->setStretchLastSection(true);
  m_targets->verticalHeader()->hide();
  m_targets->setMinimumHeight(150);
  auto* addTarget = new QPushButton(tr("Add modality"));
  connect(addTarget, &QPushButton::clicked, this, [this] {
    addTargetRow(QString(), 60);
    m_targets->editItem(m_targets->item(m_targets->rowCount() - 1, 0));
  });
  auto* form = new QFormLayout(page);
  form->addRow(tr("Turnaround targets"), m_targets);
  form->addRow(QString(), addTarget);
  form->addRow(tr("Other modalities"), m_defaultTarget);
  form->addRow(tr("Urgent when the description contains"), m_urgentWords);
  form->addRow(tr("Prefetch next studies"), m_prefetch);
  form->addRow(tr("Cache size limit"), m_cacheLimit);
  form->addRow(tr("Prior studies matched by"), m_priorMatching);
  form->addRow(tr("Language"), m_language);
  auto* note = new QLabel(tr("A new language takes effect when the workstation starts next."));
  note->setWordWrap(true);
  form->addRow(QString(), note);
  return page;
}

void SettingsDialog::addTargetRow(const QString& modality, int minutes) {
  const int row = m_targets->rowCount();
  m_targets->insertRow(row);
  m_targets->setItem(row, 0, new QTableWidgetItem(modality));
  auto* value = new QTableWidgetItem;
  value->setData(Qt::EditRole, minutes);
  m_targets->setItem(row, 1, value);
}

void SettingsDialog::showProfile(int row) {
  m_editing = row;
  const ServerProfile p = row >= 0 && row < m_profileData.size() ? m_profileData[row] : ServerProfile();
  m_name->setText(p.name);
  m_url->setText(p.dicomWebRoot.toString());
  m_user->setText(p.user);
  m_caFile->setText(p.caCertificatesFile);
  for (QLineEdit* edit : {m_name, m_url, m_user, m_caFile}) edit->setEnabled(row >= 0);
}

QList<ServerProfile> SettingsDialog::editedProfiles() const {
  QList<ServerProfile> profiles = m_profileData;
  if (m_editing < 0 || m_editing >= profiles.size()) return profiles;
  ServerProfile& p = profiles[m_editing];
  p.name = m_name->text().trimmed();
  p.dicomWebRoot = m_url->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_url->text().trimmed());
  p.user = m_user->text().trimmed();
  p.caCertificatesFile = m_caFile->text().trimmed();
  return profiles;
}

void SettingsDialog::storeProfile() { m_profileData = editedProfiles(); }

void SettingsDialog::refreshProfileList() {
  const int current = m_profiles->currentRow();
  const QSignalBlocker quiet(m_profiles);
  m_profiles->clear();
  for (int i = 0; i < m_profileData.size(); ++i) {
    const ServerProfile& p = m_profileData[i];
    QString text = p.name.isEmpty() ? p.dicomWebRoot.host() : p.name;
    text += QStringLiteral("  —  ") + p.dicomWebRoot.toString();
    if (i == m_active) text = tr("%1 (in use)").arg(text);
    if (i == m_teaching) text = tr("%1 (teaching archive)").arg(text);
    auto* item = new QListWidgetItem(text, m_profiles);
    QFont font = item->font();
    font.setBold(i == m_active);
    item->setFont(font);
  }
  m_profiles->setCurrentRow(std::min(current, int(m_profileData.size()) - 1));
}

WorkstationSettings SettingsDialog::settings() const {
  WorkstationSettings s;
  s.profiles = editedProfiles();  // the fields being edited count
  s.activeProfile = m_active;
  s.teachingProfile = m_teaching;
  s.cacheLimitGiB = m_cacheLimit->value();
  TurnaroundPolicy policy;
  for (const QString& modality : policy.targets().keys()) policy.setTargetMinutes(modality, 0);
  for (int row = 0; row < m_targets->rowCount(); ++row) {
    const QTableWidgetItem* modality = m_targets->item(row, 0);
    const QTableWidgetItem* minutes = m_targets->item(row, 1);
    if (modality && minutes) policy.setTargetMinutes(modality->text(), minutes->data(Qt::EditRole).toInt());
  }
  policy.setDefaultTargetMinutes(m_defaultTarget->value());
  policy.setUrgentKeywords(m_urgentWords->text().split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts));
  s.turnaround = policy;
  s.prefetchCount = m_prefetch->value();
  s.language = m_language->currentData().toString();
  s.priorMatching = PriorMatching(m_priorMatching->currentData().toInt());
  return s;
}

}  // namespace yunyue
