#pragma once

#include "models/domain/FeatureDiff.h"
#include "models/domain/FeatureState.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace sphair::models {

// The answer of POST /admin/features/change-sets (schema FeatureChangeBatchResult): whether
// the batch was applied (false for a dry run) and, per company in the order sent, what it
// changed, the company's features afterwards and the version to send next (the ETag's
// number).
struct FeatureChangeBatchResult
{
    struct Company
    {
        QUuid companyId; // company_id
        FeatureDiff diff;
        QList<FeatureState> features; // the whole catalog afterwards, as CompanyFeatures
        qint64 version = 0;

        static Result<Company> fromJson(const QJsonObject &object);
        QJsonObject toJson() const;

        bool operator==(const Company &other) const;
        bool operator!=(const Company &other) const { return !(*this == other); }
    };

    bool applied = false;
    QList<Company> companies;

    static Result<FeatureChangeBatchResult> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    bool operator==(const FeatureChangeBatchResult &other) const;
    bool operator!=(const FeatureChangeBatchResult &other) const { return !(*this == other); }
};

} // namespace sphair::models
