#pragma once

#include "licensing/Ed25519Keys.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"
#include "server/store/SandboxSeedStore.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUuid>

#include <array>

// The companies of a sandbox beyond the five hand-written demo tenants (SandboxData.cpp),
// and the usage rows of the Usage tab (migration 8) for all of them. Everything comes from
// generators seeded with constants, so every sandbox made on the same day looks the same.
namespace sphair::server::sandbox {

// The actor of every seeding audit row ("sandbox", role "system").
extern const QString kActor;
models::Status seedAudit(SqlSession &session, const QString &targetType, const QString &targetId,
                         const QUuid &companyId, const QJsonObject &after);

// One company as the seeding writes it: its row, branding, users and feature overrides.
struct SeedCompany
{
    QUuid id;
    QString code;
    QString name;
    models::Tier tier = models::Tier::Small;
    int maxUsers = 0;
    int users = 0;
    int userSpreadDays = 20; // users join over the first days after createdAt
    bool suspended = false;
    QDateTime createdAt;
    QDateTime churnedAt; // valid: suspended or deleted at this time
    bool deleted = false; // churned by deletion (deleted_at = churnedAt)
    QString domain; // .example
    QString primary;
    QString secondary;
    QString accent;
    QString loginTitle;
    QHash<QString, bool> overrides; // feature code -> on/off against the tier template
};

// The company row, its settings, overrides, users and the audit row of its creation.
models::Status insertCompany(SqlSession &session, const SeedCompany &company);

// The sandbox's license chain: every license is signed by the one in-memory key, with
// consecutive sequence numbers, each naming the hash of the previous token.
class LicenseChain
{
public:
    LicenseChain(const licensing::SigningKey &key, QString kid, QDateTime issuedAt);

    struct Terms
    {
        QDateTime notBefore;
        QDateTime expiresAt;
        int graceDays = 14;
    };
    // Signs, stores and audits the license of `company` for `enabled` features.
    models::Status issue(SqlSession &session, const SeedCompany &company,
                         const QStringList &enabled, const Terms &terms);

    const QString &kid() const { return m_kid; }
    quint64 lastSeq() const { return m_seq; }
    const QByteArray &lastHash() const { return m_previousHash; }

private:
    const licensing::SigningKey &m_key;
    QString m_kid;
    QDateTime m_issuedAt;
    quint64 m_seq = 0;
    QByteArray m_previousHash;
};

// The platform-wide roll-up (usage_platform_daily) of the last 365 days, summed while the
// per-company rows are made, so the platform figures are the sums of the company figures.
class UsageRollUp
{
public:
    static constexpr int kDays = 365;
    explicit UsageRollUp(QDate today);

    QDate firstDay() const { return m_first; }
    // A company created on `created` and churned on `churned` (invalid: never): it counts as
    // existing from its creation day until the day before it churned.
    void addCompany(models::Tier tier, QDate created, QDate churned);
    void addUsage(const SandboxSeedStore::DailyUsage &row, models::Tier tier);
    QList<SandboxSeedStore::PlatformDay> days() const;

private:
    struct Cell
    {
        qint64 companies = 0; // difference array: +1 on creation, -1 on churn
        qint64 newCompanies = 0;
        qint64 churnedCompanies = 0;
        qint64 activeCompanies = 0;
        qint64 activeUsers = 0;
        qint64 logins = 0;
    };
    Cell *cell(QDate day, models::Tier tier);

    QDate m_first;
    QDate m_last;
    std::array<qint64, 3> m_before {}; // companies existing before the first day, per tier
    QList<std::array<Cell, 3>> m_cells;
};

// What drives one company's usage.
struct Activity
{
    QUuid companyId;
    models::Tier tier = models::Tier::Small;
    int users = 0;
    QStringList features; // enabled feature codes
    quint32 seed = 0;
};

// Feature uses (for the enabled features, adoption depending on feature and tier) and the
// hour-of-week profile (the average of the last eight weeks of `daily`, spread over a working
// day in Africa/Johannesburg) of a company with these daily rows.
void detailRows(const Activity &activity, const QList<SandboxSeedStore::DailyUsage> &daily,
                QList<SandboxSeedStore::FeatureUse> &features,
                QList<SandboxSeedStore::HourSlot> &hours);

// About 60 companies with South-African names over the last 12 months (more of them
// recently), every tier, some near their user limit, some suspended or deleted, each with
// branding, users, a license of `chain`, and usage from its creation (at most 365 days) to
// `today`, added to `rollUp`.
models::Status seedPopulation(SqlSession &session, LicenseChain &chain, QDate today,
                              const QDateTime &now, UsageRollUp &rollUp);

// `count` synthetic companies (codes SCALE-000001…) for scale checks: the company rows, 365
// days of usage into `rollUp`, but only the last 30 days of usage_daily stored (what the
// company list reads) and no users, licenses, feature or hour rows.
models::Status seedSynthetic(SqlSession &session, int count, QDate today, const QDateTime &now,
                             UsageRollUp &rollUp);

inline constexpr int kSyntheticStoredDays = 30;

} // namespace sphair::server::sandbox
