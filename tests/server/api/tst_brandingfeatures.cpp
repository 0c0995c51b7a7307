#include "client/CompaniesClient.h"
#include "client/PlatformClient.h"
#include "models/domain/TenantFeatures.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/PlatformFixture.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::tests;
using client::Versioned;
using models::BrandImageSlot;
using models::CompanyFeatureSet;
using models::CompanySettings;
using models::FeatureChange;
using models::FeatureChangeBatch;
using models::FeatureChangeBatchResult;
using models::FeatureState;
using models::TenantFeatures;
namespace Images = sphair::tests::TestImages;

namespace {

// Runs one call of the console's client and waits for its answer (tests::await fails the run
// if none comes).
template<typename T, typename Start>
models::Result<T> answer(Start start)
{
    return await<models::Result<T>>(
        [&start](auto done) { start(client::PlatformClient::Callback<T>(std::move(done))); });
}

// "code: message", for QVERIFY2.
QByteArray describe(const models::Error &error)
{
    return (error.code + QStringLiteral(": ") + error.message).toUtf8();
}

template<typename T>
QByteArray describe(const models::Result<T> &result)
{
    return result ? QByteArray("ok") : describe(result.error());
}

const FeatureState *stateOf(const QList<FeatureState> &states, const QString &code)
{
    for (const FeatureState &state : states) {
        if (state.code == code)
            return &state;
    }
    return nullptr;
}

bool enabled(const QList<FeatureState> &states, const QString &code)
{
    const FeatureState *state = stateOf(states, code);
    return state && state->enabled;
}

// What a tenant may use, as the console sees it: switched on and licensed.
QHash<QString, bool> usable(const QList<FeatureState> &adminStates)
{
    QHash<QString, bool> usable;
    for (const FeatureState &state : adminStates)
        usable.insert(state.code, state.enabled && state.licensed);
    return usable;
}

QHash<QString, bool> enabledByCode(const QList<FeatureState> &states)
{
    QHash<QString, bool> byCode;
    for (const FeatureState &state : states)
        byCode.insert(state.code, state.enabled);
    return byCode;
}

FeatureChangeBatch::Company entry(const QUuid &id, qint64 version,
                                  const QList<FeatureChange> &changes)
{
    FeatureChangeBatch::Company company;
    company.companyId = id;
    company.version = version;
    company.changes = changes;
    return company;
}

const QString kApiAccess = QStringLiteral("api_access");
const QString kReporting = QStringLiteral("reporting");
const QString kCalendar = QStringLiteral("calendar");
const QString kInventory = QStringLiteral("inventory");

} // namespace

// Issue 10 end to end, on SQLite and on PostgreSQL: the console's own client (PlatformClient
// over pinned TLS) uploads a logo, changes a company's colours and switches two features in
// one change set; the company's tenant token then reads exactly that through the tenant routes,
// another company's token sees none of it, and a change set that meets a concurrent change
// (another admin's, or a tier change), carries one invalid entry or comes from a role without
// the right changes nothing at all.
class TestBrandingFeatures : public QObject
{
    Q_OBJECT

    struct Tenant
    {
        QUuid id;
        std::optional<ApiClient> api; // with the company's tenant token
    };

    client::CompaniesClient companies() const
    {
        return client::CompaniesClient(m_console.client());
    }

    // Creates a small company through the console, licenses `features` for `licensedUsers`
    // users and issues a tenant token through the console, as an operator would.
    void setUp(Tenant &tenant, const QString &code, const QStringList &features,
               int licensedUsers = 5)
    {
        models::Company draft;
        draft.code = code;
        draft.name = QStringLiteral("End to end ") + code;
        draft.tier = models::Tier::Small;
        draft.maxUsers = 5;
        draft.contactEmail = QStringLiteral("ops@example.com");
        const auto created = answer<Versioned<models::Company>>(
            [&](auto done) { return companies().createCompany(draft, done); });
        QVERIFY2(created.ok(), describe(created));
        tenant.id = created->value.id;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto licensed = m_console.platform().addLicense(
            {tenant.id, licensedUsers, features, now.addDays(-1), now.addDays(365)});
        QVERIFY2(licensed.ok(), qPrintable(licensed.error().message));
        const auto issued = answer<models::IssuedTenantToken>([&](auto done) {
            return companies().issueTenantToken(tenant.id, QStringLiteral("e2e"), QDateTime(),
                                                done);
        });
        QVERIFY2(issued.ok(), describe(issued));
        QVERIFY(!issued->secret.isEmpty());
        tenant.api.emplace(m_console.platform().client(issued->secret));
    }

