#include "server/SandboxPopulation.h"

#include "licensing/LicenseClaims.h"
#include "licensing/LicenseSigner.h"
#include "models/domain/FeatureState.h"
#include "server/store/AuditLog.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

namespace sphair::server::sandbox {

namespace {

using models::Tier;
using DailyUsage = SandboxSeedStore::DailyUsage;

const char *const kFirstNames[] = {"Thandi",  "Pieter",  "Ayesha", "Sipho",  "Marike", "Johan",
                                   "Lerato",  "Nomvula", "Ruan",   "Fatima", "Kagiso", "Elna",
                                   "Bongani", "Chantel", "Musa",   "Anika"};
const char *const kLastNames[] = {"Dlamini", "van der Merwe", "Naidoo",   "Botha",
                                  "Mokoena", "Pillay",        "Nel",      "Khumalo",
                                  "Smit",    "Jacobs",        "Mahlangu", "Pretorius"};

// Places, plants, animals and words of South Africa, and lines of business.
const char *const kNameWords[] = {
    "Protea",       "Baobab",  "Kalahari",     "Limpopo",   "Umhlanga",  "Tsitsikamma",
    "Stellenbosch", "Knysna",  "Zululand",     "Namaqua",   "Langebaan", "Hermanus",
    "Mpumalanga",   "Vaal",    "Boland",       "Ubuntu",    "Jacaranda", "Springbok",
    "Impala",       "Kudu",    "Marula",       "Rooibos",   "Sunbird",   "Umoya",
    "Ithemba",      "Amandla", "Khaya",        "Indaba",    "Tugela",    "Swartland",
    "Overberg",     "Gariep",  "Soutpansberg", "Agulhas",   "Cederberg", "Waterberg",
    "Mopani",       "Hadeda",  "Fish River",   "Table Bay", "Lowveld",   "Garden Route"};
const char *const kBusinesses[] = {
    "Logistics",  "Engineering", "Tours",      "Foods",    "Construction", "Medical", "Attorneys",
    "Accounting", "Security",    "Farming",    "Wines",    "Textiles",     "Motors",  "Solar",
    "Architects", "Dental",      "Veterinary", "Printing", "Catering",     "Plumbing"};

int tierIndex(Tier tier)
{
    switch (tier) {
    case Tier::Small:
        return 0;
    case Tier::Medium:
        return 1;
    case Tier::Large:
        return 2;
    }
    return 0;
}

double uniform(QRandomGenerator &random, double low, double high)
{
    return low + (high - low) * random.generateDouble();
}

// Weekday 1-5: the share of a day's active users active in each local hour (08:00-17:00 the
// working day, lunch a little quieter, almost nobody at night); weekends a late, flat morning.
constexpr double kWorkdayHours[24] = {0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.06, 0.22,
                                      0.62, 0.88, 0.95, 0.93, 0.72, 0.86, 0.91, 0.84,
                                      0.68, 0.42, 0.18, 0.1,  0.07, 0.05, 0.03, 0.02};
constexpr double kWeekendHours[24] = {0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05,
                                      0.15, 0.3,  0.4,  0.42, 0.35, 0.3,  0.25, 0.2,
                                      0.15, 0.12, 0.1,  0.08, 0.06, 0.04, 0.02, 0.01};
// The share of a day's logins in each local hour: the morning start, after lunch.
constexpr double kLoginHours[24] = {0.002, 0.002, 0.002, 0.002, 0.003, 0.01,  0.04,  0.14,
                                    0.22,  0.12,  0.07,  0.05,  0.05,  0.09,  0.05,  0.04,
                                    0.03,  0.02,  0.015, 0.01,  0.008, 0.006, 0.004, 0.003};

// How many of a company's active users use a feature on a day, and how often each: by
// feature, scaled by tier (bigger companies use more of what they have).
struct Adoption
{
    const char *code;
    double share;
    int usesPerUser;
};
constexpr Adoption kAdoption[] = {
    {"inventory", 0.8, 9},           {"calendar", 0.7, 4},          {"reporting", 0.35, 2},
    {"api_access", 0.2, 25},         {"offline_mode", 0.15, 3},     {"mobile_app", 0.55, 5},
    {"advanced_analytics", 0.2, 3},  {"custom_templates", 0.25, 2}, {"multi_site", 0.3, 4},
    {"workflow_automation", 0.4, 6}, {"white_label", 0.05, 1}};
constexpr double kTierAdoption[3] = {0.75, 1.0, 1.2};

const Adoption *adoptionOf(const QString &code)
{
    for (const Adoption &adoption : kAdoption) {
        if (code == QLatin1String(adoption.code))
            return &adoption;
    }
    return nullptr;
}

// The shape of a company's days: weekday share of users active, weekend factor, trend.
struct Rhythm
{
    double weekdayShare = 0.7;
    double weekendFactor = 0.25;
    double yearlyTrend = 0.1; // change of the share per year
    double loginsPerUser = 1.4;
};

Rhythm rhythmOf(QRandomGenerator &random)
{
    Rhythm rhythm;
    rhythm.weekdayShare = uniform(random, 0.45, 0.9);
    rhythm.weekendFactor = uniform(random, 0.12, 0.35);
    rhythm.yearlyTrend = uniform(random, -0.1, 0.25);
    rhythm.loginsPerUser = uniform(random, 1.1, 1.8);
    return rhythm;
}

// One company's daily rows from `first` to `last` (both inclusive).
QList<DailyUsage> dailyRows(const Activity &activity, const Rhythm &rhythm, QDate first, QDate last,
                            QRandomGenerator &random, bool apiAccess)
{
    QList<DailyUsage> rows;
    if (!first.isValid() || last < first)
        return rows;
    rows.reserve(static_cast<qsizetype>(first.daysTo(last) + 1));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const auto age = static_cast<double>(first.daysTo(day));
        const double onboarding = std::min(1.0, 0.4 + age / 45.0);
        const double trend = 1.0 + rhythm.yearlyTrend * age / 365.0;
        const bool weekend = day.dayOfWeek() >= 6;
        const double share = rhythm.weekdayShare * (weekend ? rhythm.weekendFactor : 1.0)
            * onboarding * trend * uniform(random, 0.9, 1.1);
        const qint64 active =
            std::clamp<qint64>(std::llround(activity.users * share), 0, activity.users);
        DailyUsage row;
        row.companyId = activity.companyId;
        row.day = day;
        row.activeUsers = active;
        row.logins = std::llround(static_cast<double>(active) * rhythm.loginsPerUser
                                  * uniform(random, 0.85, 1.15));
        row.events = active * (30 + static_cast<qint64>(random.bounded(25)));
        row.apiCalls = apiAccess ? active * (80 + static_cast<qint64>(random.bounded(60))) : 0;
        rows.append(row);
    }
    return rows;
}

QString colour(QRandomGenerator &random, int low, int high)
{
    QString hex = QStringLiteral("#");
    for (int i = 0; i < 3; ++i)
        hex += QStringLiteral("%1").arg(random.bounded(low, high + 1), 2, 16, QLatin1Char('0'));
    return hex;
}

// Month 0 is twelve months ago, 11 the current one; later months weigh more (growth).
int createdDaysAgo(QRandomGenerator &random)
{
    constexpr int kMonths = 12;
    double total = 0;
    double weights[kMonths];
    for (int m = 0; m < kMonths; ++m) {
        weights[m] = 1.0 + 0.3 * m;
        total += weights[m];
    }
    double pick = random.generateDouble() * total;
    int month = kMonths - 1;
    for (int m = 0; m < kMonths; ++m) {
        if (pick < weights[m]) {
            month = m;
            break;
        }
        pick -= weights[m];
    }
    const int daysAgo = 364 - month * 30 - static_cast<int>(random.bounded(30));
    return std::clamp(daysAgo, 1, kUsageHistoryDays - 1);
}

int maxUsersFor(Tier tier, QRandomGenerator &random)
{
    const models::TierRange range = models::TierPolicy::defaults().range(tier);
    if (tier != Tier::Large)
        return random.bounded(range.minUsers, range.maxUsers + 1);
    // Large companies: mostly 30-150, a few up to 400.
    const double skew = std::pow(random.generateDouble(), 2.5);
    return std::min(range.maxUsers, range.minUsers + static_cast<int>(skew * 370));
}

} // namespace

