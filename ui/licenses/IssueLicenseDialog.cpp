#include "ui/licenses/IssueLicenseDialog.h"

#include "client/CompaniesClient.h"
#include "client/LicensingClient.h"
#include "client/PlatformClient.h"
#include "licensing/vault/KeyVault.h"
#include "licensing/vault/VaultSigner.h"
#include "ui/common/ConsoleContext.h"
#include "ui/common/CountSpinBox.h"
#include "ui/licenses/LicenseOutbox.h"
#include "ui/licenses/LicenseTokens.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sphair::ui {

namespace {

constexpr int kCompanyPageSize = 500;

// Claims carry whole seconds; the editors show whole minutes.
QDateTime wholeMinute(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC);
}

QDateTimeEdit *utcEditor(const QString &name)
{
    auto *edit = new QDateTimeEdit;
    edit->setObjectName(name);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return edit;
}

QString companyLabel(const models::Company &company)
{
    return company.name.isEmpty() ? company.code
                                  : QStringLiteral("%1 — %2").arg(company.code, company.name);
}

} // namespace

IssueLicenseDialog::IssueLicenseDialog(ConsoleContext *context, LicenseOutbox *outbox,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_outbox(outbox)
    , m_company(new QComboBox)
    , m_tier(new QComboBox)
    , m_users(new QSpinBox)
    , m_features(new QListWidget)
    , m_notBefore(utcEditor(QStringLiteral("issueNotBeforeEdit")))
    , m_expires(utcEditor(QStringLiteral("issueExpiresEdit")))
    , m_grace(new CountSpinBox(
          [](int days) { return tr(" day(s)", "length of the grace period", days); }))
    , m_key(new QComboBox)
    , m_renews(new QLabel)
    , m_error(new QLabel)
    , m_issue(new QPushButton(tr("&Issue")))
{
    setObjectName(QStringLiteral("issueLicenseDialog"));
    setWindowTitle(tr("Issue a license"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_company->setObjectName(QStringLiteral("issueCompanyCombo"));
    m_tier->setObjectName(QStringLiteral("issueTierCombo"));
    for (models::Tier tier : models::allTiers())
        m_tier->addItem(models::tierDisplayName(tier), static_cast<int>(tier));
    m_users->setObjectName(QStringLiteral("issueMaxUsersSpin"));
    m_users->setRange(1, models::kMaxLicensedUsers);
    m_features->setObjectName(QStringLiteral("issueFeaturesList"));
    m_grace->setObjectName(QStringLiteral("issueGraceSpin"));
    m_grace->setRange(0, models::LicenseRecord::kMaxGraceDays);
    m_grace->setValue(14);
    m_key->setObjectName(QStringLiteral("issueKeyCombo"));
    m_renews->setObjectName(QStringLiteral("issueRenewsLabel"));
    m_renews->setVisible(false);
    m_renews->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("issueErrorLabel"));
    m_error->setWordWrap(true);
    m_issue->setObjectName(QStringLiteral("issueButton"));
    m_issue->setDefault(true);

    const QDateTime now = wholeMinute(QDateTime::currentDateTimeUtc());
    m_notBefore->setDateTime(now);
    m_expires->setDateTime(now.addDays(365));

    if (licensing::KeyVault *vault = m_context ? m_context->vault() : nullptr) {
        for (const licensing::IssuerKeyInfo &key : vault->keys()) {
            const QString label = key.label.isEmpty() ? key.kid : key.label;
            m_key->addItem(tr("%1 (%2…)").arg(label, key.kid.mid(7, 8)), key.kid);
        }
    }
    fillFeatures(models::FeatureCatalog::tierTemplate(models::Tier::Small));

    auto *form = new QFormLayout;
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Tier:"), m_tier);
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("&Features:"), m_features);
    form->addRow(tr("Valid &from:"), m_notBefore);
    form->addRow(tr("&Expires:"), m_expires);
    form->addRow(tr("&Grace period:"), m_grace);
    form->addRow(tr("Issuer &key:"), m_key);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_issue, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_renews);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issue, &QPushButton::clicked, this, &IssueLicenseDialog::issue);
    connect(m_company, &QComboBox::currentIndexChanged, this,
            &IssueLicenseDialog::onCompanyChanged);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &IssueLicenseDialog::onTierChanged);
    connect(m_users, &QSpinBox::valueChanged, this, &IssueLicenseDialog::validate);
    connect(m_notBefore, &QDateTimeEdit::dateTimeChanged, this, &IssueLicenseDialog::validate);
    connect(m_expires, &QDateTimeEdit::dateTimeChanged, this, &IssueLicenseDialog::validate);
    connect(m_key, &QComboBox::currentIndexChanged, this, &IssueLicenseDialog::validate);
    connect(m_features, &QListWidget::itemChanged, this, &IssueLicenseDialog::validate);

    loadCompanies();
    loadCatalog();
    validate();
}

