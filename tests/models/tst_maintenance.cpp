#include "ModelTestSupport.h"
#include "WireSamples.h"

#include "models/domain/MaintenanceDryRun.h"
#include "models/domain/MaintenanceNotice.h"
#include "models/domain/MaintenanceOccurrenceList.h"
#include "models/domain/MaintenanceState.h"
#include "models/domain/MaintenanceStatus.h"
#include "models/domain/MaintenanceWindow.h"

#include <QTest>
#include <QTimeZone>

using namespace sphair::models;
using sphair::tests::absent;
using sphair::tests::isFieldError;
using sphair::tests::parseObject;
using sphair::tests::patched;
using sphair::tests::roundTrips;
namespace WireSamples = sphair::tests::WireSamples;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

// Maintenance mode and maintenance windows, including the default nightly window.
class TestMaintenance : public QObject
{
    Q_OBJECT
private slots:
    void stateRoundTrip()
    {
        const QJsonObject json = WireSamples::maintenanceState();
        const auto state = MaintenanceState::fromJson(json);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QCOMPARE(state->retryAfterSeconds, 600);
        QCOMPARE(state->toJson(), json);
        QVERIFY(roundTrips(state.value()));
        QVERIFY(state->validate().ok());
    }

    void statusRoundTrip()
    {
        const QJsonObject json = WireSamples::maintenanceStatus();
        const auto status = MaintenanceStatus::fromJson(json);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(status->state.enabled);
        QVERIFY(status->currentWindow);
        QCOMPARE(status->currentWindow->description, QStringLiteral("Database upgrade"));
        QVERIFY(status->nextWindow);
        QCOMPARE(status->nextWindow->startsAt, utc(2025, 3, 11));
        QCOMPARE(status->toJson(), json);
        QVERIFY(roundTrips(status.value()));
    }

    void statusWithoutWindows()
    {
        // What server/http/MaintenanceRoutes.cpp answers with nothing planned: null windows.
        QJsonObject json = WireSamples::maintenanceStatus();
        json.insert(QStringLiteral("current_window"), QJsonValue::Null);
        json.insert(QStringLiteral("next_window"), QJsonValue::Null);
        const auto status = MaintenanceStatus::fromJson(json);
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(!status->currentWindow && !status->nextWindow);
        QCOMPARE(status->toJson(), json);
        json.remove(QStringLiteral("next_window")); // left out reads as null too
        QVERIFY(MaintenanceStatus::fromJson(json).ok());
    }

    void statusRejected()
    {
        const QJsonObject full = WireSamples::maintenanceStatus();
        const auto notAWindow = MaintenanceStatus::fromJson(
            patched(full, QStringLiteral("next_window"), QStringLiteral("tomorrow")));
        QVERIFY(isFieldError(notAWindow.error(), QStringLiteral("next_window"),
                             QStringLiteral("wrong_type")));
        const auto badWindow = MaintenanceStatus::fromJson(patched(
            full, QStringLiteral("current_window"),
            patched(WireSamples::maintenanceWindow(), QStringLiteral("ends_at"), absent())));
        QVERIFY(isFieldError(badWindow.error(), QStringLiteral("current_window.ends_at"),
                             QStringLiteral("missing")));
        const auto noState =
            MaintenanceStatus::fromJson(patched(full, QStringLiteral("enabled"), absent()));
        QVERIFY(
            isFieldError(noState.error(), QStringLiteral("enabled"), QStringLiteral("missing")));
    }

    void noticeRoundTrip()
    {
        const QJsonObject json = WireSamples::maintenanceNotice();
        const auto notice = MaintenanceNotice::fromJson(json);
        QVERIFY2(notice.ok(), qPrintable(notice.error().message));
        QVERIFY(notice->enabled);
        QCOMPARE(notice->message, QStringLiteral("Upgrading the database; back at 04:00."));
        QCOMPARE(notice->retryAfterSeconds, std::optional<int>(600));
        QVERIFY(notice->nextWindow);
        QCOMPARE(notice->nextWindow->description, QStringLiteral("Database upgrade"));
        QCOMPARE(notice->toJson(), json);
        QVERIFY(roundTrips(notice.value()));
    }

