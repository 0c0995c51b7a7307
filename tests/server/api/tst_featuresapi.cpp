#include "models/domain/Tier.h"
#include "tests/support/PlatformFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace sphair;
using namespace sphair::tests;

namespace {

using Headers = ApiClient::Headers;

const QString kChangeSets = QStringLiteral("/admin/features/change-sets");
const QString kPreview = QStringLiteral("/admin/features/preview");
const QString kMatrix = QStringLiteral("/admin/features/companies");

QJsonObject change(const QString &code, const QJsonValue &enabled)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("enabled"), enabled}};
}

// A change of settings only (the switch stays as it is).
QJsonObject settings(const QString &code, const QJsonObject &config)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("config"), config}};
}

QJsonObject configOf(const QJsonArray &features, const QString &code);

QJsonObject entry(const QString &companyId, qint64 version, const QJsonArray &changes)
{
    return {{QStringLiteral("company_id"), companyId},
            {QStringLiteral("version"), version},
            {QStringLiteral("changes"), changes}};
}

QJsonObject batch(const QJsonArray &companies, bool dryRun = false)
{
    QJsonObject body {{QStringLiteral("companies"), companies}};
    if (dryRun)
        body.insert(QStringLiteral("dry_run"), true);
    return body;
}

// The feature `code` of a features array (CompanyFeatures, TenantFeatures, a batch result).
QJsonObject featureIn(const QJsonArray &features, const QString &code)
{
    for (const QJsonValue value : features) {
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            return value.toObject();
    }
    return {};
}

QJsonObject configOf(const QJsonArray &features, const QString &code)
{
    return featureIn(features, code).value(QStringLiteral("config")).toObject();
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue value : array.toArray())
        list.append(value.toString());
    return list;
}

} // namespace

// The features area over HTTPS, on SQLite and PostgreSQL: change sets across several
// companies (all or nothing, versions checked per company, audited), the tier template
// preview, and the tenant routes honouring the license's feature list.
class TestFeaturesApi : public QObject
{
    Q_OBJECT

    struct Company
    {
        QString id;
        qint64 version = 0; // of its features
        QJsonArray features;
    };

    // Creates a company as root; an empty id (and a failed test) otherwise.
    QString create(const QString &code, const QString &tier = QStringLiteral("small"))
    {
        const int users = tier == QLatin1String("small") ? 5
            : tier == QLatin1String("medium")            ? 20
                                                         : 50;
        const ApiReply reply = m_platform.admin().post(
            QStringLiteral("/admin/companies"),
            {{QStringLiteral("code"), code},
             {QStringLiteral("name"), QStringLiteral("Company ") + code},
             {QStringLiteral("tier"), tier},
             {QStringLiteral("max_users"), users},
             {QStringLiteral("contact_email"), QStringLiteral("ops@example.com")}});
        if (reply.status != 201) {
            qWarning("create answered %d: %s", reply.status, reply.body.constData());
            return {};
        }
        return reply.json().value(QStringLiteral("id")).toString();
    }

    Company read(const QString &id)
    {
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/companies/%1/features").arg(id));
        Company company;
        company.id = id;
        company.version = reply.json().value(QStringLiteral("version")).toInteger();
        company.features = reply.json().value(QStringLiteral("features")).toArray();
        return company;
    }

    QStringList auditActions(const QString &id)
    {
        QStringList actions;
        const ApiReply trail =
            m_platform.admin().get(QStringLiteral("/admin/companies/%1/audit").arg(id));
        for (const QJsonValue value : trail.json().value(QStringLiteral("items")).toArray())
            actions.append(value.toObject().value(QStringLiteral("action")).toString());
        return actions;
    }

    // A current license granting `features`.
    models::Status addLicense(const QString &companyId, const QStringList &features)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return m_platform.addLicense(
            {QUuid(companyId), 5, features, now.addDays(-1), now.addDays(365)});
    }

    // Turns one feature of one company on or off through the single-company PUT.
    int setFeature(const QString &id, const QString &code, bool enabled)
    {
        ApiClient &admin = m_platform.admin();
        const QString path = QStringLiteral("/admin/companies/%1/features").arg(id);
        return admin
            .put(path, {{QStringLiteral("changes"), QJsonArray {change(code, enabled)}}},
                 {{"If-Match", admin.get(path).header("ETag")}})
            .status;
    }

    // Every page of GET /admin/features/companies with `query` (limit included), in order;
    // the items of all pages. Fails the test on a page that is not 200 or that breaks the
    // paging contract.
    QJsonArray matrixPages(const QString &query, qint64 &total, int &pages)
    {
        QJsonArray items;
        QString cursor;
        total = -1;
        pages = 0;
        do {
            QString path = kMatrix + QLatin1Char('?') + query;
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const ApiReply reply = m_platform.admin().get(path);
            if (reply.status != 200) {
                qWarning("%s answered %d: %s", qPrintable(path), reply.status,
                         reply.body.constData());
                return {};
            }
            const QJsonObject page = reply.json();
            total = page.value(QStringLiteral("total")).toInteger(-1);
            for (const QJsonValue item : page.value(QStringLiteral("items")).toArray())
                items.append(item);
            const QJsonValue next = page.value(QStringLiteral("next_cursor"));
            if (!next.isNull() && !next.isString()) {
                qWarning("next_cursor is neither a string nor null");
                return {};
            }
            cursor = next.toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 1000);
        return items;
    }

