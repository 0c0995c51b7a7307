#include "tests/support/PlatformFixture.h"
#include "tests/support/TestImages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::tests;
namespace Images = sphair::tests::TestImages;

namespace {

using Headers = ApiClient::Headers;

Headers ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QJsonObject settingsBody(const QString &name)
{
    return {{QStringLiteral("display_name"), name},
            {QStringLiteral("primary_color"), QStringLiteral("#1A73E8")},
            {QStringLiteral("secondary_color"), QStringLiteral("#37474f")},
            {QStringLiteral("accent_color"), QStringLiteral("#00695c")},
            {QStringLiteral("login_title"), QStringLiteral("Welcome")},
            {QStringLiteral("login_message"), QStringLiteral("Line one\nLine two")},
            {QStringLiteral("footer_text"), QStringLiteral("© ") + name},
            {QStringLiteral("custom_subdomain"), QJsonValue::Null},
            {QStringLiteral("custom_domain"), QJsonValue::Null}};
}

QStringList auditActions(const ApiReply &reply)
{
    QStringList actions;
    for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
        actions.append(item.toObject().value(QStringLiteral("action")).toString());
    return actions;
}

} // namespace

// The branding of the White-label tab over real HTTPS, on SQLite and on PostgreSQL: images
// uploaded, checked, stored and served (to the console and publicly), the custom subdomain
// unique across companies, texts kept as plain text, and the tenant route returning its own
// company's branding only.
class TestBrandingApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void uploadServeReplaceRemove()
    {
        const QString id = createCompany(QStringLiteral("LOGO-01"));
        QVERIFY(!id.isEmpty());
        ApiClient &admin = m_platform.admin();
        const QString settingsPath = QStringLiteral("/admin/companies/%1/settings").arg(id);
        const QString logoPath = settingsPath + QStringLiteral("/images/logo");
        const ApiReply before = admin.get(settingsPath);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json().value(QStringLiteral("logo_url")).isNull());

        // Upload: If-Match is the settings' ETag, the answer the settings with the new URL.
        const QByteArray png = Images::png(120, 40);
        QCOMPARE(admin.raw("PUT", logoPath, png, "image/png").status, 428);
        const ApiReply uploaded =
            admin.raw("PUT", logoPath, png, "image/png", ifMatch(before.header("ETag")));
        QCOMPARE(uploaded.status, 200);
        const QString url = uploaded.json().value(QStringLiteral("logo_url")).toString();
        QCOMPARE(url,
                 QStringLiteral("/public/branding/%1/logo/%2")
                     .arg(id, QString::fromLatin1(sha256Of(png))));
        QVERIFY(uploaded.header("ETag") != before.header("ETag"));
        QCOMPARE(admin.get(settingsPath).json().value(QStringLiteral("logo_url")).toString(), url);
        // A stale ETag fails and changes nothing.
        QCOMPARE(
            admin.raw("PUT", logoPath, Images::jpeg(), "image/jpeg", ifMatch(before.header("ETag")))
                .status,
            412);

        // Served publicly, without a session, for a year.
        const ApiClient anonymous = m_platform.client();
        const ApiReply served = anonymous.get(url);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.body, png);
        QCOMPARE(served.header("Content-Type"), QByteArray("image/png"));
        QCOMPARE(served.header("Cache-Control"), QByteArray("public, max-age=31536000, immutable"));
        QCOMPARE(served.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(served.header("ETag"), '"' + sha256Of(png) + '"');
        const ApiReply again = anonymous.get(url, {{"If-None-Match", served.header("ETag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("ETag"), served.header("ETag"));
        QCOMPARE(anonymous.get(url, {{"If-None-Match", "\"0000\""}}).status, 200);
        // And to the console.
        const ApiReply console = admin.get(logoPath);
        QCOMPARE(console.status, 200);
        QCOMPARE(console.body, png);
        QCOMPARE(console.header("Content-Type"), QByteArray("image/png"));

        // Replace with a JPEG: a new URL; the old one is gone.
        const QByteArray jpeg = Images::jpeg(200, 80);
        const ApiReply replaced =
            admin.raw("PUT", logoPath, jpeg, "image/jpeg", ifMatch(uploaded.header("ETag")));
        QCOMPARE(replaced.status, 200);
        const QString newUrl = replaced.json().value(QStringLiteral("logo_url")).toString();
        QVERIFY(newUrl.endsWith(QString::fromLatin1(sha256Of(jpeg))));
        QCOMPARE(anonymous.get(url).status, 404);
        const ApiReply servedJpeg = anonymous.get(newUrl);
        QCOMPARE(servedJpeg.status, 200);
        QCOMPARE(servedJpeg.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(servedJpeg.body, jpeg);

        // Remove: the URL goes null, the public copy answers 404, a second removal 404.
        QCOMPARE(admin.del(logoPath).status, 428);
        const ApiReply removed = admin.del(logoPath, ifMatch(replaced.header("ETag")));
        QCOMPARE(removed.status, 200);
        QVERIFY(removed.json().value(QStringLiteral("logo_url")).isNull());
        QCOMPARE(anonymous.get(newUrl).status, 404);
        QCOMPARE(admin.get(logoPath).status, 404);
        QCOMPARE(admin.del(logoPath, ifMatch(removed.header("ETag"))).status, 404);

        // Each change has its audit row, with what was there before and after (no bytes).
        const ApiReply audit = admin.get(QStringLiteral("/admin/companies/%1/audit").arg(id));
        const QStringList actions = auditActions(audit);
        QVERIFY2(actions.contains(QStringLiteral("company_settings.image_upload")), audit.body);
        QVERIFY2(actions.contains(QStringLiteral("company_settings.image_replace")), audit.body);
        QVERIFY2(actions.contains(QStringLiteral("company_settings.image_remove")), audit.body);
        for (const QJsonValue &item : audit.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject entry = item.toObject();
            if (entry.value(QStringLiteral("action"))
                != QStringLiteral("company_settings.image_replace"))
                continue;
            QCOMPARE(entry.value(QStringLiteral("before"))
                         .toObject()
                         .value(QStringLiteral("sha256"))
                         .toString(),
                     QString::fromLatin1(sha256Of(png)));
            QCOMPARE(entry.value(QStringLiteral("after"))
                         .toObject()
                         .value(QStringLiteral("content_type"))
                         .toString(),
                     QStringLiteral("image/jpeg"));
        }
    }

    void slotsAndTheirTypes()
    {
        const QString id = createCompany(QStringLiteral("SLOTS-01"));
        ApiClient &admin = m_platform.admin();
        const QString base = QStringLiteral("/admin/companies/%1/settings").arg(id);
        QByteArray etag = admin.get(base).header("ETag");
        // An ICO favicon and a JPEG background; an unknown slot names nothing.
        const ApiReply favicon =
            admin.raw("PUT", base + QStringLiteral("/images/favicon"), Images::ico(32),
                      "image/vnd.microsoft.icon", ifMatch(etag));
        QCOMPARE(favicon.status, 200);
        etag = favicon.header("ETag");
        const ApiReply background =
            admin.raw("PUT", base + QStringLiteral("/images/login_background"),
                      Images::jpeg(640, 360), "image/jpeg", ifMatch(etag));
        QCOMPARE(background.status, 200);
        const QJsonObject settings = background.json();
        QVERIFY(settings.value(QStringLiteral("favicon_url"))
                    .toString()
                    .startsWith(QStringLiteral("/public/branding/%1/favicon/").arg(id)));
        QVERIFY(settings.value(QStringLiteral("login_background_url"))
                    .toString()
                    .startsWith(QStringLiteral("/public/branding/%1/login_background/").arg(id)));
        QCOMPARE(m_platform.client()
                     .get(settings.value(QStringLiteral("favicon_url")).toString())
                     .header("Content-Type"),
                 QByteArray("image/x-icon"));
        QCOMPARE(admin
                     .raw("PUT", base + QStringLiteral("/images/banner"), Images::png(),
                          "image/png", ifMatch(background.header("ETag")))
                     .status,
                 404);
        // The URLs are the platform's: a PUT of the settings cannot set them.
        QJsonObject body = settingsBody(QStringLiteral("Slots"));
        body[QStringLiteral("logo_url")] = QStringLiteral("https://evil.example.com/x.png");
        body[QStringLiteral("favicon_url")] = QStringLiteral("javascript:alert(1)");
        const ApiReply saved = admin.put(base, body, ifMatch(background.header("ETag")));
        QCOMPARE(saved.status, 200);
        QVERIFY(saved.json().value(QStringLiteral("logo_url")).isNull());
        QCOMPARE(saved.json().value(QStringLiteral("favicon_url")),
                 settings.value(QStringLiteral("favicon_url")));
        QCOMPARE(admin.get(base).json(), saved.json());
    }

    void refusedUploads_data()
    {
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray png = Images::png(64, 64);
        QTest::newRow("html named logo.png, sent as image/png")
            << QStringLiteral("logo") << Images::html() << QByteArray("image/png") << 415
            << QStringLiteral("image_type_refused");
        QTest::newRow("svg") << QStringLiteral("logo") << Images::svg()
                             << QByteArray("image/svg+xml") << 415
                             << QStringLiteral("image_type_refused");
        QTest::newRow("svg as favicon")
            << QStringLiteral("favicon") << Images::svg() << QByteArray("image/png") << 415
            << QStringLiteral("image_type_refused");
        QTest::newRow("gif") << QStringLiteral("logo") << Images::gif() << QByteArray("image/gif")
                             << 415 << QStringLiteral("image_type_refused");
        QTest::newRow("jpeg favicon")
            << QStringLiteral("favicon") << Images::jpeg() << QByteArray("image/x-icon") << 415
            << QStringLiteral("image_type_refused");
        QTest::newRow("decompression bomb")
            << QStringLiteral("login_background") << Images::pngDeclaring(200000, 200000)
            << QByteArray("image/png") << 422 << QStringLiteral("image_dimensions_refused");
        QTest::newRow("truncated png")
            << QStringLiteral("logo") << png.left(png.size() / 2) << QByteArray("image/png") << 422
            << QStringLiteral("image_corrupt");
        QTest::newRow("oversized")
            << QStringLiteral("login_background")
            << Images::png().leftJustified(2 * 1024 * 1024, '\0') << QByteArray("image/png") << 413
            << QStringLiteral("payload_too_large");
    }
    void refusedUploads()
    {
        QFETCH(QString, slot);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        if (m_refusedId.isEmpty())
            m_refusedId = createCompany(QStringLiteral("REFUSE-01"));
        ApiClient &admin = m_platform.admin();
        const QString base = QStringLiteral("/admin/companies/%1/settings").arg(m_refusedId);
        const ApiReply before = admin.get(base);
        const ApiReply reply =
            admin.raw("PUT", base + QStringLiteral("/images/") + slot, bytes, contentType,
                      {{"If-Match", before.header("ETag")},
                       {"Content-Disposition", "attachment; filename=\"logo.png\""}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.error(), code);
        // Nothing was stored, and the server is still up.
        const ApiReply after = admin.get(base);
        QCOMPARE(after.header("ETag"), before.header("ETag"));
        QCOMPARE(after.json(), before.json());
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    // A JPEG sent as image/png is stored and served as what it is.
    void contentTypeThatLiesIsIgnored()
    {
        const QString id = createCompany(QStringLiteral("LIAR-01"));
        ApiClient &admin = m_platform.admin();
        const QString base = QStringLiteral("/admin/companies/%1/settings").arg(id);
        const QByteArray jpeg = Images::jpeg(90, 30);
        const ApiReply stored = admin.raw("PUT", base + QStringLiteral("/images/logo"), jpeg,
                                          "image/png", ifMatch(admin.get(base).header("ETag")));
        QCOMPARE(stored.status, 200);
        const ApiReply served =
            m_platform.client().get(stored.json().value(QStringLiteral("logo_url")).toString());
        QCOMPARE(served.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(served.body, jpeg);
    }

    void subdomainIsUnique()
    {
        const QString first = createCompany(QStringLiteral("SUB-01"));
        const QString second = createCompany(QStringLiteral("SUB-02"));
        ApiClient &admin = m_platform.admin();
        const QString firstPath = QStringLiteral("/admin/companies/%1/settings").arg(first);
        const QString secondPath = QStringLiteral("/admin/companies/%1/settings").arg(second);
        QJsonObject body = settingsBody(QStringLiteral("Sub One"));
        body[QStringLiteral("custom_subdomain")] = QStringLiteral("Acme-Field");
        const ApiReply taken =
            admin.put(firstPath, body, ifMatch(admin.get(firstPath).header("ETag")));
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.json().value(QStringLiteral("custom_subdomain")).toString(),
                 QStringLiteral("acme-field"));

        const QByteArray secondEtag = admin.get(secondPath).header("ETag");
        for (const QString &spelling :
             {QStringLiteral("acme-field"), QStringLiteral("ACME-FIELD")}) {
            body[QStringLiteral("custom_subdomain")] = spelling;
            const ApiReply refused = admin.put(secondPath, body, ifMatch(secondEtag));
            QCOMPARE(refused.status, 409);
            QCOMPARE(refused.error(), QStringLiteral("subdomain_taken"));
            QCOMPARE(refused.json()
                         .value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("field"))
                         .toString(),
                     QStringLiteral("custom_subdomain"));
        }
        QCOMPARE(admin.get(secondPath).header("ETag"), secondEtag);
        // Reserved or malformed labels are invalid, not taken.
        for (const QString &bad :
             {QStringLiteral("www"), QStringLiteral("api"), QStringLiteral("ab"),
              QStringLiteral("-acme"), QStringLiteral("acme.example")}) {
            body[QStringLiteral("custom_subdomain")] = bad;
            const ApiReply refused = admin.put(secondPath, body, ifMatch(secondEtag));
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.error(), QStringLiteral("invalid_field"));
        }
        // Once the first company lets it go, the second may take it.
        QJsonObject release = settingsBody(QStringLiteral("Sub One"));
        QCOMPARE(admin.put(firstPath, release, ifMatch(taken.header("ETag"))).status, 200);
        body[QStringLiteral("custom_subdomain")] = QStringLiteral("acme-field");
        QCOMPARE(admin.put(secondPath, body, ifMatch(secondEtag)).status, 200);
    }

    // Texts are plain text: what goes in comes back byte for byte, to the console and to
    // the tenant, and nothing in the answers is HTML.
    void hostileTextRoundTrips()
    {
        const QString id = createCompany(QStringLiteral("TEXT-01"));
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/%1/settings").arg(id);
        const QString message = QStringLiteral(
            "<script>alert('x')</script><img src=x onerror=alert(1)>&amp; &lt;b&gt;\n"
            "evil 😀 \"quoted\" 'single' \\ back\\slash\r\nlast line");
        const QString footer = QStringLiteral("</footer><iframe src=\"javascript:alert(1)\">");
        QJsonObject body = settingsBody(QStringLiteral("<b>Bold</b> & Co"));
        body[QStringLiteral("login_message")] = message;
        body[QStringLiteral("login_title")] = QStringLiteral("<h1>Hi</h1>");
        body[QStringLiteral("footer_text")] = footer;
        const ApiReply saved = admin.put(path, body, ifMatch(admin.get(path).header("ETag")));
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject read = admin.get(path).json();
        QCOMPARE(read.value(QStringLiteral("login_message")).toString(), message);
        QCOMPARE(read.value(QStringLiteral("footer_text")).toString(), footer);
        QCOMPARE(read.value(QStringLiteral("login_title")).toString(),
                 QStringLiteral("<h1>Hi</h1>"));
        QCOMPARE(read.value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("<b>Bold</b> & Co"));
        auto tenant = m_platform.tenant(QUuid(id));
        QVERIFY2(tenant.ok(), qPrintable(tenant.error().message));
        const ApiReply own = tenant->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(own.status, 200);
        QCOMPARE(own.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(own.json().value(QStringLiteral("login_message")).toString(), message);
        QCOMPARE(own.json().value(QStringLiteral("footer_text")).toString(), footer);
        // Bidirectional overrides, which would make a text read differently from what it
        // says, are refused rather than stored.
        body[QStringLiteral("login_message")] = QStringLiteral("pay \u202Efdp.exe");
        const ApiReply refused = admin.put(path, body, ifMatch(saved.header("ETag")));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.error(), QStringLiteral("invalid_field"));
        QCOMPARE(admin.get(path).json().value(QStringLiteral("login_message")).toString(), message);
    }

    // Each tenant reads its own branding, images included, and nothing of another company's.
    void tenantSeesOwnBrandingOnly()
    {
        const QString a = createCompany(QStringLiteral("TEN-A"));
        const QString b = createCompany(QStringLiteral("TEN-B"));
        ApiClient &admin = m_platform.admin();
        const QString aPath = QStringLiteral("/admin/companies/%1/settings").arg(a);
        QJsonObject body = settingsBody(QStringLiteral("Alpha Branding"));
        body[QStringLiteral("primary_color")] = QStringLiteral("#AA0000");
        body[QStringLiteral("custom_subdomain")] = QStringLiteral("alpha-brand");
        const ApiReply saved = admin.put(aPath, body, ifMatch(admin.get(aPath).header("ETag")));
        QCOMPARE(saved.status, 200);
        const QByteArray logo = Images::png(100, 50);
        const ApiReply uploaded = admin.raw("PUT", aPath + QStringLiteral("/images/logo"), logo,
                                            "image/png", ifMatch(saved.header("ETag")));
        QCOMPARE(uploaded.status, 200);
        const QString logoUrl = uploaded.json().value(QStringLiteral("logo_url")).toString();

        auto tenantA = m_platform.tenant(QUuid(a));
        QVERIFY2(tenantA.ok(), qPrintable(tenantA.error().message));
        const ApiReply own = tenantA->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(own.status, 200);
        QCOMPARE(own.json(), uploaded.json());
        QCOMPARE(own.json().value(QStringLiteral("primary_color")).toString(),
                 QStringLiteral("#aa0000"));
        QCOMPARE(own.json().value(QStringLiteral("custom_subdomain")).toString(),
                 QStringLiteral("alpha-brand"));
        QCOMPARE(m_platform.client().get(logoUrl).body, logo);

        auto tenantB = m_platform.tenant(QUuid(b));
        QVERIFY2(tenantB.ok(), qPrintable(tenantB.error().message));
        const ApiReply other = tenantB->get(QStringLiteral("/api/company/settings"));
        QCOMPARE(other.status, 200);
        QVERIFY(other.json().value(QStringLiteral("logo_url")).isNull());
        QVERIFY(other.json().value(QStringLiteral("custom_subdomain")).isNull());
        QVERIFY(!other.body.contains("Alpha Branding"));
        QVERIFY(!other.body.contains(a.toLatin1()));
        // A tenant token is no admin session: the admin image route refuses it.
        QCOMPARE(tenantB->get(aPath + QStringLiteral("/images/logo")).status, 401);
        // A public URL naming company B with A's image hash finds nothing.
        QString crossed = logoUrl;
        crossed.replace(a, b);
        QCOMPARE(m_platform.client().get(crossed).status, 404);
    }

    void rolesOnImages()
    {
        const QString id = createCompany(QStringLiteral("ROLE-IMG"));
        ApiClient &admin = m_platform.admin();
        const QString base = QStringLiteral("/admin/companies/%1/settings").arg(id);
        const ApiReply uploaded =
            admin.raw("PUT", base + QStringLiteral("/images/logo"), Images::png(), "image/png",
                      ifMatch(admin.get(base).header("ETag")));
        QCOMPARE(uploaded.status, 200);
        auto support = m_platform.signIn(QStringLiteral("sue-img"), models::AdminRole::Support);
        QVERIFY2(support.ok(), qPrintable(support.error().message));
        QCOMPARE(support->get(base + QStringLiteral("/images/logo")).status, 200);
        QCOMPARE(support
                     ->raw("PUT", base + QStringLiteral("/images/logo"), Images::png(), "image/png",
                           ifMatch(uploaded.header("ETag")))
                     .status,
                 403);
        QCOMPARE(
            support->del(base + QStringLiteral("/images/logo"), ifMatch(uploaded.header("ETag")))
                .status,
            403);
        QCOMPARE(admin.get(base).header("ETag"), uploaded.header("ETag"));
    }

private:
    QString createCompany(const QString &code)
    {
        const ApiReply reply = m_platform.admin().post(
            QStringLiteral("/admin/companies"),
            {{QStringLiteral("code"), code},
             {QStringLiteral("name"), QStringLiteral("Company ") + code},
             {QStringLiteral("tier"), QStringLiteral("small")},
             {QStringLiteral("max_users"), 5},
             {QStringLiteral("contact_email"), QStringLiteral("ops@example.com")}});
        if (reply.status != 201) {
            qWarning("create answered %d: %s", reply.status, reply.body.constData());
            return {};
        }
        return reply.json().value(QStringLiteral("id")).toString();
    }

    PlatformFixture m_platform;
    QString m_refusedId;
};

QTEST_GUILESS_MAIN(TestBrandingApi)
#include "tst_brandingapi.moc"