    void noticeOutsideMaintenance()
    {
        // What server/http/MaintenanceRoutes.cpp answers when not in maintenance and nothing
        // is planned: every field but enabled null.
        const QJsonObject json = parseObject(
            R"({"enabled": false, "message": null, "retry_after_seconds": null,
                "next_window": null})");
        const auto notice = MaintenanceNotice::fromJson(json);
        QVERIFY2(notice.ok(), qPrintable(notice.error().message));
        QCOMPARE(notice.value(), MaintenanceNotice());
        QCOMPARE(MaintenanceNotice().toJson(), json);
        QVERIFY(MaintenanceNotice::fromJson(parseObject(R"({"enabled": false})")).ok());
    }

    void noticeRejected()
    {
        const QJsonObject full = WireSamples::maintenanceNotice();
        QVERIFY(isFieldError(
            MaintenanceNotice::fromJson(patched(full, QStringLiteral("enabled"), absent())).error(),
            QStringLiteral("enabled"), QStringLiteral("missing")));
        QVERIFY(isFieldError(
            MaintenanceNotice::fromJson(patched(full, QStringLiteral("retry_after_seconds"), 0))
                .error(),
            QStringLiteral("retry_after_seconds"), QStringLiteral("out_of_range")));
        QVERIFY(isFieldError(
            MaintenanceNotice::fromJson(patched(full, QStringLiteral("next_window"),
                                                patched(WireSamples::maintenanceWindow(),
                                                        QStringLiteral("ends_at"), absent())))
                .error(),
            QStringLiteral("next_window.ends_at"), QStringLiteral("missing")));
    }

    void stateDefaults()
    {
        const auto state = MaintenanceState::fromJson(parseObject(R"({"enabled": false})"));
        QVERIFY(state.ok());
        QCOMPARE(state->retryAfterSeconds, MaintenanceState::kDefaultRetryAfterSeconds);
        QVERIFY(state->message.isEmpty());
        QCOMPARE(MaintenanceState::fromJson(state->toJson()).value(), state.value());
    }

    void stateRejected()
    {
        const auto missing = MaintenanceState::fromJson(parseObject(R"({"message": "x"})"));
        QVERIFY(
            isFieldError(missing.error(), QStringLiteral("enabled"), QStringLiteral("missing")));
        const auto text = MaintenanceState::fromJson(parseObject(R"({"enabled": "true"})"));
        QVERIFY(
            isFieldError(text.error(), QStringLiteral("enabled"), QStringLiteral("wrong_type")));

        MaintenanceState state;
        state.retryAfterSeconds = 0;
        QVERIFY(isFieldError(state.validate().error(), QStringLiteral("retry_after_seconds"),
                             QStringLiteral("out_of_range")));
        state.retryAfterSeconds = 60;
        state.message = QString(501, u'x');
        QVERIFY(isFieldError(state.validate().error(), QStringLiteral("message"),
                             QStringLiteral("too_long")));
    }

    void windowRoundTrip()
    {
        const auto window = MaintenanceWindow::fromJson(WireSamples::maintenanceWindow());
        QVERIFY2(window.ok(), qPrintable(window.error().message));
        QCOMPARE(window->toJson(), WireSamples::maintenanceWindow());
        QVERIFY(window->validate().ok());
        QCOMPARE(window->localStart().time(), QTime(2, 0));
        QCOMPARE(MaintenanceWindow::fromJson(window->toJson()).value(), window.value());
    }

    void windowRecurrenceAndExceptions()
    {
        const auto window = MaintenanceWindow::fromJson(WireSamples::maintenanceWindow());
        QVERIFY2(window.ok(), qPrintable(window.error().message));
        QVERIFY(window->recurrence);
        QCOMPARE(window->recurrence->frequency, MaintenanceRecurrence::weekly());
        QCOMPARE(window->recurrence->until, QDate(2025, 6, 30));
        QCOMPARE(window->exceptions.size(), 2);
        QCOMPARE(window->exceptions.at(0).action, MaintenanceException::skip());
        QVERIFY(!window->exceptions.at(0).startsAt.isValid());
        QVERIFY(window->exceptions.at(1).isMove());
        QCOMPARE(window->exceptions.at(1).startsAt, utc(2025, 3, 25));
        QVERIFY(roundTrips(window.value()));

        // Left out or null: a single window without exceptions, written as null and [].
        QJsonObject single = WireSamples::maintenanceWindow();
        single.remove(QStringLiteral("recurrence"));
        single.remove(QStringLiteral("exceptions"));
        const auto plain = MaintenanceWindow::fromJson(single);
        QVERIFY(plain.ok());
        QVERIFY(!plain->recurrence && plain->exceptions.isEmpty());
        QCOMPARE(plain->toJson().value(QLatin1String("recurrence")), QJsonValue(QJsonValue::Null));
        QCOMPARE(plain->toJson().value(QLatin1String("exceptions")), QJsonValue(QJsonArray()));
        // No end: until null.
        const auto open =
            MaintenanceRecurrence::fromJson(parseObject(R"({"frequency": "monthly"})"));
        QVERIFY(open.ok());
        QVERIFY(!open->until.isValid());
        QCOMPARE(open->toJson(), parseObject(R"({"frequency": "monthly", "until": null})"));
    }

    void windowRecurrenceRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("reason");
        const QJsonObject full = WireSamples::maintenanceWindow();
        QTest::newRow("daily") << patched(full, QStringLiteral("recurrence"),
                                          parseObject(R"({"frequency": "daily"})"))
                               << QStringLiteral("recurrence.frequency")
                               << QStringLiteral("unknown_value");
        QTest::newRow("until time")
            << patched(full, QStringLiteral("recurrence"), parseObject(R"({"frequency": "weekly",
                                                   "until": "2025-06-30T00:00:00Z"})"))
            << QStringLiteral("recurrence.until") << QStringLiteral("format");
        QTest::newRow("exceptions object")
            << patched(full, QStringLiteral("exceptions"), QJsonObject())
            << QStringLiteral("exceptions") << QStringLiteral("wrong_type");
        QJsonArray exceptions {parseObject(R"({"occurrence": "2025-03-17", "action": "cancel"})")};
        QTest::newRow("action") << patched(full, QStringLiteral("exceptions"), exceptions)
                                << QStringLiteral("exceptions[0].action")
                                << QStringLiteral("unknown_value");
        exceptions = {parseObject(R"({"action": "skip"})")};
        QTest::newRow("no occurrence")
            << patched(full, QStringLiteral("exceptions"), exceptions)
            << QStringLiteral("exceptions[0].occurrence") << QStringLiteral("missing");
    }
    void windowRecurrenceRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, reason);
        const auto window = MaintenanceWindow::fromJson(json);
        QVERIFY(!window.ok());
        QVERIFY2(isFieldError(window.error(), field, reason), qPrintable(window.error().message));
    }

    void occurrenceRoundTrip()
    {
        const auto list =
            MaintenanceOccurrenceList::fromJson(WireSamples::maintenanceOccurrenceList());
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        QCOMPARE(list->items.size(), 1);
        const MaintenanceOccurrence &item = list->items.first();
        QCOMPARE(item.occurrence, QDate(2025, 3, 24));
        QVERIFY(item.recurring && item.moved);
        QVERIFY(item.contains(utc(2025, 3, 25, 3, 59)));
        QVERIFY(!item.contains(utc(2025, 3, 25, 4)));
        QCOMPARE(list->toJson(), WireSamples::maintenanceOccurrenceList());
        QVERIFY(roundTrips(list.value()));
        QVERIFY(isFieldError(
            MaintenanceOccurrence::fromJson(
                patched(WireSamples::maintenanceOccurrence(), QStringLiteral("moved"), absent()))
                .error(),
            QStringLiteral("moved"), QStringLiteral("missing")));
    }

    void dryRunRoundTrip()
    {
        const auto dryRun = MaintenanceDryRun::fromJson(WireSamples::maintenanceDryRun());
        QVERIFY2(dryRun.ok(), qPrintable(dryRun.error().message));
        QCOMPARE(dryRun->companies, 14);
        QCOMPARE(dryRun->activeUsers, 63.5);
        QCOMPARE(dryRun->hours.size(), 2);
        QCOMPARE(dryRun->hours.at(1).activeUsers, 40.25);
        QCOMPARE(dryRun->toJson(), WireSamples::maintenanceDryRun());
        QVERIFY(roundTrips(dryRun.value()));
        QVERIFY(isFieldError(
            MaintenanceDryRunHour::fromJson(
                patched(WireSamples::maintenanceDryRunHour(), QStringLiteral("weekday"), 8))
                .error(),
            QStringLiteral("weekday"), QStringLiteral("out_of_range")));
        QVERIFY(isFieldError(
            MaintenanceDryRunHour::fromJson(
                patched(WireSamples::maintenanceDryRunHour(), QStringLiteral("hour"), 24))
                .error(),
            QStringLiteral("hour"), QStringLiteral("out_of_range")));
    }

    void statusActiveSessions()
    {
        const auto status = MaintenanceStatus::fromJson(WireSamples::maintenanceStatus());
        QCOMPARE(status->activeSessions, 3);
        QJsonObject old = WireSamples::maintenanceStatus();
        old.remove(QStringLiteral("active_sessions"));
        QCOMPARE(MaintenanceStatus::fromJson(old)->activeSessions, 0);
        QVERIFY(
            isFieldError(MaintenanceStatus::fromJson(patched(WireSamples::maintenanceStatus(),
                                                             QStringLiteral("active_sessions"), -1))
                             .error(),
                         QStringLiteral("active_sessions"), QStringLiteral("out_of_range")));
    }

    void windowTimezoneDefaults()
    {
        QJsonObject json = WireSamples::maintenanceWindow();
        json.remove(QStringLiteral("timezone"));
        const auto window = MaintenanceWindow::fromJson(json);
        QVERIFY(window.ok());
        QCOMPARE(window->timezone, QStringLiteral("Africa/Johannesburg"));
    }

    void windowRejected_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("shape"); // rejected by fromJson rather than validate()
        QTest::addColumn<QString>("reason");
        QTest::newRow("starts_at missing")
            << QStringLiteral("starts_at") << absent() << true << QStringLiteral("missing");
        QTest::newRow("ends_at missing")
            << QStringLiteral("ends_at") << absent() << true << QStringLiteral("missing");
        QTest::newRow("timezone number")
            << QStringLiteral("timezone") << QJsonValue(2) << true << QStringLiteral("wrong_type");
        QTest::newRow("ends before starts")
            << QStringLiteral("ends_at") << QJsonValue(QStringLiteral("2025-03-09T23:00:00Z"))
            << false << QStringLiteral("order");
        QTest::newRow("ends at starts")
            << QStringLiteral("ends_at") << QJsonValue(QStringLiteral("2025-03-10T00:00:00Z"))
            << false << QStringLiteral("order");
        QTest::newRow("unknown zone")
            << QStringLiteral("timezone") << QJsonValue(QStringLiteral("Africa/Atlantis")) << false
            << QStringLiteral("unknown_value");
        QTest::newRow("abbreviation")
            << QStringLiteral("timezone") << QJsonValue(QStringLiteral("SAST")) << false
            << QStringLiteral("unknown_value");
        QTest::newRow("description long")
            << QStringLiteral("description") << QJsonValue(QString(501, u'x')) << false
            << QStringLiteral("too_long");
    }
    void windowRejected()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(bool, shape);
        QFETCH(QString, reason);
        const auto window =
            MaintenanceWindow::fromJson(patched(WireSamples::maintenanceWindow(), key, value));
        QCOMPARE(window.ok(), !shape);
        const Error error = shape ? window.error() : window->validate().error();
        QVERIFY(isFieldError(error, key, reason));
    }

    void defaultNightlyJohannesburg_data()
    {
        // Africa/Johannesburg is UTC+2 all year (no daylight saving): 02:00–06:00 SAST is
        // always 00:00–04:00 UTC, including across the dates other zones change their clocks.
        QTest::addColumn<QDate>("date");
        QTest::newRow("summer") << QDate(2025, 1, 15);
        QTest::newRow("EU spring forward") << QDate(2025, 3, 30);
        QTest::newRow("US spring forward") << QDate(2025, 3, 9);
        QTest::newRow("winter") << QDate(2025, 7, 1);
        QTest::newRow("EU fall back") << QDate(2025, 10, 26);
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("new year") << QDate(2026, 1, 1);
    }
    void defaultNightlyJohannesburg()
    {
        QFETCH(QDate, date);
        const auto window = MaintenanceWindow::defaultNightly(date);
        QVERIFY2(window.ok(), qPrintable(window.error().message));
        QCOMPARE(window->startsAt, QDateTime(date, QTime(0, 0), Qt::UTC));
        QCOMPARE(window->endsAt, QDateTime(date, QTime(4, 0), Qt::UTC));
        QCOMPARE(window->timezone, QStringLiteral("Africa/Johannesburg"));
        QCOMPARE(window->localStart().date(), date);
        QCOMPARE(window->localStart().time(), QTime(2, 0));
        QCOMPARE(window->localEnd().time(), QTime(6, 0));
        QVERIFY(window->validate().ok());
        QCOMPARE(window->toJson().value(QLatin1String("starts_at")).toString(),
                 date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T00:00:00Z"));
    }

    void defaultNightlyOtherZones()
    {
        const auto tokyo =
            MaintenanceWindow::defaultNightly(QDate(2025, 6, 1), QStringLiteral("Asia/Tokyo"));
        QVERIFY(tokyo.ok());
        QCOMPARE(tokyo->startsAt, utc(2025, 5, 31, 17));
        QCOMPARE(tokyo->endsAt, utc(2025, 5, 31, 21));
        // London on the day it springs forward (01:00 → 02:00 BST): 02:00 BST exists.
        const auto london =
            MaintenanceWindow::defaultNightly(QDate(2025, 3, 30), QStringLiteral("Europe/London"));
        QVERIFY(london.ok());
        QCOMPARE(london->startsAt, utc(2025, 3, 30, 1));
        QCOMPARE(london->endsAt, utc(2025, 3, 30, 5));
        // New York on the day 02:00 does not exist: the window starts when the clock jumps to
        // 03:00 EDT, and ends at 06:00 EDT.
        const auto newYork = MaintenanceWindow::defaultNightly(QDate(2025, 3, 9),
                                                               QStringLiteral("America/New_York"));
        QVERIFY(newYork.ok());
        QVERIFY(newYork->validate().ok());
        QCOMPARE(newYork->startsAt, utc(2025, 3, 9, 7));
        QCOMPARE(newYork->endsAt, utc(2025, 3, 9, 10));
        QCOMPARE(newYork->localStart().time(), QTime(3, 0));

        const auto unknown =
            MaintenanceWindow::defaultNightly(QDate(2025, 1, 1), QStringLiteral("Mars/Olympus"));
        QVERIFY(isFieldError(unknown.error(), QStringLiteral("timezone"),
                             QStringLiteral("unknown_value")));
    }

    void nextDefaultNightly_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::newRow("evening before") << utc(2025, 3, 9, 20) << utc(2025, 3, 10, 0);
        QTest::newRow("during") << utc(2025, 3, 10, 1) << utc(2025, 3, 10, 0);
        QTest::newRow("a minute before the end") << utc(2025, 3, 10, 3, 59) << utc(2025, 3, 10, 0);
        QTest::newRow("at the end") << utc(2025, 3, 10, 4) << utc(2025, 3, 11, 0);
        // 23:30 UTC is already 01:30 SAST of the next local day.
        QTest::newRow("local date ahead") << utc(2025, 3, 10, 23, 30) << utc(2025, 3, 11, 0);
    }
    void nextDefaultNightly()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expectedStart);
        const auto window = MaintenanceWindow::nextDefaultNightly(now);
        QVERIFY(window.ok());
        QCOMPARE(window->startsAt, expectedStart);
        QCOMPARE(window->contains(now), now >= expectedStart);
    }
};

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
