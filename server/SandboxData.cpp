#include "licensing/Ed25519Keys.h"
#include "licensing/Paserk.h"
#include "models/domain/FeatureState.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Tier.h"
#include "server/PlatformServer.h"
#include "server/Sandbox.h"
#include "server/SandboxPopulation.h"
#include "server/store/SandboxSeedStore.h"
#include "server/store/StatsStore.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace sphair::server {

namespace {

using models::Tier;

// One demo tenant: who it is, how it looks, what it may use and how its license stands.
struct DemoCompany
{
    const char *code;
    const char *name;
    Tier tier;
    int maxUsers;
    int users; // accounts created, within maxUsers
    bool suspended;
    const char *domain; // e-mail and branding host names (.example: reserved, never real)
    const char *primary;
    const char *secondary;
    const char *accent;
    const char *loginTitle;
    // Overrides of the tier template: "+code" on, "-code" off; unused entries null.
    const char *overrides[2];
    // The license: valid from daysAgo before now until daysLeft after now (negative: ended).
    int licenseStartedDaysAgo;
    int licenseDaysLeft;
    int graceDays;
    int activity; // typical share of users active on a weekday, in percent
};

// Every tier, a suspended tenant, a license expiring within 30 days and one in its grace days.
const DemoCompany kCompanies[] = {
    {"KAROO-CAFE",
     "Karoo Café Collective",
     Tier::Small,
     8,
     6,
     false,
     "karoo-cafe.example",
     "#7a3e1d",
     "#f2e2c4",
     "#b5541c",
     "Welcome to the Karoo Café team portal",
     {"+offline_mode", nullptr},
     60,
     305,
     14,
     70},
    {"FYNBOS-DESIGN",
     "Fynbos Design Studio",
     Tier::Small,
     4,
     3,
     false,
     "fynbos-design.example",
     "#2f5d50",
     "#e6efe9",
     "#c0392b",
     "Fynbos Design Studio",
     {nullptr, nullptr},
     370,
     -5,
     14,
     55},
    {"HIGHVELD-LOGISTICS",
     "Highveld Logistics",
     Tier::Medium,
     25,
     19,
     false,
     "highveld-logistics.example",
     "#1f3a93",
     "#dfe6f6",
     "#d35400",
     "Highveld Logistics operations",
     {"+multi_site", "-custom_templates"},
     345,
     20,
     14,
     80},
    {"DRAKENSBERG-TOURS",
     "Drakensberg Tours",
     Tier::Medium,
     12,
     10,
     true,
     "drakensberg-tours.example",
     "#4b6f2a",
     "#edf3e5",
     "#8e44ad",
     "Drakensberg Tours crew",
     {"+workflow_automation", nullptr},
     100,
     265,
     7,
     40},
    {"CAPE-MARITIME",
     "Cape Maritime Group",
     Tier::Large,
     120,
     64,
     false,
     "cape-maritime.example",
     "#0b3c5d",
     "#d9e6f0",
     "#e67e22",
     "Cape Maritime Group — fleet portal",
     {"-workflow_automation", nullptr},
     30,
     700,
     30,
     85},
};

constexpr int kUsageDays = 180;
QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The enabled features of a demo company: its tier template with its overrides applied; the
// overrides themselves become company_features rows.
QHash<QString, bool> overridesOf(const DemoCompany &demo)
{
    QHash<QString, bool> overrides;
    for (const char *entry : demo.overrides) {
        if (entry)
            overrides.insert(text(entry + 1), entry[0] == '+');
    }
    return overrides;
}

sandbox::SeedCompany seedCompanyOf(const DemoCompany &demo, const QDateTime &createdAt)
{
    sandbox::SeedCompany company;
    company.id = QUuid::createUuid();
    company.code = text(demo.code);
    company.name = text(demo.name);
    company.tier = demo.tier;
    company.maxUsers = demo.maxUsers;
    company.users = demo.users;
    company.suspended = demo.suspended;
    company.createdAt = createdAt;
    company.domain = text(demo.domain);
    company.primary = text(demo.primary);
    company.secondary = text(demo.secondary);
    company.accent = text(demo.accent);
    company.loginTitle = text(demo.loginTitle);
    company.overrides = overridesOf(demo);
    // Its guests and admins are mostly from Germany: its notices come in German, with the
    // times still in South Africa, where the tours are.
    if (company.code == QLatin1String("DRAKENSBERG-TOURS"))
        company.language = QStringLiteral("de");
    return company;
}

// 180 days of roll-ups ending today: weekdays busier than weekends, a slow upward trend and
// some noise, from a generator seeded per company so every sandbox looks the same. Logins
// (migration 8) come from a generator of their own, so the older figures stay as they were.
QList<SandboxSeedStore::DailyUsage> usageOf(const DemoCompany &demo, const QUuid &id, int index,
                                            QDate today, bool apiAccess)
{
    QRandomGenerator random(static_cast<quint32>(1000 + index));
    QRandomGenerator loginRandom(static_cast<quint32>(3000 + index));
    QList<SandboxSeedStore::DailyUsage> rows;
    for (int back = kUsageDays - 1; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const bool weekend = day.dayOfWeek() >= 6;
        const double trend = 0.85 + 0.15 * (kUsageDays - back) / kUsageDays;
        const double share = demo.activity / 100.0 * (weekend ? 0.3 : 1.0) * trend;
        const int noise = static_cast<int>(random.bounded(3)) - 1;
        const qint64 active = std::clamp<qint64>(qRound(demo.users * share) + noise, 0, demo.users);
        const qint64 events = active * (30 + static_cast<qint64>(random.bounded(25)));
        const qint64 apiCalls =
            apiAccess ? active * (80 + static_cast<qint64>(random.bounded(60))) : 0;
        const qint64 logins = active + active * static_cast<qint64>(loginRandom.bounded(60)) / 100;
        rows.append({id, day, active, logins, events, apiCalls});
    }
    return rows;
}

} // namespace

