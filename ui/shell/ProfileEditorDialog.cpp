#include "ui/shell/ProfileEditorDialog.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/FileChooser.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sphair::ui::shell {

using client::ConnectionProfile;
using client::Environment;

ProfileEditorDialog::ProfileEditorDialog(QSettings *settings, const QString &profileName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_profiles(settings)
    , m_originalName(profileName)
{
    setObjectName(QStringLiteral("profileEditorDialog"));
    setWindowTitle(profileName.isEmpty() ? tr("New connection profile")
                                         : tr("Edit connection profile"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setMaxLength(ConnectionProfile::kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. Production (Cape Town)"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("profileUrlEdit"));
    m_url->setPlaceholderText(tr("https://platform.example.com"));
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("profileEnvironmentCombo"));
    for (Environment environment : {Environment::Production, Environment::Staging,
                                    Environment::Development, Environment::Sandbox}) {
        m_environment->addItem(client::environmentDisplayName(environment),
                               client::environmentCode(environment));
    }
    m_colourButton = new QPushButton(this);
    m_colourButton->setObjectName(QStringLiteral("profileColourButton"));
    m_colourDefault = new QPushButton(tr("Use the environment's colour"), this);
    m_colourDefault->setObjectName(QStringLiteral("profileColourDefaultButton"));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("profilePinEdit"));
    m_pin->setPlaceholderText(tr("Empty: shown for confirmation at the first sign-in"));
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("profileCaFileEdit"));
    m_caFile->setPlaceholderText(tr("Optional PEM file of extra CA certificates"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("profileCaBrowseButton"));
    m_plainHttp = new QCheckBox(tr("Allow plain &HTTP to this computer (loopback only)"), this);
    m_plainHttp->setObjectName(QStringLiteral("profilePlainHttpCheck"));
    m_error = newErrorLabel(QStringLiteral("profileErrorLabel"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Environment:"), m_environment);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton);
    colourRow->addWidget(m_colourDefault);
    colourRow->addStretch(1);
    form->addRow(tr("&Colour:"), colourRow);
    // Rows holding a layout get labels without a buddy, which would show their '&'.
    qobject_cast<QLabel *>(form->labelForField(colourRow))->setBuddy(m_colourButton);
    form->addRow(tr("Certificate &pin (SPKI SHA-256):"), m_pin);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(tr("Extra &CA file:"), caRow);
    qobject_cast<QLabel *>(form->labelForField(caRow))->setBuddy(m_caFile);
    form->addRow(QString(), m_plainHttp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (!profileName.isEmpty()) {
        if (auto existing = m_profiles.find(profileName))
            load(*existing);
    } else {
        m_environment->setCurrentIndex(0);
    }

    connect(m_name, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_url, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_pin, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_caFile, &QLineEdit::textChanged, this, &ProfileEditorDialog::revalidate);
    connect(m_plainHttp, &QCheckBox::toggled, this, &ProfileEditorDialog::revalidate);
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        updateColourButton();
        revalidate();
    });
    connect(m_colourButton, &QPushButton::clicked, this, &ProfileEditorDialog::pickColour);
    connect(m_colourDefault, &QPushButton::clicked, this, [this] {
        m_colour.clear();
        updateColourButton();
        revalidate();
    });
    connect(browse, &QPushButton::clicked, this, &ProfileEditorDialog::browseCaFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditorDialog::reject);
    updateColourButton();
    revalidate();
}

void ProfileEditorDialog::load(const ConnectionProfile &profile)
{
    m_name->setText(profile.name);
    m_url->setText(profile.baseUrl.toString());
    m_environment->setCurrentIndex(
        qMax(0, m_environment->findData(client::environmentCode(profile.environment))));
    m_colour = profile.colour;
    m_pin->setText(profile.pin);
    m_caFile->setText(profile.caFile);
    m_plainHttp->setChecked(profile.allowPlainHttpLoopback);
}

ConnectionProfile ProfileEditorDialog::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text();
    // Strict: a typo must show as an error, not be "repaired" into another address.
    profile.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    profile.environment = client::environmentFromCode(m_environment->currentData().toString())
                              .value_or(Environment::Production);
    profile.colour = m_colour;
    profile.pin = m_pin->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.allowPlainHttpLoopback = m_plainHttp->isChecked();
    return profile;
}

bool ProfileEditorDialog::isValid() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ProfileEditorDialog::revalidate()
{
    const ConnectionProfile candidate = profile();
    QString problem;
    if (m_url->text().trimmed().isEmpty() && !candidate.name.trimmed().isEmpty())
        problem = tr("Enter the server's address, such as https://platform.example.com.");
    else if (auto valid = candidate.validate(); !valid)
        problem = valid.error().message;
    else if (candidate.name != m_originalName && m_profiles.find(candidate.name))
        problem = tr("There is already a connection profile called “%1”.").arg(candidate.name);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ProfileEditorDialog::updateColourButton()
{
    const ConnectionProfile current = profile();
    const QString colour = current.effectiveColour();
    m_colourButton->setText(m_colour.isEmpty() ? tr("%1 (default)").arg(colour) : colour);
    m_colourButton->setStyleSheet(
        QStringLiteral("QPushButton { border-left: 24px solid %1; padding: 4px 8px; }")
            .arg(colour));
    m_colourButton->setToolTip(tr("The colour the window shows while connected: pick another"));
    m_colourDefault->setEnabled(!m_colour.isEmpty());
}

void ProfileEditorDialog::pickColour()
{
    auto *dialog = new QColorDialog(QColor(profile().effectiveColour()), this);
    dialog->setObjectName(QStringLiteral("profileColourDialog"));
    dialog->setWindowTitle(tr("Colour of the environment strip"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
        if (!colour.isValid())
            return;
        m_colour = colour.name(QColor::HexRgb);
        updateColourButton();
        revalidate();
    });
    dialog->open();
}

void ProfileEditorDialog::browseCaFile()
{
    const QString path = FileChooser::openFile(
        this, tr("Extra CA certificates"),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), m_caFile->text());
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void ProfileEditorDialog::accept()
{
    revalidate();
    if (!isValid())
        return;
    const ConnectionProfile saved = profile();
    const models::Status status =
        m_originalName.isEmpty() ? m_profiles.add(saved) : m_profiles.update(m_originalName, saved);
    if (!status) {
        m_error->setText(status.error().message);
        m_error->setVisible(true);
        return;
    }
    emit profileSaved(saved);
    QDialog::accept();
}

} // namespace sphair::ui::shell
