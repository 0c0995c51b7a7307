#include "ui/companies/CompanyDetailPane.h"

#include "client/CompaniesClient.h"
#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "ui/common/ConsoleContext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace sphair::ui {

using models::Company;

namespace {

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

} // namespace

CompanyDetailPane::CompanyDetailPane(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("companyDetailPane"));

    m_placeholder = new QLabel(tr("Select a company to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("companyDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_body = new QWidget(this);
    auto *overview = new QGroupBox(tr("Overview"), m_body);
    auto *overviewForm = new QFormLayout(overview);
    m_code = valueLabel(QStringLiteral("companyDetailCode"), overview);
    m_name = valueLabel(QStringLiteral("companyDetailName"), overview);
    m_tier = valueLabel(QStringLiteral("companyDetailTier"), overview);
    m_status = valueLabel(QStringLiteral("companyDetailStatus"), overview);
    m_email = valueLabel(QStringLiteral("companyDetailEmail"), overview);
    m_created = valueLabel(QStringLiteral("companyDetailCreated"), overview);
    overviewForm->addRow(tr("Code:"), m_code);
    overviewForm->addRow(tr("Name:"), m_name);
    overviewForm->addRow(tr("Tier:"), m_tier);
    overviewForm->addRow(tr("Status:"), m_status);
    overviewForm->addRow(tr("Contact:"), m_email);
    overviewForm->addRow(tr("Created:"), m_created);

    auto *license = new QGroupBox(tr("License"), m_body);
    auto *licenseForm = new QFormLayout(license);
    m_licenseStatus = valueLabel(QStringLiteral("companyDetailLicenseStatus"), license);
    m_licenseExpiry = valueLabel(QStringLiteral("companyDetailLicenseExpiry"), license);
    m_licenseKey = valueLabel(QStringLiteral("companyDetailLicenseKey"), license);
    licenseForm->addRow(tr("Status:"), m_licenseStatus);
    licenseForm->addRow(tr("Expires:"), m_licenseExpiry);
    licenseForm->addRow(tr("Key / seq:"), m_licenseKey);

    auto *users = new QGroupBox(tr("Users"), m_body);
    auto *usersLayout = new QVBoxLayout(users);
    m_users = new QProgressBar(users);
    m_users->setObjectName(QStringLiteral("companyUsersBar"));
    m_usersText = valueLabel(QStringLiteral("companyUsersText"), users);
    usersLayout->addWidget(m_users);
    usersLayout->addWidget(m_usersText);

    auto *audit = new QGroupBox(tr("Recent activity"), m_body);
    auto *auditLayout = new QVBoxLayout(audit);
    m_auditList = new QListWidget(audit);
    m_auditList->setObjectName(QStringLiteral("companyAuditList"));
    m_auditList->setWordWrap(true);
    auditLayout->addWidget(m_auditList);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(overview);
    bodyLayout->addWidget(license);
    bodyLayout->addWidget(users);
    bodyLayout->addWidget(audit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);
    m_body->setVisible(false);
}

CompanyDetailPane::~CompanyDetailPane()
{
    cancelCalls();
}

void CompanyDetailPane::cancelCalls()
{
    // A cancelled call never calls back: answers for another company cannot arrive.
    for (QPointer<client::ApiCall> *call : {&m_companyCall, &m_licenseCall, &m_auditCall}) {
        if (*call)
            (*call)->cancel();
        call->clear();
    }
}

bool CompanyDetailPane::isLoaded() const
{
    return m_company && !m_companyCall && !m_licenseCall && !m_auditCall;
}

void CompanyDetailPane::showCompany(const std::optional<Company> &company)
{
    cancelCalls();
    m_company = company;
    m_current.reset();
    m_license.reset();
    m_audit.clear();
    m_auditList->clear();
    m_placeholder->setVisible(!company);
    m_body->setVisible(company.has_value());
    if (!company)
        return;
    showOverview(*company);
    showUsers(*company);
    showLicense(*company, std::nullopt);
    reload();
}

void CompanyDetailPane::reload()
{
    if (!m_company || !m_context || !m_context->client())
        return;
    cancelCalls();
    const client::CompaniesClient companies = m_context->companies();
    const QUuid id = m_company->id;
    const QString code = m_company->code;

    m_companyCall =
        companies.company(id, [this, id, code](models::Result<client::Versioned<Company>> result) {
            // Cancelling keeps stale answers away; this makes sure of it.
            if (!m_company || m_company->id != id)
                return;
            m_companyCall.clear();
            if (!result) {
                m_context->reportError(tr("Loading company %1").arg(code), result.error());
            } else {
                m_current = result.value();
                m_company = result->value;
                showOverview(result->value);
                showUsers(result->value);
                showLicense(result->value, m_license);
                emit companyLoaded(result->value);
            }
            checkLoaded();
        });

    client::LicenseQuery licenses;
    licenses.companyId = id;
    licenses.limit = 10;
    m_licenseCall = m_context->licensing().list(
        licenses, [this, id, code](models::Result<models::Page<models::LicenseRecord>> result) {
            if (!m_company || m_company->id != id)
                return;
            m_licenseCall.clear();
            if (!result) {
                m_context->reportError(tr("Loading the licenses of %1").arg(code), result.error());
            } else {
                // The newest active license is the one in force; else the newest at all.
                m_license.reset();
                for (const models::LicenseRecord &record : result->items) {
                    if (record.status == models::LicenseRecordStatus::Active) {
                        m_license = record;
                        break;
                    }
                }
                if (!m_license && !result->items.isEmpty())
                    m_license = result->items.first();
                if (m_company)
                    showLicense(*m_company, m_license);
            }
            checkLoaded();
        });

    client::AuditQuery audit;
    audit.limit = kAuditEntries;
    m_auditCall = companies.companyAudit(
        id, audit, [this, id, code](models::Result<models::Page<models::AuditEntry>> result) {
            if (!m_company || m_company->id != id)
                return;
            m_auditCall.clear();
            if (!result) {
                m_context->reportError(tr("Loading the audit trail of %1").arg(code),
                                       result.error());
            } else {
                m_audit = result->items.mid(0, kAuditEntries);
                showAudit();
            }
            checkLoaded();
        });
}

void CompanyDetailPane::checkLoaded()
{
    if (isLoaded())
        emit loaded();
}

void CompanyDetailPane::showOverview(const Company &company)
{
    m_code->setText(company.code);
    m_name->setText(company.name);
    m_tier->setText(models::tierDisplayName(company.tier));
    m_status->setText(models::companyStatusDisplayName(company.status));
    m_email->setText(company.contactEmail);
    m_created->setText(shortTime(company.createdAt));
}

void CompanyDetailPane::showUsers(const Company &company)
{
    const int limit = std::max(company.maxUsers, 1);
    m_users->setRange(0, limit);
    m_users->setValue(std::min(company.userCount, limit));
    m_users->setFormat(tr("%1 / %2").arg(company.userCount).arg(company.maxUsers));
    m_users->setTextVisible(true);
    const bool full = company.userCount >= company.maxUsers;
    const bool near =
        !full && company.userCount >= static_cast<int>(std::ceil(company.maxUsers * kWarningShare));
    QString level = QStringLiteral("ok");
    QString colour = QStringLiteral("#2e7d32");
    if (full) {
        level = QStringLiteral("full");
        colour = QStringLiteral("#c62828");
    } else if (near) {
        level = QStringLiteral("warning");
        colour = QStringLiteral("#ef6c00");
    }
    m_users->setProperty("level", level);
    m_users->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(colour));
    m_usersText->setText(
        full ? tr("%1 of %n user(s): the limit is reached.", nullptr, company.maxUsers)
                   .arg(company.userCount)
             : tr("%1 of %n user(s).", nullptr, company.maxUsers).arg(company.userCount));
}

