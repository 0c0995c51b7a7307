#include "licensing/Ed25519Keys.h"
#include "licensing/LicenseClaims.h"
#include "licensing/LicenseSigner.h"
#include "licensing/Paserk.h"
#include "models/domain/WireTime.h"
#include "server/store/SqlSession.h"
#include "tests/support/PlatformFixture.h"

#include <QTest>

#include <memory>

using namespace sphair;
using namespace sphair::tests;

namespace {

// An issuer key as a sales laptop holds it, with its own seq/prev chain.
struct Issuer
{
    licensing::SigningKey key;
    QString kid;
    QString publicKey;
    quint64 seq = 0;
    QByteArray lastHash;
};

// A company the licenses are registered for.
struct TestCompany
{
    QUuid id;
    QString code;
    models::Tier tier = models::Tier::Small;
    int maxUsers = 5;
};

QString text(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QDateTime now()
{
    return models::WireTime::now();
}

} // namespace

// /admin/licenses over HTTPS, on SQLite and PostgreSQL, with real tokens signed in the test:
// verification against registered keys and their caps, agreement with the company, renewal,
// idempotent re-registration, the seq/prev chain checks, expiring licenses, revocation, roles
// and the audit log.
class TestLicensesApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto staff = m_platform.signInStaff();
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
        m_issuer = newIssuer();
        QVERIFY(m_issuer);
        QCOMPARE(registerKey(*m_issuer).status, 201);
    }

    void registerVerifiedToken()
    {
        const TestCompany company = createCompany(models::Tier::Medium, 15);
        QVERIFY(!company.id.isNull());
        licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        claims.features = {QStringLiteral("calendar"), QStringLiteral("inventory")};
        const QByteArray token = sign(*m_issuer, claims);
        const ApiReply reply = registerToken(token);
        QCOMPARE(reply.status, 201);
        const QJsonObject answer = reply.json();
        const QJsonObject license = answer.value(QStringLiteral("license")).toObject();
        QCOMPARE(license.value(QStringLiteral("id")).toString(), text(claims.licenseId));
        QCOMPARE(license.value(QStringLiteral("company_id")).toString(), text(company.id));
        QCOMPARE(license.value(QStringLiteral("company_code")).toString(), company.code);
        QCOMPARE(license.value(QStringLiteral("kid")).toString(), m_issuer->kid);
        QCOMPARE(license.value(QStringLiteral("tier")).toString(), QStringLiteral("medium"));
        QCOMPARE(license.value(QStringLiteral("max_users")).toInt(), 15);
        QCOMPARE(license.value(QStringLiteral("features")).toArray().size(), 2);
        QCOMPARE(license.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(license.value(QStringLiteral("seq")).toInteger(), qint64(claims.seq));
        QCOMPARE(license.value(QStringLiteral("token")).toString(), QString::fromLatin1(token));
        QCOMPARE(license.value(QStringLiteral("expires_at")).toString(),
                 models::WireTime::toString(claims.expiresAt));
        QVERIFY(answer.value(QStringLiteral("superseded_id")).isNull());
        QCOMPARE(answer.value(QStringLiteral("chain_warnings")).toArray().size(), 0);
        QCOMPARE(chainStatus(reply), QStringLiteral("ok"));
        QCOMPARE(reply.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(reply.header("Location"),
                 (QStringLiteral("/admin/licenses/") + text(claims.licenseId)).toUtf8());

        // Read back, with its token, and an ETag.
        const ApiReply read =
            m_platform.support().get(QStringLiteral("/admin/licenses/") + text(claims.licenseId));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("token")).toString(), QString::fromLatin1(token));
        QCOMPARE(read.header("ETag"), QByteArray("\"v1\""));
        QCOMPARE(m_platform.support()
                     .get(QStringLiteral("/admin/licenses/") + text(claims.licenseId),
                          {{"If-None-Match", "\"v1\""}})
                     .status,
                 304);
        QCOMPARE(m_platform.support()
                     .get(QStringLiteral("/admin/licenses/") + text(QUuid::createUuid()))
                     .status,
                 404);
        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/licenses/not-a-uuid")).status,
                 404);

        QCOMPARE(auditCount(QStringLiteral("license.register"), text(claims.licenseId)), 1);
        // The key's chain head moved.
        const ApiReply key =
            m_platform.support().get(QStringLiteral("/admin/keys/") + m_issuer->kid);
        QCOMPARE(key.json().value(QStringLiteral("last_seq")).toInteger(), qint64(claims.seq));
    }

    void tamperedTokenIsRefused()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        QByteArray token = sign(*m_issuer, claimsFor(*m_issuer, company));
        // One payload character changed (still valid base64url): the signature fails.
        const qsizetype at = QByteArrayView("v4.public.").size() + 20;
        token[at] = token[at] == 'A' ? 'B' : 'A';
        const ApiReply reply = registerToken(token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("bad_signature"));

        // Signed by a key that is not registered.
        std::unique_ptr<Issuer> stranger = newIssuer();
        const ApiReply unknown = registerToken(sign(*stranger, claimsFor(*stranger, company)));
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.error(), QStringLiteral("unknown_key"));
        QCOMPARE(unknown.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("kid"))
                     .toString(),
                 stranger->kid);

        // Signed by a registered key that claims another key's id in its footer.
        licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        auto forged = licensing::LicenseSigner::signWithKey(stranger->key, stranger->kid, claims,
                                                            now(), models::TierPolicy::defaults());
        QVERIFY(forged.ok());
        QByteArray swapped = forged->token;
        swapped.replace(
            licensing::LicenseSigner::footerFor(stranger->kid)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            licensing::LicenseSigner::footerFor(m_issuer->kid)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QVERIFY(swapped != forged->token);
        const ApiReply impostor = registerToken(swapped);
        QCOMPARE(impostor.status, 422);
        QCOMPARE(impostor.error(), QStringLiteral("bad_signature"));
        QCOMPARE(countLicenses(company.id), 0);
    }

    void retiredAndRevokedKeysAreRefused_data()
    {
        QTest::addColumn<QString>("status");
        QTest::newRow("retired") << QStringLiteral("retired");
        QTest::newRow("revoked") << QStringLiteral("revoked");
    }
    void retiredAndRevokedKeysAreRefused()
    {
        QFETCH(QString, status);
        std::unique_ptr<Issuer> issuer = newIssuer();
        QCOMPARE(registerKey(*issuer).status, 201);
        const TestCompany company = createCompany(models::Tier::Small, 5);
        const QByteArray token = sign(*issuer, claimsFor(*issuer, company));
        QJsonObject change = keyBody(*issuer);
        change.insert(QStringLiteral("status"), status);
        QCOMPARE(
            m_platform.admin()
                .put(QStringLiteral("/admin/keys/") + issuer->kid, change, {{"If-Match", "\"v1\""}})
                .status,
            200);
        const ApiReply reply = registerToken(token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("key_not_active"));
        QCOMPARE(countLicenses(company.id), 0);
    }

    void issuedOutsideTheKeyWindowIsRefused_data()
    {
        QTest::addColumn<int>("fromDays");
        QTest::addColumn<int>("untilDays"); // 0: open-ended
        QTest::addColumn<int>("iatDays");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("key starts tomorrow") << 1 << 0 << 0 << false;
        QTest::newRow("key ended yesterday") << -30 << -1 << 0 << false;
        QTest::newRow("signed before the key started") << -5 << 0 << -6 << false;
        // A back-dated iat does not stretch a key that has ended.
        QTest::newRow("signed while the key was valid, received after") << -30 << -1 << -2 << false;
        QTest::newRow("signed and received while the key is valid") << -30 << 2 << -2 << true;
    }
    void issuedOutsideTheKeyWindowIsRefused()
    {
        QFETCH(int, fromDays);
        QFETCH(int, untilDays);
        QFETCH(int, iatDays);
        QFETCH(bool, accepted);
        std::unique_ptr<Issuer> issuer = newIssuer();
        QJsonObject body = keyBody(*issuer);
        body.insert(QStringLiteral("valid_from"),
                    models::WireTime::toString(now().addDays(fromDays)));
        if (untilDays != 0) {
            body.insert(QStringLiteral("valid_until"),
                        models::WireTime::toString(now().addDays(untilDays)));
        }
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/keys"), body).status, 201);
        const TestCompany company = createCompany(models::Tier::Small, 5);
        licensing::LicenseClaims claims = claimsFor(*issuer, company);
        claims.issuedAt = now().addDays(iatDays);
        claims.notBefore = claims.issuedAt;
        const ApiReply reply = registerToken(sign(*issuer, claims));
        if (accepted) {
            QCOMPARE(reply.status, 201);
        } else {
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.error(), QStringLiteral("key_not_valid_at"));
        }
    }

    void claimsBeyondTheKeyCapsAreRefused_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("users");
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QString>("field");
        QTest::newRow("tier") << int(models::Tier::Large) << 40 << QStringList()
                              << QStringLiteral("tier");
        QTest::newRow("users") << int(models::Tier::Medium) << 25 << QStringList()
                               << QStringLiteral("max_users");
        QTest::newRow("feature") << int(models::Tier::Small) << 5
                                 << QStringList {QStringLiteral("inventory"),
                                                 QStringLiteral("reporting")}
                                 << QStringLiteral("features");
        QTest::newRow("within the caps") << int(models::Tier::Medium) << 20
                                         << QStringList {QStringLiteral("calendar")} << QString();
    }
    void claimsBeyondTheKeyCapsAreRefused()
    {
        QFETCH(int, tier);
        QFETCH(int, users);
        QFETCH(QStringList, features);
        QFETCH(QString, field);
        std::unique_ptr<Issuer> issuer = newIssuer();
        QJsonObject body = keyBody(*issuer);
        body.insert(QStringLiteral("max_tier"), QStringLiteral("medium"));
        body.insert(QStringLiteral("max_users_cap"), 20);
        body.insert(QStringLiteral("allowed_features"),
                    QJsonArray {QStringLiteral("calendar"), QStringLiteral("inventory")});
        QCOMPARE(m_platform.admin().post(QStringLiteral("/admin/keys"), body).status, 201);
        const TestCompany company = createCompany(models::Tier(tier), users);
        licensing::LicenseClaims claims = claimsFor(*issuer, company);
        claims.features = features;
        const ApiReply reply = registerToken(sign(*issuer, claims));
        if (field.isEmpty()) {
            QCOMPARE(reply.status, 201);
            return;
        }
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("key_cap_exceeded"));
        QCOMPARE(detail(reply, "field").toString(), field);
    }

    void claimsMustMatchTheCompany_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("company missing") << QStringLiteral("sub") << QStringLiteral("sub");
        QTest::newRow("company deleted") << QStringLiteral("deleted") << QStringLiteral("sub");
        QTest::newRow("company code")
            << QStringLiteral("company_code") << QStringLiteral("company_code");
        QTest::newRow("tier") << QStringLiteral("tier") << QStringLiteral("tier");
        QTest::newRow("max users") << QStringLiteral("max_users") << QStringLiteral("max_users");
    }
    void claimsMustMatchTheCompany()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        // Medium with 10 users: 10 is also a small count, so the tier alone can differ.
        const TestCompany company =
            createCompany(models::Tier::Medium, 10,
                          change == QLatin1String("deleted") ? QStringLiteral("deleted")
                                                             : QStringLiteral("active"));
        QVERIFY(!company.id.isNull());
        licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        if (change == QLatin1String("sub"))
            claims.companyId = QUuid::createUuid();
        else if (change == QLatin1String("company_code"))
            claims.companyCode = QStringLiteral("OTHER-CO");
        else if (change == QLatin1String("tier"))
            claims.tier = models::Tier::Small;
        else if (change == QLatin1String("max_users"))
            claims.maxUsers = 12;
        const ApiReply reply = registerToken(sign(*m_issuer, claims));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("license_company_mismatch"));
        QCOMPARE(detail(reply, "field").toString(), field);
        if (field != QLatin1String("sub")) {
            const QJsonObject fields = detail(reply, "fields").toObject();
            QCOMPARE(fields.size(), 1);
            QVERIFY(fields.contains(field));
        }
        QCOMPARE(countLicenses(company.id), 0);
    }

    void supersedesRenews()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        licensing::LicenseClaims first = claimsFor(*m_issuer, company);
        first.issuedAt = now().addDays(-10);
        first.notBefore = first.issuedAt;
        QCOMPARE(registerToken(sign(*m_issuer, first)).status, 201);

        // Older than the current license: refused.
        licensing::LicenseClaims older = claimsFor(*m_issuer, company);
        older.issuedAt = now().addDays(-20);
        older.notBefore = older.issuedAt;
        const ApiReply outdated = registerToken(sign(*m_issuer, older));
        QCOMPARE(outdated.status, 409);
        QCOMPARE(outdated.error(), QStringLiteral("license_outdated"));
        QCOMPARE(detail(outdated, "active_license_id").toString(), text(first.licenseId));

        // Newer, without supersedes: the current one must be named.
        const ApiReply unnamed = registerToken(sign(*m_issuer, claimsFor(*m_issuer, company)));
        QCOMPARE(unnamed.status, 409);
        QCOMPARE(unnamed.error(), QStringLiteral("active_license_exists"));

        // Superseding a license that does not exist (or is another company's).
        licensing::LicenseClaims stray = claimsFor(*m_issuer, company);
        stray.supersedes = QUuid::createUuid();
        const ApiReply unknownOld = registerToken(sign(*m_issuer, stray));
        QCOMPARE(unknownOld.status, 422);
        QCOMPARE(unknownOld.error(), QStringLiteral("supersedes_unknown"));

        // The renewal.
        licensing::LicenseClaims renewal = claimsFor(*m_issuer, company);
        renewal.supersedes = first.licenseId;
        const ApiReply renewed = registerToken(sign(*m_issuer, renewal), &m_platform.sales());
        QCOMPARE(renewed.status, 201);
        QCOMPARE(renewed.json().value(QStringLiteral("superseded_id")).toString(),
                 text(first.licenseId));
        const ApiReply old =
            m_platform.support().get(QStringLiteral("/admin/licenses/") + text(first.licenseId));
        QCOMPARE(old.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("superseded"));
        QCOMPARE(old.header("ETag"), QByteArray("\"v2\""));
        QCOMPARE(auditCount(QStringLiteral("license.supersede"), text(first.licenseId), "sally"),
                 1);

        // The superseded license cannot be renewed again.
        licensing::LicenseClaims twice = claimsFor(*m_issuer, company);
        twice.supersedes = first.licenseId;
        const ApiReply notActive = registerToken(sign(*m_issuer, twice));
        QCOMPARE(notActive.status, 409);
        QCOMPARE(notActive.error(), QStringLiteral("supersedes_not_active"));

        // A license of another company cannot be superseded.
        const TestCompany other = createCompany(models::Tier::Small, 5);
        licensing::LicenseClaims foreign = claimsFor(*m_issuer, other);
        foreign.supersedes = renewal.licenseId;
        const ApiReply foreignReply = registerToken(sign(*m_issuer, foreign));
        QCOMPARE(foreignReply.status, 422);
        QCOMPARE(foreignReply.error(), QStringLiteral("supersedes_unknown"));

        const ApiReply current = m_platform.support().get(
            QStringLiteral("/admin/licenses?status=active&company_id=") + text(company.id));
        QCOMPARE(current.status, 200);
        const QJsonArray items = current.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toString(),
                 text(renewal.licenseId));
        QVERIFY(items.first().toObject().value(QStringLiteral("token")).isNull());
    }

    void sameJtiTwice()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        const licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        const QByteArray token = sign(*m_issuer, claims);
        QCOMPARE(registerToken(token).status, 201);
        const ApiReply again = registerToken(token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json()
                     .value(QStringLiteral("license"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 text(claims.licenseId));
        QCOMPARE(again.header("ETag"), QByteArray("\"v1\""));

        licensing::LicenseClaims changed = claimsFor(*m_issuer, company);
        changed.licenseId = claims.licenseId;
        changed.graceDays = 3;
        const ApiReply conflict = registerToken(sign(*m_issuer, changed));
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.error(), QStringLiteral("license_exists"));
        QCOMPARE(countLicenses(company.id), 1);
        QCOMPARE(auditCount(QStringLiteral("license.register"), text(claims.licenseId)), 1);
    }

    void chainInOrder()
    {
        std::unique_ptr<Issuer> issuer = newIssuer();
        QCOMPARE(registerKey(*issuer).status, 201);
        QStringList registered;
        for (int i = 1; i <= 3; ++i) {
            const TestCompany company = createCompany(models::Tier::Small, 5);
            const licensing::LicenseClaims claims = claimsFor(*issuer, company);
            registered.append(text(claims.licenseId));
            QCOMPARE(claims.seq, quint64(i));
            const ApiReply reply = registerToken(sign(*issuer, claims));
            QCOMPARE(reply.status, 201);
            QCOMPARE(chainStatus(reply), QStringLiteral("ok"));
            QCOMPARE(reply.json().value(QStringLiteral("chain_warnings")).toArray().size(), 0);
        }
        const ApiReply key = m_platform.support().get(QStringLiteral("/admin/keys/") + issuer->kid);
        QCOMPARE(key.json().value(QStringLiteral("last_seq")).toInteger(), qint64(3));
        for (const QString &id : registered)
            QCOMPARE(chainAudits(id), 0);
    }

    void chainGap()
    {
        std::unique_ptr<Issuer> issuer = newIssuer();
        QCOMPARE(registerKey(*issuer).status, 201);
        QCOMPARE(
            registerToken(sign(*issuer, claimsFor(*issuer, createCompany(models::Tier::Small, 5))))
                .status,
            201);
        // Seq 2 is signed but never registered here.
        sign(*issuer, claimsFor(*issuer, createCompany(models::Tier::Small, 5)));
        const licensing::LicenseClaims third =
            claimsFor(*issuer, createCompany(models::Tier::Small, 5));
        QCOMPARE(third.seq, quint64(3));
        const ApiReply reply = registerToken(sign(*issuer, third));
        QCOMPARE(reply.status, 201);
        QCOMPARE(chainStatus(reply), QStringLiteral("gap"));
        const QJsonArray warnings = reply.json().value(QStringLiteral("chain_warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("gap"));
        QCOMPARE(auditCount(QStringLiteral("license.chain_gap"), text(third.licenseId)), 1);
        const ApiReply key = m_platform.support().get(QStringLiteral("/admin/keys/") + issuer->kid);
        QCOMPARE(key.json().value(QStringLiteral("last_seq")).toInteger(), qint64(3));
        QCOMPARE(key.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void chainFork()
    {
        std::unique_ptr<Issuer> issuer = newIssuer();
        QCOMPARE(registerKey(*issuer).status, 201);
        QCOMPARE(
            registerToken(sign(*issuer, claimsFor(*issuer, createCompany(models::Tier::Small, 5))))
                .status,
            201);
        // A copy of the key signs its own seq 2 after seq 1, like the original does.
        const QByteArray afterFirst = issuer->lastHash;
        const licensing::LicenseClaims original =
            claimsFor(*issuer, createCompany(models::Tier::Small, 5));
        const licensing::LicenseClaims clone =
            claimsFor(*issuer, createCompany(models::Tier::Small, 5));
        QCOMPARE(original.seq, quint64(2));
        QCOMPARE(clone.seq, quint64(2));
        QCOMPARE(clone.prev, afterFirst);
        const ApiReply first = registerToken(sign(*issuer, original));
        QCOMPARE(first.status, 201);
        QCOMPARE(chainStatus(first), QStringLiteral("ok"));
        const ApiReply second = registerToken(sign(*issuer, clone));
        QCOMPARE(second.status, 201);
        QCOMPARE(chainStatus(second), QStringLiteral("fork"));
        QCOMPARE(second.json()
                     .value(QStringLiteral("chain_warnings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("fork"));
        QCOMPARE(auditCount(QStringLiteral("license.chain_fork"), text(clone.licenseId)), 1);

        // A seq 3 whose prev is not any registered seq 2: also a fork.
        licensing::LicenseClaims stray = claimsFor(*issuer, createCompany(models::Tier::Small, 5));
        stray.seq = 3;
        stray.prev = licensing::LicenseSigner::tokenHash("a token this platform never saw");
        const ApiReply third = registerToken(sign(*issuer, stray));
        QCOMPARE(third.status, 201);
        QCOMPARE(chainStatus(third), QStringLiteral("fork"));
        QVERIFY(!third.json()
                     .value(QStringLiteral("chain_warnings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("expected_prev"))
                     .toString()
                     .isEmpty());
        // The finding is kept with the license; the key is left to a person to judge.
        const ApiReply key = m_platform.support().get(QStringLiteral("/admin/keys/") + issuer->kid);
        QCOMPARE(key.json().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(key.json().value(QStringLiteral("last_seq")).toInteger(), qint64(3));
        // Registering the forked token again (Ed25519 signs deterministically: the same bytes)
        // answers the stored license and its finding.
        const ApiReply replay = registerToken(sign(*issuer, clone));
        QCOMPARE(replay.status, 200);
        QCOMPARE(chainStatus(replay), QStringLiteral("fork"));
    }

    void expiringWindow()
    {
        struct Case
        {
            QUuid id;
            qint64 expiresInSeconds;
        };
        constexpr qint64 day = 24 * 60 * 60;
        QList<Case> cases {
            {{}, 7 * day - 60}, {{}, 7 * day + 3600}, {{}, 30 * day - 60}, {{}, 30 * day + 3600}};
        for (Case &c : cases) {
            const TestCompany company = createCompany(models::Tier::Small, 5);
            licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
            claims.expiresAt = now().addSecs(c.expiresInSeconds);
            QCOMPARE(registerToken(sign(*m_issuer, claims)).status, 201);
            c.id = claims.licenseId;
        }
        // A revoked one never shows.
        const TestCompany gone = createCompany(models::Tier::Small, 5);
        licensing::LicenseClaims revoked = claimsFor(*m_issuer, gone);
        revoked.expiresAt = now().addDays(2);
        QCOMPARE(registerToken(sign(*m_issuer, revoked)).status, 201);
        QCOMPARE(m_platform.sales()
                     .post(QStringLiteral("/admin/licenses/") + text(revoked.licenseId)
                               + QStringLiteral("/revoke"),
                           {{QStringLiteral("reason"), QStringLiteral("Customer left")}})
                     .status,
                 200);

        auto expiring = [&](const QString &query) {
            QStringList ids;
            const ApiReply reply =
                m_platform.support().get(QStringLiteral("/admin/licenses/expiring") + query);
            if (reply.status != 200)
                return QStringList {QString::number(reply.status)};
            QString last;
            for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray()) {
                const QJsonObject license = item.toObject();
                // Soonest first.
                if (last > license.value(QStringLiteral("expires_at")).toString())
                    return QStringList {QStringLiteral("unordered")};
                last = license.value(QStringLiteral("expires_at")).toString();
                ids.append(license.value(QStringLiteral("id")).toString());
            }
            return ids;
        };
        auto mine = [&](const QStringList &ids) {
            QList<bool> found;
            for (const Case &c : cases)
                found.append(ids.contains(text(c.id)));
            return found;
        };
        QCOMPARE(mine(expiring(QStringLiteral("?days=7"))),
                 (QList<bool> {true, false, false, false}));
        QCOMPARE(mine(expiring(QStringLiteral("?days=8"))),
                 (QList<bool> {true, true, false, false}));
        QCOMPARE(mine(expiring(QString())), (QList<bool> {true, true, true, false}));
        QCOMPARE(mine(expiring(QStringLiteral("?days=31"))),
                 (QList<bool> {true, true, true, true}));
        QVERIFY(!expiring(QStringLiteral("?days=365&limit=500")).contains(text(revoked.licenseId)));
        for (const char *bad :
             {"?days=0", "?days=366", "?days=-1", "?days=ten", "?days=", "?days=1.5"}) {
            const ApiReply reply = m_platform.support().get(
                QStringLiteral("/admin/licenses/expiring") + QLatin1String(bad));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        }
        // Paged.
        const ApiReply page =
            m_platform.support().get(QStringLiteral("/admin/licenses/expiring?days=31&limit=1"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(page.json().value(QStringLiteral("total")).toInteger() >= 4);
        QVERIFY(page.json().value(QStringLiteral("next_cursor")).isString());
    }

    // The features' ETag moves with the license, which decides what the company may use.
    void featuresFollowTheLicense()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        const QString path =
            QStringLiteral("/admin/companies/") + text(company.id) + QStringLiteral("/features");
        const auto licensed = [](const ApiReply &reply) {
            QStringList codes;
            for (const QJsonValue &value :
                 reply.json().value(QStringLiteral("features")).toArray()) {
                if (value.toObject().value(QStringLiteral("licensed")).toBool())
                    codes.append(value.toObject().value(QStringLiteral("code")).toString());
            }
            return codes;
        };
        const ApiReply unlicensed = m_platform.sales().get(path);
        QCOMPARE(unlicensed.status, 200);
        QVERIFY(licensed(unlicensed).isEmpty());

        licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        claims.features = {QStringLiteral("calendar"), QStringLiteral("inventory")};
        QCOMPARE(registerToken(sign(*m_issuer, claims)).status, 201);
        const ApiReply withLicense = m_platform.sales().get(path);
        QCOMPARE(licensed(withLicense),
                 (QStringList {QStringLiteral("inventory"), QStringLiteral("calendar")}));
        QVERIFY(withLicense.header("ETag") != unlicensed.header("ETag"));
        QCOMPARE(
            m_platform.sales().get(path, {{"If-None-Match", unlicensed.header("ETag")}}).status,
            200);

        QCOMPARE(m_platform.sales()
                     .post(QStringLiteral("/admin/licenses/") + text(claims.licenseId)
                               + QStringLiteral("/revoke"),
                           {{QStringLiteral("reason"), QStringLiteral("Test")}})
                     .status,
                 200);
        const ApiReply revoked = m_platform.sales().get(path);
        QVERIFY(licensed(revoked).isEmpty());
        QVERIFY(revoked.header("ETag") != withLicense.header("ETag"));
        QVERIFY(revoked.header("ETag") != unlicensed.header("ETag"));
    }

    void revoke()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        const licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        QCOMPARE(registerToken(sign(*m_issuer, claims)).status, 201);
        const QString path =
            QStringLiteral("/admin/licenses/") + text(claims.licenseId) + QStringLiteral("/revoke");

        // The reason is required, 1–500 characters.
        QCOMPARE(m_platform.sales().post(path, {}).status, 400);
        QCOMPARE(m_platform.sales().post(path, {{QStringLiteral("reason"), QString()}}).status,
                 400);
        QCOMPARE(m_platform.sales()
                     .post(path, {{QStringLiteral("reason"), QString(501, QLatin1Char('x'))}})
                     .status,
                 400);
        QCOMPARE(m_platform.sales().post(path, {{QStringLiteral("reason"), 42}}).status, 400);
        QCOMPARE(m_platform.sales()
                     .post(path,
                           {{QStringLiteral("reason"), QStringLiteral("x")},
                            {QStringLiteral("force"), true}})
                     .status,
                 400);
        // A stale If-Match.
        QCOMPARE(m_platform.sales()
                     .post(path, {{QStringLiteral("reason"), QStringLiteral("Unpaid")}},
                           {{"If-Match", "\"v9\""}})
                     .status,
                 412);
        // Support reads only.
        QCOMPARE(m_platform.support()
                     .post(path, {{QStringLiteral("reason"), QStringLiteral("Unpaid")}})
                     .status,
                 403);

        const QString reason = QStringLiteral("Unpaid invoices; ' OR 1=1 -- kept verbatim");
        const ApiReply revoked = m_platform.sales().post(path, {{QStringLiteral("reason"), reason}},
                                                         {{"If-Match", "\"v1\""}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("revoked"));
        QCOMPARE(revoked.json().value(QStringLiteral("revoke_reason")).toString(), reason);
        QVERIFY(!revoked.json().value(QStringLiteral("revoked_at")).toString().isEmpty());
        QCOMPARE(revoked.header("ETag"), QByteArray("\"v2\""));
        QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) AS n FROM revocations WHERE jti = $1 "
                                          "AND reason = $2 AND revoked_by = 'sally'"),
                           {text(claims.licenseId), reason}),
                 1);
        QCOMPARE(auditCount(QStringLiteral("license.revoke"), text(claims.licenseId), "sally"), 1);

        const ApiReply twice =
            m_platform.sales().post(path, {{QStringLiteral("reason"), QStringLiteral("Again")}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.error(), QStringLiteral("license_revoked"));
        QCOMPARE(m_platform.sales()
                     .post(QStringLiteral("/admin/licenses/") + text(QUuid::createUuid())
                               + QStringLiteral("/revoke"),
                           {{QStringLiteral("reason"), QStringLiteral("x")}})
                     .status,
                 404);
        QCOMPARE(m_platform.sales()
                     .post(QStringLiteral("/admin/licenses/nope/revoke"),
                           {{QStringLiteral("reason"), QStringLiteral("x")}})
                     .status,
                 404);

        // A revoked license is no longer current: a new one needs no supersedes.
        QCOMPARE(registerToken(sign(*m_issuer, claimsFor(*m_issuer, company))).status, 201);
    }

    void roles()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        const QByteArray token = sign(*m_issuer, claimsFor(*m_issuer, company));
        const ApiReply refused = registerToken(token, &m_platform.support());
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.error(), QStringLiteral("forbidden"));
        QCOMPARE(countLicenses(company.id), 0);
        const ApiReply accepted = registerToken(token, &m_platform.sales());
        QCOMPARE(accepted.status, 201);
        QCOMPARE(auditCount(QStringLiteral("license.register"),
                            accepted.json()
                                .value(QStringLiteral("license"))
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toString(),
                            "sally"),
                 1);
        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/licenses")).status, 200);
        QCOMPARE(m_platform.support().get(QStringLiteral("/admin/licenses/expiring")).status, 200);
        QCOMPARE(m_platform.client().get(QStringLiteral("/admin/licenses")).status, 401);
        QCOMPARE(m_platform.client()
                     .post(QStringLiteral("/admin/licenses"),
                           {{QStringLiteral("token"), QString::fromLatin1(token)}})
                     .status,
                 401);
    }

    void listFilters()
    {
        const TestCompany company = createCompany(models::Tier::Medium, 12);
        const licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        QCOMPARE(registerToken(sign(*m_issuer, claims)).status, 201);

        auto ids = [&](const QString &query) {
            const ApiReply reply =
                m_platform.support().get(QStringLiteral("/admin/licenses") + query);
            QStringList found;
            for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
                found.append(item.toObject().value(QStringLiteral("id")).toString());
            return found;
        };
        const QString id = text(claims.licenseId);
        QCOMPARE(ids(QStringLiteral("?company_id=") + text(company.id)), QStringList {id});
        QVERIFY(ids(QStringLiteral("?kid=") + m_issuer->kid + QStringLiteral("&limit=500"))
                    .contains(id));
        QVERIFY(ids(QStringLiteral("?tier=medium&limit=500")).contains(id));
        QVERIFY(!ids(QStringLiteral("?tier=large&limit=500")).contains(id));
        QVERIFY(ids(QStringLiteral("?status=active&limit=500")).contains(id));
        QVERIFY(!ids(QStringLiteral("?status=revoked&limit=500")).contains(id));
        QCOMPARE(ids(QStringLiteral("?q=") + company.code.toLower()), QStringList {id});
        // Wildcards are taken literally.
        QCOMPARE(ids(QStringLiteral("?q=%25")), QStringList());
        QCOMPARE(ids(QStringLiteral("?q=_")), QStringList());
        QCOMPARE(ids(QStringLiteral("?q=no%20such%20company")), QStringList());

        const ApiReply all = m_platform.support().get(QStringLiteral("/admin/licenses?limit=2"));
        QCOMPARE(all.status, 200);
        QVERIFY(all.json().value(QStringLiteral("total")).toInteger() >= 2);
        QCOMPARE(all.json().value(QStringLiteral("items")).toArray().size(), 2);
        for (const char *bad : {"?company_id=nope", "?status=lost", "?tier=huge", "?kid=k4.pid.x",
                                "?limit=0", "?cursor=abc"}) {
            const ApiReply reply =
                m_platform.support().get(QStringLiteral("/admin/licenses") + QLatin1String(bad));
            QCOMPARE(reply.status, 400);
        }
    }

    void malformedBodiesKeepTheServerServing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"token\":") << QByteArray("application/json")
                                  << 400 << QStringLiteral("malformed_json");
        QTest::newRow("form") << QByteArray("token=v4.public.x")
                              << QByteArray("application/x-www-form-urlencoded") << 415
                              << QStringLiteral("unsupported_media_type");
        QTest::newRow("no token") << QByteArray("{}") << QByteArray("application/json") << 400
                                  << QStringLiteral("invalid_field");
        QTest::newRow("token number")
            << QByteArray("{\"token\":7}") << QByteArray("application/json") << 400
            << QStringLiteral("invalid_field");
        QTest::newRow("unknown field")
            << QByteArray("{\"token\":\"v4.public.AAAA\",\"company\":\"x\"}")
            << QByteArray("application/json") << 400 << QStringLiteral("invalid_field");
        QTest::newRow("v2 token") << QByteArray("{\"token\":\"v2.public.AAAA\"}")
                                  << QByteArray("application/json") << 400
                                  << QStringLiteral("invalid_field");
        QTest::newRow("local token")
            << QByteArray("{\"token\":\"v4.local.AAAA.BBBB\"}") << QByteArray("application/json")
            << 400 << QStringLiteral("invalid_field");
        QTest::newRow("spaces") << QByteArray("{\"token\":\"v4.public.AA AA\"}")
                                << QByteArray("application/json") << 400
                                << QStringLiteral("invalid_field");
        QTest::newRow("sql") << QByteArray("{\"token\":\"v4.public.'; DROP TABLE licenses; --\"}")
                             << QByteArray("application/json") << 400
                             << QStringLiteral("invalid_field");
        QTest::newRow("no footer") << QByteArray("{\"token\":\"v4.public.AAAAAAAA\"}")
                                   << QByteArray("application/json") << 422 << QString();
        QTest::newRow("garbage footer") << QByteArray("{\"token\":\"v4.public.AAAAAAAA.AAAA\"}")
                                        << QByteArray("application/json") << 422 << QString();
    }
    void malformedBodiesKeepTheServerServing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, error);
        const ApiReply reply =
            m_platform.admin().raw("POST", QStringLiteral("/admin/licenses"), body, contentType);
        QCOMPARE(reply.status, status);
        if (!error.isEmpty())
            QCOMPARE(reply.error(), error);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    void expiredTokenIsRefused()
    {
        const TestCompany company = createCompany(models::Tier::Small, 5);
        licensing::LicenseClaims claims = claimsFor(*m_issuer, company);
        claims.issuedAt = now().addDays(-40);
        claims.notBefore = claims.issuedAt;
        claims.expiresAt = now().addDays(-1);
        const ApiReply reply = registerToken(sign(*m_issuer, claims));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.error(), QStringLiteral("license_expired"));

        // One that starts later is fine.
        licensing::LicenseClaims future = claimsFor(*m_issuer, company);
        future.notBefore = now().addDays(10);
        QCOMPARE(registerToken(sign(*m_issuer, future)).status, 201);
    }

    void cleanupTestCase()
    {
        // Every mutation above has its audit row, and no audit row carries a token.
        QCOMPARE(
            countRows(QStringLiteral(
                          "SELECT COUNT(*) AS n FROM audit_log WHERE CAST(after AS TEXT) LIKE $1"),
                      {QStringLiteral("%v4.public.%")}),
            0);
    }

private:
    static std::unique_ptr<Issuer> newIssuer()
    {
        auto key = licensing::SigningKey::generate();
        if (!key)
            return nullptr;
        auto issuer = std::make_unique<Issuer>();
        issuer->key = std::move(key).value();
        issuer->kid = licensing::Paserk::publicId(issuer->key.publicKey());
        issuer->publicKey = licensing::Paserk::encodePublic(issuer->key.publicKey());
        return issuer;
    }

    static QJsonObject keyBody(const Issuer &issuer)
    {
        return {{QStringLiteral("public_key"), issuer.publicKey},
                {QStringLiteral("label"), QStringLiteral("Test issuer")},
                {QStringLiteral("valid_from"), models::WireTime::toString(now().addDays(-365))},
                {QStringLiteral("max_tier"), QStringLiteral("large")},
                {QStringLiteral("max_users_cap"), 1000}};
    }

    ApiReply registerKey(const Issuer &issuer)
    {
        return m_platform.admin().post(QStringLiteral("/admin/keys"), keyBody(issuer));
    }

    // Creates a company to register licenses for, through POST /admin/companies (and DELETE
    // for a deleted one). The one place that knows how companies come about: while the
    // companies routes are missing (404 from the router), the row is written straight into the
    // database in an operator transaction instead.
    TestCompany createCompany(models::Tier tier, int maxUsers,
                              const QString &status = QStringLiteral("active"))
    {
        TestCompany company;
        company.code = QStringLiteral("LIC-%1").arg(++m_companies, 4, 10, QLatin1Char('0'));
        company.tier = tier;
        company.maxUsers = maxUsers;
        const ApiReply created = m_platform.admin().post(
            QStringLiteral("/admin/companies"),
            {{QStringLiteral("code"), company.code},
             {QStringLiteral("name"), QStringLiteral("Licensing test company ") + company.code},
             {QStringLiteral("tier"), models::tierCode(tier)},
             {QStringLiteral("max_users"), maxUsers},
             {QStringLiteral("contact_email"),
              company.code.toLower() + QStringLiteral("@example.com")}});
        if (created.status == 404)
            return insertCompany(company, status);
        if (created.status != 201) {
            qWarning("cannot create a company: %d %s", created.status, created.body.constData());
            return company;
        }
        const QString id = created.json().value(QStringLiteral("id")).toString();
        if (status == QLatin1String("deleted")) {
            const ApiReply deleted = m_platform.admin().del(
                QStringLiteral("/admin/companies/") + id, {{"If-Match", created.header("ETag")}});
            if (deleted.status >= 300) {
                qWarning("cannot delete a company: %d %s", deleted.status,
                         deleted.body.constData());
                return company;
            }
        }
        company.id = QUuid::fromString(id);
        return company;
    }

    TestCompany insertCompany(TestCompany company, const QString &status)
    {
        const QUuid id = QUuid::createUuid();
        auto written = m_platform.server().database().transaction(
            server::TxScope::forOperator(), [&](server::SqlSession &session) {
                auto inserted = session.exec(
                    QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users, "
                                   "status, deleted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"),
                    {id, company.code, QStringLiteral("Licensing test company ") + company.code,
                     models::tierCode(company.tier), company.maxUsers, status,
                     status == QLatin1String("deleted") ? QVariant(now()) : QVariant()});
                if (!inserted)
                    return models::Status(inserted.error());
                return models::Status::success();
            });
        if (!written)
            qWarning("cannot create a company: %s", qPrintable(written.error().message));
        else
            company.id = id;
        return company;
    }

    // Claims for the issuer's next token, matching the company: valid for a year from now.
    static licensing::LicenseClaims claimsFor(const Issuer &issuer, const TestCompany &company)
    {
        licensing::LicenseClaims claims;
        claims.issuer = QStringLiteral("BRIGHTSTEP test");
        claims.companyId = company.id;
        claims.licenseId = QUuid::createUuid();
        claims.issuedAt = now();
        claims.notBefore = claims.issuedAt;
        claims.expiresAt = claims.issuedAt.addDays(365);
        claims.companyCode = company.code;
        claims.tier = company.tier;
        claims.maxUsers = company.maxUsers;
        claims.graceDays = 14;
        claims.seq = issuer.seq + 1;
        claims.prev = issuer.lastHash;
        return claims;
    }

    // Signs like the sales tool does and moves the issuer's chain on.
    static QByteArray sign(Issuer &issuer, const licensing::LicenseClaims &claims)
    {
        auto token = licensing::LicenseSigner::signWithKey(issuer.key, issuer.kid, claims, now(),
                                                           models::TierPolicy::defaults());
        if (!token) {
            qWarning("cannot sign: %s", qPrintable(token.error().message));
            return {};
        }
        if (claims.seq > issuer.seq) {
            issuer.seq = claims.seq;
            issuer.lastHash = token->tokenHash;
        }
        return token->token;
    }

    ApiReply registerToken(const QByteArray &token, ApiClient *client = nullptr)
    {
        ApiClient &as = client ? *client : m_platform.admin();
        return as.post(QStringLiteral("/admin/licenses"),
                       {{QStringLiteral("token"), QString::fromLatin1(token)}});
    }

    static QJsonValue detail(const ApiReply &reply, const char *name)
    {
        return reply.json().value(QStringLiteral("details")).toObject().value(QLatin1String(name));
    }

    static QString chainStatus(const ApiReply &reply)
    {
        return reply.json()
            .value(QStringLiteral("chain"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    }

    int countRows(const QString &sql, const QVariantList &params)
    {
        qint64 count = -1;
        auto read = m_platform.server().database().transaction(
            server::TxScope::forOperator(server::TxScope::Access::ReadOnly),
            [&](server::SqlSession &session) {
                auto row = session.queryOne(sql, params);
                if (!row)
                    return models::Status(row.error());
                count = row->int64(u"n");
                return models::Status::success();
            });
        if (!read)
            qWarning("query failed: %s", qPrintable(read.error().message));
        return static_cast<int>(count);
    }

    int auditCount(const QString &action, const QString &target, const char *actor = "root")
    {
        return countRows(QStringLiteral("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 "
                                        "AND target_id = $2 AND actor = $3"),
                         {action, target, QLatin1String(actor)});
    }

    int countLicenses(const QUuid &companyId)
    {
        return countRows(QStringLiteral("SELECT COUNT(*) AS n FROM licenses WHERE company_id = $1"),
                         {companyId});
    }

    int chainAudits(const QString &licenseId)
    {
        return countRows(QStringLiteral("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE "
                                        "'license.chain_%' AND target_id = $1"),
                         {licenseId});
    }

    PlatformFixture m_platform;
    std::unique_ptr<Issuer> m_issuer;
    int m_companies = 0;
};

QTEST_GUILESS_MAIN(TestLicensesApi)
#include "tst_licensesapi.moc"
