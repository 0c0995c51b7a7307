#include "licensing/Ed25519Keys.h"
#include "licensing/Paserk.h"
#include "models/domain/WireTime.h"
#include "server/store/SqlSession.h"
#include "tests/support/PlatformFixture.h"

#include <QTest>

using namespace sphair;
using namespace sphair::tests;

// /admin/keys over HTTPS, on SQLite and PostgreSQL: registering issuer public keys (the kid is
// derived, never trusted), reading them with ETags, changing status, validity and caps with
// If-Match, and who may do it.
class TestIssuerKeysApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto staff = m_platform.signInStaff();
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
    }

    void registerDerivesTheKid()
    {
        const QString publicKey = newPublicKey();
        const QString kid = kidOf(publicKey);
        const ApiReply created =
            m_platform.admin().post(QStringLiteral("/admin/keys"), keyBody(publicKey));
        QCOMPARE(created.status, 201);
        const QJsonObject key = created.json();
        QCOMPARE(key.value(QStringLiteral("kid")).toString(), kid);
        QCOMPARE(key.value(QStringLiteral("public_key")).toString(), publicKey);
        QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(key.value(QStringLiteral("max_tier")).toString(), QStringLiteral("medium"));
        QCOMPARE(key.value(QStringLiteral("max_users_cap")).toInt(), 30);
        QCOMPARE(key.value(QStringLiteral("allowed_features")).toArray().size(), 2);
        QCOMPARE(key.value(QStringLiteral("last_seq")).toInt(), 0);
        QVERIFY(key.value(QStringLiteral("valid_until")).isNull());
        QCOMPARE(created.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(created.header("Location"), (QStringLiteral("/admin/keys/") + kid).toUtf8());

        // A kid sent along must be the derived one.
        QJsonObject withKid = keyBody(newPublicKey());
        withKid.insert(QStringLiteral("kid"), kid);
        const ApiReply mismatch = m_platform.admin().post(QStringLiteral("/admin/keys"), withKid);
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.error(), QStringLiteral("invalid_field"));
        QCOMPARE(mismatch.field(), QStringLiteral("kid"));

        // The same key twice is a conflict.
        const ApiReply again =
            m_platform.admin().post(QStringLiteral("/admin/keys"), keyBody(publicKey));
        QCOMPARE(again.status, 409);
        QCOMPARE(auditCount(QStringLiteral("issuer_key.create"), kid), 1);
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("public key not paserk")
            << QStringLiteral("public_key") << QJsonValue(QStringLiteral("ssh-ed25519 AAAA"));
        QTest::newRow("public key short")
            << QStringLiteral("public_key") << QJsonValue(QStringLiteral("k4.public.AAAA"));
        QTest::newRow("secret key")
            << QStringLiteral("public_key") << QJsonValue(QStringLiteral("k4.secret.AAAA"));
        QTest::newRow("public key number") << QStringLiteral("public_key") << QJsonValue(4);
        QTest::newRow("label empty") << QStringLiteral("label") << QJsonValue(QString());
        QTest::newRow("label too long")
            << QStringLiteral("label") << QJsonValue(QString(101, QLatin1Char('x')));
        QTest::newRow("label two lines")
            << QStringLiteral("label") << QJsonValue(QStringLiteral("a\nb"));
        QTest::newRow("valid_from bad")
            << QStringLiteral("valid_from") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("valid_until before valid_from")
            << QStringLiteral("valid_until") << QJsonValue(QStringLiteral("2000-01-01T00:00:00Z"));
        QTest::newRow("max_tier unknown")
            << QStringLiteral("max_tier") << QJsonValue(QStringLiteral("huge"));
        QTest::newRow("cap zero") << QStringLiteral("max_users_cap") << QJsonValue(0);
        QTest::newRow("cap too big") << QStringLiteral("max_users_cap") << QJsonValue(100001);
        QTest::newRow("cap text") << QStringLiteral("max_users_cap")
                                  << QJsonValue(QStringLiteral("5"));
        QTest::newRow("unknown feature") << QStringLiteral("allowed_features[0]")
                                         << QJsonValue(QJsonArray {QStringLiteral("teleport")});
        QTest::newRow("status unknown")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("sleeping"));
        QTest::newRow("unknown field")
            << QStringLiteral("colour") << QJsonValue(QStringLiteral("red"));
    }
    void invalidBodies()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = keyBody(newPublicKey());
        const QString key = field.section(QLatin1Char('['), 0, 0);
        body.insert(key, value);
        const ApiReply reply = m_platform.admin().post(QStringLiteral("/admin/keys"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        const QJsonObject fields = reply.json()
                                       .value(QStringLiteral("details"))
                                       .toObject()
                                       .value(QStringLiteral("fields"))
                                       .toObject();
        QVERIFY2(fields.contains(field), reply.body);
    }

    void malformedRequestsKeepTheServerServing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::newRow("not json") << QByteArray("{\"public_key\":")
                                  << QByteArray("application/json") << 400;
        QTest::newRow("array") << QByteArray("[]") << QByteArray("application/json") << 400;
        QTest::newRow("text") << QByteArray("key") << QByteArray("text/plain") << 415;
        QTest::newRow("duplicate keys") << QByteArray("{\"label\":\"a\",\"label\":\"b\"}")
                                        << QByteArray("application/json") << 400;
        QTest::newRow("empty object") << QByteArray("{}") << QByteArray("application/json") << 400;
    }
    void malformedRequestsKeepTheServerServing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const ApiReply reply =
            m_platform.admin().raw("POST", QStringLiteral("/admin/keys"), body, contentType);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.error().isEmpty());
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    void getWithETag()
    {
        const QString publicKey = newPublicKey();
        const QString kid = kidOf(publicKey);
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/keys"), keyBody(publicKey)).status,
                 201);
        const ApiReply read = m_platform.support().get(QStringLiteral("/admin/keys/") + kid);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("kid")).toString(), kid);
        QCOMPARE(read.header("ETag"), QByteArray("\"v1\""));
        const ApiReply same = m_platform.support().get(QStringLiteral("/admin/keys/") + kid,
                                                       {{"If-None-Match", "\"v1\""}});
        QCOMPARE(same.status, 304);

        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/keys/k4.pid.nothing")).status,
                 404);
        QCOMPARE(
            m_platform.support().get(QStringLiteral("/admin/keys/") + kidOf(newPublicKey())).status,
            404);
    }

    void updateNeedsIfMatch()
    {
        const QString publicKey = newPublicKey();
        const QString kid = kidOf(publicKey);
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/keys"), keyBody(publicKey)).status,
                 201);
        const QString path = QStringLiteral("/admin/keys/") + kid;
        QJsonObject change = keyBody(publicKey);
        change.insert(QStringLiteral("label"), QStringLiteral("Sales laptop (retired)"));
        change.insert(QStringLiteral("status"), QStringLiteral("retired"));
        change.insert(QStringLiteral("valid_until"), QStringLiteral("2099-01-01T00:00:00Z"));
        change.insert(QStringLiteral("allowed_features"), QJsonValue::Null);

        QCOMPARE(m_platform.admin().put(path, change).status, 428);
        QCOMPARE(m_platform.admin().put(path, change, {{"If-Match", "\"v7\""}}).status, 412);
        const ApiReply changed = m_platform.admin().put(path, change, {{"If-Match", "\"v1\""}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.header("ETag"), QByteArray("\"v2\""));
        const QJsonObject key = changed.json();
        QCOMPARE(key.value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
        QCOMPARE(key.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Sales laptop (retired)"));
        QCOMPARE(key.value(QStringLiteral("valid_until")).toString(),
                 QStringLiteral("2099-01-01T00:00:00Z"));
        QVERIFY(key.value(QStringLiteral("allowed_features")).isNull());
        // The same If-Match again is stale now.
        QCOMPARE(m_platform.admin().put(path, change, {{"If-Match", "\"v1\""}}).status, 412);

        // Absent optional fields keep their values.
        QJsonObject partial = keyBody(publicKey);
        partial.remove(QStringLiteral("allowed_features"));
        partial.remove(QStringLiteral("public_key"));
        const ApiReply kept = m_platform.admin().put(path, partial, {{"If-Match", "\"v2\""}});
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.json().value(QStringLiteral("status")).toString(), QStringLiteral("retired"));
        QVERIFY(kept.json().value(QStringLiteral("allowed_features")).isNull());
        QCOMPARE(kept.json().value(QStringLiteral("valid_until")).toString(),
                 QStringLiteral("2099-01-01T00:00:00Z"));

        // public_key and kid cannot change.
        QJsonObject otherKey = keyBody(newPublicKey());
        const ApiReply immutable = m_platform.admin().put(path, otherKey, {{"If-Match", "\"v3\""}});
        QCOMPARE(immutable.status, 400);
        QCOMPARE(immutable.field(), QStringLiteral("public_key"));
        QJsonObject otherKid = keyBody(publicKey);
        otherKid.insert(QStringLiteral("kid"), kidOf(newPublicKey()));
        QCOMPARE(m_platform.admin().put(path, otherKid, {{"If-Match", "\"v3\""}}).status, 400);

        // Revoked is final.
        QJsonObject revoke = keyBody(publicKey);
        revoke.insert(QStringLiteral("status"), QStringLiteral("revoked"));
        QCOMPARE(m_platform.admin().put(path, revoke, {{"If-Match", "\"v3\""}}).status, 200);
        QJsonObject reactivate = keyBody(publicKey);
        reactivate.insert(QStringLiteral("status"), QStringLiteral("active"));
        const ApiReply refused = m_platform.admin().put(path, reactivate, {{"If-Match", "\"v4\""}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.error(), QStringLiteral("key_revoked"));
        QCOMPARE(m_platform.admin().get(path).json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("revoked"));

        QCOMPARE(auditCount(QStringLiteral("issuer_key.update"), kid), 3);
        QCOMPARE(m_platform.admin()
                     .put(QStringLiteral("/admin/keys/") + kidOf(newPublicKey()), change,
                          {{"If-Match", "\"v1\""}})
                     .status,
                 404);
    }

    void onlySuperadminChangesKeys()
    {
        const QString publicKey = newPublicKey();
        const QString kid = kidOf(publicKey);
        for (ApiClient *client : {&m_platform.sales(), &m_platform.support()}) {
            const ApiReply refused =
                client->post(QStringLiteral("/admin/keys"), keyBody(publicKey));
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.error(), QStringLiteral("forbidden"));
        }
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/keys"), keyBody(publicKey)).status,
                 201);
        for (ApiClient *client : {&m_platform.sales(), &m_platform.support()}) {
            QCOMPARE(client
                         ->put(QStringLiteral("/admin/keys/") + kid, keyBody(publicKey),
                               {{"If-Match", "\"v1\""}})
                         .status,
                     403);
            QCOMPARE(client->get(QStringLiteral("/admin/keys/") + kid).status, 200);
            QCOMPARE(client->get(QStringLiteral("/admin/keys")).status, 200);
        }
        QCOMPARE(m_platform.client().get(QStringLiteral("/admin/keys")).status, 401);
    }

    void listPagesAndFilters()
    {
        for (int i = 0; i < 3; ++i) {
            QJsonObject body = keyBody(newPublicKey());
            body.insert(QStringLiteral("status"), QStringLiteral("retired"));
            QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/keys"), body).status, 201);
        }
        const ApiReply all = m_platform.support().get(QStringLiteral("/admin/keys"));
        QCOMPARE(all.status, 200);
        const qint64 total = all.json().value(QStringLiteral("total")).toInteger();
        QVERIFY(total >= 3);
        QCOMPARE(all.json().value(QStringLiteral("items")).toArray().size(), total);
        QVERIFY(all.json().value(QStringLiteral("next_cursor")).isNull());

        const ApiReply retired =
            m_platform.support().get(QStringLiteral("/admin/keys?status=retired"));
        QCOMPARE(retired.status, 200);
        const QJsonArray retiredKeys = retired.json().value(QStringLiteral("items")).toArray();
        QVERIFY(retiredKeys.size() >= 3);
        for (const QJsonValue &key : retiredKeys) {
            QCOMPARE(key.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("retired"));
        }

        // Walk the whole list two at a time.
        QSet<QString> seen;
        QString path = QStringLiteral("/admin/keys?limit=2");
        for (int pages = 0; pages < 100; ++pages) {
            const ApiReply page = m_platform.support().get(path);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &item : items)
                seen.insert(item.toObject().value(QStringLiteral("kid")).toString());
            const QJsonValue next = page.json().value(QStringLiteral("next_cursor"));
            if (next.isNull())
                break;
            path = QStringLiteral("/admin/keys?limit=2&cursor=") + next.toString();
        }
        QCOMPARE(seen.size(), total);

        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/keys?status=lost")).status, 400);
        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/keys?limit=0")).status, 400);
        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/keys?limit=501")).status, 400);
        QCOMPARE(
            m_platform.support().get(QStringLiteral("/admin/keys?cursor=%27%20OR%201=1")).status,
            400);
    }

