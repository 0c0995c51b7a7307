#pragma once

#include "models/domain/Company.h"
#include "models/domain/FeatureCatalogDocument.h"
#include "models/domain/LicenseRecord.h"
#include "models/domain/LicenseRegistrationResult.h"
#include "models/domain/Tier.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QUuid>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sphair::ui {

class CountSpinBox;

class ConsoleContext;
class LicenseOutbox;

// Issues (or renews) a license: pick a company, tier, users, features (prefilled from the
// tier's template), validity, grace days and an issuer key; the claims are checked as they
// are typed. Issuing signs the license here with the vault key (no server needed), keeps the
// token in the outbox, then registers it with the platform: once registered it leaves the
// outbox; when the platform cannot be reached it stays there, pending, and nothing is lost; a
// refusal by the platform is shown in the dialog.
//
// Open it with open(); it reports through registered() and keptPending().
class IssueLicenseDialog : public QDialog
{
    Q_OBJECT
public:
    IssueLicenseDialog(ConsoleContext *context, LicenseOutbox *outbox, QWidget *parent = nullptr);

    // Companies already known (shown at once, before the server's list arrives).
    void setKnownCompanies(const QList<models::Company> &companies);
    // Renewal of `license`: its company, terms and key, valid from now until a year after its
    // expiry, superseding it.
    void prefillRenewal(const models::LicenseRecord &license);

    QUuid supersedes() const { return m_supersedes; }
    // Why the claims cannot be issued as they stand; empty when they can.
    QString validationProblem() const;

signals:
    void registered(const sphair::models::LicenseRegistrationResult &result);
    // Signed, but the platform could not take it now: the token waits in the outbox.
    void keptPending(const QUuid &licenseId, const sphair::models::Error &reason);
    void companiesLoaded(const QList<sphair::models::Company> &companies);

private:
    void loadCompanies();
    void loadCatalog();
    void fillFeatures(const QStringList &codes);
    void onCompanyChanged();
    void onTierChanged();
    void validate();
    void issue();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    std::optional<models::Company> selectedCompany() const;
    models::TierPolicy policy() const;

    QPointer<ConsoleContext> m_context;
    QPointer<LicenseOutbox> m_outbox;
    QComboBox *m_company;
    QComboBox *m_tier;
    QSpinBox *m_users;
    QListWidget *m_features;
    QDateTimeEdit *m_notBefore;
    QDateTimeEdit *m_expires;
    CountSpinBox *m_grace;
    QComboBox *m_key;
    QLabel *m_renews;
    QLabel *m_error;
    QPushButton *m_issue;

    QList<models::Company> m_companies;
    std::optional<models::FeatureCatalogDocument> m_catalog;
    std::optional<models::LicenseRecord> m_renewal;
    QUuid m_supersedes;
    bool m_busy = false;
    bool m_prefilling = false;
};

} // namespace sphair::ui
