#include "ui/companies/CompanyDialog.h"

#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "models/domain/Tier.h"
#include "models/domain/Validation.h"
#include "models/item/CompanyTableModel.h"
#include "ui/common/ConflictPanel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/DialogFit.h"
#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sphair::ui {

using models::Company;
namespace Validation = models::Validation;

namespace {

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    QLabel *label = newErrorLabel(name, parent);
    label->setVisible(false);
    return label;
}

} // namespace

CompanyDialog::CompanyDialog(ConsoleContext *context, const models::CompanyTableModel *known,
                             QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_known(known)
{
    setObjectName(QStringLiteral("companyDialog"));
    setModal(true);
    buildUi();
    setWindowTitle(tr("New company"));
    validate();
}

CompanyDialog::~CompanyDialog()
{
    // A cancelled call never calls back into a dialog that is gone.
    if (m_call)
        m_call->cancel();
}

void CompanyDialog::buildUi()
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("companyCodeEdit"));
    m_code->setPlaceholderText(tr("e.g. ACME-01"));
    m_code->setMaxLength(32);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("companyNameEdit"));
    m_name->setMaxLength(Company::kMaxNameLength);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("companyTierCombo"));
    for (models::Tier tier : models::allTiers())
        m_tier->addItem(models::tierDisplayName(tier), static_cast<int>(tier));
    m_maxUsers = new QSpinBox(this);
    m_maxUsers->setObjectName(QStringLiteral("companyMaxUsersSpin"));
    m_maxUsers->setRange(1, models::kMaxLicensedUsers);
    m_maxUsers->setValue(models::TierPolicy::defaults().small.maxUsers);
    m_tierRange = new QLabel(this);
    m_tierRange->setObjectName(QStringLiteral("companyTierRange"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("companyEmailEdit"));
    m_email->setPlaceholderText(tr("it@example.com"));

    m_errors[CodeField] = errorLabel(QStringLiteral("companyCodeError"), this);
    m_errors[NameField] = errorLabel(QStringLiteral("companyNameError"), this);
    m_errors[UsersField] = errorLabel(QStringLiteral("companyMaxUsersError"), this);
    m_errors[EmailField] = errorLabel(QStringLiteral("companyEmailError"), this);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &label, QWidget *field, QLabel *error) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, field);
        if (error)
            form->addRow(QString(), error);
    };
    addRow(tr("&Code:"), m_code, m_errors[CodeField]);
    addRow(tr("&Name:"), m_name, m_errors[NameField]);
    addRow(tr("&Tier:"), m_tier, nullptr);
    auto *users = new QWidget(this);
    auto *usersLayout = new QHBoxLayout(users);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    usersLayout->addWidget(m_maxUsers);
    usersLayout->addWidget(m_tierRange, 1);
    auto *usersCaption = new QLabel(tr("&Max users:"), this);
    usersCaption->setBuddy(m_maxUsers);
    form->addRow(usersCaption, users);
    form->addRow(QString(), m_errors[UsersField]);
    addRow(tr("Contact &e-mail:"), m_email, m_errors[EmailField]);

    // The conflict: the user's values beside the server's current ones.
    m_conflict = new ConflictPanel(tr("Someone else changed this company"),
                                   {{QStringLiteral("Name"), tr("Name")},
                                    {QStringLiteral("Tier"), tr("Tier")},
                                    {QStringLiteral("MaxUsers"), tr("Max users")},
                                    {QStringLiteral("Email"), tr("Contact e-mail")}},
                                   this);

    m_dialogError = errorLabel(QStringLiteral("companyDialogError"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("companyDialogSaveButton"));
    m_save->setDefault(true);
    // Save runs the call; the dialog closes only once the server stored the company.
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflict);
    layout->addWidget(m_dialogError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Fields wide enough for an error sentence under them on a line or two.
    for (QWidget *field : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_email)})
        field->setMinimumWidth(readableWidth(this, 48));

    connect(m_code, &QLineEdit::textEdited, this, [this] {
        markTouched(CodeField);
        validate();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        markTouched(NameField);
        validate();
    });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        markTouched(EmailField);
        validate();
    });
    // The spin box and the combo also change programmatically (loading), so these listen to
    // every change; the users' error is shown at once since the field always has a value.
    connect(m_maxUsers, &QSpinBox::valueChanged, this, [this] {
        m_serverErrors[UsersField].clear();
        m_touched.insert(UsersField);
        validate();
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        adjustUsersToTier();
        m_serverErrors[UsersField].clear();
        validate();
    });
    // The code is typed in capitals; typing lower case is forgiven.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString upper = text.toUpper();
        if (upper != text) {
            const int cursor = m_code->cursorPosition();
            m_code->setText(upper);
            m_code->setCursorPosition(cursor);
            validate();
        }
    });
    connect(m_conflict, &ConflictPanel::useMineClicked, this, &CompanyDialog::useMine);
    connect(m_conflict, &ConflictPanel::useTheirsClicked, this, &CompanyDialog::useTheirs);

    setTabOrder(m_code, m_name);
    setTabOrder(m_name, m_tier);
    setTabOrder(m_tier, m_maxUsers);
    setTabOrder(m_maxUsers, m_email);
    setTabOrder(m_email, m_conflict->useTheirsButton());
    setTabOrder(m_conflict->useTheirsButton(), m_conflict->useMineButton());
    adjustUsersToTier();
}

