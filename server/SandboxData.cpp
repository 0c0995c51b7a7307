#include "licensing/Ed25519Keys.h"
#include "licensing/LicenseClaims.h"
#include "licensing/LicenseSigner.h"
#include "licensing/Paserk.h"
#include "models/domain/FeatureState.h"
#include "models/domain/MaintenanceWindow.h"
#include "models/domain/Tier.h"
#include "server/PlatformServer.h"
#include "server/Sandbox.h"
#include "server/store/AuditLog.h"
#include "server/store/SandboxSeedStore.h"

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

const char *const kFirstNames[] = {"Thandi",  "Pieter",  "Ayesha", "Sipho",  "Marike", "Johan",
                                   "Lerato",  "Nomvula", "Ruan",   "Fatima", "Kagiso", "Elna",
                                   "Bongani", "Chantel", "Musa",   "Anika"};
const char *const kLastNames[] = {"Dlamini", "van der Merwe", "Naidoo",   "Botha",
                                  "Mokoena", "Pillay",        "Nel",      "Khumalo",
                                  "Smit",    "Jacobs",        "Mahlangu", "Pretorius"};

constexpr int kUsageDays = 180;
const QString kActor = QStringLiteral("sandbox");
const QString kActorRole = QStringLiteral("system");

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

models::Status seedAudit(SqlSession &session, const QString &targetType, const QString &targetId,
                         const QUuid &companyId, const QJsonObject &after)
{
    return AuditLog::record(
        session, kActor, kActorRole,
        {QStringLiteral("sandbox.seed"), targetType, targetId, companyId, {}, after});
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

models::Status insertCompany(SqlSession &session, const DemoCompany &demo, const QUuid &id,
                             const QDateTime &createdAt)
{
    const QString code = text(demo.code);
    const QString domain = text(demo.domain);
    const SandboxSeedStore::Company company {id,
                                             code,
                                             text(demo.name),
                                             demo.tier,
                                             demo.maxUsers,
                                             demo.suspended,
                                             QStringLiteral("admin@") + domain,
                                             createdAt};
    if (auto inserted = SandboxSeedStore::insertCompany(session, company); !inserted)
        return inserted;
    models::CompanySettings settings;
    settings.displayName = text(demo.name);
    settings.primaryColor = text(demo.primary);
    settings.secondaryColor = text(demo.secondary);
    settings.accentColor = text(demo.accent);
    settings.footerText = QStringLiteral("© %1").arg(text(demo.name));
    settings.customSubdomain = code.toLower(); // e.g. karoo-cafe.sphair.app
    settings.loginTitle = text(demo.loginTitle);
    settings.loginMessage =
        QStringLiteral("Sign in with your %1 account. Need help? Ask your administrator.")
            .arg(text(demo.name));
    if (auto inserted = SandboxSeedStore::insertSettings(session, id, settings); !inserted)
        return inserted;
    const QHash<QString, bool> overrides = overridesOf(demo);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        auto feature = SandboxSeedStore::insertFeatureOverride(session, id, it.key(), it.value());
        if (!feature)
            return feature;
    }
    for (int i = 0; i < demo.users; ++i) {
        const QString first = text(kFirstNames[i % std::size(kFirstNames)]);
        const QString last = text(kLastNames[(i * 5 + 3) % std::size(kLastNames)]);
        const QString email =
            QStringLiteral("%1.%2@%3").arg(first.toLower(), QString::number(i + 1), domain);
        const SandboxSeedStore::User user {
            email, first + QLatin1Char(' ') + last,
            i == 0 ? QStringLiteral("admin") : QStringLiteral("member"), createdAt.addDays(i % 20)};
        if (auto inserted = SandboxSeedStore::insertUser(session, id, user); !inserted)
            return inserted;
    }
    return seedAudit(session, QStringLiteral("company"), id.toString(QUuid::WithoutBraces), id,
                     {{QStringLiteral("code"), code},
                      {QStringLiteral("tier"), models::tierCode(demo.tier)},
                      {QStringLiteral("users"), demo.users}});
}

