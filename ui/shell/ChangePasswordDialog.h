#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sphair::client {
class ApiCall;
class PlatformClient;
} // namespace sphair::client

namespace sphair::ui::shell {

// Changes the signed-in admin's password (POST /auth/password), e.g. right after a sign-in
// with a one-time password. Checks as you type that the new password is long enough (the
// server's rule: kMinLength characters), differs from the current one and is repeated
// exactly. Open it with open(); accepted() once the server has taken the new password.
//
// Object names: changePasswordDialog, currentPasswordEdit, newPasswordEdit,
// repeatPasswordEdit, changePasswordErrorLabel, changePasswordButton.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // The server refuses shorter passwords (server/http/AuthRoutes.cpp, kMinPasswordLength).
    static constexpr int kMinLength = 12;

    explicit ChangePasswordDialog(client::PlatformClient *client, QWidget *parent = nullptr);

    // Prefills the current password (the one just used to sign in).
    void setCurrentPassword(const QString &password);
    // Why the new password cannot be sent yet; empty when it can.
    QString problem() const;

    void reject() override;

signals:
    void passwordChanged();

private:
    void revalidate();
    void submit();
    void setBusy(bool busy);

    client::PlatformClient *m_client;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_change = nullptr;
    QPointer<client::ApiCall> m_call;
    bool m_serverError = false; // the label shows the server's answer until the next edit
};

} // namespace sphair::ui::shell