void IssueLicenseDialog::setKnownCompanies(const QList<models::Company> &companies)
{
    const QUuid selected = m_company->currentData().toUuid();
    m_companies.clear();
    const QSignalBlocker blocker(m_company);
    m_company->clear();
    for (const models::Company &company : companies) {
        if (company.status == models::CompanyStatus::Deleted)
            continue;
        m_companies.append(company);
        m_company->addItem(companyLabel(company), company.id);
    }
    // A renewal's company stays available even when the list does not name it (offline).
    if (m_renewal && m_company->findData(m_renewal->companyId) < 0) {
        models::Company company;
        company.id = m_renewal->companyId;
        company.code = m_renewal->companyCode;
        company.tier = m_renewal->tier;
        company.maxUsers = m_renewal->maxUsers;
        m_companies.append(company);
        m_company->addItem(companyLabel(company), company.id);
    }
    const int index = m_company->findData(m_renewal ? m_renewal->companyId : selected);
    m_company->setCurrentIndex(index >= 0 ? index : (m_company->count() > 0 ? 0 : -1));
    onCompanyChanged();
}

void IssueLicenseDialog::prefillRenewal(const models::LicenseRecord &license)
{
    m_renewal = license;
    m_supersedes = license.id;
    setWindowTitle(tr("Renew the license of %1").arg(license.companyCode));
    m_renews->setText(tr("Renews license %1 of %2, which expires %3. Once registered, the new "
                         "license replaces it.")
                          .arg(license.id.toString(QUuid::WithoutBraces), license.companyCode,
                               license.expiresAt.toUTC().toString(Qt::ISODate)));
    m_renews->setVisible(true);
    m_prefilling = true;
    setKnownCompanies(m_companies);
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(license.tier)));
    m_users->setValue(license.maxUsers);
    fillFeatures(license.features);
    m_grace->setValue(license.graceDays);
    const QDateTime now = wholeMinute(QDateTime::currentDateTimeUtc());
    m_notBefore->setDateTime(now);
    m_expires->setDateTime(wholeMinute(std::max(now, license.expiresAt)).addDays(365));
    if (const int key = m_key->findData(license.kid); key >= 0)
        m_key->setCurrentIndex(key);
    m_prefilling = false;
    validate();
}

void IssueLicenseDialog::loadCompanies()
{
    if (!m_context || !m_context->client())
        return;
    client::CompanyQuery query;
    query.limit = kCompanyPageSize;
    query.sort = QStringLiteral("code");
    QPointer<IssueLicenseDialog> self(this);
    m_context->companies().list(query, [self](models::Result<models::Page<models::Company>> page) {
        if (!self)
            return;
        if (!page) {
            // Known companies (and a renewal's) stay usable; say why the list is short.
            self->showError(
                tr("The company list could not be loaded: %1").arg(page.error().message));
            return;
        }
        self->setKnownCompanies(page->items);
        emit self->companiesLoaded(self->m_companies);
    });
}

void IssueLicenseDialog::loadCatalog()
{
    if (!m_context || !m_context->client())
        return;
    QPointer<IssueLicenseDialog> self(this);
    m_context->companies().featureCatalog(
        [self](models::Result<client::Versioned<models::FeatureCatalogDocument>> catalog) {
            if (!self || !catalog)
                return; // the built-in catalog and tier templates stand in
            self->m_catalog = catalog->value;
            const QStringList checked = [&] {
                QStringList codes;
                for (int row = 0; row < self->m_features->count(); ++row) {
                    const QListWidgetItem *item = self->m_features->item(row);
                    if (item->checkState() == Qt::Checked)
                        codes.append(item->data(Qt::UserRole).toString());
                }
                return codes;
            }();
            self->fillFeatures(checked);
            self->validate();
        });
}