void CompanyDialog::editCompany(const Company &company)
{
    m_mode = Mode::Edit;
    m_original = company;
    setWindowTitle(tr("Edit company %1").arg(company.code));
    setForm(company);
    // A company's code never changes (the server refuses it).
    m_code->setReadOnly(true);
    m_touched = {CodeField, NameField, UsersField, EmailField};
    m_loaded = false;
    if (m_call)
        m_call->cancel();
    setBusy(true);
    if (!m_context || !m_context->client()) {
        setBusy(false);
        return;
    }
    m_call = m_context->companies().company(
        company.id, [this](models::Result<client::Versioned<Company>> result) {
            m_call.clear();
            setBusy(false);
            if (!result) {
                showDialogError(result.error().message);
                if (m_context)
                    m_context->reportError(tr("Loading company %1").arg(m_original.code),
                                           result.error());
                updateSaveButton();
                return;
            }
            onLoaded(result->value, result->etag);
        });
}

void CompanyDialog::onLoaded(const Company &company, const QByteArray &etag)
{
    m_original = company;
    m_etag = etag;
    m_loaded = true;
    setForm(company);
    showDialogError({});
    validate();
}

void CompanyDialog::setForm(const Company &company)
{
    m_code->setText(company.code);
    m_name->setText(company.name);
    // The users' range follows the tier only while the user has not chosen a number; loading
    // sets both together.
    const QSignalBlocker tierBlocker(m_tier);
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(company.tier)));
    m_maxUsers->setValue(company.maxUsers);
    m_email->setText(company.contactEmail);
    for (QString &error : m_serverErrors)
        error.clear();
    adjustUsersToTier();
    validate();
}

Company CompanyDialog::formCompany() const
{
    Company company = m_mode == Mode::Edit ? m_original : Company();
    company.code = m_code->text().trimmed();
    company.name = m_name->text().trimmed();
    company.tier = static_cast<models::Tier>(m_tier->currentData().toInt());
    company.maxUsers = m_maxUsers->value();
    company.contactEmail = m_email->text().trimmed();
    return company;
}

void CompanyDialog::markTouched(Field field)
{
    m_touched.insert(field);
    // The user changed the field the server complained about: its complaint may be stale.
    m_serverErrors[field].clear();
}