// Demo data for a new sandbox, written in one operator transaction so that a failure leaves
// the platform empty (and the next start tries again). The issuer key is made in memory for
// this run only: its public half is registered, the secret signs the demo licenses and is
// wiped when this function returns, so no sandbox license can be forged from the sandbox's
// files. New licenses for the demo companies are signed with a key of the sales team's own.
models::Status Sandbox::seedDemoData(PlatformServer &server, const Files &files,
                                     int syntheticCompanies)
{
    Q_UNUSED(files)
    const QDateTime now = server.context().now().toUTC();
    const QDateTime issuedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const QDate today = now.date();

    return server.database().transaction(TxScope::forOperator(), [&](SqlSession &session) {
        auto empty = SandboxSeedStore::isEmpty(session);
        if (!empty)
            return models::Status(empty.error());
        if (!empty.value())
            return models::Status::success();

        auto key = licensing::SigningKey::generate();
        if (!key)
            return models::Status(key.error());
        const QString kid = licensing::Paserk::publicId(key->publicKey());
        const QDateTime keyValidFrom = issuedAt.addDays(-1);
        auto registered = SandboxSeedStore::insertIssuerKey(
            session,
            {kid, licensing::Paserk::encodePublic(key->publicKey()),
             QStringLiteral("Sandbox demo key (secret discarded after seeding)"), keyValidFrom,
             models::kMaxLicensedUsers, issuedAt});
        if (!registered)
            return registered;

        sandbox::LicenseChain chain(key.value(), kid, issuedAt);
        QList<SandboxSeedStore::DailyUsage> daily;
        QList<SandboxSeedStore::FeatureUse> featureUses;
        QList<SandboxSeedStore::HourSlot> hours;
        int index = 0;
        for (const DemoCompany &demo : kCompanies) {
            const QDateTime createdAt =
                issuedAt.addDays(-std::max(demo.licenseStartedDaysAgo, kUsageDays) - 7);
            const sandbox::SeedCompany company = seedCompanyOf(demo, createdAt);
            if (auto inserted = sandbox::insertCompany(session, company); !inserted)
                return inserted;

            const QList<models::FeatureState> features =
                models::FeatureState::resolve(demo.tier, company.overrides);
            const QStringList enabled = models::FeatureState::enabledCodes(features);
            const QList<SandboxSeedStore::DailyUsage> usage = usageOf(
                demo, company.id, index, today, enabled.contains(QStringLiteral("api_access")));
            sandbox::detailRows(
                {company.id, demo.tier, demo.users, enabled, static_cast<quint32>(2000 + index)},
                usage, featureUses, hours);
            daily.append(usage);

            const sandbox::LicenseChain::Terms terms {issuedAt.addDays(-demo.licenseStartedDaysAgo),
                                                      issuedAt.addDays(demo.licenseDaysLeft),
                                                      demo.graceDays};
            if (auto issued = chain.issue(session, company, enabled, terms); !issued)
                return issued;
            ++index;
        }
        if (auto stored = SandboxSeedStore::insertDailyUsage(session, daily); !stored)
            return stored;
        if (auto stored = SandboxSeedStore::insertFeatureUsage(session, featureUses); !stored)
            return stored;
        if (auto stored = SandboxSeedStore::insertHourProfile(session, hours); !stored)
            return stored;

        if (auto seeded = sandbox::seedPopulation(session, chain, today, issuedAt); !seeded)
            return seeded;
        if (syntheticCompanies > 0) {
            auto seeded = sandbox::seedSynthetic(session, syntheticCompanies, today, issuedAt);
            if (!seeded)
                return seeded;
        }
        // The platform roll-up of the year, from the rows just written, as the server makes it.
        if (auto rolledUp = StatsStore::rollUp(
                session, today.addDays(-(sandbox::kUsageHistoryDays - 1)), today);
            !rolledUp)
            return rolledUp;

        const auto seq = static_cast<qint64>(chain.lastSeq());
        auto keyChain = SandboxSeedStore::setKeyChain(session, kid, seq, chain.lastHash());
        if (!keyChain)
            return keyChain;
        if (auto logged = sandbox::seedAudit(
                session, QStringLiteral("issuer_key"), kid, {},
                {{QStringLiteral("kid"), kid}, {QStringLiteral("licenses"), seq}});
            !logged)
            return logged;

        // A planned window a week ahead, in the default nightly slot.
        auto window = models::MaintenanceWindow::defaultNightly(
            now.toTimeZone(QTimeZone(models::MaintenanceWindow::defaultTimeZone().toUtf8()))
                .date()
                .addDays(7));
        if (window) {
            window->description = QStringLiteral("Monthly platform update");
            auto planned =
                SandboxSeedStore::insertMaintenanceWindow(session, window.value(), sandbox::kActor);
            if (!planned)
                return planned;
        }
        return models::Status::success();
    });
}

} // namespace sphair::server