const QString kActor = QStringLiteral("sandbox");

models::Status seedAudit(SqlSession &session, const QString &targetType, const QString &targetId,
                         const QUuid &companyId, const QJsonObject &after)
{
    return AuditLog::record(
        session, kActor, QStringLiteral("system"),
        {QStringLiteral("sandbox.seed"), targetType, targetId, companyId, {}, after});
}

models::Status insertCompany(SqlSession &session, const SeedCompany &company)
{
    SandboxSeedStore::Company row {company.id,
                                   company.code,
                                   company.name,
                                   company.tier,
                                   company.maxUsers,
                                   company.suspended,
                                   QStringLiteral("admin@") + company.domain,
                                   company.createdAt,
                                   company.churnedAt,
                                   company.deleted ? company.churnedAt : QDateTime()};
    if (auto inserted = SandboxSeedStore::insertCompany(session, row); !inserted)
        return inserted;
    models::CompanySettings settings;
    settings.displayName = company.name;
    settings.primaryColor = company.primary;
    settings.secondaryColor = company.secondary;
    settings.accentColor = company.accent;
    settings.footerText = QStringLiteral("© %1").arg(company.name);
    settings.customSubdomain = company.code.toLower(); // e.g. karoo-cafe.sphair.app
    settings.loginTitle = company.loginTitle;
    settings.language = company.language;
    settings.timezone = company.timezone;
    settings.loginMessage =
        QStringLiteral("Sign in with your %1 account. Need help? Ask your administrator.")
            .arg(company.name);
    if (auto inserted = SandboxSeedStore::insertSettings(session, company.id, settings); !inserted)
        return inserted;
    for (auto it = company.overrides.constBegin(); it != company.overrides.constEnd(); ++it) {
        auto feature =
            SandboxSeedStore::insertFeatureOverride(session, company.id, it.key(), it.value());
        if (!feature)
            return feature;
    }
    for (int i = 0; i < company.users; ++i) {
        const QString first = QString::fromUtf8(kFirstNames[i % std::size(kFirstNames)]);
        const QString last = QString::fromUtf8(kLastNames[(i * 5 + 3) % std::size(kLastNames)]);
        const QString email =
            QStringLiteral("%1.%2@%3").arg(first.toLower(), QString::number(i + 1), company.domain);
        const SandboxSeedStore::User user {
            email, first + QLatin1Char(' ') + last,
            i == 0 ? QStringLiteral("admin") : QStringLiteral("member"),
            company.createdAt.addDays(i % std::max(1, company.userSpreadDays))};
        if (auto inserted = SandboxSeedStore::insertUser(session, company.id, user); !inserted)
            return inserted;
    }
    return seedAudit(session, QStringLiteral("company"), company.id.toString(QUuid::WithoutBraces),
                     company.id,
                     {{QStringLiteral("code"), company.code},
                      {QStringLiteral("tier"), models::tierCode(company.tier)},
                      {QStringLiteral("users"), company.users}});
}