bool CompanyDialog::codeIsTaken(const QString &code) const
{
    if (m_mode == Mode::Edit)
        return false; // the code is the edited company's own
    if (m_takenCodes.contains(code.toUpper()))
        return true;
    if (!m_known)
        return false;
    for (int row = 0; row < m_known->rowCount(); ++row) {
        if (m_known->companyAt(row).code.compare(code, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QString> CompanyDialog::fieldError(Field field) const
{
    if (!m_serverErrors[field].isEmpty())
        return m_serverErrors[field];
    switch (field) {
    case CodeField: {
        const QString code = m_code->text().trimmed();
        if (auto check = Validation::checkCompanyCode(tr("Code"), code); !check)
            return check.error().message;
        if (codeIsTaken(code))
            return tr("A company with the code %1 exists already.").arg(code);
        return std::nullopt;
    }
    case NameField:
        if (auto check =
                Validation::checkSingleLine(tr("Name"), m_name->text(), 1, Company::kMaxNameLength);
            !check)
            return check.error().message;
        return std::nullopt;
    case UsersField: {
        const auto tier = static_cast<models::Tier>(m_tier->currentData().toInt());
        if (auto check = Validation::checkTierUsers(tier, m_maxUsers->value(),
                                                    models::TierPolicy::defaults());
            !check) {
            const models::TierRange range = models::TierPolicy::defaults().range(tier);
            return tr("The %1 tier allows %2 to %3 users.")
                .arg(models::tierDisplayName(tier))
                .arg(range.minUsers)
                .arg(range.maxUsers);
        }
        return std::nullopt;
    }
    case EmailField:
        if (auto check = Validation::checkEmail(tr("Contact e-mail"), m_email->text().trimmed());
            !check)
            return check.error().message;
        return std::nullopt;
    case FieldCount:
        break;
    }
    return std::nullopt;
}

bool CompanyDialog::isFormValid() const
{
    for (int field = 0; field < FieldCount; ++field) {
        if (fieldError(static_cast<Field>(field)))
            return false;
    }
    return true;
}

void CompanyDialog::validate()
{
    for (int field = 0; field < FieldCount; ++field) {
        const auto error = fieldError(static_cast<Field>(field));
        // An untouched empty field is not an error yet; Save stays disabled all the same.
        showFieldError(static_cast<Field>(field),
                       error && m_touched.contains(field) ? *error : QString());
    }
    updateSaveButton();
}

void CompanyDialog::showFieldError(Field field, const QString &message)
{
    QLabel *label = m_errors[field];
    label->setText(message);
    label->setVisible(!message.isEmpty());
    growToFitContents(this);
}

void CompanyDialog::updateSaveButton()
{
    m_save->setEnabled(m_loaded && !isBusy() && isFormValid());
}

void CompanyDialog::setBusy(bool busy)
{
    // Values stay in the fields; they only cannot change while the server decides.
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_tier),
                           static_cast<QWidget *>(m_maxUsers), static_cast<QWidget *>(m_email)})
        field->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_conflict->setChoices(!busy && canSaveOverTheirs(), !busy && m_theirs.has_value());
    updateSaveButton();
}

void CompanyDialog::adjustUsersToTier()
{
    const auto tier = static_cast<models::Tier>(m_tier->currentData().toInt());
    const models::TierRange range = models::TierPolicy::defaults().range(tier);
    m_tierRange->setText(range.maxUsers >= models::kMaxLicensedUsers
                             ? tr("(%1 or more)").arg(range.minUsers)
                             : tr("(%1–%2)").arg(range.minUsers).arg(range.maxUsers));
    // Until the user picks a number, the number follows the tier.
    if (!m_touched.contains(UsersField) && !range.contains(m_maxUsers->value())) {
        const QSignalBlocker blocker(m_maxUsers);
        m_maxUsers->setValue(range.minUsers);
    }
}

QString CompanyDialog::actionText() const
{
    const QString code = m_code->text().trimmed();
    return m_mode == Mode::Create ? tr("Creating company %1").arg(code)
                                  : tr("Saving company %1").arg(code);
}

void CompanyDialog::save()
{
    // A save attempt shows every remaining problem, touched or not.
    m_touched = {CodeField, NameField, UsersField, EmailField};
    validate();
    if (!isFormValid() || isBusy() || !m_loaded || !m_context || !m_context->client())
        return;
    showDialogError({});
    const Company company = formCompany();
    auto done = [this](models::Result<client::Versioned<Company>> result) {
        m_call.clear();
        setBusy(false);
        if (!result) {
            onSaveFailed(result.error());
            return;
        }
        m_etag = result->etag;
        hideConflict();
        emit companySaved(result->value);
        accept();
    };
    const client::CompaniesClient companies = m_context->companies();
    m_call = m_mode == Mode::Create ? companies.createCompany(company, done)
                                    : companies.updateCompany(company, m_etag, done);
    setBusy(true);
}

void CompanyDialog::onSaveFailed(const models::Error &error)
{
    const bool conflict = error.code == QLatin1String("conflict");
    // The client turns a 412 into a conflict carrying the server's version; the server's own
    // 409 for a taken code names the field instead.
    if (ConflictPanel::isStaleVersion(error)) {
        showConflict(error);
        return;
    }
    if (conflict && Validation::fieldOf(error) == QLatin1String("code")) {
        m_takenCodes.insert(m_code->text().trimmed().toUpper());
        validate();
        return;
    }
    if (error.code == Validation::invalidFieldCode() && !Validation::fieldOf(error).isEmpty()) {
        showServerFieldErrors(error);
        return;
    }
    // Session ended, unreachable, maintenance, …: everything typed stays; Save retries.
    showDialogError(error.message);
    if (m_context)
        m_context->reportError(actionText(), error);
}

void CompanyDialog::showServerFieldErrors(const models::Error &error)
{
    const auto fieldFor = [](const QString &wire) -> std::optional<Field> {
        if (wire == QLatin1String("code"))
            return CodeField;
        if (wire == QLatin1String("name"))
            return NameField;
        if (wire == QLatin1String("max_users") || wire == QLatin1String("tier"))
            return UsersField;
        if (wire == QLatin1String("contact_email"))
            return EmailField;
        return std::nullopt;
    };
    bool shown = false;
    const QJsonObject fields = error.details.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const auto field = fieldFor(it.key());
        const QString message = it.value().toObject().value(QStringLiteral("message")).toString();
        if (field && !message.isEmpty()) {
            m_serverErrors[*field] = message;
            shown = true;
        }
    }
    if (!shown) {
        if (const auto field = fieldFor(Validation::fieldOf(error))) {
            m_serverErrors[*field] = error.message;
            shown = true;
        }
    }
    if (!shown)
        showDialogError(error.message);
    validate();
}

