#include "tests/support/PlatformFixture.h"

#include "server/store/DatabaseIdempotencyStore.h"

#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::tests;

// Stored idempotent answers, on SQLite and PostgreSQL: an answer holding a credential is never
// stored (a retry learns that the request was carried out and what it made), and the stored
// keys expire and are bounded per caller.
class TestIdempotencyApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void issuedTokensAreNeverStored()
    {
        const auto company = m_platform.createCompany(QStringLiteral("IDEM-01"));
        QVERIFY2(company.ok(), qPrintable(company.error().message));
        const QString path = QStringLiteral("/admin/companies/%1/tokens")
                                 .arg(company->toString(QUuid::WithoutBraces));
        const ApiClient::Headers key {
            {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
        const QJsonObject body {{QStringLiteral("label"), QStringLiteral("Reports")}};

        const ApiReply issued = m_platform.admin().post(path, body, key);
        QCOMPARE(issued.status, 201);
        const QByteArray secret =
            issued.json().value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY(secret.startsWith("spht_"));

        const ApiReply retried = m_platform.admin().post(path, body, key);
        QCOMPARE(retried.status, 409);
        QCOMPARE(retried.error(), QStringLiteral("idempotent_answer_withheld"));
        QCOMPARE(retried.header("Idempotent-Replayed"), QByteArray("true"));
        const QJsonObject details = retried.json().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("id")), issued.json().value(QStringLiteral("id")));
        QCOMPARE(details.value(QStringLiteral("status")).toInt(), 201);
        QVERIFY(!retried.body.contains(secret));

        // Still one token: the retry made none.
        const ApiReply listed = m_platform.admin().get(path);
        QCOMPARE(listed.json().value(QStringLiteral("items")).toArray().size(), 1);

        auto stored = m_platform.rows(QStringLiteral("SELECT response_body FROM idempotency_keys"));
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(!stored->isEmpty());
        for (const server::SqlRow &row : stored.value()) {
            const QString response = row.text(u"response_body");
            QVERIFY2(!response.contains(QLatin1String("spht_"))
                         && !response.contains(QLatin1String(secret.toBase64())),
                     qPrintable(response));
        }
    }

    // Expired keys go, every one of them and not only the key asked again; an actor holding
    // its most keys has its oldest answered one forgotten to make room.
    void storedKeysExpireAndAreBounded()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        server::DatabaseIdempotencyStore store(&m_platform.server().database(),
                                               {std::chrono::hours(24), 3}, [&now] { return now; });
        const auto scope = [](const QString &actor, const QString &key) {
            return server::IdempotencyStore::Scope {key, actor, "POST", QStringLiteral("/x")};
        };
        const auto use = [&](const QString &actor, const QString &key) {
            auto lookup = store.lookup(scope(actor, key), "hash");
            if (!lookup || lookup->outcome != server::IdempotencyStore::Outcome::Proceed)
                return false;
            return store.save(scope(actor, key), "hash", 201, "answer of " + key.toUtf8()).ok();
        };
        const auto keysOf = [this](const QString &actor) {
            auto rows = m_platform.rows(
                QStringLiteral("SELECT key FROM idempotency_keys WHERE actor = $1 ORDER BY key"),
                {actor});
            QStringList keys;
            for (const server::SqlRow &row : rows.value())
                keys << row.text(u"key");
            return keys;
        };

        QVERIFY(use(QStringLiteral("test:old"), QStringLiteral("k0")));
        now = now.addSecs(60);
        for (const char *key : {"k1", "k2", "k3"}) {
            QVERIFY(use(QStringLiteral("test:busy"), QString::fromLatin1(key)));
            now = now.addSecs(1);
        }
        QCOMPARE(keysOf(QStringLiteral("test:busy")),
                 (QStringList {QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
        QVERIFY(use(QStringLiteral("test:busy"), QStringLiteral("k4")));
        QCOMPARE(keysOf(QStringLiteral("test:busy")),
                 (QStringList {QStringLiteral("k2"), QStringLiteral("k3"), QStringLiteral("k4")}));
        // A replay makes no room: it is not a new key.
        auto replay =
            store.lookup(scope(QStringLiteral("test:busy"), QStringLiteral("k2")), "hash");
        QVERIFY(replay.ok());
        QCOMPARE(replay->outcome, server::IdempotencyStore::Outcome::Replay);
        QCOMPARE(replay->response, QByteArray("answer of k2"));
        QCOMPARE(keysOf(QStringLiteral("test:busy")).size(), 3);

        // A day after k0: another actor's request sweeps k0 away.
        now = now.addSecs(24 * 3600 - 60);
        QVERIFY(use(QStringLiteral("test:other"), QStringLiteral("k5")));
        QVERIFY(keysOf(QStringLiteral("test:old")).isEmpty());
        QCOMPARE(keysOf(QStringLiteral("test:busy")).size(), 3);
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestIdempotencyApi)
#include "tst_idempotencyapi.moc"