LicenseChain::LicenseChain(const licensing::SigningKey &key, QString kid, QDateTime issuedAt)
    : m_key(key)
    , m_kid(std::move(kid))
    , m_issuedAt(std::move(issuedAt))
{ }

models::Status LicenseChain::issue(SqlSession &session, const SeedCompany &company,
                                   const QStringList &enabled, const Terms &terms)
{
    licensing::LicenseClaims claims;
    claims.issuer = QStringLiteral("SPHAiR sandbox");
    claims.companyId = company.id;
    claims.licenseId = QUuid::createUuid();
    claims.issuedAt = m_issuedAt;
    claims.notBefore = terms.notBefore;
    claims.expiresAt = terms.expiresAt;
    claims.companyCode = company.code;
    claims.tier = company.tier;
    claims.maxUsers = company.maxUsers;
    claims.features = enabled;
    claims.graceDays = terms.graceDays;
    claims.seq = m_seq + 1;
    claims.prev = m_previousHash;
    auto license = licensing::LicenseSigner::signWithKey(m_key, m_kid, claims, m_issuedAt,
                                                         models::TierPolicy::defaults());
    if (!license)
        return models::Status(license.error());
    SandboxSeedStore::License record;
    record.companyId = company.id;
    record.id = claims.licenseId;
    record.token = license->token;
    record.kid = m_kid;
    record.seq = static_cast<qint64>(claims.seq);
    record.prev = m_previousHash;
    record.tier = company.tier;
    record.maxUsers = company.maxUsers;
    record.features = enabled;
    record.issuedAt = claims.issuedAt;
    record.notBefore = claims.notBefore;
    record.expiresAt = claims.expiresAt;
    record.graceDays = terms.graceDays;
    record.registeredAt = m_issuedAt;
    record.registeredBy = kActor;
    record.tokenHash = license->tokenHash;
    if (auto stored = SandboxSeedStore::insertLicense(session, record); !stored)
        return stored;
    if (auto logged = seedAudit(session, QStringLiteral("license"),
                                claims.licenseId.toString(QUuid::WithoutBraces), company.id,
                                {{QStringLiteral("kid"), m_kid},
                                 {QStringLiteral("seq"), static_cast<qint64>(claims.seq)}});
        !logged)
        return logged;
    m_seq = claims.seq;
    m_previousHash = license->tokenHash;
    return models::Status::success();
}

