#include "app/LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace yunyue {

LoginDialog::LoginDialog(const ServerProfile& initial, QWidget* parent)
    : QDialog(parent),
      m_initial(initial),
      m_url(new QLineEdit(initial.dicomWebRoot.toString())),
      m_user(new QLineEdit(initial.user)),
      m_password(new QLineEdit(initial.password)),
      m_message(new QLabel) {
  setWindowTitle(tr("Connect to the image cloud"));
  m_url->setPlaceholderText(QStringLiteral("https://cloud.example.org/dicom-web"));
  m_password->setEchoMode(QLineEdit::Password);
  m_message->setTextFormat(Qt::PlainText);
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #c03030;"));
  m_message->hide();

  auto* form = new QFormLayout;
  form->addRow(tr("DICOMweb address"), m_url);
  form->addRow(tr("User name"), m_user);
  form->addRow(tr("Password"), m_password);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_message);
  layout->addWidget(buttons);
  setMinimumWidth(460);
}

ServerProfile LoginDialog::profile() const {
  ServerProfile p = m_initial;
  p.dicomWebRoot = QUrl::fromUserInput(m_url->text().trimmed());
  p.user = m_user->text().trimmed();
  p.password = m_password->text();
  return p;
}

void LoginDialog::setMessage(const QString& message) {
  m_message->setText(message);
  m_message->setVisible(!message.isEmpty());
}

}  // namespace yunyue