// 180 days of roll-ups ending today: weekdays busier than weekends, a slow upward trend and
// some noise, from a generator seeded per company so every sandbox looks the same.
models::Status insertUsage(SqlSession &session, const DemoCompany &demo, const QUuid &id, int index,
                           QDate today, bool apiAccess)
{
    QRandomGenerator random(static_cast<quint32>(1000 + index));
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
        auto inserted = SandboxSeedStore::insertUsage(session, id, {day, active, events, apiCalls});
        if (!inserted)
            return inserted;
    }
    return models::Status::success();
}

} // namespace

// Demo data for a new sandbox, written in one operator transaction so that a failure leaves
// the platform empty (and the next start tries again). The issuer key is made in memory for
// this run only: its public half is registered, the secret signs the demo licenses and is
// wiped when this function returns, so no sandbox license can be forged from the sandbox's
// files. New licenses for the demo companies are signed with a key of the sales team's own.
models::Status Sandbox::seedDemoData(PlatformServer &server, const Files &files)
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

        quint64 seq = 0;
        QByteArray previousHash;
        int index = 0;
        for (const DemoCompany &demo : kCompanies) {
            const QUuid companyId = QUuid::createUuid();
            const QDateTime createdAt =
                issuedAt.addDays(-std::max(demo.licenseStartedDaysAgo, kUsageDays) - 7);
            if (auto inserted = insertCompany(session, demo, companyId, createdAt); !inserted)
                return inserted;

            const QList<models::FeatureState> features =
                models::FeatureState::resolve(demo.tier, overridesOf(demo));
            const QStringList enabled = models::FeatureState::enabledCodes(features);
            if (auto usage = insertUsage(session, demo, companyId, index, today,
                                         enabled.contains(QStringLiteral("api_access")));
                !usage)
                return usage;

            licensing::LicenseClaims claims;
            claims.issuer = QStringLiteral("SPHAiR sandbox");
            claims.companyId = companyId;
            claims.licenseId = QUuid::createUuid();
            claims.issuedAt = issuedAt;
            claims.notBefore = issuedAt.addDays(-demo.licenseStartedDaysAgo);
            claims.expiresAt = issuedAt.addDays(demo.licenseDaysLeft);
            claims.companyCode = text(demo.code);
            claims.tier = demo.tier;
            claims.maxUsers = demo.maxUsers;
            claims.features = enabled;
            claims.graceDays = demo.graceDays;
            claims.seq = ++seq;
            claims.prev = previousHash;
            auto license = licensing::LicenseSigner::signWithKey(key.value(), kid, claims, issuedAt,
                                                                 models::TierPolicy::defaults());
            if (!license)
                return models::Status(license.error());
            SandboxSeedStore::License record;
            record.companyId = companyId;
            record.id = claims.licenseId;
            record.token = license->token;
            record.kid = kid;
            record.seq = static_cast<qint64>(claims.seq);
            record.prev = previousHash;
            record.tier = demo.tier;
            record.maxUsers = demo.maxUsers;
            record.features = enabled;
            record.issuedAt = claims.issuedAt;
            record.notBefore = claims.notBefore;
            record.expiresAt = claims.expiresAt;
            record.graceDays = demo.graceDays;
            record.registeredAt = issuedAt;
            record.registeredBy = kActor;
            record.tokenHash = license->tokenHash;
            if (auto stored = SandboxSeedStore::insertLicense(session, record); !stored)
                return stored;
            if (auto logged = seedAudit(session, QStringLiteral("license"),
                                        claims.licenseId.toString(QUuid::WithoutBraces), companyId,
                                        {{QStringLiteral("kid"), kid},
                                         {QStringLiteral("seq"), static_cast<qint64>(claims.seq)}});
                !logged)
                return logged;
            previousHash = license->tokenHash;
            ++index;
        }

        auto chain =
            SandboxSeedStore::setKeyChain(session, kid, static_cast<qint64>(seq), previousHash);
        if (!chain)
            return chain;
        if (auto logged = seedAudit(session, QStringLiteral("issuer_key"), kid, {},
                                    {{QStringLiteral("kid"), kid},
                                     {QStringLiteral("licenses"), static_cast<qint64>(seq)}});
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
                SandboxSeedStore::insertMaintenanceWindow(session, window.value(), kActor);
            if (!planned)
                return planned;
        }
        return models::Status::success();
    });
}

} // namespace sphair::server
