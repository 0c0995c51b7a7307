#pragma once

#include "models/domain/CompanyStats.h"
#include "models/item/ChartDataModel.h"

#include <QList>
#include <QUuid>

namespace sphair::models {

// How close a company is to its licensed user limit.
enum class UtilisationLevel {
    Normal, // below kNearLimit, or no limit
    NearLimit, // kNearLimit or more of max_users
    AtLimit, // max_users reached (or passed)
};

// "License utilisation": companies with users / max users, highest first (then by name;
// companies without a limit last), the ones near or at their limit marked. Holds the page of
// GET /admin/stats/companies?sort=utilisation the tab asked for and the total it reported.
class UtilisationChartModel : public ChartDataModel
{
    Q_OBJECT
public:
    static constexpr double kNearLimit = 0.9;

    enum Column {
        CodeColumn,
        NameColumn,
        UsersColumn,
        MaxUsersColumn,
        UtilisationColumn, // percent, one decimal
        LevelColumn, // "", "near the limit", "at the limit"
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole, // QUuid, any column
        LevelRole, // int(UtilisationLevel), any column
    };

    using ChartDataModel::ChartDataModel;

    // `total`: how many companies the server counted (the chart shows the top rows of them).
    void setCompanies(QList<CompanyStats> companies, qint64 total);
    qint64 total() const { return m_total; }

    const CompanyStats &company(int row) const { return m_companies.at(row); }
    QUuid companyId(int row) const;
    // users / max users (0 without a limit).
    double utilisation(int row) const;
    UtilisationLevel level(int row) const;
    static double utilisationOf(const CompanyStats &company);
    static UtilisationLevel levelOf(const CompanyStats &company);
    static QString levelDisplayName(UtilisationLevel level);

protected:
    QVariant roleData(int row, int column, int role) const override;

private:
    QList<CompanyStats> m_companies;
    qint64 m_total = 0;
};

} // namespace sphair::models