private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        auto staff = m_platform.signInStaff();
        QVERIFY2(staff.ok(), qPrintable(staff.error().message));
    }

    void changeSetAppliesToSeveralCompanies()
    {
        const Company a = read(create(QStringLiteral("SET-A")));
        const Company b = read(create(QStringLiteral("SET-B"), QStringLiteral("medium")));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        QVERIFY(featureIn(a.features, QStringLiteral("reporting"))
                    .value(QStringLiteral("enabled"))
                    .toBool());

        const ApiReply applied = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, a.version,
                         {change(QStringLiteral("white_label"), true),
                          change(QStringLiteral("reporting"), false)}),
                   entry(b.id, b.version, {change(QStringLiteral("multi_site"), true)})}));
        QCOMPARE(applied.status, 200);
        QVERIFY(applied.json().value(QStringLiteral("applied")).toBool());
        const QJsonArray results = applied.json().value(QStringLiteral("companies")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("company_id")).toString(), a.id);
        QCOMPARE(first.value(QStringLiteral("version")).toInteger(), a.version + 1);
        const QJsonObject diffA = first.value(QStringLiteral("diff")).toObject();
        QCOMPARE(strings(diffA.value(QStringLiteral("added"))),
                 QStringList {QStringLiteral("white_label")});
        QCOMPARE(strings(diffA.value(QStringLiteral("removed"))),
                 QStringList {QStringLiteral("reporting")});
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("company_id")).toString(), b.id);
        QCOMPARE(second.value(QStringLiteral("version")).toInteger(), b.version + 1);

        // Read back: both companies changed, as the answer said, and each has its audit row.
        const Company afterA = read(a.id);
        const Company afterB = read(b.id);
        QCOMPARE(afterA.version, a.version + 1);
        QCOMPARE(afterB.version, b.version + 1);
        QCOMPARE(afterA.features, first.value(QStringLiteral("features")).toArray());
        QCOMPARE(afterB.features, second.value(QStringLiteral("features")).toArray());
        const QJsonObject whiteLabel = featureIn(afterA.features, QStringLiteral("white_label"));
        QVERIFY(whiteLabel.value(QStringLiteral("enabled")).toBool());
        QCOMPARE(whiteLabel.value(QStringLiteral("source")).toString(), QStringLiteral("override"));
        QVERIFY(featureIn(afterB.features, QStringLiteral("multi_site"))
                    .value(QStringLiteral("enabled"))
                    .toBool());
        QCOMPARE(auditActions(a.id).count(QStringLiteral("company_features.update")), 1);
        QCOMPARE(auditActions(b.id).count(QStringLiteral("company_features.update")), 1);
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/companies/%1/features").arg(a.id))
                     .header("ETag"),
                 QByteArray("\"v") + QByteArray::number(afterA.version) + '"');

        // Reset to the tier template: enabled null drops both overrides of A.
        const ApiReply reset = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, afterA.version,
                         {change(QStringLiteral("white_label"), QJsonValue::Null),
                          change(QStringLiteral("reporting"), QJsonValue::Null)})}));
        QCOMPARE(reset.status, 200);
        const QJsonObject resetDiff = reset.json()
                                          .value(QStringLiteral("companies"))
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(QStringLiteral("diff"))
                                          .toObject();
        QCOMPARE(strings(resetDiff.value(QStringLiteral("added"))),
                 QStringList {QStringLiteral("reporting")});
        QCOMPARE(strings(resetDiff.value(QStringLiteral("removed"))),
                 QStringList {QStringLiteral("white_label")});
        const Company resetA = read(a.id);
        for (const QJsonValue value : resetA.features)
            QCOMPARE(value.toObject().value(QStringLiteral("source")).toString(),
                     QStringLiteral("tier"));
        // Back to what the tier gives, switch for switch.
        QCOMPARE(resetA.features, a.features);
        QCOMPARE(auditActions(a.id).count(QStringLiteral("company_features.update")), 2);
    }

    void aStaleCompanyFailsTheWholeSet()
    {
        const Company a = read(create(QStringLiteral("STALE-A")));
        const Company b = read(create(QStringLiteral("STALE-B")));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        // Someone else changes B after the console read it.
        QCOMPARE(setFeature(b.id, QStringLiteral("calendar"), false), 200);
        const Company bumped = read(b.id);
        QCOMPARE(bumped.version, b.version + 1);

        const ApiReply refused = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, a.version, {change(QStringLiteral("api_access"), true)}),
                   entry(b.id, b.version, {change(QStringLiteral("api_access"), true)})}));
        QCOMPARE(refused.status, 412);
        QCOMPARE(refused.error(), QStringLiteral("precondition_failed"));
        const QJsonObject details = refused.json().value(QStringLiteral("details")).toObject();
        QCOMPARE(strings(details.value(QStringLiteral("stale_company_ids"))), QStringList {b.id});
        QCOMPARE(
            details.value(QStringLiteral("current_versions")).toObject().value(b.id).toInteger(),
            bumped.version);

        // Nothing applied: A as it was, B only with the other change.
        const Company afterA = read(a.id);
        QCOMPARE(afterA.version, a.version);
        QCOMPARE(afterA.features, a.features);
        const Company afterB = read(b.id);
        QCOMPARE(afterB.version, bumped.version);
        QCOMPARE(afterB.features, bumped.features);
        QVERIFY(auditActions(a.id).count(QStringLiteral("company_features.update")) == 0);
        QCOMPARE(auditActions(b.id).count(QStringLiteral("company_features.update")), 1);

        // Both stale: both named.
        QCOMPARE(setFeature(a.id, QStringLiteral("calendar"), false), 200);
        const ApiReply both = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, a.version, {change(QStringLiteral("api_access"), true)}),
                   entry(b.id, b.version, {change(QStringLiteral("api_access"), true)})}));
        QCOMPARE(both.status, 412);
        QStringList named = strings(both.json()
                                        .value(QStringLiteral("details"))
                                        .toObject()
                                        .value(QStringLiteral("stale_company_ids")));
        named.sort();
        QStringList expected {a.id, b.id};
        expected.sort();
        QCOMPARE(named, expected);

        // With the versions reloaded the same set applies.
        const ApiReply retried = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, read(a.id).version, {change(QStringLiteral("api_access"), true)}),
                   entry(b.id, read(b.id).version, {change(QStringLiteral("api_access"), true)})}));
        QCOMPARE(retried.status, 200);
    }

    void unknownCompaniesAndFeaturesAreRefused()
    {
        const Company a = read(create(QStringLiteral("UNKNOWN-A")));
        QVERIFY(!a.id.isEmpty());
        const QString ghost = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ApiClient &admin = m_platform.admin();

        const ApiReply missing =
            admin.post(kChangeSets,
                       batch({entry(a.id, a.version, {change(QStringLiteral("api_access"), true)}),
                              entry(ghost, 1, {change(QStringLiteral("api_access"), true)})}));
        QCOMPARE(missing.status, 404);
        QCOMPARE(strings(missing.json()
                             .value(QStringLiteral("details"))
                             .toObject()
                             .value(QStringLiteral("company_ids"))),
                 QStringList {ghost});

        const ApiReply unknownCode =
            admin.post(kChangeSets,
                       batch({entry(a.id, a.version,
                                    {change(QStringLiteral("api_access"), true),
                                     change(QStringLiteral("teleportation"), true)})}));
        QCOMPARE(unknownCode.status, 400);
        QCOMPARE(unknownCode.error(), QStringLiteral("invalid_field"));
        QCOMPARE(unknownCode.json()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("companies[0].changes[1].code"));

        // Malformed sets: no companies, a company twice, a wrong type, an unknown field.
        QCOMPARE(admin.post(kChangeSets, batch({})).status, 400);
        const QJsonObject one = entry(a.id, a.version, {change(QStringLiteral("calendar"), true)});
        QCOMPARE(admin.post(kChangeSets, batch({one, one})).status, 400);
        QCOMPARE(
            admin
                .post(kChangeSets,
                      batch({entry(a.id, a.version,
                                   {change(QStringLiteral("calendar"), QStringLiteral("on"))})}))
                .status,
            400);
        QJsonObject extra = batch({one});
        extra.insert(QStringLiteral("force"), true);
        QCOMPARE(admin.post(kChangeSets, extra).status, 400);
        // Sales may not change features.
        QCOMPARE(m_platform.sales().post(kChangeSets, batch({one})).status, 403);

        const Company after = read(a.id);
        QCOMPARE(after.version, a.version);
        QCOMPARE(after.features, a.features);
        QCOMPARE(auditActions(a.id).count(QStringLiteral("company_features.update")), 0);
        QCOMPARE(m_platform.client().get(QStringLiteral("/healthz")).status, 200);
    }

    void aDryRunChangesNothing()
    {
        const Company a = read(create(QStringLiteral("DRY-A")));
        const Company b = read(create(QStringLiteral("DRY-B")));
        const ApiReply dry = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, a.version, {change(QStringLiteral("white_label"), true)}),
                   entry(b.id, b.version, {change(QStringLiteral("inventory"), false)})},
                  true));
        QCOMPARE(dry.status, 200);
        QCOMPARE(dry.json().value(QStringLiteral("applied")).toBool(), false);
        const QJsonArray results = dry.json().value(QStringLiteral("companies")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(strings(results.at(0)
                             .toObject()
                             .value(QStringLiteral("diff"))
                             .toObject()
                             .value(QStringLiteral("added"))),
                 QStringList {QStringLiteral("white_label")});
        QCOMPARE(strings(results.at(1)
                             .toObject()
                             .value(QStringLiteral("diff"))
                             .toObject()
                             .value(QStringLiteral("removed"))),
                 QStringList {QStringLiteral("inventory")});
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("version")).toInteger(), a.version);
        for (const Company &before : {a, b}) {
            const Company after = read(before.id);
            QCOMPARE(after.version, before.version);
            QCOMPARE(after.features, before.features);
            QCOMPARE(auditActions(before.id).count(QStringLiteral("company_features.update")), 0);
        }
        // A stale version fails a dry run too.
        QCOMPARE(m_platform.admin()
                     .post(kChangeSets,
                           batch({entry(a.id, a.version + 5,
                                        {change(QStringLiteral("white_label"), true)})},
                                 true))
                     .status,
                 412);
    }

    void tierPreviewCountsTheCompaniesThatWouldChange()
    {
        ApiClient &admin = m_platform.admin();
        const ApiReply catalog = admin.get(QStringLiteral("/admin/features"));
        QCOMPARE(catalog.status, 200);
        const QByteArray etag = catalog.header("ETag");
        const QJsonObject tiers = catalog.json().value(QStringLiteral("tiers")).toObject();
        // Small companies would lose the calendar.
        QJsonObject small = tiers.value(QStringLiteral("small")).toObject();
        QStringList smallFeatures = strings(small.value(QStringLiteral("features")));
        QVERIFY(smallFeatures.removeAll(QStringLiteral("calendar")) == 1);
        small[QStringLiteral("features")] = QJsonArray::fromStringList(smallFeatures);
        QJsonObject changed = tiers;
        changed[QStringLiteral("small")] = small;
        const QJsonObject update {{QStringLiteral("tiers"), changed}};

        const auto preview = [&]() {
            return admin.post(kPreview, update);
        };
        const ApiReply first = preview();
        QCOMPARE(first.status, 200);
        const qint64 changedBefore =
            first.json().value(QStringLiteral("companies_changed")).toInteger();
        const qint64 totalBefore =
            first.json().value(QStringLiteral("companies_total")).toInteger();
        QVERIFY(changedBefore <= totalBefore);
        QCOMPARE(strings(first.json()
                             .value(QStringLiteral("catalog"))
                             .toObject()
                             .value(QStringLiteral("tiers"))
                             .toObject()
                             .value(QStringLiteral("small"))
                             .toObject()
                             .value(QStringLiteral("features"))),
                 smallFeatures);

        // A small company following its template would change; one that keeps the calendar by
        // its own override would not; a large one would not either.
        QVERIFY(!create(QStringLiteral("PREVIEW-1")).isEmpty());
        const QString pinned = create(QStringLiteral("PREVIEW-2"));
        QCOMPARE(setFeature(pinned, QStringLiteral("calendar"), true), 200);
        QVERIFY(!create(QStringLiteral("PREVIEW-3"), QStringLiteral("large")).isEmpty());
        const ApiReply second = preview();
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(QStringLiteral("companies_changed")).toInteger(),
                 changedBefore + 1);
        QCOMPARE(second.json().value(QStringLiteral("companies_total")).toInteger(),
                 totalBefore + 3);

        // Nothing was saved; a stale If-Match fails; only a superadmin may preview.
        QCOMPARE(admin.get(QStringLiteral("/admin/features")).header("ETag"), etag);
        QCOMPARE(admin.post(kPreview, update, {{"If-Match", etag}}).status, 200);
        QCOMPARE(admin.post(kPreview, update, {{"If-Match", "\"v999\""}}).status, 412);
        QCOMPARE(m_platform.sales().post(kPreview, update).status, 403);
        QJsonObject inverted = small;
        inverted[QStringLiteral("min_users")] = 50;
        QJsonObject badTiers = tiers;
        badTiers[QStringLiteral("small")] = inverted;
        QCOMPARE(admin.post(kPreview, {{QStringLiteral("tiers"), badTiers}}).status, 400);

        // Saving it changes exactly what the preview counted for these companies.
        const ApiReply saved =
            admin.put(QStringLiteral("/admin/features"), update, {{"If-Match", etag}});
        QCOMPARE(saved.status, 200);
        const QJsonObject pinnedCalendar =
            featureIn(read(pinned).features, QStringLiteral("calendar"));
        QVERIFY(pinnedCalendar.value(QStringLiteral("enabled")).toBool());
        const ApiReply restored =
            admin.put(QStringLiteral("/admin/features"), {{QStringLiteral("tiers"), tiers}},
                      {{"If-Match", saved.header("ETag")}});
        QCOMPARE(restored.status, 200);
    }

    void tenantsUseOnlyLicensedFeaturesThatAreOn()
    {
        const QString a = create(QStringLiteral("LIC-A"));
        const QString b = create(QStringLiteral("LIC-B"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // A's license grants inventory and reporting; white_label is switched on anyway.
        QVERIFY(addLicense(a, {QStringLiteral("inventory"), QStringLiteral("reporting")}).ok());
        QCOMPARE(setFeature(a, QStringLiteral("white_label"), true), 200);
        // B's license lacks reporting, which is switched on for B.
        QVERIFY(addLicense(b, {QStringLiteral("inventory"), QStringLiteral("calendar")}).ok());
        QCOMPARE(setFeature(b, QStringLiteral("reporting"), true), 200);

        // The console sees the switch and the license flag.
        const Company adminA = read(a);
        const QJsonObject whiteLabel = featureIn(adminA.features, QStringLiteral("white_label"));
        QVERIFY(whiteLabel.value(QStringLiteral("enabled")).toBool());
        QCOMPARE(whiteLabel.value(QStringLiteral("licensed")).toBool(), false);
        QVERIFY(featureIn(adminA.features, QStringLiteral("reporting"))
                    .value(QStringLiteral("licensed"))
                    .toBool());

        auto tenantA = m_platform.tenant(QUuid(a));
        auto tenantB = m_platform.tenant(QUuid(b));
        QVERIFY(tenantA.ok() && tenantB.ok());
        const ApiReply featuresA = tenantA->get(QStringLiteral("/api/company/features"));
        QCOMPARE(featuresA.status, 200);
        const QJsonArray listA = featuresA.json().value(QStringLiteral("features")).toArray();
        const QJsonObject tenantWhiteLabel = featureIn(listA, QStringLiteral("white_label"));
        QCOMPARE(tenantWhiteLabel.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(tenantWhiteLabel.value(QStringLiteral("licensed")).toBool(), false);
        QVERIFY(featureIn(listA, QStringLiteral("reporting"))
                    .value(QStringLiteral("enabled"))
                    .toBool());
        // calendar is switched on by the small tier but not licensed: not usable.
        QCOMPARE(
            featureIn(listA, QStringLiteral("calendar")).value(QStringLiteral("enabled")).toBool(),
            false);
        QVERIFY(featureIn(listA, QStringLiteral("inventory"))
                    .value(QStringLiteral("enabled"))
                    .toBool());
        QCOMPARE(tenantA->get(QStringLiteral("/api/reports")).status, 200);

        // B: reporting switched on, not licensed: the report is refused.
        const ApiReply gated = tenantB->get(QStringLiteral("/api/reports"));
        QCOMPARE(gated.status, 403);
        QCOMPARE(gated.error(), QStringLiteral("feature_disabled"));
        QCOMPARE(featureIn(tenantB->get(QStringLiteral("/api/company/features"))
                               .json()
                               .value(QStringLiteral("features"))
                               .toArray(),
                           QStringLiteral("reporting"))
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 false);

        // B's token sees none of A's state, before and after a change set to A.
        const ApiReply beforeB = tenantB->get(QStringLiteral("/api/company/features"));
        QVERIFY(!beforeB.body.contains(a.toUtf8()));
        QCOMPARE(featureIn(beforeB.json().value(QStringLiteral("features")).toArray(),
                           QStringLiteral("white_label"))
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("tier"));
        const Company current = read(a);
        QCOMPARE(m_platform.admin()
                     .post(kChangeSets,
                           batch({entry(a, current.version,
                                        {change(QStringLiteral("inventory"), false)})}))
                     .status,
                 200);
        QCOMPARE(tenantB->get(QStringLiteral("/api/company/features")).body, beforeB.body);
        QCOMPARE(featureIn(tenantA->get(QStringLiteral("/api/company/features"))
                               .json()
                               .value(QStringLiteral("features"))
                               .toArray(),
                           QStringLiteral("inventory"))
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 false);

        // Without a usable license nothing is usable.
        const QString c = create(QStringLiteral("LIC-C"));
        auto tenantC = m_platform.tenant(QUuid(c));
        QVERIFY(tenantC.ok());
        for (const QJsonValue value : tenantC->get(QStringLiteral("/api/company/features"))
                                          .json()
                                          .value(QStringLiteral("features"))
                                          .toArray())
            QCOMPARE(value.toObject().value(QStringLiteral("enabled")).toBool(), false);
    }

    void matrixPagesEveryCompanyOnceWithItsFeatures()
    {
        // Seven companies of mixed tiers, some with overrides, some with licenses.
        QStringList ids;
        const QStringList tiers {QStringLiteral("small"), QStringLiteral("medium"),
                                 QStringLiteral("large")};
        for (int i = 0; i < 7; ++i) {
            const QString id = create(QStringLiteral("MX-%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                                      tiers.at(i % 3));
            QVERIFY(!id.isEmpty());
            ids.append(id);
        }
        const QStringList codes = models::FeatureCatalog::codes();
        QVERIFY(codes.size() >= 3);
        QCOMPARE(setFeature(ids.at(0), codes.at(0), false), 200);
        QCOMPARE(setFeature(ids.at(0), codes.at(2), true), 200);
        QCOMPARE(setFeature(ids.at(4), codes.at(1), true), 200);
        QVERIFY(addLicense(ids.at(0), {codes.at(0), codes.at(2)}).ok());
        QVERIFY(addLicense(ids.at(5), codes).ok());
        QVERIFY(addLicense(ids.at(6), {codes.at(1)}).ok());

        qint64 total = 0;
        int pages = 0;
        const QJsonArray items = matrixPages(QStringLiteral("limit=3&q=mx-"), total, pages);
        QCOMPARE(total, qint64(ids.size()));
        QCOMPARE(pages, 3);
        QCOMPARE(items.size(), ids.size());
        QStringList seen;
        QStringList listedCodes;
        for (const QJsonValue value : items) {
            const QJsonObject company =
                value.toObject().value(QStringLiteral("company")).toObject();
            const QJsonObject features =
                value.toObject().value(QStringLiteral("features")).toObject();
            const QString id = company.value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id + QStringLiteral(" twice")));
            seen.append(id);
            listedCodes.append(company.value(QStringLiteral("code")).toString());
            // Exactly what the per-company routes answer.
            const ApiReply one =
                m_platform.admin().get(QStringLiteral("/admin/companies/%1/features").arg(id));
            QCOMPARE(one.status, 200);
            QCOMPARE(features, one.json());
            const ApiReply header =
                m_platform.admin().get(QStringLiteral("/admin/companies/%1").arg(id));
            QCOMPARE(header.status, 200);
            QCOMPARE(company, header.json());
        }
        QStringList expected = ids;
        QStringList got = seen;
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        QStringList byCode = listedCodes;
        byCode.sort();
        QCOMPARE(listedCodes, byCode);

        // The licensed flags follow each company's license; the overrides show.
        const QJsonArray first = items.at(0)
                                     .toObject()
                                     .value(QStringLiteral("features"))
                                     .toObject()
                                     .value(QStringLiteral("features"))
                                     .toArray();
        QCOMPARE(featureIn(first, codes.at(0)).value(QStringLiteral("licensed")).toBool(), true);
        QCOMPARE(featureIn(first, codes.at(1)).value(QStringLiteral("licensed")).toBool(), false);
        QCOMPARE(featureIn(first, codes.at(2)).value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(featureIn(first, codes.at(2)).value(QStringLiteral("source")).toString(),
                 QStringLiteral("override"));
        QCOMPARE(featureIn(first, codes.at(0)).value(QStringLiteral("enabled")).toBool(), false);

        // Unfiltered, page by page: every listed company once, as many as the company list.
        const QJsonArray all = matrixPages(QStringLiteral("limit=4"), total, pages);
        QCOMPARE(qint64(all.size()), total);
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/companies?limit=1"))
                     .json()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 total);
        QSet<QString> unique;
        for (const QJsonValue value : all)
            unique.insert(value.toObject()
                              .value(QStringLiteral("company"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString());
        QCOMPARE(qint64(unique.size()), total);
        for (const QString &id : std::as_const(ids))
            QVERIFY(unique.contains(id));

        // The company list's filters apply.
        const QJsonArray large = matrixPages(QStringLiteral("q=mx-&tier=large"), total, pages);
        QCOMPARE(total, qint64(2));
        QCOMPARE(large.size(), 2);
        QCOMPARE(pages, 1);
    }

    void matrixRefusesBadPagingAndNonAdmins()
    {
        ApiClient &admin = m_platform.admin();
        QCOMPARE(admin.get(kMatrix + QStringLiteral("?limit=0")).status, 400);
        QCOMPARE(admin.get(kMatrix + QStringLiteral("?limit=501")).status, 400);
        QCOMPARE(admin.get(kMatrix + QStringLiteral("?cursor=nonsense")).status, 400);
        QCOMPARE(admin.get(kMatrix + QStringLiteral("?tier=huge")).status, 400);
        // Every admin role may read the matrix (as each company's features).
        QCOMPARE(m_platform.sales().get(kMatrix + QStringLiteral("?limit=1")).status, 200);
        // Without a session, or with a tenant's token, the admin route answers nothing.
        const ApiReply anonymous = m_platform.client().get(kMatrix);
        QCOMPARE(anonymous.status, 401);
        const QString id = create(QStringLiteral("MX-TENANT"));
        QVERIFY(!id.isEmpty());
        auto tenant = m_platform.tenant(QUuid(id));
        QVERIFY2(tenant.ok(), qPrintable(tenant.error().message));
        const ApiReply asTenant = tenant->get(kMatrix);
        QVERIFY2(asTenant.status == 401 || asTenant.status == 403, asTenant.body.constData());
        QVERIFY(!asTenant.body.contains("\"items\""));
    }

    // Settings through a change set: a change may carry only settings (the switch stays the
    // tier's), a switch and settings, or a reset of one setting; the admin and tenant routes
    // read them back with the defaults filled in; audited and versioned like a switch.
    void settingsThroughChangeSets()
    {
        const Company a = read(create(QStringLiteral("CFG-A"), QStringLiteral("medium")));
        const Company b = read(create(QStringLiteral("CFG-B")));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        QVERIFY(addLicense(a.id, {QStringLiteral("inventory"), QStringLiteral("api_access")}).ok());
        // Defaults before anything is set.
        QCOMPARE(
            configOf(a.features, QStringLiteral("api_access")),
            (QJsonObject {{QStringLiteral("rate_limit_per_minute"), 600},
                          {QStringLiteral("webhooks"), false},
                          {QStringLiteral("webhook_signing_label"), QStringLiteral("sphair")}}));
        QCOMPARE(configOf(a.features, QStringLiteral("white_label")), QJsonObject());
        const auto maxSites = [](int sites) {
            return QJsonObject {{QStringLiteral("max_sites"), sites}};
        };
        QCOMPARE(configOf(a.features, QStringLiteral("multi_site")), maxSites(5));

        QJsonObject multiSite = change(QStringLiteral("multi_site"), true);
        multiSite.insert(QStringLiteral("config"), maxSites(12));
        const ApiReply applied = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, a.version,
                         {settings(QStringLiteral("api_access"),
                                   {{QStringLiteral("rate_limit_per_minute"), 1200},
                                    {QStringLiteral("webhooks"), true}}),
                          multiSite}),
                   entry(b.id, b.version,
                         {settings(
                             QStringLiteral("calendar"),
                             {{QStringLiteral("week_starts_on"), QStringLiteral("sunday")}})})}));
        QCOMPARE(applied.status, 200);
        const QJsonArray results = applied.json().value(QStringLiteral("companies")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("version")).toInteger(),
                 a.version + 1);
        const QJsonObject expectedApi {
            {QStringLiteral("rate_limit_per_minute"), 1200},
            {QStringLiteral("webhooks"), true},
            {QStringLiteral("webhook_signing_label"), QStringLiteral("sphair")}};
        QCOMPARE(configOf(results.at(0).toObject().value(QStringLiteral("features")).toArray(),
                          QStringLiteral("api_access")),
                 expectedApi);

        // Read back through the admin route: settings only leave the switch to the tier.
        const Company afterA = read(a.id);
        const Company afterB = read(b.id);
        QCOMPARE(afterA.version, a.version + 1);
        QCOMPARE(afterB.version, b.version + 1);
        const QJsonObject api = featureIn(afterA.features, QStringLiteral("api_access"));
        QCOMPARE(api.value(QStringLiteral("config")).toObject(), expectedApi);
        QCOMPARE(api.value(QStringLiteral("source")).toString(), QStringLiteral("tier"));
        QVERIFY(api.value(QStringLiteral("enabled")).toBool());
        const QJsonObject sites = featureIn(afterA.features, QStringLiteral("multi_site"));
        QCOMPARE(sites.value(QStringLiteral("config")).toObject(), maxSites(12));
        QCOMPARE(sites.value(QStringLiteral("source")).toString(), QStringLiteral("override"));
        QCOMPARE(configOf(afterB.features, QStringLiteral("calendar"))
                     .value(QStringLiteral("week_starts_on"))
                     .toString(),
                 QStringLiteral("sunday"));
        QCOMPARE(featureIn(afterB.features, QStringLiteral("calendar"))
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("tier"));
        QCOMPARE(m_platform.admin()
                     .get(QStringLiteral("/admin/companies/%1/features").arg(a.id))
                     .header("ETag"),
                 QByteArray("\"v") + QByteArray::number(afterA.version) + '"');

        // The audit row carries the settings sent and the features before and after.
        const ApiReply trail =
            m_platform.admin().get(QStringLiteral("/admin/companies/%1/audit").arg(a.id));
        QJsonObject audited;
        for (const QJsonValue value : trail.json().value(QStringLiteral("items")).toArray()) {
            if (value.toObject().value(QStringLiteral("action")).toString()
                == QLatin1String("company_features.update"))
                audited = value.toObject();
        }
        const QJsonObject after = audited.value(QStringLiteral("after")).toObject();
        QCOMPARE(featureIn(after.value(QStringLiteral("changes")).toArray(),
                           QStringLiteral("api_access"))
                     .value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("rate_limit_per_minute"))
                     .toInt(),
                 1200);
        QCOMPARE(configOf(audited.value(QStringLiteral("before"))
                              .toObject()
                              .value(QStringLiteral("features"))
                              .toArray(),
                          QStringLiteral("api_access"))
                     .value(QStringLiteral("rate_limit_per_minute"))
                     .toInt(),
                 600);

        // The tenant sees the settings of what it may use: api_access (licensed, on), not
        // multi_site (on, not licensed).
        auto tenantA = m_platform.tenant(QUuid(a.id));
        QVERIFY(tenantA.ok());
        const ApiReply tenantFeatures = tenantA->get(QStringLiteral("/api/company/features"));
        QCOMPARE(tenantFeatures.status, 200);
        const QJsonArray tenantList =
            tenantFeatures.json().value(QStringLiteral("features")).toArray();
        QCOMPARE(configOf(tenantList, QStringLiteral("api_access")), expectedApi);
        QCOMPARE(configOf(tenantList, QStringLiteral("multi_site")), QJsonObject());

        // A null setting returns to its default, the others keep theirs; dropping the override
        // keeps the settings.
        const ApiReply reset = m_platform.admin().post(
            kChangeSets,
            batch({entry(a.id, afterA.version,
                         {settings(QStringLiteral("api_access"),
                                   {{QStringLiteral("rate_limit_per_minute"), QJsonValue::Null}}),
                          change(QStringLiteral("multi_site"), QJsonValue::Null)})}));
        QCOMPARE(reset.status, 200);
        const Company resetA = read(a.id);
        QJsonObject expectedReset = expectedApi;
        expectedReset.insert(QStringLiteral("rate_limit_per_minute"), 600);
        QCOMPARE(configOf(resetA.features, QStringLiteral("api_access")), expectedReset);
        const QJsonObject sitesReset = featureIn(resetA.features, QStringLiteral("multi_site"));
        QCOMPARE(sitesReset.value(QStringLiteral("source")).toString(), QStringLiteral("tier"));
        QCOMPARE(sitesReset.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(sitesReset.value(QStringLiteral("config")).toObject(), maxSites(12));
        QCOMPARE(auditActions(a.id).count(QStringLiteral("company_features.update")), 2);
    }

    // A setting the feature does not have, of the wrong type or out of range refuses the whole
    // set, naming the key; nothing is applied to any company.
    void invalidSettingsRefuseTheWholeSet()
    {
        const Company a = read(create(QStringLiteral("BADCFG-A")));
        const Company b = read(create(QStringLiteral("BADCFG-B")));
        QVERIFY(!a.id.isEmpty() && !b.id.isEmpty());
        ApiClient &admin = m_platform.admin();
        const QJsonArray goodA {
            settings(QStringLiteral("calendar"),
                     {{QStringLiteral("week_starts_on"), QStringLiteral("saturday")}}),
            change(QStringLiteral("white_label"), true)};

        const ApiReply outOfRange =
            admin.post(kChangeSets,
                       batch({entry(a.id, a.version, goodA),
                              entry(b.id, b.version,
                                    {change(QStringLiteral("calendar"), false),
                                     settings(QStringLiteral("api_access"),
                                              {{QStringLiteral("rate_limit_per_minute"), 5}})})}));
        QCOMPARE(outOfRange.status, 400);
        QCOMPARE(outOfRange.error(), QStringLiteral("invalid_field"));
        QCOMPARE(outOfRange.field(),
                 QStringLiteral("companies[1].changes[1].config.rate_limit_per_minute"));

        const ApiReply unknownKey = admin.post(
            kChangeSets,
            batch({entry(a.id, a.version,
                         {settings(QStringLiteral("white_label"),
                                   {{QStringLiteral("colour"), QStringLiteral("red")}})})}));
        QCOMPARE(unknownKey.status, 400);
        QCOMPARE(unknownKey.field(), QStringLiteral("companies[0].changes[0].config.colour"));

        const ApiReply unknownChoice = admin.post(
            kChangeSets,
            batch({entry(
                a.id, a.version,
                {settings(QStringLiteral("calendar"),
                          {{QStringLiteral("week_starts_on"), QStringLiteral("friday")}})})}));
        QCOMPARE(unknownChoice.status, 400);
        QCOMPARE(unknownChoice.field(),
                 QStringLiteral("companies[0].changes[0].config.week_starts_on"));

        // The single-company PUT checks the same way.
        const QString path = QStringLiteral("/admin/companies/%1/features").arg(a.id);
        const ApiReply wrongType = admin.put(
            path,
            {{QStringLiteral("changes"),
              QJsonArray {settings(QStringLiteral("multi_site"),
                                   {{QStringLiteral("max_sites"), QStringLiteral("many")}})}}},
            {{"If-Match", admin.get(path).header("ETag")}});
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(wrongType.field(), QStringLiteral("changes[0].config.max_sites"));
        const ApiReply notObject = admin.put(
            path,
            {{QStringLiteral("changes"),
              QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("multi_site")},
                                       {QStringLiteral("config"), 3}}}}},
            {{"If-Match", admin.get(path).header("ETag")}});
        QCOMPARE(notObject.status, 400);

        // Nothing of any of them was applied.
        const Company afterA = read(a.id);
        const Company afterB = read(b.id);
        QCOMPARE(afterA.version, a.version);
        QCOMPARE(afterA.features, a.features);
        QCOMPARE(afterB.version, b.version);
        QCOMPARE(afterB.features, b.features);
        QCOMPARE(auditActions(a.id).count(QStringLiteral("company_features.update")), 0);
        QCOMPARE(auditActions(b.id).count(QStringLiteral("company_features.update")), 0);

        // The single PUT applies valid settings and answers them.
        const ApiReply good =
            admin.put(path,
                      {{QStringLiteral("changes"),
                        QJsonArray {settings(QStringLiteral("multi_site"),
                                             {{QStringLiteral("max_sites"), 250}})}}},
                      {{"If-Match", admin.get(path).header("ETag")}});
        QCOMPARE(good.status, 200);
        QCOMPARE(configOf(good.json().value(QStringLiteral("features")).toArray(),
                          QStringLiteral("multi_site"))
                     .value(QStringLiteral("max_sites"))
                     .toInt(),
                 250);
        QCOMPARE(configOf(read(a.id).features, QStringLiteral("multi_site"))
                     .value(QStringLiteral("max_sites"))
                     .toInt(),
                 250);
    }

private:
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestFeaturesApi)
#include "tst_featuresapi.moc"
