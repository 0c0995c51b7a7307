#pragma once

#include "models/domain/FeatureChange.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace sphair::models {

// The body of POST /admin/features/change-sets (schema FeatureChangeBatch): staged feature
// edits of several companies, applied all together or not at all. Each company names the
// version of its features the console last saw (the number in the ETag that
// PUT /admin/companies/{id}/features checks); a company changed since makes the whole batch
// fail with 412 precondition_failed, whose details list every stale company.
//
// Wire: {"dry_run": false, "companies": [{"company_id", "version", "changes": [FeatureChange…]}]}.
// dry_run is optional (false); each company appears once, each code once per company.
struct FeatureChangeBatch
{
    static constexpr int kMaxCompanies = 1000;
    static constexpr int kMaxChangesPerCompany = 100;

    struct Company
    {
        QUuid companyId; // company_id
        qint64 version = 0; // the features version the console last saw
        QList<FeatureChange> changes; // enabled null: back to the tier template

        static Result<Company> fromJson(const QJsonObject &object);
        QJsonObject toJson() const;

        bool operator==(const Company &other) const;
        bool operator!=(const Company &other) const { return !(*this == other); }
    };

    QList<Company> companies;
    bool dryRun = false; // dry_run: work out the diffs, change nothing

    // Unknown fields are refused so that a typo is not ignored silently.
    static Result<FeatureChangeBatch> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // The key of the 412's details that lists the stale companies' ids, and reading it back.
    static QString staleCompaniesKey();
    static QList<QUuid> staleCompanyIds(const Error &error);

    bool operator==(const FeatureChangeBatch &other) const;
    bool operator!=(const FeatureChangeBatch &other) const { return !(*this == other); }
};

} // namespace sphair::models