void CompanyDialog::showConflict(const models::Error &error)
{
    m_theirs = ConflictPanel::theirs<Company>(error);
    const auto describe = [](const Company &company) {
        return QStringList {company.name, models::tierDisplayName(company.tier),
                            QString::number(company.maxUsers), company.contactEmail};
    };
    m_conflict->present(error, describe(formCompany()),
                        m_theirs ? std::optional(describe(*m_theirs)) : std::nullopt);
    m_conflict->setChoices(canSaveOverTheirs(), m_theirs.has_value());
}

// A deleted company cannot be changed any more; only looking remains.
bool CompanyDialog::canSaveOverTheirs() const
{
    return !(m_theirs && m_theirs->status == models::CompanyStatus::Deleted);
}

void CompanyDialog::hideConflict()
{
    m_conflict->dismiss();
    m_theirs.reset();
}

void CompanyDialog::useMine()
{
    const QByteArray etag = m_conflict->theirsEtag();
    if (etag.isEmpty())
        return;
    // Save the form over the version the user has now seen.
    m_etag = etag;
    if (m_theirs)
        m_original = *m_theirs;
    hideConflict();
    save();
}

void CompanyDialog::useTheirs()
{
    if (!m_theirs)
        return;
    const Company theirs = *m_theirs;
    const QByteArray etag = m_conflict->theirsEtag();
    hideConflict();
    m_original = theirs;
    m_etag = etag;
    setForm(theirs);
}

void CompanyDialog::showDialogError(const QString &message)
{
    m_dialogError->setText(message);
    m_dialogError->setVisible(!message.isEmpty());
    growToFitContents(this);
}

} // namespace sphair::ui
