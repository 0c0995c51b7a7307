#pragma once

#include "client/ConnectionProfile.h"
#include "client/ConnectionProfiles.h"

#include <QDialog>

class QCheckBox;
class QColorDialog;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace sphair::ui::shell {

// Adds or edits one connection profile (name, URL, environment, colour, pin, CA file, plain
// HTTP to loopback). Every keystroke runs ConnectionProfile::validate() (and the unique-name
// check): the first problem is shown in profileErrorLabel and OK stays disabled until there
// is none. OK saves to ConnectionProfiles and accepts. Open it with open().
//
// Object names: profileEditorDialog, profileNameEdit, profileUrlEdit, profileEnvironmentCombo,
// profileColourButton, profileColourDefaultButton, profilePinEdit, profileCaFileEdit,
// profileCaBrowseButton, profilePlainHttpCheck, profileErrorLabel, profileColourDialog (while
// the colour is being picked).
class ProfileEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // An empty `profileName` adds a new profile; otherwise that profile is edited (renaming
    // it is allowed). `settings` must outlive the dialog.
    explicit ProfileEditorDialog(QSettings *settings, const QString &profileName = {},
                                 QWidget *parent = nullptr);

    // What the fields describe now.
    client::ConnectionProfile profile() const;
    // The name the profile had when the dialog opened (empty when adding).
    QString originalName() const { return m_originalName; }
    bool isValid() const;

    void accept() override;

signals:
    void profileSaved(const sphair::client::ConnectionProfile &profile);

private:
    void load(const client::ConnectionProfile &profile);
    void revalidate();
    void updateColourButton();
    void pickColour();
    void browseCaFile();

    client::ConnectionProfiles m_profiles;
    QString m_originalName;
    QString m_colour; // empty: the environment's default
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_colourButton = nullptr;
    QPushButton *m_colourDefault = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_plainHttp = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sphair::ui::shell