void detailRows(const Activity &activity, const QList<DailyUsage> &daily,
                QList<SandboxSeedStore::FeatureUse> &features,
                QList<SandboxSeedStore::HourSlot> &hours)
{
    QRandomGenerator random(activity.seed ^ 0x5eedu);
    const double tierFactor = kTierAdoption[tierIndex(activity.tier)];
    for (const QString &code : activity.features) {
        const Adoption *adoption = adoptionOf(code);
        if (!adoption)
            continue;
        const double share =
            std::min(1.0, adoption->share * tierFactor * uniform(random, 0.6, 1.3));
        for (const DailyUsage &day : daily) {
            if (day.activeUsers == 0)
                continue;
            const double users =
                static_cast<double>(day.activeUsers) * share * uniform(random, 0.8, 1.2);
            features.append(
                {activity.companyId, day.day, code,
                 std::llround(users * adoption->usesPerUser * uniform(random, 0.7, 1.3))});
        }
    }

    // The last eight weeks the company was active: average users and logins per weekday.
    double users[8] = {};
    double logins[8] = {};
    int samples[8] = {};
    const qsizetype from = std::max<qsizetype>(0, daily.size() - 56);
    for (qsizetype i = from; i < daily.size(); ++i) {
        const int weekday = daily.at(i).day.dayOfWeek();
        users[weekday] += static_cast<double>(daily.at(i).activeUsers);
        logins[weekday] += static_cast<double>(daily.at(i).logins);
        ++samples[weekday];
    }
    for (int weekday = 1; weekday <= 7; ++weekday) {
        const double dayUsers = samples[weekday] ? users[weekday] / samples[weekday] : 0;
        const double dayLogins = samples[weekday] ? logins[weekday] / samples[weekday] : 0;
        const double *shape = weekday >= 6 ? kWeekendHours : kWorkdayHours;
        for (int hour = 0; hour < 24; ++hour) {
            const double noise = uniform(random, 0.95, 1.05);
            const double round = 100.0; // two decimals
            hours.append({activity.companyId, weekday, hour,
                          std::round(dayUsers * shape[hour] * noise * round) / round,
                          std::round(dayLogins * kLoginHours[hour] * noise * round) / round});
        }
    }
}