void CompanyDetailPane::showLicense(const Company &company,
                                    const std::optional<models::LicenseRecord> &license)
{
    if (license) {
        const models::LicenseDisplayStatus status =
            license->displayStatus(QDateTime::currentDateTimeUtc());
        m_licenseStatus->setText(models::licenseDisplayStatusDisplayName(status));
        m_licenseExpiry->setText(shortTime(license->expiresAt));
        // The key id is long; its tail tells keys apart.
        const QString kid =
            license->kid.size() > 24 ? QStringLiteral("…") + license->kid.right(16) : license->kid;
        m_licenseKey->setText(tr("%1 / #%2").arg(kid).arg(license->seq));
        m_licenseKey->setToolTip(license->kid);
        return;
    }
    m_licenseStatus->setText(models::licenseDisplayStatusDisplayName(company.licenseStatus));
    m_licenseExpiry->setText(
        company.licenseExpiresAt.isValid() ? shortTime(company.licenseExpiresAt) : tr("—"));
    m_licenseKey->setText(tr("—"));
    m_licenseKey->setToolTip({});
}

void CompanyDetailPane::showAudit()
{
    m_auditList->clear();
    if (m_audit.isEmpty()) {
        m_auditList->addItem(tr("No recorded activity."));
        return;
    }
    for (const models::AuditEntry &entry : std::as_const(m_audit)) {
        QString text = tr("%1 — %2 — %3").arg(shortTime(entry.at), entry.actor, entry.action);
        const QString reason = entry.after.toObject().value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            text += tr(" (%1)").arg(reason);
        auto *item = new QListWidgetItem(text, m_auditList);
        item->setData(Qt::UserRole, entry.action);
        item->setToolTip(entry.at.toUTC().toString(Qt::ISODate));
    }
}

} // namespace sphair::ui
