#pragma once

#include "client/ConnectionProfiles.h"

#include "ui/shell/ProfileEditorDialog.h"

#include <QDialog>
#include <QPointer>

class QListWidget;
class QPushButton;

namespace sphair::ui {
class ConsoleContext;
}

namespace sphair::ui::shell {

// The saved connection profiles: add, edit and remove. Removing asks first, then also removes
// the profile's saved session from the keychain (PlatformClient::forgetSession). Open it with
// open(). Object names: connectionProfilesDialog, profilesList, addProfileButton,
// editProfileButton, removeProfileButton, removeProfileConfirm (the question).
class ConnectionProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionProfilesDialog(ConsoleContext *context, QWidget *parent = nullptr);

    // The editor opened by Add or Edit, while it is open.
    ProfileEditorDialog *editor() const { return m_editor; }

signals:
    // A profile was added, edited or removed.
    void profilesChanged();

private:
    void reload(const QString &select = {});
    void updateButtons();
    QString selectedName() const;
    void openEditor(const QString &name);
    void askToRemove();
    void remove(const QString &name);

    ConsoleContext *m_context;
    client::ConnectionProfiles m_profiles;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPointer<ProfileEditorDialog> m_editor;
};

} // namespace sphair::ui::shell