private:
    static QString newPublicKey()
    {
        auto key = licensing::SigningKey::generate();
        return licensing::Paserk::encodePublic(key.value().publicKey());
    }

    static QString kidOf(const QString &publicKey)
    {
        return licensing::Paserk::publicId(
            licensing::Paserk::decodePublic(publicKey.toLatin1()).value());
    }

    static QJsonObject keyBody(const QString &publicKey)
    {
        const QDateTime now = models::WireTime::now();
        return {{QStringLiteral("public_key"), publicKey},
                {QStringLiteral("label"), QStringLiteral("Sales laptop")},
                {QStringLiteral("valid_from"), models::WireTime::toString(now.addDays(-1))},
                {QStringLiteral("max_tier"), QStringLiteral("medium")},
                {QStringLiteral("max_users_cap"), 30},
                {QStringLiteral("allowed_features"),
                 QJsonArray {QStringLiteral("inventory"), QStringLiteral("calendar")}}};
    }

    int auditCount(const QString &action, const QString &target)
    {
        qint64 count = -1;
        auto read = m_platform.server().database().transaction(
            server::TxScope::forOperator(server::TxScope::Access::ReadOnly),
            [&](server::SqlSession &session) {
                auto row = session.queryOne(QStringLiteral("SELECT COUNT(*) AS n FROM audit_log "
                                                           "WHERE action = $1 AND target_id = $2 "
                                                           "AND actor = 'root'"),
                                            {action, target});
                if (!row)
                    return models::Status(row.error());
                count = row->int64(u"n");
                return models::Status::success();
            });
        if (!read)
            qWarning("audit query failed: %s", qPrintable(read.error().message));
        return static_cast<int>(count);
    }

    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestIssuerKeysApi)
#include "tst_issuerkeysapi.moc"