    models::Result<Versioned<CompanySettings>> settings(const QUuid &id) const
    {
        return answer<Versioned<CompanySettings>>(
            [&](auto done) { return companies().companySettings(id, done); });
    }

    models::Result<Versioned<CompanyFeatureSet>> features(const QUuid &id) const
    {
        return answer<Versioned<CompanyFeatureSet>>(
            [&](auto done) { return companies().companyFeatures(id, done); });
    }

    models::Result<FeatureChangeBatchResult> apply(const FeatureChangeBatch &batch) const
    {
        return answer<FeatureChangeBatchResult>(
            [&](auto done) { return companies().applyFeatureChanges(batch, done); });
    }

    // What a tenant route answers to the tenant's token, read with the wire type's codec.
    template<typename T>
    static models::Result<T> tenantRead(const Tenant &tenant, const QString &path)
    {
        const ApiReply reply = tenant.api->get(path);
        if (reply.status != 200)
            return models::Error {
                QStringLiteral("http_%1").arg(reply.status), QString::fromUtf8(reply.body), {}};
        return T::fromJson(reply.json());
    }
    static models::Result<CompanySettings> tenantSettings(const Tenant &tenant)
    {
        return tenantRead<CompanySettings>(tenant, QStringLiteral("/api/company/settings"));
    }
    static models::Result<TenantFeatures> tenantFeatures(const Tenant &tenant)
    {
        return tenantRead<TenantFeatures>(tenant, QStringLiteral("/api/company/features"));
    }

    // The features of A and B as the console and each company's tenant token see them.
    struct Seen
    {
        Versioned<CompanyFeatureSet> adminA;
        Versioned<CompanyFeatureSet> adminB;
        TenantFeatures tenantA;
        TenantFeatures tenantB;
    };
    // Fills `seen`; fails the test when a read fails.
    void look(Seen &seen)
    {
        for (const auto &[tenant, admin, own] : {std::tuple {&m_a, &seen.adminA, &seen.tenantA},
                                                 std::tuple {&m_b, &seen.adminB, &seen.tenantB}}) {
            auto read = features(tenant->id);
            QVERIFY2(read.ok(), describe(read));
            *admin = std::move(read).value();
            auto tenantRead = tenantFeatures(*tenant);
            QVERIFY2(tenantRead.ok(), describe(tenantRead));
            *own = std::move(tenantRead).value();
        }
    }
    // A and B exactly as `before`, through both the admin and the tenant routes.
    void expectUnchanged(const Seen &before)
    {
        Seen now;
        look(now);
        if (QTest::currentTestFailed())
            return;
        for (const auto &[admin, adminNow] :
             {std::pair {&before.adminA, &now.adminA}, std::pair {&before.adminB, &now.adminB}}) {
            QCOMPARE(adminNow->value.version, admin->value.version);
            QCOMPARE(adminNow->etag, admin->etag);
            QCOMPARE(adminNow->value.features, admin->value.features);
        }
        QCOMPARE(now.tenantA, before.tenantA);
        QCOMPARE(now.tenantB, before.tenantB);
    }

private slots:
    void initTestCase()
    {
        auto started = m_console.start(PlatformFixture::backendFromEnvironment());
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        const QStringList licensed {kInventory, kCalendar, kReporting, kApiAccess,
                                    QStringLiteral("white_label")};
        setUp(m_a, QStringLiteral("E2E-A"), licensed);
        setUp(m_b, QStringLiteral("E2E-B"), licensed);
        auto staff = m_console.platform().signInStaff();
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
    }

