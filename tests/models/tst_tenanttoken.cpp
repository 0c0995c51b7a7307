#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/IssuedTenantToken.h"
#include "models/domain/TenantToken.h"
#include "models/domain/TenantTokenList.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// Tenant API tokens: the metadata a company's list shows, and the one answer that carries the
// token itself.
class TestTenantToken : public QObject
{
    Q_OBJECT
private slots:
    void tokenRoundTrip()
    {
        const auto token = TenantToken::fromJson(WireSamples::tenantToken());
        QVERIFY2(token.ok(), qPrintable(token.error().message));
        QCOMPARE(token->label, QStringLiteral("Payroll export"));
        QCOMPARE(token->createdAt, QDateTime(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(token->toJson(), WireSamples::tenantToken());
        QVERIFY(roundTrips(token.value()));
    }

    void listRoundTrip()
    {
        const auto list = TenantTokenList::fromJson(WireSamples::tenantTokenList());
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        QCOMPARE(list->items.size(), 2);
        QVERIFY(!list->items.at(1).expiresAt.isValid()); // null: until revoked
        QCOMPARE(list->toJson(), WireSamples::tenantTokenList());
        QVERIFY(roundTrips(list.value()));
    }

    void issuedRoundTrip()
    {
        const auto issued = IssuedTenantToken::fromJson(WireSamples::issuedTenantToken());
        QVERIFY2(issued.ok(), qPrintable(issued.error().message));
        QVERIFY(issued->secret.startsWith("spht_"));
        QCOMPARE(issued->token.label, QStringLiteral("Payroll export"));
        QCOMPARE(issued->toJson(), WireSamples::issuedTenantToken());
        QVERIFY(roundTrips(issued.value()));
    }

    void rejected()
    {
        const auto noCreation = TenantToken::fromJson(
            patched(WireSamples::tenantToken(), QStringLiteral("created_at"), absent()));
        QVERIFY(isFieldError(noCreation.error(), QStringLiteral("created_at"),
                             QStringLiteral("missing")));
        QJsonArray items = WireSamples::tenantTokenList().value(QLatin1String("items")).toArray();
        items.replace(
            1, patched(items.at(1).toObject(), QStringLiteral("id"), QStringLiteral("not-a-uuid")));
        const auto list = TenantTokenList::fromJson({{QStringLiteral("items"), items}});
        QVERIFY(
            isFieldError(list.error(), QStringLiteral("items[1].id"), QStringLiteral("format")));
        // The message names the field, never the value: it is a secret.
        const auto notATenantToken = IssuedTenantToken::fromJson(patched(
            WireSamples::issuedTenantToken(), QStringLiteral("token"), QStringLiteral("sphs_x")));
        QVERIFY(isFieldError(notATenantToken.error(), QStringLiteral("token"),
                             QStringLiteral("format")));
        QVERIFY(!notATenantToken.error().message.contains(QLatin1String("sphs_x")));
    }
};

QTEST_GUILESS_MAIN(TestTenantToken)
#include "tst_tenanttoken.moc"
