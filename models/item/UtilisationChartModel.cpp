#include "models/item/UtilisationChartModel.h"

#include <algorithm>
#include <cmath>

namespace sphair::models {

double UtilisationChartModel::utilisationOf(const CompanyStats &company)
{
    if (company.maxUsers <= 0)
        return 0;
    return static_cast<double>(company.userCount) / static_cast<double>(company.maxUsers);
}

UtilisationLevel UtilisationChartModel::levelOf(const CompanyStats &company)
{
    if (company.maxUsers <= 0)
        return UtilisationLevel::Normal;
    if (company.userCount >= company.maxUsers)
        return UtilisationLevel::AtLimit;
    // users ≥ 90 % of max, in integers: no rounding at the border.
    if (company.userCount * 10 >= company.maxUsers * 9)
        return UtilisationLevel::NearLimit;
    return UtilisationLevel::Normal;
}

QString UtilisationChartModel::levelDisplayName(UtilisationLevel level)
{
    switch (level) {
    case UtilisationLevel::NearLimit:
        return tr("near the limit");
    case UtilisationLevel::AtLimit:
        return tr("at the limit");
    case UtilisationLevel::Normal:
        break;
    }
    return {};
}

void UtilisationChartModel::setCompanies(QList<CompanyStats> companies, qint64 total)
{
    // users * other.max against other.users * max: exact, no floating point ties.
    std::stable_sort(companies.begin(), companies.end(),
                     [](const CompanyStats &left, const CompanyStats &right) {
                         const bool leftLimit = left.maxUsers > 0;
                         const bool rightLimit = right.maxUsers > 0;
                         if (leftLimit != rightLimit)
                             return leftLimit;
                         if (leftLimit) {
                             const qint64 a = left.userCount * right.maxUsers;
                             const qint64 b = right.userCount * left.maxUsers;
                             if (a != b)
                                 return a > b;
                         }
                         return left.name.localeAwareCompare(right.name) < 0;
                     });
    m_companies = std::move(companies);
    m_total = std::max<qint64>(total, m_companies.size());
    QList<QVariantList> rows;
    rows.reserve(m_companies.size());
    for (const CompanyStats &company : std::as_const(m_companies)) {
        rows.append({company.code, company.name, company.userCount, company.maxUsers,
                     std::round(utilisationOf(company) * 1000) / 10,
                     levelDisplayName(levelOf(company))});
    }
    setTable(
        {tr("Code"), tr("Company"), tr("Users"), tr("Max users"), tr("Utilisation %"), tr("Limit")},
        rows);
}

QUuid UtilisationChartModel::companyId(int row) const
{
    return row >= 0 && row < m_companies.size() ? m_companies.at(row).companyId : QUuid();
}

double UtilisationChartModel::utilisation(int row) const
{
    return row >= 0 && row < m_companies.size() ? utilisationOf(m_companies.at(row)) : 0;
}

UtilisationLevel UtilisationChartModel::level(int row) const
{
    return row >= 0 && row < m_companies.size() ? levelOf(m_companies.at(row))
                                                : UtilisationLevel::Normal;
}

QVariant UtilisationChartModel::roleData(int row, int column, int role) const
{
    Q_UNUSED(column)
    switch (role) {
    case IdRole:
        return companyId(row);
    case LevelRole:
        return static_cast<int>(level(row));
    default:
        return {};
    }
}

} // namespace sphair::models
