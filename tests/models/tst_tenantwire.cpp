#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/Health.h"
#include "models/domain/Page.h"
#include "models/domain/TenantFeatures.h"
#include "models/domain/TenantReport.h"
#include "models/domain/TenantUser.h"

#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// The answers of the tenant API (/api/…) and of GET /healthz.
class TestTenantWire : public QObject
{
    Q_OBJECT
private slots:
    void userRoundTrip()
    {
        const auto user = TenantUser::fromJson(WireSamples::tenantUser());
        QVERIFY2(user.ok(), qPrintable(user.error().message));
        QCOMPARE(user->role, TenantUserRole::Admin);
        QCOMPARE(user->displayName, QStringLiteral("Dana Fischer"));
        QCOMPARE(user->toJson(), WireSamples::tenantUser());
        QVERIFY(roundTrips(user.value()));
        QCOMPARE(tenantUserRoleCodes(),
                 QStringList({QStringLiteral("member"), QStringLiteral("admin")}));
    }

    void userPageRoundTrip()
    {
        Page<TenantUser> page;
        page.items.append(TenantUser::fromJson(WireSamples::tenantUser()).value());
        page.nextCursor = QStringLiteral("eyJvIjoxfQ");
        page.total = 2;
        const auto read = Page<TenantUser>::fromJson(page.toJson());
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), page);
    }

    void featuresRoundTrip()
    {
        const auto features = TenantFeatures::fromJson(WireSamples::tenantFeatures());
        QVERIFY2(features.ok(), qPrintable(features.error().message));
        QCOMPARE(features->tier, Tier::Medium);
        QCOMPARE(features->features.size(), 3);
        // Switched on but not licensed reads as not usable.
        QVERIFY(!features->features.at(2).licensed);
        QVERIFY(!features->features.at(2).enabled);
        QCOMPARE(features->toJson(), WireSamples::tenantFeatures());
        QVERIFY(roundTrips(features.value()));
    }

    void reportRoundTrip()
    {
        const auto report = TenantReport::fromJson(WireSamples::tenantReport());
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->usersTotal, 19);
        QCOMPARE(report->usage.size(), 2);
        QCOMPARE(report->toJson(), WireSamples::tenantReport());
        QVERIFY(roundTrips(report.value()));
    }

    void healthRoundTrip()
    {
        const auto degraded = Health::fromJson(WireSamples::health());
        QVERIFY2(degraded.ok(), qPrintable(degraded.error().message));
        QVERIFY(!degraded->ok());
        QCOMPARE(degraded->maintenance, std::optional<bool>(true));
        QCOMPARE(degraded->toJson(), WireSamples::health());
        QVERIFY(roundTrips(degraded.value()));
        // What the server answers: the optional fields left out.
        const QJsonObject serving {{QStringLiteral("status"), QStringLiteral("ok")},
                                   {QStringLiteral("database"), QStringLiteral("ok")}};
        QCOMPARE(Health().toJson(), serving);
        QCOMPARE(Health::fromJson(serving).value(), Health());
    }

    void rejected()
    {
        const auto badRole = TenantUser::fromJson(
            patched(WireSamples::tenantUser(), QStringLiteral("role"), QStringLiteral("owner")));
        QVERIFY(
            isFieldError(badRole.error(), QStringLiteral("role"), QStringLiteral("unknown_value")));
        const auto noUsers = TenantReport::fromJson(
            patched(WireSamples::tenantReport(), QStringLiteral("users_total"), absent()));
        QVERIFY(isFieldError(noUsers.error(), QStringLiteral("users_total"),
                             QStringLiteral("missing")));
        const auto badDatabase = Health::fromJson(
            patched(WireSamples::health(), QStringLiteral("database"), QStringLiteral("down")));
        QVERIFY(isFieldError(badDatabase.error(), QStringLiteral("database"),
                             QStringLiteral("unknown_value")));
    }
};

QTEST_GUILESS_MAIN(TestTenantWire)
#include "tst_tenantwire.moc"
