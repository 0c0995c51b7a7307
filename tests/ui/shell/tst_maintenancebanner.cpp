#include "client/ClientError.h"
#include "client/PlatformClient.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/MainWindow.h"
#include "ui/common/ConsoleContext.h"
#include "ui/shell/ConsoleController.h"
#include "ui/shell/MaintenanceBanner.h"

#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <optional>

using namespace sphair;
using ui::shell::MaintenanceBanner;

namespace {
constexpr int kWaitMs = 30000;
}

// A 503 "maintenance" from the platform becomes a banner with the server's message and a live
// countdown to its Retry-After.
class TestMaintenanceBanner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sphair-test-bus");
        auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void durationsReadAsMinutesAndSeconds()
    {
        QCOMPARE(MaintenanceBanner::formatDuration(0), QStringLiteral("00:00"));
        QCOMPARE(MaintenanceBanner::formatDuration(59), QStringLiteral("00:59"));
        QCOMPARE(MaintenanceBanner::formatDuration(125), QStringLiteral("02:05"));
        QCOMPARE(MaintenanceBanner::formatDuration(3725), QStringLiteral("1:02:05"));
    }

    void countsDownThenSaysTryAgain()
    {
        QWidget host;
        auto *banner = new MaintenanceBanner(&host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(!banner->isVisible());
        QSignalSpy due(banner, &MaintenanceBanner::retryDue);
        banner->announce(2, QStringLiteral("Database upgrade"));
        QVERIFY(banner->isVisible());
        QCOMPARE(label(banner, "maintenanceMessageLabel")->text(),
                 QStringLiteral("Database upgrade"));
        QCOMPARE(label(banner, "maintenanceCountdownLabel")->text(),
                 QStringLiteral("Retry in 00:02"));
        QTRY_COMPARE_WITH_TIMEOUT(label(banner, "maintenanceCountdownLabel")->text(),
                                  QStringLiteral("Retry in 00:01"), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(label(banner, "maintenanceCountdownLabel")
                                     ->text()
                                     .contains(QStringLiteral("try again now")),
                                 3000);
        QCOMPARE(due.count(), 1);
        QVERIFY(banner->isVisible());
    }

    void canBeDismissed()
    {
        QWidget host;
        auto *banner = new MaintenanceBanner(&host);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        banner->announce(600, QStringLiteral("Upgrade"));
        QSignalSpy dismissed(banner, &MaintenanceBanner::dismissed);
        QTest::mouseClick(
            banner->findChild<QToolButton *>(QStringLiteral("maintenanceDismissButton")),
            Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(dismissed.count(), 1);
    }

    void realMaintenanceShowsTheBanner()
    {
        ui::MainWindow window;
        new ui::shell::ConsoleController(&window, m_fixture.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<MaintenanceBanner *>(QStringLiteral("maintenanceBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        const tests::ApiReply enabled = m_fixture.platform().admin().post(
            QStringLiteral("/admin/maintenance/enable"),
            {{QStringLiteral("message"), QStringLiteral("Upgrading to 2.14")},
             {QStringLiteral("retry_after_seconds"), 90}});
        QVERIFY2(enabled.status == 200, enabled.body);
        const auto disable = qScopeGuard([this] {
            m_fixture.platform().admin().post(QStringLiteral("/admin/maintenance/disable"), {});
        });

        // A tenant route answers 503 during maintenance (the admin routes keep working).
        client::ApiRequest tenantRoute =
            client::ApiRequest::get(QStringLiteral("/api/company/settings"));
        tenantRoute.authenticated = false;
        std::optional<models::Result<client::ApiResponse>> answer;
        m_fixture.client()->send(tenantRoute, [&answer](models::Result<client::ApiResponse> r) {
            answer = std::move(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWaitMs);
        QCOMPARE(answer->error().code, QStringLiteral("maintenance"));

        QVERIFY(banner->isVisible());
        QCOMPARE(label(banner, "maintenanceMessageLabel")->text(),
                 QStringLiteral("Upgrading to 2.14"));
        const QString countdown = label(banner, "maintenanceCountdownLabel")->text();
        QVERIFY2(countdown == QStringLiteral("Retry in 01:30")
                     || countdown == QStringLiteral("Retry in 01:29"),
                 qPrintable(countdown));
        // Live: a second later it has moved on.
        QTRY_VERIFY_WITH_TIMEOUT(label(banner, "maintenanceCountdownLabel")->text() != countdown,
                                 2500);
        QVERIFY(label(banner, "maintenanceCountdownLabel")
                    ->text()
                    .startsWith(QStringLiteral("Retry in 01:2")));
    }

private:
    static QLabel *label(QWidget *banner, const char *name)
    {
        auto *found = banner->findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label %s", name);
        return found;
    }

    tests::ConsoleFixture m_fixture;
};

QTEST_MAIN(TestMaintenanceBanner)
#include "tst_maintenancebanner.moc"