models::Status seedPopulation(SqlSession &session, LicenseChain &chain, QDate today,
                              const QDateTime &now)
{
    constexpr int kCompanies = 60;
    constexpr int kSuspended = 5;
    constexpr int kDeleted = 4;
    constexpr int kNearLimit = 6;
    QRandomGenerator random(20261203u);

    // 30 small, 21 medium, 9 large, in a shuffled order.
    QList<Tier> tiers;
    for (int i = 0; i < kCompanies; ++i)
        tiers.append(i < 30 ? Tier::Small : i < 51 ? Tier::Medium : Tier::Large);
    for (qsizetype i = tiers.size() - 1; i > 0; --i)
        std::swap(tiers[i], tiers[random.bounded(static_cast<int>(i + 1))]);

    QSet<QString> codes;
    int churned = 0;
    QList<SandboxSeedStore::DailyUsage> daily;
    QList<SandboxSeedStore::FeatureUse> featureUses;
    QList<SandboxSeedStore::HourSlot> hours;
    for (int i = 0; i < kCompanies; ++i) {
        SeedCompany company;
        QString word;
        QString business;
        do {
            word = QString::fromUtf8(kNameWords[random.bounded(int(std::size(kNameWords)))]);
            business = QString::fromUtf8(kBusinesses[random.bounded(int(std::size(kBusinesses)))]);
            company.code = (word + QLatin1Char('-') + business)
                               .toUpper()
                               .replace(QLatin1Char(' '), QLatin1Char('-'));
        } while (codes.contains(company.code));
        codes.insert(company.code);
        company.id = QUuid::createUuid();
        company.name = word + QLatin1Char(' ') + business;
        company.tier = tiers.at(i);
        company.maxUsers = maxUsersFor(company.tier, random);
        const double fill =
            i < kNearLimit ? uniform(random, 0.9, 1.0) : uniform(random, 0.45, 0.88);
        company.users =
            std::clamp(static_cast<int>(std::ceil(company.maxUsers * fill)), 1, company.maxUsers);
        const int daysAgo = createdDaysAgo(random);
        company.createdAt = now.addDays(-daysAgo).addSecs(-random.bounded(8 * 3600));
        company.userSpreadDays = std::min(daysAgo, 20); // nobody joins in the future
        // The first companies old enough to have been around for a while churn.
        if (churned < kSuspended + kDeleted && daysAgo >= 60 && i >= kNearLimit) {
            const int lifetime = 30 + random.bounded(daysAgo - 37);
            company.churnedAt = company.createdAt.addDays(lifetime);
            company.suspended = churned < kSuspended;
            company.deleted = !company.suspended;
            ++churned;
        }
        company.domain = company.code.toLower() + QStringLiteral(".example");
        company.primary = colour(random, 0x10, 0x70);
        company.secondary = colour(random, 0xd8, 0xf8);
        company.accent = colour(random, 0x80, 0xe8);
        company.loginTitle = QStringLiteral("Welcome to %1").arg(company.name);
        if (auto inserted = insertCompany(session, company); !inserted)
            return inserted;

        const QStringList enabled = models::FeatureState::enabledCodes(
            models::FeatureState::resolve(company.tier, company.overrides));
        // Licenses run two years from creation: none expires or is in grace within a year.
        const LicenseChain::Terms terms {company.createdAt, company.createdAt.addDays(730), 14};
        if (auto issued = chain.issue(session, company, enabled, terms); !issued)
            return issued;

        const QDate created = company.createdAt.date();
        const QDate churnDay = company.churnedAt.date();
        const Activity activity {company.id, company.tier, company.users, enabled,
                                 static_cast<quint32>(7000 + i)};
        QRandomGenerator usageRandom(activity.seed);
        const Rhythm rhythm = rhythmOf(usageRandom);
        const QDate last = churnDay.isValid() ? std::min(today, churnDay.addDays(-1)) : today;
        const QList<DailyUsage> rows = dailyRows(activity, rhythm, created, last, usageRandom,
                                                 enabled.contains(QStringLiteral("api_access")));
        detailRows(activity, rows, featureUses, hours);
        daily.append(rows);
    }
    if (auto stored = SandboxSeedStore::insertDailyUsage(session, daily); !stored)
        return stored;
    if (auto stored = SandboxSeedStore::insertFeatureUsage(session, featureUses); !stored)
        return stored;
    return SandboxSeedStore::insertHourProfile(session, hours);
}

