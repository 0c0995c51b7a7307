#pragma once

#include "models/domain/Company.h"
#include "models/domain/Tier.h"

#include <QString>

#include <optional>

namespace sphair::models {

// What the company lists (Companies, White-label, Features) filter on: the text typed in
// their search field, a tier and a status. The proxies keep one and ask it about each row.
struct CompanyFilter
{
    QString needle; // lower-cased and trimmed; empty matches every company
    std::optional<Tier> tier;
    std::optional<CompanyStatus> status;

    static QString needleOf(const QString &typed) { return typed.trimmed().toLower(); }

    bool isEmpty() const { return needle.isEmpty() && !tier && !status; }
    // `searchKey` is CompanyTableModel::searchKey(company), computed once per row.
    bool accepts(const Company &company, const QString &searchKey) const
    {
        if ((tier && company.tier != *tier) || (status && company.status != *status))
            return false;
        return needle.isEmpty() || searchKey.contains(needle);
    }
    // Every company this filter accepts, `before` accepted too: a list can drop rows from
    // what it shows instead of looking at them all again.
    bool narrows(const CompanyFilter &before) const
    {
        return needle.contains(before.needle) && (!before.tier || before.tier == tier)
            && (!before.status || before.status == status);
    }

    bool operator==(const CompanyFilter &other) const
    {
        return needle == other.needle && tier == other.tier && status == other.status;
    }
    bool operator!=(const CompanyFilter &other) const { return !(*this == other); }
};

} // namespace sphair::models
