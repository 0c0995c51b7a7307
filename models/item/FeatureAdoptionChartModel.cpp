#include "models/item/FeatureAdoptionChartModel.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sphair::models {

void FeatureAdoptionChartModel::setAdoption(const FeatureAdoption &adoption,
                                            const QList<FeatureCatalogDocument::Entry> &catalog)
{
    m_adoption = adoption;
    const QList<Tier> &tiers = allTiers();

    QStringList codes;
    QHash<QString, QString> names;
    for (const FeatureCatalogDocument::Entry &entry : catalog) {
        codes.append(entry.code);
        names.insert(entry.code, entry.displayName());
    }
    QStringList unknown;
    for (const FeatureAdoptionRow &row : adoption.rows) {
        if (!names.contains(row.featureCode) && !unknown.contains(row.featureCode))
            unknown.append(row.featureCode);
    }
    std::sort(unknown.begin(), unknown.end());
    codes += unknown;

    QHash<QString, qsizetype> rowOf;
    QList<QVariantList> rows;
    m_shares.clear();
    for (const QString &code : std::as_const(codes)) {
        rowOf.insert(code, rows.size());
        QVariantList row {code, names.value(code, code)};
        for (qsizetype at = 0; at < tiers.size(); ++at)
            row << qint64(0) << qint64(0) << qint64(0) << 0.0;
        rows.append(row);
        m_shares.append(QList<double>(tiers.size(), 0.0));
    }
    for (const FeatureAdoptionRow &entry : adoption.rows) {
        const auto tierIndex = static_cast<int>(tiers.indexOf(entry.tier));
        if (tierIndex < 0)
            continue;
        QVariantList &row = rows[rowOf.value(entry.featureCode)];
        const auto add = [&row, tierIndex](TierField field, qint64 amount) {
            const int at = column(tierIndex, field);
            row[at] = row.at(at).toLongLong() + amount;
        };
        add(CompaniesField, entry.companies);
        add(EnabledField, entry.enabled);
        add(UsesField, entry.uses);
        const double share = 100.0 * entry.activeShare;
        m_shares[rowOf.value(entry.featureCode)][tierIndex] = share;
        row[column(tierIndex, ShareField)] = std::round(share * 10) / 10;
    }

    QStringList headers {tr("Code"), tr("Feature")};
    for (Tier tier : tiers) {
        const QString name = tierDisplayName(tier);
        headers << tr("%1: companies").arg(name) << tr("%1: enabled").arg(name)
                << tr("%1: uses").arg(name) << tr("%1: share using %").arg(name);
    }
    setTable(headers, rows);
}

QString FeatureAdoptionChartModel::featureCode(int row) const
{
    return value(row, CodeColumn).toString();
}

QString FeatureAdoptionChartModel::featureName(int row) const
{
    return value(row, NameColumn).toString();
}

qint64 FeatureAdoptionChartModel::count(int row, int tierIndex, TierField field) const
{
    return value(row, column(tierIndex, field)).toLongLong();
}

double FeatureAdoptionChartModel::share(int row, int tierIndex) const
{
    if (row < 0 || row >= m_shares.size() || tierIndex < 0 || tierIndex >= m_shares.at(row).size())
        return 0;
    return m_shares.at(row).at(tierIndex);
}

} // namespace sphair::models