    // Logo, colours and two features of A through the console; A's tenant reads them back,
    // B's tenant reads only its own.
    void brandingAndFeaturesReachTheTenant()
    {
        const auto beforeSettingsA = settings(m_a.id);
        QVERIFY2(beforeSettingsA.ok(), describe(beforeSettingsA));
        QVERIFY(beforeSettingsA->value.logoUrl.isEmpty());
        const auto beforeA = features(m_a.id);
        QVERIFY2(beforeA.ok(), describe(beforeA));
        // The change set turns one feature on and one off, both licensed.
        QVERIFY(!enabled(beforeA->value.features, kApiAccess));
        QVERIFY(enabled(beforeA->value.features, kReporting));
        QVERIFY(stateOf(beforeA->value.features, kApiAccess)->licensed);
        QVERIFY(stateOf(beforeA->value.features, kReporting)->licensed);
        const auto tenantBeforeA = tenantFeatures(m_a);
        QVERIFY2(tenantBeforeA.ok(), describe(tenantBeforeA));
        const ApiReply settingsBeforeB = m_b.api->get(QStringLiteral("/api/company/settings"));
        const ApiReply featuresBeforeB = m_b.api->get(QStringLiteral("/api/company/features"));
        QCOMPARE(settingsBeforeB.status, 200);
        QCOMPARE(featuresBeforeB.status, 200);
        const auto adminBeforeB = features(m_b.id);
        QVERIFY2(adminBeforeB.ok(), describe(adminBeforeB));

        // The logo, with the settings' ETag.
        const QByteArray logo = Images::png(96, 48);
        const auto uploaded = answer<Versioned<CompanySettings>>([&](auto done) {
            return companies().uploadBrandImage(m_a.id, BrandImageSlot::Logo, logo, "image/png",
                                                beforeSettingsA->etag, done);
        });
        QVERIFY2(uploaded.ok(), describe(uploaded));
        const QString logoUrl = uploaded->value.logoUrl;
        QVERIFY(logoUrl.startsWith(QStringLiteral("/public/branding/")));
        QVERIFY(uploaded->etag != beforeSettingsA->etag);

        // The colours, with the ETag the upload answered.
        CompanySettings edited = uploaded->value;
        edited.primaryColor = QStringLiteral("#1b5e20");
        edited.accentColor = QStringLiteral("#6a1b9a");
        QVERIFY(edited.primaryColor != beforeSettingsA->value.primaryColor);
        QVERIFY(edited.accentColor != beforeSettingsA->value.accentColor);
        const auto saved = answer<Versioned<CompanySettings>>([&](auto done) {
            return companies().updateCompanySettings(m_a.id, edited, uploaded->etag, done);
        });
        QVERIFY2(saved.ok(), describe(saved));
        QCOMPARE(saved->value.primaryColor, edited.primaryColor);
        QCOMPARE(saved->value.accentColor, edited.accentColor);
        QCOMPARE(saved->value.logoUrl, logoUrl);

        // Two features in one change set.
        FeatureChangeBatch batch;
        batch.companies.append(
            entry(m_a.id, beforeA->value.version,
                  {FeatureChange {kApiAccess, true}, FeatureChange {kReporting, false}}));
        const auto applied = apply(batch);
        QVERIFY2(applied.ok(), describe(applied));
        QVERIFY(applied->applied);
        QCOMPARE(applied->companies.size(), 1);
        QCOMPARE(applied->companies.at(0).version, beforeA->value.version + 1);
        QCOMPARE(applied->companies.at(0).diff.added, QStringList {kApiAccess});
        QCOMPARE(applied->companies.at(0).diff.removed, QStringList {kReporting});
        const auto afterA = features(m_a.id);
        QVERIFY2(afterA.ok(), describe(afterA));
        QCOMPARE(afterA->value.version, beforeA->value.version + 1);

        // A's tenant: the new colours and the logo's URL...
        const auto ownSettings = tenantSettings(m_a);
        QVERIFY2(ownSettings.ok(), describe(ownSettings));
        QCOMPARE(ownSettings->primaryColor, edited.primaryColor);
        QCOMPARE(ownSettings->accentColor, edited.accentColor);
        QCOMPARE(ownSettings->secondaryColor, beforeSettingsA->value.secondaryColor);
        QCOMPARE(ownSettings->logoUrl, logoUrl);
        QCOMPARE(ownSettings->version, saved->value.version);
        // ...whose public copy is the very file uploaded...
        const ApiReply served = m_console.platform().client().get(ownSettings->logoUrl);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, logo);
        QCOMPARE(served.header("Content-Type"), QByteArray("image/png"));
        // ...and exactly the new feature states: the two switched, the rest as before.
        const auto ownFeatures = tenantFeatures(m_a);
        QVERIFY2(ownFeatures.ok(), describe(ownFeatures));
        QCOMPARE(enabledByCode(ownFeatures->features), usable(afterA->value.features));
        QHash<QString, bool> expected = enabledByCode(tenantBeforeA->features);
        expected.insert(kApiAccess, true);
        expected.insert(kReporting, false);
        QCOMPARE(enabledByCode(ownFeatures->features), expected);

