#include "app/LoginDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLogin, "yunyue.app.login")

namespace yunyue {

LoginDialog::LoginDialog(const ServerProfile& initial, QWidget* parent)
    : QDialog(parent),
      m_initial(initial),
      m_url(new QLineEdit(initial.dicomWebRoot.toString())),
      m_user(new QLineEdit(initial.user)),
      m_password(new QLineEdit(initial.password)),
      m_remember(new QCheckBox),
      m_message(new QLabel) {
  setWindowTitle(tr("Connect to the image cloud"));
  m_url->setPlaceholderText(QStringLiteral("https://cloud.example.org/dicom-web"));
  m_password->setEchoMode(QLineEdit::Password);
  m_message->setTextFormat(Qt::PlainText);
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #c03030;"));
  m_message->hide();

  // Where a remembered password goes, so the reader knows what "remember" means here.
  m_remember->setText(
      tr("Remember password in %1").arg(CredentialStore::backendName(m_credentials.availableBackend())));
  if (initial.bearerToken.isEmpty() && initial.isComplete()) {
    const CredentialResult held = m_credentials.load(initial.dicomWebRoot, initial.user);
    if (held.isError()) setMessage(held.error.message);
    if (held.found() && held.kind == SecretKind::Password &&
        (initial.password.isEmpty() || initial.password == held.secret)) {
      m_password->setText(held.secret);
      m_remember->setChecked(true);
    }
  }

  auto* form = new QFormLayout;
  form->addRow(tr("DICOMweb address"), m_url);
  form->addRow(tr("User name"), m_user);
  form->addRow(tr("Password"), m_password);
  form->addRow(QString(), m_remember);
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

void LoginDialog::accept() {
  const ServerProfile p = profile();
  if (m_remember->isChecked() && !p.password.isEmpty()) {
    const CredentialResult r = m_credentials.store(p.dicomWebRoot, p.user, SecretKind::Password, p.password);
    if (r.isError()) {
      qCWarning(lcLogin) << "password not remembered:" << r.error.detail;
      return setMessage(r.error.message);
    }
    qCDebug(lcLogin) << "password remembered in"
                     << (r.backend == CredentialBackend::SystemKeychain ? "the keychain" : "the protected file");
  } else if (!m_remember->isChecked()) {
    // Unticked: a password remembered before for this server and user goes.
    const CredentialResult held = m_credentials.load(p.dicomWebRoot, p.user);
    if (held.found() && held.kind == SecretKind::Password) m_credentials.forget(p.dicomWebRoot, p.user);
  }
  QDialog::accept();
}

}  // namespace yunyue
