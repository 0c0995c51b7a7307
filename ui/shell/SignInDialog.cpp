#include "ui/shell/SignInDialog.h"

#include "client/PlatformClient.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/DialogFit.h"
#include "ui/common/ErrorLabel.h"
#include "ui/shell/ChangePasswordDialog.h"
#include "ui/shell/ProfileEditorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sphair::ui::shell {

using client::ConnectionProfile;
using models::AdminSession;

const QString SignInDialog::kUsernameKey = QStringLiteral("connections/lastUsername");

SignInDialog::SignInDialog(ConsoleContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_profiles(context->settings())
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the SPHAiR platform"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("signInIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("signInProfileCombo"));
    m_editProfile = new QPushButton(tr("&Edit profile…"), this);
    m_editProfile->setObjectName(QStringLiteral("signInEditProfileButton"));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("signInUsernameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = newErrorLabel(QStringLiteral("signInErrorLabel"), this);
    m_error->setVisible(false);

    m_trustPanel = new QFrame(this);
    m_trustPanel->setObjectName(QStringLiteral("trustPanel"));
    m_trustPanel->setFrameShape(QFrame::StyledPanel);
    m_trustText = new QLabel(m_trustPanel);
    m_trustText->setWordWrap(true);
    m_trustText->setTextFormat(Qt::PlainText);
    m_fingerprint = new QLabel(m_trustPanel);
    m_fingerprint->setObjectName(QStringLiteral("trustFingerprintLabel"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setTextFormat(Qt::PlainText);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    auto *trust = new QPushButton(tr("&Trust this server and sign in"), m_trustPanel);
    trust->setObjectName(QStringLiteral("trustButton"));
    auto *distrust = new QPushButton(tr("&Do not trust"), m_trustPanel);
    distrust->setObjectName(QStringLiteral("distrustButton"));
    auto *trustButtons = new QHBoxLayout;
    trustButtons->addStretch(1);
    trustButtons->addWidget(distrust);
    trustButtons->addWidget(trust);
    auto *trustLayout = new QVBoxLayout(m_trustPanel);
    trustLayout->addWidget(m_trustText);
    trustLayout->addWidget(m_fingerprint);
    trustLayout->addLayout(trustButtons);
    m_trustPanel->setVisible(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_editProfile);
    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), profileRow);
    // A row holding a layout gets a label without a buddy, which would show its '&'.
    qobject_cast<QLabel *>(form->labelForField(profileRow))->setBuddy(m_profileCombo);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_trustPanel);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    // The certificate warning and the refusal are sentences to read, not to scroll.
    setMinimumWidth(readableWidth(this));

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(trust, &QPushButton::clicked, this, &SignInDialog::trustServer);
    connect(distrust, &QPushButton::clicked, this, [this] {
        m_trustPanel->setVisible(false);
        m_offeredPin.clear();
        showError(tr("The server was not trusted, so you are not signed in. Nothing but the "
                     "connection attempt was sent to it."));
        updateButtons();
    });
    connect(m_editProfile, &QPushButton::clicked, this, &SignInDialog::editProfile);
    connect(m_username, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_trustPanel->setVisible(false);
        m_error->setVisible(false);
        updateButtons();
    });

    // The client's current profile is offered even when it is not saved (the sandbox's).
    if (client::PlatformClient *client = m_context->client()) {
        const ConnectionProfile &current = client->profile();
        if (!current.name.isEmpty() && !m_profiles.find(current.name))
            m_unsaved = current;
    }
    QString initial = m_profiles.lastUsed();
    if (client::PlatformClient *client = m_context->client();
        client && !client->profile().name.isEmpty())
        initial = client->profile().name;
    reloadProfiles(initial);
    m_username->setText(m_context->settings()->value(kUsernameKey).toString());
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
    updateButtons();
}

void SignInDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const ConnectionProfile &profile : m_profiles.list()) {
        m_profileCombo->addItem(
            tr("%1 (%2)").arg(profile.name, client::environmentDisplayName(profile.environment)),
            profile.name);
    }
    if (m_unsaved) {
        m_profileCombo->addItem(
            tr("%1 (%2, not saved)")
                .arg(m_unsaved->name, client::environmentDisplayName(m_unsaved->environment)),
            m_unsaved->name);
    }
    const int index = m_profileCombo->findData(select);
    m_profileCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void SignInDialog::setProfileName(const QString &name)
{
    const int index = m_profileCombo->findData(name);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QString SignInDialog::profileName() const
{
    return m_profileCombo->currentData().toString();
}

std::optional<ConnectionProfile> SignInDialog::selectedProfile() const
{
    const QString name = profileName();
    if (name.isEmpty())
        return std::nullopt;
    if (auto saved = m_profiles.find(name))
        return saved;
    if (m_unsaved && m_unsaved->name == name)
        return m_unsaved;
    return std::nullopt;
}

bool SignInDialog::canSignIn() const
{
    const auto profile = selectedProfile();
    if (!profile || m_call || m_trustPanel->isVisibleTo(this))
        return false;
    // After a pin mismatch only an edited profile (another pin) may try again.
    if (profile->name == m_refusedProfile && profile->pin == m_refusedPin)
        return false;
    return !m_username->text().trimmed().isEmpty() && !m_password->text().isEmpty();
}

void SignInDialog::updateButtons()
{
    const auto profile = selectedProfile();
    m_signIn->setEnabled(canSignIn());
    m_editProfile->setEnabled(!m_call && profile && m_profiles.find(profile->name));
}

void SignInDialog::setBusy(bool busy)
{
    m_profileCombo->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_trustPanel->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateButtons();
}

void SignInDialog::showError(const QString &text, const QString &code)
{
    m_error->setText(text);
    m_error->setToolTip(code.isEmpty() ? QString() : tr("Error code: %1").arg(code));
    m_error->setVisible(!text.isEmpty());
    growToFitContents(this);
}

void SignInDialog::signIn()
{
    client::PlatformClient *client = m_context->client();
    const auto profile = selectedProfile();
    if (!client || !profile || !canSignIn())
        return;
    showError({});
    m_trustPanel->setVisible(false);
    // Switching profiles drops the client's session; re-signing in to the same one must not.
    if (client->profile() != *profile)
        client->setProfile(*profile);
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    QPointer<SignInDialog> self(this);
    m_call = client->login(username, password,
                           [self, password](const models::Result<AdminSession> &answer) {
                               if (self)
                                   self->onAnswer(answer, password);
                           });
    setBusy(true);
}

void SignInDialog::onAnswer(const models::Result<AdminSession> &answer, const QString &password)
{
    m_call.clear();
    setBusy(false);
    if (answer) {
        m_profiles.setLastUsed(profileName());
        m_context->settings()->setValue(kUsernameKey, answer->username);
        if (answer->mustChangePassword) {
            askForNewPassword(answer.value(), password);
            return;
        }
        finish(answer.value());
        return;
    }
    const models::Error &error = answer.error();
    if (error.code == QLatin1String("pin_unknown")) {
        showTrustPanel(error);
    } else if (error.code == QLatin1String("pin_mismatch")) {
        showRefusal(error);
    } else if (error.code == QLatin1String("invalid_credentials")) {
        showError(error.message, error.code);
        m_password->clear();
        m_password->setFocus();
    } else {
        showError(error.message, error.code);
    }
    updateButtons();
}

void SignInDialog::finish(const AdminSession &session)
{
    m_password->clear();
    emit signedIn(session);
    QDialog::accept();
}

void SignInDialog::showTrustPanel(const models::Error &error)
{
    const QJsonObject &details = error.details;
    m_offeredPin = details.value(QStringLiteral("server_pin")).toString();
    const QString host = details.value(QStringLiteral("host")).toString();
    QString text = tr("This is the first connection to %1 with this profile. Before you trust "
                      "it, compare the server's certificate fingerprint (SPKI SHA-256) below "
                      "with the one your platform administrator gave you. If they differ, do "
                      "not trust it.")
                       .arg(host.isEmpty() ? tr("the server") : host);
    const QString subject = details.value(QStringLiteral("subject")).toString();
    if (!subject.isEmpty())
        text += QLatin1Char('\n') + tr("Certificate subject: %1").arg(subject);
    const QString issuer = details.value(QStringLiteral("issuer")).toString();
    if (!issuer.isEmpty() && issuer != subject)
        text += QLatin1Char('\n') + tr("Issued by: %1").arg(issuer);
    const QString expires = details.value(QStringLiteral("expires_at")).toString();
    if (!expires.isEmpty())
        text += QLatin1Char('\n') + tr("Valid until: %1").arg(expires);
    m_trustText->setText(text);
    m_fingerprint->setText(m_offeredPin);
    m_trustPanel->setVisible(true);
    growToFitContents(this);
}

void SignInDialog::showRefusal(const models::Error &error)
{
    const QString host = error.details.value(QStringLiteral("host")).toString();
    const auto profile = selectedProfile();
    m_refusedProfile = profile ? profile->name : QString();
    m_refusedPin = profile ? profile->pin : QString();
    showError(tr("Refused: the server at %1 did not present the certificate key pinned in this "
                 "profile. Its certificate may have been replaced, or someone may be "
                 "intercepting the connection. Nothing was sent to it, not even your password.\n"
                 "Pinned: %2\nPresented: %3\n"
                 "Only if the platform's administrators confirm a new certificate, edit the "
                 "profile and enter its fingerprint.")
                  .arg(host.isEmpty() ? tr("this address") : host,
                       error.details.value(QStringLiteral("expected_pin")).toString(),
                       error.details.value(QStringLiteral("server_pin")).toString()),
              error.code);
}

void SignInDialog::trustServer()
{
    client::PlatformClient *client = m_context->client();
    const auto profile = selectedProfile();
    if (!client || !profile || m_offeredPin.isEmpty())
        return;
    if (auto trusted = client->trust(m_offeredPin); !trusted) {
        showError(trusted.error().message, trusted.error().code);
        return;
    }
    ConnectionProfile pinned = *profile;
    pinned.pin = m_offeredPin;
    if (m_profiles.find(pinned.name)) {
        if (auto saved = m_profiles.update(pinned.name, pinned); !saved) {
            showError(tr("The server is trusted for now, but the profile could not be saved: %1")
                          .arg(saved.error().message),
                      saved.error().code);
        }
    } else if (m_unsaved) {
        m_unsaved->pin = m_offeredPin;
    }
    m_offeredPin.clear();
    m_trustPanel->setVisible(false);
    signIn();
}

void SignInDialog::askForNewPassword(const AdminSession &session, const QString &password)
{
    if (m_changePassword)
        m_changePassword->close();
    m_changePassword = new ChangePasswordDialog(m_context->client(), this);
    m_changePassword->setAttribute(Qt::WA_DeleteOnClose);
    m_changePassword->setCurrentPassword(password);
    connect(m_changePassword, &ChangePasswordDialog::passwordChanged, this, [this, session] {
        AdminSession changed = session;
        changed.mustChangePassword = false;
        finish(changed);
    });
    connect(m_changePassword, &QDialog::rejected, this, [this] {
        showError(tr("You are signed in, but the platform requires a new password before you "
                     "continue. Sign in again to change it."));
    });
    m_changePassword->open();
}

void SignInDialog::editProfile()
{
    const auto profile = selectedProfile();
    if (!profile || !m_profiles.find(profile->name))
        return;
    if (m_editor)
        m_editor->close();
    m_editor = new ProfileEditorDialog(m_context->settings(), profile->name, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileEditorDialog::profileSaved, this,
            [this](const ConnectionProfile &saved) {
                reloadProfiles(saved.name);
                showError({});
                updateButtons();
            });
    m_editor->open();
}

void SignInDialog::reject()
{
    if (m_call)
        m_call->cancel();
    m_password->clear();
    QDialog::reject();
}

} // namespace sphair::ui::shell