        // B's tenant: its own branding and features, byte for byte as before, none of A's.
        const ApiReply settingsB = m_b.api->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(settingsB.status, 200);
        QCOMPARE(settingsB.body, settingsBeforeB.body);
        const auto otherSettings = CompanySettings::fromJson(settingsB.json());
        QVERIFY2(otherSettings.ok(), describe(otherSettings));
        QVERIFY(otherSettings->logoUrl.isEmpty());
        QVERIFY(otherSettings->primaryColor != edited.primaryColor);
        QVERIFY(otherSettings->accentColor != edited.accentColor);
        QVERIFY(!settingsB.body.contains(logoUrl.toUtf8()));
        QVERIFY(!settingsB.body.contains(m_a.id.toString(QUuid::WithoutBraces).toUtf8()));
        const ApiReply featuresB = m_b.api->get(QStringLiteral("/api/company/features"));
        QCOMPARE(featuresB.status, 200);
        QCOMPARE(featuresB.body, featuresBeforeB.body);
        const auto adminAfterB = features(m_b.id);
        QVERIFY2(adminAfterB.ok(), describe(adminAfterB));
        QCOMPARE(adminAfterB->value.version, adminBeforeB->value.version);
        QCOMPARE(adminAfterB->value.features, adminBeforeB->value.features);
        // B's settings as the console sees them agree with B's tenant.
        const auto adminSettingsB = settings(m_b.id);
        QVERIFY2(adminSettingsB.ok(), describe(adminSettingsB));
        QCOMPARE(adminSettingsB->value, otherSettings.value());
    }

    // The console read A and B, then someone else changed A's features: the set covering both
    // is refused with A named, and neither company changes.
    void aConcurrentChangeFailsTheWholeSet()
    {
        const auto adminA = features(m_a.id);
        const auto adminB = features(m_b.id);
        QVERIFY2(adminA.ok() && adminB.ok(), describe(adminA) + ' ' + describe(adminB));

        // Another administrator (root, over the plain HTTPS client) switches A's calendar off.
        QVERIFY(enabled(adminA->value.features, kCalendar));
        ApiClient &root = m_console.platform().admin();
        const QString pathA = QStringLiteral("/admin/companies/%1/features")
                                  .arg(m_a.id.toString(QUuid::WithoutBraces));
        const ApiReply other =
            root.put(pathA,
                     {{QStringLiteral("changes"),
                       QJsonArray {QJsonObject {{QStringLiteral("code"), kCalendar},
                                                {QStringLiteral("enabled"), false}}}}},
                     {{"If-Match", adminA->etag}});
        QCOMPARE(other.status, 200);
        const auto changedA = features(m_a.id);
        QVERIFY2(changedA.ok(), describe(changedA));
        QCOMPARE(changedA->value.version, adminA->value.version + 1);
        QVERIFY(!enabled(changedA->value.features, kCalendar));
        Seen changed;
        look(changed);
        QCOMPARE(changed.adminB.etag, adminB->etag);
        QCOMPARE(enabledByCode(changed.tenantA.features), usable(changedA->value.features));

        // The console's set, made from what it read before.
        FeatureChangeBatch batch;
        batch.companies.append(
            entry(m_a.id, adminA->value.version,
                  {FeatureChange {kInventory, false}, FeatureChange {kCalendar, true}}));
        batch.companies.append(
            entry(m_b.id, adminB->value.version, {FeatureChange {kApiAccess, true}}));
        const auto refused = apply(batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("precondition_failed"));
        QCOMPARE(FeatureChangeBatch::staleCompanyIds(refused.error()), QList<QUuid> {m_a.id});
        expectUnchanged(changed);
        if (QTest::currentTestFailed())
            return;

        // The same set with A's version reloaded goes through (so it was only the version).
        batch.companies[0].version = changedA->value.version;
        const auto retried = apply(batch);
        QVERIFY2(retried.ok(), describe(retried));
        const auto finalA = features(m_a.id);
        const auto finalB = features(m_b.id);
        QVERIFY2(finalA.ok() && finalB.ok(), describe(finalA) + ' ' + describe(finalB));
        QVERIFY(!enabled(finalA->value.features, kInventory));
        QVERIFY(enabled(finalA->value.features, kCalendar));
        QVERIFY(enabled(finalB->value.features, kApiAccess));
        const auto tenantFinalB = tenantFeatures(m_b);
        QVERIFY2(tenantFinalB.ok(), describe(tenantFinalB));
        QCOMPARE(enabledByCode(tenantFinalB->features), usable(finalB->value.features));
    }

    // One entry naming a feature that does not exist: the valid entry of the other company is
    // not applied either.
    void anInvalidEntryChangesNoCompany()
    {
        Seen before;
        look(before);
        if (QTest::currentTestFailed())
            return;
        const bool reporting = enabled(before.adminB.value.features, kReporting);

        FeatureChangeBatch batch;
        batch.companies.append(
            entry(m_b.id, before.adminB.value.version, {FeatureChange {kReporting, !reporting}}));
        batch.companies.append(entry(m_a.id, before.adminA.value.version,
                                     {FeatureChange {kReporting, true},
                                      FeatureChange {QStringLiteral("teleportation"), true}}));
        const auto refused = apply(batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("invalid_field"));
        QCOMPARE(refused.error().details.value(QStringLiteral("field")).toString(),
                 QStringLiteral("companies[1].changes[1].code"));
        expectUnchanged(before);
    }

    // Staff whose role may not make these changes are refused, and nothing changes.
    void rolesWithoutTheRightChangeNothing()
    {
        Seen before;
        look(before);
        if (QTest::currentTestFailed())
            return;
        const auto settingsA = settings(m_a.id);
        QVERIFY2(settingsA.ok(), describe(settingsA));

        FeatureChangeBatch batch;
        batch.companies.append(
            entry(m_a.id, before.adminA.value.version, {FeatureChange {kReporting, true}}));
        batch.companies.append(
            entry(m_b.id, before.adminB.value.version, {FeatureChange {kReporting, false}}));
        PlatformFixture &platform = m_console.platform();
        const ApiReply bySales =
            platform.sales().post(QStringLiteral("/admin/features/change-sets"), batch.toJson());
        QCOMPARE(bySales.status, 403);
        QCOMPARE(bySales.error(), QStringLiteral("forbidden"));
        const ApiReply bySupport = platform.support().raw(
            "PUT", models::BrandImage::adminPath(m_a.id, BrandImageSlot::Logo), Images::png(32, 32),
            "image/png", {{"If-Match", settingsA->etag}});
        QCOMPARE(bySupport.status, 403);

        expectUnchanged(before);
        const auto settingsAfter = settings(m_a.id);
        QVERIFY2(settingsAfter.ok(), describe(settingsAfter));
        QCOMPARE(settingsAfter->etag, settingsA->etag);
        QCOMPARE(settingsAfter->value, settingsA->value);
    }

    // A tier change is a concurrent change of the company's features too: the tier template
    // decides every feature without an override, so the features (and what the tenant may
    // use) change, and a change set made from the features read before must be refused.
    void aTierChangeMakesEarlierFeaturesStale()
    {
        Tenant c;
        setUp(c, QStringLiteral("E2E-C"),
              {kInventory, kCalendar, kReporting, kApiAccess, QStringLiteral("offline_mode")}, 20);
        if (QTest::currentTestFailed())
            return;
        const auto before = features(c.id);
        QVERIFY2(before.ok(), describe(before));
        QVERIFY(!enabled(before->value.features, kApiAccess));

        // The company's dialog moves C from small to medium, whose template has api_access.
        const auto company = answer<Versioned<models::Company>>(
            [&](auto done) { return companies().company(c.id, done); });
        QVERIFY2(company.ok(), describe(company));
        models::Company medium = company->value;
        medium.tier = models::Tier::Medium;
        medium.maxUsers = 20;
        const auto moved = answer<Versioned<models::Company>>(
            [&](auto done) { return companies().updateCompany(medium, company->etag, done); });
        QVERIFY2(moved.ok(), describe(moved));
        QCOMPARE(moved->value.tier, models::Tier::Medium);
        const auto after = features(c.id);
        QVERIFY2(after.ok(), describe(after));
        QCOMPARE(after->value.tier, models::Tier::Medium);
        QVERIFY(enabled(after->value.features, kApiAccess));
        QVERIFY(after->value.features != before->value.features);
        const auto tenantAfter = tenantFeatures(c);
        QVERIFY2(tenantAfter.ok(), describe(tenantAfter));
        QVERIFY(enabledByCode(tenantAfter->features).value(kApiAccess));

        // Other features, other version: the ETag the console holds no longer matches.
        QVERIFY2(after->value.version != before->value.version,
                 "the features of a company changed with its tier, but their version (and ETag) "
                 "did not: CompanyStore::update does not bump companies.features_version");
        QVERIFY(after->etag != before->etag);

        // The console, still on the small template, turns off what it saw as off already.
        FeatureChangeBatch batch;
        batch.companies.append(
            entry(c.id, before->value.version, {FeatureChange {kApiAccess, false}}));
        const auto refused = apply(batch);
        QVERIFY2(!refused.ok(), "a change set made before the tier change was applied");
        QCOMPARE(refused.error().code, QStringLiteral("precondition_failed"));
        QCOMPARE(FeatureChangeBatch::staleCompanyIds(refused.error()), QList<QUuid> {c.id});
        const auto unchanged = features(c.id);
        QVERIFY2(unchanged.ok(), describe(unchanged));
        QCOMPARE(unchanged->value.features, after->value.features);
    }

private:
    ConsoleFixture m_console;
    Tenant m_a;
    Tenant m_b;
};

QTEST_GUILESS_MAIN(TestBrandingFeatures)
#include "tst_brandingfeatures.moc"
