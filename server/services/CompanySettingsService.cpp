#include "server/services/CompanySettingsService.h"

#include "server/services/AdminAudit.h"
#include "server/services/CompanyService.h"
#include "server/store/CompanyStore.h"

#include <QCoreApplication>

namespace sphair::server {

using models::CompanySettings;

models::Result<CompanySettings> CompanySettingsService::settings(const QUuid &companyId) const
{
    return m_context.db->fetch<CompanySettings>(
        TxScope::forOperator(TxScope::Access::ReadOnly),
        [&](SqlSession &session) -> models::Result<CompanySettings> {
            auto company = CompanyStore::header(session, companyId);
            if (!company)
                return company.error();
            if (!company.value())
                return CompanyService::notFound();
            return CompanyStore::settings(session, companyId, company.value()->name);
        });
}

models::Result<CompanySettings>
CompanySettingsService::save(const QUuid &companyId, const VersionCheck &check,
                             const models::Result<CompanySettings> &settings,
                             const Actor &actor) const
{
    return m_context.db->fetch<CompanySettings>(
        TxScope::forOperator(), [&](SqlSession &session) -> models::Result<CompanySettings> {
            // The company row is locked so two writers of the same settings take turns.
            auto company = CompanyStore::header(session, companyId, true);
            if (!company)
                return company.error();
            if (!company.value())
                return CompanyService::notFound();
            auto before = CompanyStore::settings(session, companyId, company.value()->name);
            if (!before)
                return before;
            if (auto matches = check(before->version); !matches)
                return matches.error();
            if (company.value()->status
                == models::companyStatusCode(models::CompanyStatus::Deleted))
                return CompanyService::deletedError();
            if (!settings)
                return settings;
            if (!settings->customDomain.isEmpty()) {
                auto owner =
                    CompanyStore::customDomainOwner(session, settings->customDomain, companyId);
                if (!owner)
                    return owner.error();
                if (owner.value()) {
                    return models::Error {
                        QStringLiteral("conflict"),
                        QCoreApplication::translate("sphair::server::CompanySettingsService",
                                                    "Another company uses this custom domain."),
                        {{QStringLiteral("field"), QStringLiteral("custom_domain")}}};
                }
            }
            auto version = CompanyStore::saveSettings(session, companyId, settings.value());
            if (!version)
                return version.error();
            CompanySettings stored = settings.value();
            stored.version = version.value();
            if (auto recorded = AdminAudit::record(session, actor,
                                                   {QStringLiteral("company_settings.update"),
                                                    QStringLiteral("company_settings"),
                                                    companyId.toString(QUuid::WithoutBraces),
                                                    companyId, before->toJson(), stored.toJson()});
                !recorded)
                return recorded.error();
            return stored;
        });
}

} // namespace sphair::server
