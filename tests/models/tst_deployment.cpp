#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/Deployment.h"
#include "models/domain/DeploymentStart.h"

#include <QJsonArray>
#include <QTest>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

// Deployments and their steps: wire shape, rules, and the canonical step list.
class TestDeployment : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const auto deployment = Deployment::fromJson(WireSamples::deployment());
        QVERIFY2(deployment.ok(), qPrintable(deployment.error().message));
        QCOMPARE(deployment->status, DeploymentStatus::Running);
        QCOMPARE(deployment->activeColor, DeploymentColor::Green);
        QCOMPARE(deployment->steps.size(), 2);
        QCOMPARE(deployment->steps.at(0).output, QStringLiteral("disk ok\nschema ok"));
        QCOMPARE(deployment->toJson(), WireSamples::deployment());
        QVERIFY(deployment->validate().ok());
        QVERIFY(!deployment->isFinished());
        QCOMPARE(Deployment::fromJson(deployment->toJson()).value(), deployment.value());
    }

    void stepRoundTrip()
    {
        const auto step = DeploymentStep::fromJson(WireSamples::deploymentStep());
        QVERIFY2(step.ok(), qPrintable(step.error().message));
        QCOMPARE(step->ordinal, 1);
        QCOMPARE(step->toJson(), WireSamples::deploymentStep());
        QVERIFY(roundTrips(step.value()));
        const auto bad = DeploymentStep::fromJson(
            patched(WireSamples::deploymentStep(), QStringLiteral("ordinal"), QStringLiteral("1")));
        QVERIFY(isFieldError(bad.error(), QStringLiteral("ordinal"), QStringLiteral("wrong_type")));
    }

    void startRequestIsJustAVersion()
    {
        const auto deployment = Deployment::fromJson(parseObject(R"({"version": "2.15.0-rc.1"})"));
        QVERIFY(deployment.ok());
        QCOMPARE(deployment->status, DeploymentStatus::Pending);
        QVERIFY(deployment->steps.isEmpty());
        QVERIFY(deployment->validate().ok());
    }

    void listsLeaveStepsOut()
    {
        Deployment listed = Deployment::fromJson(WireSamples::deployment()).value();
        listed.steps.clear();
        QVERIFY(!listed.toJson().contains(QLatin1String("steps")));
        QCOMPARE(Deployment::fromJson(listed.toJson()).value(), listed);
    }

    void canonicalSteps()
    {
        const QStringList expected {
            QStringLiteral("pre_checks"),     QStringLiteral("maintenance_on"),
            QStringLiteral("deploy_standby"), QStringLiteral("health_check"),
            QStringLiteral("switch"),         QStringLiteral("monitor"),
            QStringLiteral("maintenance_off")};
        QCOMPARE(DeploymentStep::canonicalNames(), expected);
        QCOMPARE(DeploymentStep::rollbackName(), QStringLiteral("rollback"));
        const auto plan = DeploymentStep::plan();
        QCOMPARE(plan.size(), 7);
        for (int i = 0; i < plan.size(); ++i) {
            QCOMPARE(plan.at(i).ordinal, i + 1);
            QCOMPARE(plan.at(i).name, expected.at(i));
            QCOMPARE(plan.at(i).status, DeploymentStepStatus::Pending);
            QVERIFY(DeploymentStep::displayName(plan.at(i).name) != plan.at(i).name);
        }
        Deployment deployment;
        deployment.version = QStringLiteral("1.0.0");
        deployment.steps = plan;
        QVERIFY(deployment.validate().ok());
        deployment.steps.append(
            {8, DeploymentStep::rollbackName(), DeploymentStepStatus::Pending, {}, {}, {}});
        QVERIFY(deployment.validate().ok());
    }

    void shapeRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject base = WireSamples::deployment();
        QTest::newRow("version missing") << patched(base, QStringLiteral("version"), absent())
                                         << QStringLiteral("version") << QStringLiteral("missing");
        QTest::newRow("status unknown")
            << patched(base, QStringLiteral("status"), QStringLiteral("done"))
            << QStringLiteral("status") << QStringLiteral("unknown_value");
        QTest::newRow("colour unknown")
            << patched(base, QStringLiteral("active_color"), QStringLiteral("red"))
            << QStringLiteral("active_color") << QStringLiteral("unknown_value");
        QTest::newRow("steps object") << patched(base, QStringLiteral("steps"), QJsonObject())
                                      << QStringLiteral("steps") << QStringLiteral("wrong_type");
        QJsonArray steps = base.value(QLatin1String("steps")).toArray();
        QJsonObject step = steps.at(1).toObject();
        step.insert(QStringLiteral("name"), QStringLiteral("reboot"));
        steps.replace(1, step);
        QTest::newRow("step name unknown")
            << patched(base, QStringLiteral("steps"), steps) << QStringLiteral("steps[1].name")
            << QStringLiteral("unknown_value");
        step.insert(QStringLiteral("name"), QStringLiteral("switch"));
        step.insert(QStringLiteral("ordinal"), 0);
        steps.replace(1, step);
        QTest::newRow("step ordinal 0")
            << patched(base, QStringLiteral("steps"), steps) << QStringLiteral("steps[1].ordinal")
            << QStringLiteral("out_of_range");
    }
    void shapeRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto deployment = Deployment::fromJson(json);
        QVERIFY(!deployment.ok());
        QVERIFY(isFieldError(deployment.error(), field, reason));
    }

    void rulesRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject base = WireSamples::deployment();
        QTest::newRow("version spaces")
            << patched(base, QStringLiteral("version"), QStringLiteral("2.14 final"))
            << QStringLiteral("version") << QStringLiteral("format");
        QTest::newRow("version leading dot")
            << patched(base, QStringLiteral("version"), QStringLiteral(".2"))
            << QStringLiteral("version") << QStringLiteral("format");
        QTest::newRow("version shell")
            << patched(base, QStringLiteral("version"), QStringLiteral("1;rm -rf"))
            << QStringLiteral("version") << QStringLiteral("format");
        QTest::newRow("finished before started")
            << patched(base, QStringLiteral("finished_at"), QStringLiteral("2025-03-09T00:00:00Z"))
            << QStringLiteral("finished_at") << QStringLiteral("order");
        QTest::newRow("rolls itself back")
            << patched(base, QStringLiteral("rollback_of"), base.value(QLatin1String("id")))
            << QStringLiteral("rollback_of") << QStringLiteral("format");
        QJsonArray steps = base.value(QLatin1String("steps")).toArray();
        QJsonObject step = steps.at(1).toObject();
        step.insert(QStringLiteral("ordinal"), 3);
        steps.replace(1, step);
        QTest::newRow("step gap") << patched(base, QStringLiteral("steps"), steps)
                                  << QStringLiteral("steps[1].ordinal") << QStringLiteral("order");
        step.insert(QStringLiteral("ordinal"), 2);
        step.insert(QStringLiteral("finished_at"), QStringLiteral("2025-03-09T00:00:00Z"));
        steps.replace(1, step);
        QTest::newRow("step finished before started")
            << patched(base, QStringLiteral("steps"), steps)
            << QStringLiteral("steps[1].finished_at") << QStringLiteral("order");
    }
    void rulesRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto deployment = Deployment::fromJson(json);
        QVERIFY2(deployment.ok(), qPrintable(deployment.error().message));
        QVERIFY(isFieldError(deployment->validate().error(), field, reason));
    }

    // The body of POST /admin/deploy, one codec for the console's client and the server.
    void startRoundTrip()
    {
        const auto window = DeploymentStart::fromJson(WireSamples::deploymentStartIntoWindow());
        QVERIFY2(window.ok(), qPrintable(window.error().message));
        QVERIFY(window->intoAWindow());
        QCOMPARE(window->occurrence, QDate(2025, 3, 9));
        QVERIFY(!window->now);
        QCOMPARE(window->toJson(), WireSamples::deploymentStartIntoWindow());
        QCOMPARE(window.value(),
                 DeploymentStart::intoWindow(QStringLiteral("2.14.0"), window->windowId,
                                             QDate(2025, 3, 9)));
        const auto now = DeploymentStart::fromJson(WireSamples::deploymentStartNow());
        QVERIFY2(now.ok(), qPrintable(now.error().message));
        QCOMPARE(now->toJson(), WireSamples::deploymentStartNow());
        QCOMPARE(now.value(),
                 DeploymentStart::immediately(
                     QStringLiteral("2.14.1"),
                     QStringLiteral("  Security fix that cannot wait for Sunday\n")));
        // Neither: the server decides by whether a window is running.
        const auto plain = DeploymentStart::fromJson(parseObject(R"({"version": "2.15.0"})"));
        QVERIFY(plain.ok());
        QCOMPARE(plain->toJson(),
                 parseObject(R"({"version": "2.15.0", "strategy": "blue_green"})"));
    }

    void startRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject window = WireSamples::deploymentStartIntoWindow();
        const QJsonObject now = WireSamples::deploymentStartNow();
        QTest::newRow("no version") << patched(window, QStringLiteral("version"), absent())
                                    << QStringLiteral("version") << QStringLiteral("missing");
        QTest::newRow("version path")
            << patched(now, QStringLiteral("version"), QStringLiteral("../../etc"))
            << QStringLiteral("version") << QStringLiteral("format");
        QTest::newRow("version number")
            << patched(now, QStringLiteral("version"), 214) << QStringLiteral("version")
            << QStringLiteral("wrong_type");
        QTest::newRow("canary") << patched(now, QStringLiteral("strategy"),
                                           QStringLiteral("canary"))
                                << QStringLiteral("strategy") << QStringLiteral("unknown_value");
        QTest::newRow("unknown field")
            << patched(now, QStringLiteral("force"), true) << QStringLiteral("force")
            << QStringLiteral("unknown_field");
        QTest::newRow("window without occurrence")
            << patched(window, QStringLiteral("occurrence"), absent())
            << QStringLiteral("occurrence") << QStringLiteral("missing");
        QTest::newRow("occurrence without window")
            << patched(window, QStringLiteral("window_id"), absent()) << QStringLiteral("window_id")
            << QStringLiteral("missing");
        QTest::newRow("occurrence not a day")
            << patched(window, QStringLiteral("occurrence"), QStringLiteral("2025-02-30"))
            << QStringLiteral("occurrence") << QStringLiteral("format");
        QTest::newRow("now and window") << patched(window, QStringLiteral("now"), true)
                                        << QStringLiteral("now") << QStringLiteral("conflict");
        QTest::newRow("now without reason")
            << patched(now, QStringLiteral("reason"), absent()) << QStringLiteral("reason")
            << QStringLiteral("missing");
        QTest::newRow("blank reason")
            << patched(now, QStringLiteral("reason"), QStringLiteral(" \t "))
            << QStringLiteral("reason") << QStringLiteral("missing");
        QTest::newRow("reason without now")
            << patched(now, QStringLiteral("now"), absent()) << QStringLiteral("reason")
            << QStringLiteral("unexpected");
        QTest::newRow("blank reason without now")
            << patched(patched(now, QStringLiteral("now"), absent()), QStringLiteral("reason"),
                       QStringLiteral("  "))
            << QStringLiteral("reason") << QStringLiteral("unexpected");
        QTest::newRow("reason too long")
            << patched(now, QStringLiteral("reason"), QString(501, QLatin1Char('x')))
            << QStringLiteral("reason") << QStringLiteral("too_long");
    }
    void startRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto start = DeploymentStart::fromJson(json);
        QVERIFY(!start.ok());
        QVERIFY2(isFieldError(start.error(), field, reason), qPrintable(start.error().message));
    }

    void codes()
    {
        for (const QString &code : deploymentStatusCodes()) {
            QCOMPARE(deploymentStatusCode(*deploymentStatusFromCode(code)), code);
            QVERIFY(!deploymentStatusDisplayName(*deploymentStatusFromCode(code)).isEmpty());
        }
        QCOMPARE(deploymentStatusCode(DeploymentStatus::RolledBack), QStringLiteral("rolled_back"));
        QCOMPARE(otherDeploymentColor(DeploymentColor::Blue), DeploymentColor::Green);
        QCOMPARE(otherDeploymentColor(DeploymentColor::Green), DeploymentColor::Blue);
        for (const QString &code : deploymentStepStatusCodes())
            QCOMPARE(deploymentStepStatusCode(*deploymentStepStatusFromCode(code)), code);
    }
};

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
