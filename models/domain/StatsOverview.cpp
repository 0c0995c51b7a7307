#include "models/domain/StatsOverview.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sphair::models {

namespace {

// Reads {"code": count, …} into a map, refusing unknown codes; absent codes count 0.
template<typename E, typename FromCode>
QMap<E, qint64> readCounts(WireReader &in, QStringView key, FromCode fromCode,
                           const QStringList &codes)
{
    const QJsonObject counts = in.jsonObject(key);
    QMap<E, qint64> out;
    for (auto it = counts.begin(); it != counts.end() && in.ok(); ++it) {
        const std::optional<E> value = fromCode(it.key());
        if (!value) {
            const QString field = in.fieldName(key) + u'.' + it.key();
            in.fail(Validation::invalidField(
                field, QStringLiteral("unknown_value"),
                QCoreApplication::translate("sphair::models::StatsOverview",
                                            "“%1” is not one of %2.")
                    .arg(it.key(), codes.join(QStringLiteral(", "))),
                {{QStringLiteral("allowed"), QJsonArray::fromStringList(codes)}}));
            break;
        }
        WireReader inner(counts, in.fieldName(key) + u'.');
        const qint64 count = inner.integer(it.key(), 0);
        if (!inner.ok()) {
            in.fail(inner.error());
            break;
        }
        out.insert(*value, count);
    }
    return out;
}

template<typename E, typename CodeOf>
QJsonObject writeCounts(const QMap<E, qint64> &counts, const QList<E> &all, CodeOf codeOf)
{
    QJsonObject out;
    for (E value : all)
        out.insert(codeOf(value), counts.value(value));
    return out;
}

} // namespace

qint64 StatsOverview::companiesTotal() const
{
    qint64 total = 0;
    for (auto it = companiesByStatus.begin(); it != companiesByStatus.end(); ++it) {
        if (it.key() != CompanyStatus::Deleted)
            total += it.value();
    }
    return total;
}

Result<StatsOverview> StatsOverview::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    StatsOverview stats;
    stats.companiesByTier = readCounts<Tier>(in, u"companies_by_tier", tierFromCode, tierCodes());
    stats.companiesByStatus = readCounts<CompanyStatus>(
        in, u"companies_by_status", companyStatusFromCode, companyStatusCodes());
    stats.usersTotal = in.integer(u"users_total", 0);
    stats.licensesActive = in.integer(u"licenses_active", 0);
    stats.licensesExpiring = in.integer(u"licenses_expiring", 0);
    stats.licensesInGrace = in.integer(u"licenses_in_grace", 0);
    stats.licensesExpired = in.integer(u"licenses_expired", 0);
    stats.expiringWithinDays =
        static_cast<int>(in.integer(u"expiring_within_days", 0, WireReader::kMaxInt));
    stats.generatedAt = in.optionalTime(u"generated_at");
    if (!in.ok())
        return in.error();
    return stats;
}

QJsonObject StatsOverview::toJson() const
{
    const QList<CompanyStatus> statuses {CompanyStatus::Active, CompanyStatus::Suspended,
                                         CompanyStatus::Deleted};
    return WireWriter()
        .value(u"companies_by_tier", writeCounts(companiesByTier, allTiers(), tierCode))
        .value(u"companies_by_status", writeCounts(companiesByStatus, statuses, companyStatusCode))
        .integer(u"users_total", usersTotal)
        .integer(u"licenses_active", licensesActive)
        .integer(u"licenses_expiring", licensesExpiring)
        .integer(u"licenses_in_grace", licensesInGrace)
        .integer(u"licenses_expired", licensesExpired)
        .integer(u"expiring_within_days", expiringWithinDays)
        .time(u"generated_at", generatedAt)
        .object();
}

bool StatsOverview::operator==(const StatsOverview &other) const
{
    // A count of 0 and a missing count mean the same.
    const auto sameCounts = [](const auto &a, const auto &b) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (b.value(it.key()) != it.value())
                return false;
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (a.value(it.key()) != it.value())
                return false;
        }
        return true;
    };
    return sameCounts(companiesByTier, other.companiesByTier)
        && sameCounts(companiesByStatus, other.companiesByStatus) && usersTotal == other.usersTotal
        && licensesActive == other.licensesActive && licensesExpiring == other.licensesExpiring
        && licensesInGrace == other.licensesInGrace && licensesExpired == other.licensesExpired
        && expiringWithinDays == other.expiringWithinDays && generatedAt == other.generatedAt;
}

} // namespace sphair::models