void IssueLicenseDialog::fillFeatures(const QStringList &codes)
{
    const QSignalBlocker blocker(m_features);
    m_features->clear();
    QList<QPair<QString, QString>> entries; // code, name
    if (m_catalog) {
        for (const auto &entry : m_catalog->features)
            entries.append({entry.code, entry.name});
    } else {
        for (const QString &code : models::FeatureCatalog::codes())
            entries.append({code, models::FeatureCatalog::displayName(code)});
    }
    for (const auto &[code, name] : std::as_const(entries)) {
        auto *item = new QListWidgetItem(name.isEmpty() ? code : name, m_features);
        item->setData(Qt::UserRole, code);
        item->setToolTip(code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

std::optional<models::Company> IssueLicenseDialog::selectedCompany() const
{
    const QUuid id = m_company->currentData().toUuid();
    for (const models::Company &company : m_companies) {
        if (company.id == id)
            return company;
    }
    return std::nullopt;
}

models::TierPolicy IssueLicenseDialog::policy() const
{
    return m_catalog ? m_catalog->policy() : models::TierPolicy::defaults();
}

void IssueLicenseDialog::onCompanyChanged()
{
    // The platform registers a license only when its tier and users are the company's.
    if (m_prefilling) {
        validate();
        return;
    }
    if (const auto company = selectedCompany()) {
        m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(company->tier)));
        m_users->setValue(company->maxUsers);
    }
    validate();
}

void IssueLicenseDialog::onTierChanged()
{
    if (!m_prefilling) {
        const auto tier = static_cast<models::Tier>(m_tier->currentData().toInt());
        const auto templ = m_catalog ? m_catalog->tiers.value(tier).features : QStringList();
        fillFeatures(m_catalog && m_catalog->tiers.contains(tier)
                         ? templ
                         : models::FeatureCatalog::tierTemplate(tier));
    }
    validate();
}

QString IssueLicenseDialog::validationProblem() const
{
    if (!m_context || !m_context->vault())
        return tr("There is no issuer key vault: licenses cannot be signed on this computer.");
    if (m_key->count() == 0)
        return tr("There is no issuer key. Generate one in the key manager first.");
    const auto company = selectedCompany();
    if (!company)
        return tr("Choose the company the license is for.");
    const auto tier = static_cast<models::Tier>(m_tier->currentData().toInt());
    const models::TierRange range = policy().range(tier);
    if (!range.contains(m_users->value()))
        return tr("The %1 tier allows %2 to %3 users.")
            .arg(models::tierDisplayName(tier))
            .arg(range.minUsers)
            .arg(range.maxUsers);
    if (tier != company->tier || m_users->value() != company->maxUsers)
        return tr("%1 is on the %2 tier with %3 users. The platform only registers a license "
                  "that matches the company: edit the company first.")
            .arg(company->code, models::tierDisplayName(company->tier))
            .arg(company->maxUsers);
    if (m_expires->dateTime() <= m_notBefore->dateTime())
        return tr("The license must expire after it becomes valid.");
    if (m_expires->dateTime() <= QDateTime::currentDateTimeUtc())
        return tr("The expiry date is in the past.");
    return {};
}

void IssueLicenseDialog::validate()
{
    if (m_busy)
        return;
    const QString problem = validationProblem();
    m_error->setText(problem);
    m_issue->setEnabled(problem.isEmpty());
}

void IssueLicenseDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    for (QWidget *widget : {static_cast<QWidget *>(m_company), static_cast<QWidget *>(m_tier),
                            static_cast<QWidget *>(m_users), static_cast<QWidget *>(m_features),
                            static_cast<QWidget *>(m_notBefore), static_cast<QWidget *>(m_expires),
                            static_cast<QWidget *>(m_grace), static_cast<QWidget *>(m_key),
                            static_cast<QWidget *>(m_issue)})
        widget->setEnabled(!busy);
    if (!message.isEmpty())
        m_error->setText(message);
    if (!busy)
        validate();
}

void IssueLicenseDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
}

void IssueLicenseDialog::issue()
{
    if (m_busy || !validationProblem().isEmpty() || !m_context)
        return;
    const models::Company company = *selectedCompany();
    licensing::LicenseClaims draft;
    draft.issuer = m_context->settings()
        ? m_context->settings()
              ->value(QStringLiteral("licenses/issuer"), QStringLiteral("BRIGHTSTEP TECHNOLOGIES"))
              .toString()
        : QStringLiteral("BRIGHTSTEP TECHNOLOGIES");
    draft.companyId = company.id;
    draft.companyCode = company.code;
    draft.tier = static_cast<models::Tier>(m_tier->currentData().toInt());
    draft.maxUsers = m_users->value();
    for (int row = 0; row < m_features->count(); ++row) {
        const QListWidgetItem *item = m_features->item(row);
        if (item->checkState() == Qt::Checked)
            draft.features.append(item->data(Qt::UserRole).toString());
    }
    draft.features.sort();
    draft.notBefore = wholeMinute(m_notBefore->dateTime());
    draft.expiresAt = wholeMinute(m_expires->dateTime());
    draft.graceDays = m_grace->value();
    if (!m_supersedes.isNull())
        draft.supersedes = m_supersedes;
    const QString kid = m_key->currentData().toString();

    setBusy(true, tr("Signing the license…"));
    auto *signer = new licensing::VaultSigner(m_context->vault(), {}, m_context.data());
    signer->setTierPolicy(policy());
    QPointer<IssueLicenseDialog> self(this);
    QPointer<ConsoleContext> context(m_context);
    QPointer<LicenseOutbox> outbox(m_outbox);
    signer->sign(kid, draft, [self, context, outbox, signer](auto signedLicense) {
        signer->deleteLater();
        if (!signedLicense) {
            if (self)
                self->showError(
                    tr("The license could not be signed: %1").arg(signedLicense.error().message));
            return;
        }
        const licensing::SignedLicense issued = signedLicense.value();
        const QUuid id = issued.claims.licenseId;
        const models::LicenseRecord record = issued.claims.toRecord(issued.kid, issued.token);
        // The signed token goes to the outbox before the platform hears of it, so that it
        // survives whatever happens next (a dropped connection, a closed dialog, a crash).
        models::Status kept = models::Error {
            QStringLiteral("no_outbox"), tr("There is no outbox to keep the license in."), {}};
        if (outbox)
            kept = outbox->add(id, issued.token, LicenseTokens::headersFor(record));
        if (!context || !context->client()) {
            if (self)
                self->showError(tr("The license was signed but there is no connection to "
                                   "register it."));
            return;
        }
        if (self)
            self->setBusy(true, tr("Registering the license with the platform…"));
        context->licensing().registerLicense(
            QString::fromLatin1(issued.token),
            [self, context, outbox, id,
             kept](models::Result<models::LicenseRegistrationResult> result) {
                if (result) {
                    if (outbox) {
                        if (auto removed = outbox->remove(id); !removed && context)
                            context->reportError(tr("Cleaning up the outbox"), removed.error());
                    }
                    if (self) {
                        emit self->registered(result.value());
                        self->accept();
                    }
                    return;
                }
                if (LicenseOutbox::isRetryLater(result.error()) && kept) {
                    if (self) {
                        emit self->keptPending(id, result.error());
                        self->accept();
                    }
                    return;
                }
                // Refused by the platform (or not kept): the token is of no further use.
                if (outbox && !LicenseOutbox::isRetryLater(result.error()))
                    outbox->remove(id).ok();
                if (self) {
                    self->showError(
                        kept || !LicenseOutbox::isRetryLater(result.error())
                            ? tr("The platform did not register the license: %1")
                                  .arg(result.error().message)
                            : tr("The platform could not be reached (%1) and the license could "
                                 "not be kept in the outbox: %2")
                                  .arg(result.error().message, kept.error().message));
                }
            });
    });
}

} // namespace sphair::ui
