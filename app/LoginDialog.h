#pragma once
// Asks for the server profile: DICOMweb address, user name, password.
// "Remember password" keeps it in the credential store (system keychain or
// a private file), never in the settings; a remembered one is filled in.

#include "cloudclient/CredentialStore.h"
#include "cloudclient/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QLabel;

namespace yunyue {

class LoginDialog : public QDialog {
  Q_OBJECT
 public:
  explicit LoginDialog(const ServerProfile& initial, QWidget* parent = nullptr);
  ServerProfile profile() const;
  void setMessage(const QString& message);

  // Stores (or, unticked, forgets) the password, then closes; stays open
  // with the store's message when it cannot be kept.
  void accept() override;

 private:
  ServerProfile m_initial;
  CredentialStore m_credentials;
  QLineEdit* m_url;
  QLineEdit* m_user;
  QLineEdit* m_password;
  QCheckBox* m_remember;
  QLabel* m_message;
};

}  // namespace yunyue
