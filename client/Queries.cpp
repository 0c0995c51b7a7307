#include "client/Queries.h"

#include "models/domain/WireTime.h"

#include <utility>

namespace sphair::client {

namespace {

// Builds a query string from the filters that are set; unset ones are skipped.
class QueryItems
{
public:
    explicit QueryItems(const QUrlQuery &start = {})
        : m_query(start)
    { }

    QueryItems &page(const PageQuery &page)
    {
        if (page.limit > 0)
            m_query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
        return text("cursor", page.cursor);
    }

    QueryItems &companies(const CompanyFilter &filter)
    {
        text("q", filter.search.trimmed());
        code("tier", filter.tier, models::tierCode);
        return code("status", filter.status, models::companyStatusCode);
    }

    QueryItems &text(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            m_query.addQueryItem(QLatin1String(name), value);
        return *this;
    }

    QueryItems &id(const char *name, const QUuid &value)
    {
        return text(name, value.isNull() ? QString() : value.toString(QUuid::WithoutBraces));
    }

    QueryItems &time(const char *name, const QDateTime &value)
    {
        return text(name, value.isValid() ? models::WireTime::toString(value) : QString());
    }

    QueryItems &date(const char *name, const QDate &value)
    {
        return text(name, value.isValid() ? models::WireTime::dateToString(value) : QString());
    }

    template<typename Enum>
    QueryItems &code(const char *name, const std::optional<Enum> &value, QString (*codeOf)(Enum))
    {
        return text(name, value ? codeOf(*value) : QString());
    }

    QUrlQuery query() const { return m_query; }

private:
    QUrlQuery m_query;
};

} // namespace

QUrlQuery CompanyQuery::toUrlQuery() const
{
    return QueryItems().page(*this).companies(*this).text("sort", sort).query();
}

QUrlQuery CompanyStatsQuery::toUrlQuery() const
{
    return QueryItems().page(*this).companies(*this).text("sort", sort).query();
}

QUrlQuery FeatureMatrixQuery::toUrlQuery() const
{
    return QueryItems().page(*this).companies(*this).query();
}

QUrlQuery LicenseQuery::toUrlQuery() const
{
    return QueryItems()
        .page(*this)
        .id("company_id", companyId)
        .code("status", status, models::licenseRecordStatusCode)
        .code("tier", tier, models::tierCode)
        .text("kid", kid)
        .text("q", search.trimmed())
        .query();
}

QUrlQuery ExpiringLicenseQuery::toUrlQuery() const
{
    return QueryItems().text("days", QString::number(days)).page(*this).query();
}

QUrlQuery IssuerKeyQuery::toUrlQuery() const
{
    return QueryItems().page(*this).code("status", status, models::issuerKeyStatusCode).query();
}

QUrlQuery AuditQuery::toCompanyUrlQuery() const
{
    return QueryItems()
        .page(*this)
        .text("action", action)
        .time("from", from)
        .time("to", to)
        .query();
}

QUrlQuery AuditQuery::toUrlQuery() const
{
    return QueryItems(toCompanyUrlQuery())
        .text("actor", actor)
        .text("target_type", targetType)
        .id("company_id", companyId)
        .query();
}

QUrlQuery MaintenanceWindowQuery::toUrlQuery() const
{
    return QueryItems().page(*this).time("from", from).time("to", to).query();
}

QUrlQuery MaintenanceNoticeQuery::toUrlQuery() const
{
    return QueryItems()
        .page(*this)
        .id("window_id", windowId)
        .text("status", status)
        .id("company_id", companyId)
        .query();
}

QUrlQuery DeploymentQuery::toUrlQuery() const
{
    return QueryItems()
        .page(*this)
        .code("status", status, models::deploymentStatusCode)
        .text("version", version)
        .time("from", from)
        .time("to", to)
        .query();
}

QUrlQuery UsageRangeQuery::toUrlQuery() const
{
    return QueryItems().date("from", from).date("to", to).query();
}

QUrlQuery UsageQuery::toUrlQuery() const
{
    return QueryItems(UsageRangeQuery::toUrlQuery()).id("company_id", companyId).query();
}

QUrlQuery HealthQuery::toUrlQuery() const
{
    return QueryItems().text("range", range).text("instance_id", instanceId).query();
}

} // namespace sphair::client
