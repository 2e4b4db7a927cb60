#pragma once
// Asks for the server profile: DICOMweb address, user name, password.

#include "cloudclient/ServerProfile.h"

#include <QDialog>

class QLineEdit;
class QLabel;

namespace yunyue {

class LoginDialog : public QDialog {
  Q_OBJECT
 public:
  explicit LoginDialog(const ServerProfile& initial, QWidget* parent = nullptr);
  ServerProfile profile() const;
  void setMessage(const QString& message);

 private:
  ServerProfile m_initial;
  QLineEdit* m_url;
  QLineEdit* m_user;
  QLineEdit* m_password;
  QLabel* m_message;
};

}  // namespace yunyue
