#include "models/domain/FeatureChangeBatch.h"

#include "models/domain/Validation.h"
#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace sphair::models {

Result<FeatureChangeBatch::Company> FeatureChangeBatch::Company::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    if (auto known = Validation::checkKnownFields(
            object,
            {QStringLiteral("company_id"), QStringLiteral("version"), QStringLiteral("changes")});
        !known)
        in.fail(known.error());
    Company company;
    company.companyId = in.uuid(u"company_id");
    company.version = in.integer(u"version", 0);
    if (in.ok() && in.array(u"changes").size() > kMaxChangesPerCompany) {
        in.fail(Validation::invalidField(
            QStringLiteral("changes"), QStringLiteral("too_long"),
            QCoreApplication::translate("sphair::models::FeatureChangeBatch",
                                        "Send at most %1 changes per company.")
                .arg(kMaxChangesPerCompany),
            {{QStringLiteral("max_items"), kMaxChangesPerCompany}}));
    }
    company.changes = in.objects<FeatureChange>(u"changes");
    QSet<QString> seen;
    for (qsizetype i = 0; i < company.changes.size() && in.ok(); ++i) {
        const QString &code = company.changes.at(i).code;
        if (seen.contains(code)) {
            in.fail(Validation::invalidField(
                QStringLiteral("changes[%1].code").arg(i), QStringLiteral("not_allowed"),
                QCoreApplication::translate("sphair::models::FeatureChangeBatch",
                                            "Each feature may appear once per company.")));
        }
        seen.insert(code);
    }
    if (!in.ok())
        return in.error();
    return company;
}

QJsonObject FeatureChangeBatch::Company::toJson() const
{
    return WireWriter()
        .uuid(u"company_id", companyId)
        .integer(u"version", version)
        .objects(u"changes", changes)
        .object();
}

bool FeatureChangeBatch::Company::operator==(const Company &other) const
{
    return companyId == other.companyId && version == other.version && changes == other.changes;
}

Result<FeatureChangeBatch> FeatureChangeBatch::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    if (auto known = Validation::checkKnownFields(
            object, {QStringLiteral("companies"), QStringLiteral("dry_run")});
        !known)
        in.fail(known.error());
    FeatureChangeBatch batch;
    batch.dryRun = in.optionalBoolean(u"dry_run", false);
    if (in.ok() && in.array(u"companies").size() > kMaxCompanies) {
        in.fail(Validation::invalidField(
            QStringLiteral("companies"), QStringLiteral("too_long"),
            QCoreApplication::translate("sphair::models::FeatureChangeBatch",
                                        "Send at most %1 companies at once.")
                .arg(kMaxCompanies),
            {{QStringLiteral("max_items"), kMaxCompanies}}));
    }
    batch.companies = in.objects<Company>(u"companies");
    if (in.ok() && batch.companies.isEmpty()) {
        in.fail(Validation::invalidField(
            QStringLiteral("companies"), QStringLiteral("empty"),
            QCoreApplication::translate("sphair::models::FeatureChangeBatch",
                                        "Name at least one company.")));
    }
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < batch.companies.size() && in.ok(); ++i) {
        const QUuid &id = batch.companies.at(i).companyId;
        if (seen.contains(id)) {
            in.fail(Validation::invalidField(
                QStringLiteral("companies[%1].company_id").arg(i), QStringLiteral("not_allowed"),
                QCoreApplication::translate("sphair::models::FeatureChangeBatch",
                                            "Each company may appear once.")));
        }
        seen.insert(id);
    }
    if (!in.ok())
        return in.error();
    return batch;
}

QJsonObject FeatureChangeBatch::toJson() const
{
    return WireWriter().boolean(u"dry_run", dryRun).objects(u"companies", companies).object();
}

QString FeatureChangeBatch::staleCompaniesKey()
{
    return QStringLiteral("stale_company_ids");
}

QList<QUuid> FeatureChangeBatch::staleCompanyIds(const Error &error)
{
    QList<QUuid> ids;
    const QJsonArray named = error.details.value(staleCompaniesKey()).toArray();
    for (const QJsonValue value : named) {
        if (Validation::isUuid(value.toString()))
            ids.append(QUuid(value.toString()));
    }
    return ids;
}

bool FeatureChangeBatch::operator==(const FeatureChangeBatch &other) const
{
    return companies == other.companies && dryRun == other.dryRun;
}

} // namespace sphair::models
