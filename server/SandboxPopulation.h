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
    // What the company's maintenance notices are written in (company_settings).
    QString language = QStringLiteral("en");
    QString timezone = QStringLiteral("Africa/Johannesburg");
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

// How far back the sandbox's usage reaches: a year of days ending today.
inline constexpr int kUsageHistoryDays = 365;

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
// `today`.
models::Status seedPopulation(SqlSession &session, LicenseChain &chain, QDate today,
                              const QDateTime &now);

// `count` synthetic companies (codes SCALE-000001…) for scale checks: the company rows and the
// last 30 days of usage_daily (what the company list reads; a year of it for 100,000 companies
// would take long to write), no users, licenses, feature or hour rows. The platform roll-up
// made from them (StatsStore::rollUp) so counts their companies over the whole year but their
// activity over the last 30 days only.
models::Status seedSynthetic(SqlSession &session, int count, QDate today, const QDateTime &now);

inline constexpr int kSyntheticStoredDays = 30;

} // namespace sphair::server::sandbox