models::Status seedSynthetic(SqlSession &session, int count, QDate today, const QDateTime &now)
{
    constexpr int kBatch = 2000;
    QRandomGenerator random(424242u);
    const QDate storedFrom = today.addDays(-(kSyntheticStoredDays - 1));
    QList<SandboxSeedStore::Company> companies;
    QList<DailyUsage> daily;
    for (int i = 1; i <= count; ++i) {
        const double pick = random.generateDouble();
        const Tier tier = pick < 0.5 ? Tier::Small : pick < 0.85 ? Tier::Medium : Tier::Large;
        const int maxUsers = maxUsersFor(tier, random);
        const int daysAgo = createdDaysAgo(random);
        SandboxSeedStore::Company company;
        company.id = QUuid::createUuid();
        company.code = QStringLiteral("SCALE-%1").arg(i, 6, 10, QLatin1Char('0'));
        company.name =
            QStringLiteral("%1 %2 %3")
                .arg(QString::fromUtf8(kNameWords[random.bounded(int(std::size(kNameWords)))]),
                     QString::fromUtf8(kBusinesses[random.bounded(int(std::size(kBusinesses)))]))
                .arg(i);
        company.tier = tier;
        company.maxUsers = maxUsers;
        company.contactEmail = company.code.toLower() + QStringLiteral("@scale.example");
        company.createdAt = now.addDays(-daysAgo);
        // About 2 % churn, suspended some time after their first month.
        QDate churnDay;
        if (daysAgo >= 60 && random.bounded(50) == 0) {
            company.suspended = true;
            company.updatedAt = company.createdAt.addDays(30 + random.bounded(daysAgo - 37));
            churnDay = company.updatedAt.date();
        }
        companies.append(company);

        const Activity activity {company.id,
                                 tier,
                                 std::max(1, static_cast<int>(maxUsers * 0.7)),
                                 {},
                                 static_cast<quint32>(100000 + i)};
        QRandomGenerator usageRandom(activity.seed);
        const Rhythm rhythm = rhythmOf(usageRandom);
        const QDate last = churnDay.isValid() ? std::min(today, churnDay.addDays(-1)) : today;
        for (const DailyUsage &row : dailyRows(activity, rhythm, company.createdAt.date(), last,
                                               usageRandom, tier != Tier::Small)) {
            if (row.day >= storedFrom)
                daily.append(row);
        }
        if (companies.size() >= kBatch || i == count) {
            if (auto stored = SandboxSeedStore::insertCompanies(session, companies); !stored)
                return stored;
            if (auto stored = SandboxSeedStore::insertDailyUsage(session, daily); !stored)
                return stored;
            companies.clear();
            daily.clear();
        }
    }
    return seedAudit(session, QStringLiteral("population"), QStringLiteral("synthetic"), {},
                     {{QStringLiteral("companies"), count},
                      {QStringLiteral("stored_days"), kSyntheticStoredDays}});
}

} // namespace sphair::server::sandbox
