#include "models/domain/Tier.h"

#include <QTest>

using namespace sphair::models;

// The tier codes and ranges of DESIGN.md §3, and the feature catalog.
class TestTier : public QObject
{
    Q_OBJECT
private slots:
    void codesRoundTrip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("known");
        QTest::newRow("small") << QStringLiteral("small") << true;
        QTest::newRow("medium") << QStringLiteral("medium") << true;
        QTest::newRow("large") << QStringLiteral("large") << true;
        QTest::newRow("capitalised") << QStringLiteral("Small") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("enterprise") << QStringLiteral("enterprise") << false;
    }
    void codesRoundTrip()
    {
        QFETCH(QString, code);
        QFETCH(bool, known);
        const auto tier = tierFromCode(code);
        QCOMPARE(tier.has_value(), known);
        if (tier)
            QCOMPARE(tierCode(*tier), code);
    }

    void defaultRanges()
    {
        const TierPolicy &policy = TierPolicy::defaults();
        QVERIFY(policy.range(Tier::Small).contains(2));
        QVERIFY(policy.range(Tier::Small).contains(10));
        QVERIFY(!policy.range(Tier::Small).contains(1));
        QVERIFY(!policy.range(Tier::Small).contains(11));
        QVERIFY(policy.range(Tier::Medium).contains(10));
        QVERIFY(policy.range(Tier::Medium).contains(30));
        QVERIFY(!policy.range(Tier::Medium).contains(31));
        QVERIFY(policy.range(Tier::Large).contains(30));
        QVERIFY(policy.range(Tier::Large).contains(5000));
        QVERIFY(!policy.range(Tier::Large).contains(29));
        QVERIFY(!policy.range(Tier::Large).contains(kMaxLicensedUsers + 1));
    }

    void catalog()
    {
        QCOMPARE(FeatureCatalog::codes().size(), 11);
        QVERIFY(FeatureCatalog::contains(u"white_label"));
        QVERIFY(!FeatureCatalog::contains(u"teleport"));
        for (Tier tier : allTiers()) {
            for (const QString &feature : FeatureCatalog::tierTemplate(tier))
                QVERIFY2(FeatureCatalog::contains(feature), qPrintable(feature));
        }
        QVERIFY(FeatureCatalog::tierTemplate(Tier::Small).size()
                < FeatureCatalog::tierTemplate(Tier::Medium).size());
        QCOMPARE(FeatureCatalog::tierTemplate(Tier::Large), FeatureCatalog::codes());
    }
};

QTEST_GUILESS_MAIN(TestTier)
#include "tst_tier.moc"
