#pragma once

#include "client/Versioned.h"
#include "models/domain/AuditEntry.h"
#include "models/domain/Company.h"
#include "models/domain/LicenseRecord.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;

namespace sphair::client {
class ApiCall;
}

namespace sphair::ui {

class ConsoleContext;

// What the companies tab shows beside its table for the selected company: the overview, its
// license, users against the limit (companyUsersBar) and the last audit entries
// (companyAuditList). showCompany() shows the listed values at once and loads the current
// version, the company's licenses and its audit trail; the calls for a company no longer
// shown are cancelled, so a late answer never shows under another company.
class CompanyDetailPane : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAuditEntries = 10;

    explicit CompanyDetailPane(ConsoleContext *context, QWidget *parent = nullptr);
    ~CompanyDetailPane() override;

    // Shows `company` (as listed) and loads its details; nullopt clears the pane.
    void showCompany(const std::optional<models::Company> &company);
    // Loads the shown company's details again (after the console changed it).
    void reload();

    std::optional<models::Company> company() const { return m_company; }
    // The current version and ETag, once loaded.
    std::optional<client::Versioned<models::Company>> current() const { return m_current; }
    const QList<models::AuditEntry> &auditEntries() const { return m_audit; }
    // Every call for the shown company has answered.
    bool isLoaded() const;

    // The user count is at least this share of the limit: the bar turns amber.
    static constexpr double kWarningShare = 0.9;

signals:
    // The server's current version of the shown company arrived.
    void companyLoaded(const sphair::models::Company &company);
    // Every call for the shown company has answered (some may have failed).
    void loaded();

private:
    void cancelCalls();
    void showOverview(const models::Company &company);
    void showUsers(const models::Company &company);
    void showLicense(const models::Company &company,
                     const std::optional<models::LicenseRecord> &license);
    void showAudit();
    void checkLoaded();

    QPointer<ConsoleContext> m_context;
    std::optional<models::Company> m_company;
    std::optional<client::Versioned<models::Company>> m_current;
    std::optional<models::LicenseRecord> m_license;
    QList<models::AuditEntry> m_audit;
    QPointer<client::ApiCall> m_companyCall;
    QPointer<client::ApiCall> m_licenseCall;
    QPointer<client::ApiCall> m_auditCall;

    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_tier = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_licenseStatus = nullptr;
    QLabel *m_licenseExpiry = nullptr;
    QLabel *m_licenseKey = nullptr;
    QProgressBar *m_users = nullptr;
    QLabel *m_usersText = nullptr;
    QListWidget *m_auditList = nullptr;
};

} // namespace sphair::ui
