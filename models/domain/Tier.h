#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>
#include <optional>

namespace sphair::models {

// A company's license tier. The wire codes are "small", "medium" and "large".
enum class Tier { Small, Medium, Large };

// The user range a tier allows, both ends inclusive.
struct TierRange
{
    int minUsers = 0;
    int maxUsers = 0;
    bool contains(int users) const { return users >= minUsers && users <= maxUsers; }
};

// The largest user count any license may carry ("30+" for large is capped here so that every
// range is finite and a typo such as 3000000 is caught).
inline constexpr int kMaxLicensedUsers = 100000;

QString tierCode(Tier tier);
std::optional<Tier> tierFromCode(QStringView code);
QString tierDisplayName(Tier tier);
const QList<Tier> &allTiers();
// The wire codes of allTiers(), in the same order: what a "tier" field or filter accepts.
const QStringList &tierCodes();

// The tier ranges and templates as shipped; the server may edit its own copy.
struct TierPolicy
{
    TierRange small {2, 10};
    TierRange medium {10, 30};
    TierRange large {30, kMaxLicensedUsers};

    TierRange range(Tier tier) const;
    static const TierPolicy &defaults();
};

// The feature catalog of DESIGN.md §3 and the default feature set of each tier.
namespace FeatureCatalog {
const QStringList &codes();
bool contains(QStringView code);
QString displayName(QStringView code);
QStringList tierTemplate(Tier tier);
} // namespace FeatureCatalog

} // namespace sphair::models
