#include "tests/support/PlatformFixture.h"

#include "server/store/TxScope.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::tests;

namespace {

QJsonObject companyBody(const QString &code)
{
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), QStringLiteral("Company ") + code},
            {QStringLiteral("tier"), QStringLiteral("small")},
            {QStringLiteral("max_users"), 5},
            {QStringLiteral("contact_email"), QStringLiteral("it@example.com")}};
}

} // namespace

// /admin/companies/{id}/tokens over HTTPS, on SQLite and PostgreSQL: a token is shown once
// and then works on the tenant routes, the list never shows secrets, a revoked token is
// refused at once, tokens of one company cannot be reached through another, the support role
// cannot issue, and every issue and revoke leaves its audit row.
class TestTenantTokensApi : public QObject
{
    Q_OBJECT

    QString createCompany(const QString &code)
    {
        const ApiReply created =
            m_platform.admin().post(QStringLiteral("/admin/companies"), companyBody(code));
        if (created.status != 201)
            return {};
        return created.json().value(QStringLiteral("id")).toString();
    }

    static QString tokensPath(const QString &companyId)
    {
        return QStringLiteral("/admin/companies/%1/tokens").arg(companyId);
    }

    // Audit rows with `action` for `tokenId`, counted straight from the database.
    qint64 auditRows(const QString &action, const QString &tokenId)
    {
        qint64 count = -1;
        auto status = m_platform.server().database().transaction(
            server::TxScope::forOperator(server::TxScope::Access::ReadOnly),
            [&](server::SqlSession &session) {
                auto row = session.queryOne(
                    QStringLiteral("SELECT COUNT(*) AS n FROM audit_log WHERE action = $1 AND "
                                   "target_type = 'tenant_token' AND target_id = $2"),
                    {action, tokenId});
                if (!row)
                    return models::Status(row.error());
                count = row->int64(u"n");
                return models::Status::success();
            });
        return status ? count : -1;
    }

private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto staff = m_platform.signInStaff();
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
    }

    void issueListRevoke()
    {
        const QString company = createCompany(QStringLiteral("TOK-01"));
        QVERIFY(!company.isEmpty());
        const ApiReply issued = m_platform.sales().post(
            tokensPath(company), {{QStringLiteral("label"), QStringLiteral("Reporting client")}},
            {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(issued.status, 201);
        const QJsonObject token = issued.json();
        const QString secret = token.value(QStringLiteral("token")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^spht_[A-Za-z0-9_-]{43}$"))
                    .match(secret)
                    .hasMatch());
        const QString tokenId = token.value(QStringLiteral("id")).toString();
        QVERIFY(!QUuid(tokenId).isNull());
        QCOMPARE(QUuid(tokenId).toString(QUuid::WithoutBraces), tokenId);
        QCOMPARE(token.value(QStringLiteral("label")).toString(),
                 QStringLiteral("Reporting client"));
        QVERIFY(token.value(QStringLiteral("expires_at")).isNull());
        QVERIFY(!token.value(QStringLiteral("created_at")).toString().isEmpty());

        // The token works on the tenant routes.
        ApiClient tenant = m_platform.client(secret.toLatin1());
        QCOMPARE(tenant.get(QStringLiteral("/api/company/settings")).status, 200);

        // Listed without the secret (and without its hash).
        const ApiReply listed = m_platform.admin().get(tokensPath(company));
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toString(), tokenId);
        QVERIFY(!item.contains(QStringLiteral("token")));
        QVERIFY(!listed.body.contains(secret.toLatin1()));
        QVERIFY(!listed.body.contains("spht_"));
        QCOMPARE(m_platform.support().get(tokensPath(company)).status, 200); // reading is allowed

        // Revoked: refused at once.
        const ApiReply revoked =
            m_platform.sales().del(tokensPath(company) + QLatin1Char('/') + tokenId);
        QCOMPARE(revoked.status, 204);
        const ApiReply refused = tenant.get(QStringLiteral("/api/company/settings"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.error(), QStringLiteral("unauthorized"));
        QCOMPARE(m_platform.admin()
                     .get(tokensPath(company))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);
        // Revoking again names nothing any more.
        QCOMPARE(m_platform.sales().del(tokensPath(company) + QLatin1Char('/') + tokenId).status,
                 404);

        // One audit row each, in the company's audit trail too.
        QCOMPARE(auditRows(QStringLiteral("tenant_token.create"), tokenId), 1);
        QCOMPARE(auditRows(QStringLiteral("tenant_token.revoke"), tokenId), 1);
        const ApiReply trail = m_platform.admin().get(
            QStringLiteral("/admin/companies/%1/audit?action=tenant_token.").arg(company));
        QCOMPARE(trail.status, 200);
        QCOMPARE(trail.json().value(QStringLiteral("items")).toArray().size(), 2);
        QVERIFY(!trail.body.contains(secret.toLatin1()));
    }

    void tokensOfFixtureAreListed()
    {
        // Tokens issued by PlatformServer::issueTenantToken have an id too.
        const QString company = createCompany(QStringLiteral("TOK-02"));
        QVERIFY(!company.isEmpty());
        auto tenant = m_platform.tenant(QUuid(company));
        QVERIFY2(tenant.ok(), qPrintable(tenant.error().message));
        const ApiReply listed = m_platform.admin().get(tokensPath(company));
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QString tokenId = items.first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_platform.admin().del(tokensPath(company) + QLatin1Char('/') + tokenId).status,
                 204);
        QCOMPARE(tenant->get(QStringLiteral("/api/company/settings")).status, 401);
    }

    void otherCompanysTokenIsNotFound()
    {
        const QString a = createCompany(QStringLiteral("TOK-A"));
        const QString b = createCompany(QStringLiteral("TOK-B"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const ApiReply issued = m_platform.admin().post(
            tokensPath(a), {{QStringLiteral("label"), QStringLiteral("A")}});
        QCOMPARE(issued.status, 201);
        const QString tokenId = issued.json().value(QStringLiteral("id")).toString();
        const ApiReply wrong = m_platform.admin().del(tokensPath(b) + QLatin1Char('/') + tokenId);
        QCOMPARE(wrong.status, 404);
        QCOMPARE(wrong.error(), QStringLiteral("not_found"));
        // Still working, and still listed under its own company only.
        ApiClient tenant =
            m_platform.client(issued.json().value(QStringLiteral("token")).toString().toLatin1());
        QCOMPARE(tenant.get(QStringLiteral("/api/company/settings")).status, 200);
        QCOMPARE(m_platform.admin()
                     .get(tokensPath(b))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);
        // Unknown and malformed ids, unknown companies.
        QCOMPARE(m_platform.admin()
                     .del(tokensPath(a) + QLatin1Char('/')
                          + QUuid::createUuid().toString(QUuid::WithoutBraces))
                     .status,
                 404);
        QCOMPARE(m_platform.admin().del(tokensPath(a) + QStringLiteral("/not-a-uuid")).status, 404);
        QCOMPARE(
            m_platform.admin().del(tokensPath(a) + QLatin1Char('/') + tokenId.toUpper()).status,
            404);
        const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(m_platform.admin().get(tokensPath(unknown)).status, 404);
        QCOMPARE(m_platform.admin()
                     .post(tokensPath(unknown), {{QStringLiteral("label"), QStringLiteral("x")}})
                     .status,
                 404);
    }

    void supportCannotIssueOrRevoke()
    {
        const QString company = createCompany(QStringLiteral("TOK-S"));
        QVERIFY(!company.isEmpty());
        const ApiReply denied = m_platform.support().post(
            tokensPath(company), {{QStringLiteral("label"), QStringLiteral("no")}});
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.error(), QStringLiteral("forbidden"));
        const ApiReply issued = m_platform.admin().post(
            tokensPath(company), {{QStringLiteral("label"), QStringLiteral("yes")}});
        QCOMPARE(issued.status, 201);
        const QString tokenId = issued.json().value(QStringLiteral("id")).toString();
        QCOMPARE(m_platform.support().del(tokensPath(company) + QLatin1Char('/') + tokenId).status,
                 403);
        QCOMPARE(m_platform.admin()
                     .get(tokensPath(company))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(m_platform.client().get(tokensPath(company)).status, 401);
    }

    void invalidInputAndExpiry()
    {
        const QString company = createCompany(QStringLiteral("TOK-V"));
        QVERIFY(!company.isEmpty());
        ApiClient &admin = m_platform.admin();
        const QList<QJsonObject> bad {
            {},
            {{QStringLiteral("label"), QString()}},
            {{QStringLiteral("label"), QString(101, QLatin1Char('x'))}},
            {{QStringLiteral("label"), 7}},
            {{QStringLiteral("label"), QStringLiteral("ok")}, {QStringLiteral("colour"), 1}},
            {{QStringLiteral("label"), QStringLiteral("ok")},
             {QStringLiteral("expires_at"), QStringLiteral("tomorrow")}},
            {{QStringLiteral("label"), QStringLiteral("ok")},
             {QStringLiteral("expires_at"), QStringLiteral("2001-01-01T00:00:00Z")}},
        };
        for (const QJsonObject &body : bad) {
            const ApiReply reply = admin.post(tokensPath(company), body);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.error(), QStringLiteral("invalid_field"));
        }
        QCOMPARE(admin.raw("POST", tokensPath(company), "[", "application/json").status, 400);

        const QString expires =
            QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate).left(19)
            + QLatin1Char('Z');
        const ApiReply issued = admin.post(tokensPath(company),
                                           {{QStringLiteral("label"), QStringLiteral("expiring")},
                                            {QStringLiteral("expires_at"), expires}});
        QCOMPARE(issued.status, 201);
        QCOMPARE(issued.json().value(QStringLiteral("expires_at")).toString(), expires);
        ApiClient tenant =
            m_platform.client(issued.json().value(QStringLiteral("token")).toString().toLatin1());
        QCOMPARE(tenant.get(QStringLiteral("/api/company/settings")).status, 200);

        // A deleted company gets no new tokens.
        QCOMPARE(
            admin.del(QStringLiteral("/admin/companies/") + company, {{"If-Match", "*"}}).status,
            204);
        QCOMPARE(
            admin.post(tokensPath(company), {{QStringLiteral("label"), QStringLiteral("late")}})
                .status,
            409);
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestTenantTokensApi)
#include "tst_tenanttokensapi.moc"
