#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/WireTime.h"
#include "server/services/MailTransport.h"
#include "server/services/NoticeService.h"
#include "tests/support/PlatformFixture.h"
#include "tests/support/SmtpReceiver.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>

using namespace sphair;
using namespace sphair::tests;
using models::MaintenanceNoticeMail;

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

// Maintenance notices end to end: a window planned through the API, the notices queued by
// the server at 72 h and 24 h ahead and after the end (an injected clock), delivered by the
// server's own SMTP client to a real SMTP receiver (aiosmtpd) in each company's language and
// time zone; SMTP down: retried later and delivered, nothing sent twice, also by a second
// server on the same database; a refused address failed and visible; GET
// /admin/maintenance/notices with its filters. On SQLite and PostgreSQL.
class TestNoticesApi : public QObject
{
    Q_OBJECT

    std::atomic<qint64> m_nowMs {0};
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); }
    void setNow(const QDateTime &time) { m_nowMs = time.toMSecsSinceEpoch(); }

    models::Status sql(const QString &statement, const QVariantList &params = {})
    {
        return m_platform.sql(statement, params);
    }

    QUuid addCompany(const QString &code, const QString &name, const QString &status,
                     const QString &language, const QString &zone)
    {
        const QUuid id = QUuid::createUuid();
        auto added = sql(QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users, "
                                        "status) VALUES ($1, $2, $3, 'small', 10, $4)"),
                         {id, code, name, status});
        if (added && !language.isEmpty()) {
            added = sql(QStringLiteral("INSERT INTO company_settings (company_id, display_name, "
                                       "primary_color, secondary_color, accent_color, language, "
                                       "timezone) VALUES ($1, $2, '#1f4e79', '#37474f', "
                                       "'#00695c', $3, $4)"),
                        {id, name, language, zone});
        }
        if (!added)
            qWarning("cannot add company %s: %s", qPrintable(code),
                     qPrintable(added.error().message));
        return added ? id : QUuid();
    }

    bool addUser(const QUuid &companyId, const QString &email, const QString &role,
                 const QString &status)
    {
        auto added = sql(QStringLiteral("INSERT INTO users (company_id, id, email, name, role, "
                                        "status) VALUES ($1, $2, $3, $3, $4, $5)"),
                         {companyId, QUuid::createUuid(), email, role, status});
        if (!added)
            qWarning("cannot add user %s: %s", qPrintable(email),
                     qPrintable(added.error().message));
        return added.ok();
    }

    QList<QJsonObject> notices(const QString &query)
    {
        const ApiReply reply =
            m_platform.admin().get(QStringLiteral("/admin/maintenance/notices?window_id=%1%2")
                                       .arg(m_windowId.toString(QUuid::WithoutBraces), query));
        if (reply.status != 200) {
            qWarning("notices: %d %s", reply.status, reply.body.constData());
            return {};
        }
        QList<QJsonObject> items;
        for (const auto &item : reply.json().value(QLatin1String("items")).toArray())
            items.append(item.toObject());
        return items;
    }

    static QList<QJsonObject> ofKind(const QList<QJsonObject> &items, const QString &kind)
    {
        QList<QJsonObject> found;
        for (const QJsonObject &item : items) {
            if (text(item, "kind") == kind)
                found.append(item);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_python = SmtpReceiver::pythonWithAiosmtpd();
        QVERIFY2(!m_python.isEmpty(),
                 "no python3 with aiosmtpd: install the Debian package python3-aiosmtpd "
                 "(apt-get install python3-aiosmtpd)");
        QVERIFY(m_mailDir.isValid());
        m_port = SmtpReceiver::freePort();
        QVERIFY(m_port > 0);
        setNow(QDateTime::currentDateTimeUtc());
        const auto started = m_platform.start(
            PlatformFixture::backendFromEnvironment(), 8, [this](server::PlatformOptions &options) {
                options.notices.smtpHost = QStringLiteral("127.0.0.1");
                options.notices.smtpPort = m_port;
                options.notices.fromAddress = QStringLiteral("SPHAiR <notices@sphair.test>");
                options.notices.maxAttempts = 3;
                options.notices.firstRetry = std::chrono::seconds(60);
            });
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_platform.server().notices().setClock([this] { return now(); });

        // English in Johannesburg (no settings row: the defaults), German in Berlin, a
        // refused address, and those who get nothing: a member, a disabled admin, the admin
        // of a suspended company.
        m_english = addCompany(QStringLiteral("NOTE-EN"), QStringLiteral("Acme Field Services"),
                               QStringLiteral("active"), {}, {});
        m_german = addCompany(QStringLiteral("NOTE-DE"), QStringLiteral("Bergbau Müller GmbH"),
                              QStringLiteral("active"), QStringLiteral("de"),
                              QStringLiteral("Europe/Berlin"));
        m_bouncing = addCompany(QStringLiteral("NOTE-BOUNCE"), QStringLiteral("Bounce Ltd"),
                                QStringLiteral("active"), QStringLiteral("en"),
                                QStringLiteral("America/New_York"));
        const QUuid suspended =
            addCompany(QStringLiteral("NOTE-SUSP"), QStringLiteral("Sleeping Ltd"),
                       QStringLiteral("suspended"), {}, {});
        QVERIFY(!m_english.isNull() && !m_german.isNull() && !m_bouncing.isNull()
                && !suspended.isNull());
        QVERIFY(addUser(m_english, QStringLiteral("anna@acme.example"), QStringLiteral("admin"),
                        QStringLiteral("active")));
        QVERIFY(addUser(m_english, QStringLiteral("max@acme.example"), QStringLiteral("member"),
                        QStringLiteral("active")));
        QVERIFY(addUser(m_english, QStringLiteral("old@acme.example"), QStringLiteral("admin"),
                        QStringLiteral("disabled")));
        QVERIFY(addUser(m_german, QStringLiteral("berta@mueller.example"), QStringLiteral("admin"),
                        QStringLiteral("active")));
        QVERIFY(addUser(m_bouncing, QStringLiteral("gone@reject.example"), QStringLiteral("admin"),
                        QStringLiteral("active")));
        QVERIFY(addUser(suspended, QStringLiteral("zoe@sleeping.example"), QStringLiteral("admin"),
                        QStringLiteral("active")));

        // A window 00:00–04:00 UTC ten days ahead: 02:00–06:00 in Johannesburg, 01:00–05:00
        // in Berlin in winter, 02:00–06:00 in summer.
        m_start = QDateTime(now().date().addDays(10), QTime(0, 0), Qt::UTC);
        m_end = m_start.addSecs(qint64(4) * 3600);
        const ApiReply created = m_platform.admin().post(
            QStringLiteral("/admin/maintenance/windows"),
            {{QStringLiteral("starts_at"), models::WireTime::toString(m_start)},
             {QStringLiteral("ends_at"), models::WireTime::toString(m_end)},
             {QStringLiteral("description"), QStringLiteral("Database upgrade")}});
        QCOMPARE(created.status, 201);
        m_windowId = QUuid::fromString(text(created.json(), "id"));
        QVERIFY(!m_windowId.isNull());

        m_receiver = std::make_unique<SmtpReceiver>(m_python, m_mailDir.path(), m_port);
        QVERIFY2(m_receiver->start(), "the SMTP receiver did not start");
    }

    void cleanupTestCase()
    {
        if (m_receiver)
            m_receiver->stop();
        m_platform.stop();
    }

    void companySettingsCarryLanguageAndZone()
    {
        const ApiReply german =
            m_platform.admin().get(QStringLiteral("/admin/companies/%1/settings")
                                       .arg(m_german.toString(QUuid::WithoutBraces)));
        QCOMPARE(german.status, 200);
        QCOMPARE(text(german.json(), "language"), QStringLiteral("de"));
        QCOMPARE(text(german.json(), "timezone"), QStringLiteral("Europe/Berlin"));
        const ApiReply english =
            m_platform.admin().get(QStringLiteral("/admin/companies/%1/settings")
                                       .arg(m_english.toString(QUuid::WithoutBraces)));
        QCOMPARE(text(english.json(), "language"), QStringLiteral("en"));
        QCOMPARE(text(english.json(), "timezone"), QStringLiteral("Africa/Johannesburg"));
    }

    void nothingBefore72Hours()
    {
        setNow(m_start.addSecs(-server::NoticeService::kAhead72Seconds - 60));
        const auto ticked = m_platform.server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->queued, 0);
        QCOMPARE(notices(QString()).size(), 0);
    }

    void deliveredAhead72HoursInLanguageAndZone()
    {
        setNow(m_start.addSecs(-server::NoticeService::kAhead72Seconds + 60));
        const auto ticked = m_platform.server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->queued, 3); // anna, berta, gone
        QCOMPARE(ticked->sent, 2);
        QTRY_COMPARE(m_receiver->messages().size(), 2);

        const QList<QJsonObject> received = m_receiver->messages();
        const QJsonObject english =
            m_receiver->messageTo(QStringLiteral("anna@acme.example"), QStringLiteral("in 3 days"));
        QVERIFY2(!english.isEmpty(), "no English notice to anna");
        QCOMPARE(text(english, "mail_from"), QStringLiteral("notices@sphair.test"));
        QCOMPARE(text(english, "charset"), QStringLiteral("utf-8"));
        const QLocale en(QLocale::English);
        const QDateTime johannesburg = m_start.toTimeZone(QTimeZone("Africa/Johannesburg"));
        QVERIFY2(
            text(english, "subject")
                .contains(en.toString(johannesburg, QStringLiteral("dddd, d MMMM yyyy, HH:mm"))),
            qPrintable(text(english, "subject")));
        QVERIFY(text(english, "subject").contains(QStringLiteral("02:00")));
        QVERIFY(text(english, "body")
                    .contains(QStringLiteral("until 06:00 (time zone Africa/Johannesburg)")));
        QVERIFY(text(english, "body").contains(QStringLiteral("Acme Field Services")));
        QVERIFY(text(english, "body").contains(QStringLiteral("Reason: Database upgrade")));

        const QJsonObject german = m_receiver->messageTo(QStringLiteral("berta@mueller.example"),
                                                         QStringLiteral("in 3 Tagen"));
        QVERIFY2(!german.isEmpty(), "no German notice to berta");
        const QLocale de(QLocale::German);
        const QDateTime berlin = m_start.toTimeZone(QTimeZone("Europe/Berlin"));
        const QString germanStart =
            de.toString(berlin, QStringLiteral("dddd, d. MMMM yyyy, HH:mm"));
        QVERIFY2(text(german, "subject").contains(germanStart),
                 qPrintable(text(german, "subject")));
        QVERIFY2(text(german, "body").contains(QStringLiteral("Zeitzone Europe/Berlin")),
                 qPrintable(text(german, "body")));
        QVERIFY(text(german, "body").contains(QStringLiteral("Bergbau Müller GmbH")));
        QVERIFY(text(german, "body").contains(QStringLiteral("Grund: Database upgrade")));

        // Nobody else: not the member, the disabled admin or the suspended company's admin.
        for (const QJsonObject &message : received) {
            const QJsonArray to = message.value(QLatin1String("rcpt_tos")).toArray();
            QCOMPARE(to.size(), 1);
            QVERIFY(to.contains(QStringLiteral("anna@acme.example"))
                    || to.contains(QStringLiteral("berta@mueller.example")));
        }

        // The refused address: failed at once (550 is final) and visible.
        const QList<QJsonObject> listed = notices(QString());
        QCOMPARE(listed.size(), 3);
        const QList<QJsonObject> failed = notices(QStringLiteral("&status=failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(text(failed.first(), "recipient"), QStringLiteral("gone@reject.example"));
        QCOMPARE(failed.first().value(QLatin1String("attempts")).toInt(), 1);
        QVERIFY2(text(failed.first(), "last_error").contains(QStringLiteral("550")),
                 qPrintable(text(failed.first(), "last_error")));
        const QList<QJsonObject> sent = notices(QStringLiteral("&status=sent"));
        QCOMPARE(sent.size(), 2);
        for (const QJsonObject &item : sent) {
            QCOMPARE(text(item, "kind"), MaintenanceNoticeMail::kindAhead72h());
            QCOMPARE(item.value(QLatin1String("attempts")).toInt(), 1);
            QVERIFY(!text(item, "sent_at").isEmpty());
        }
        const QList<QJsonObject> germanOnly =
            notices(QStringLiteral("&company_id=%1").arg(m_german.toString(QUuid::WithoutBraces)));
        QCOMPARE(germanOnly.size(), 1);
        QCOMPARE(text(germanOnly.first(), "language"), QStringLiteral("de"));
        QCOMPARE(text(germanOnly.first(), "company_name"), QStringLiteral("Bergbau Müller GmbH"));

        // In the company's timeline.
        const ApiReply audit = m_platform.admin().get(
            QStringLiteral("/admin/companies/%1/audit?action=maintenance.notice_sent")
                .arg(m_german.toString(QUuid::WithoutBraces)));
        QCOMPARE(audit.status, 200);
        const QJsonArray entries = audit.json().value(QLatin1String("items")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first()
                     .toObject()
                     .value(QLatin1String("after"))
                     .toObject()
                     .value(QLatin1String("recipient"))
                     .toString(),
                 QStringLiteral("berta@mueller.example"));

        // Another pass plans and sends nothing again.
        const auto again = m_platform.server().notices().tick();
        QVERIFY(again.ok());
        QCOMPARE(again->queued, 0);
        QCOMPARE(again->sent, 0);
    }

    void smtpDownRetriedAndNoDuplicateAfterRestart()
    {
        m_receiver->stop();
        setNow(m_start.addSecs(-server::NoticeService::kAhead24Seconds + 60));
        const auto down = m_platform.server().notices().tick();
        QVERIFY2(down.ok(), qPrintable(down.error().message));
        QCOMPARE(down->queued, 3);
        QCOMPARE(down->sent, 0);
        const QList<QJsonObject> waiting = ofKind(notices(QStringLiteral("&status=queued")),
                                                  MaintenanceNoticeMail::kindAhead24h());
        QCOMPARE(waiting.size(), 3); // the refused address too: nobody has refused it yet
        for (const QJsonObject &item : waiting) {
            QCOMPARE(item.value(QLatin1String("attempts")).toInt(), 1);
            QVERIFY(!text(item, "last_error").isEmpty());
            QCOMPARE(models::WireTime::fromString(text(item, "next_attempt_at")),
                     now().addSecs(60));
        }

        // The SMTP server is back; a new server on the same database takes over.
        QVERIFY2(m_receiver->start(), "the SMTP receiver did not restart");
        auto second = server::PlatformServer::create(m_platform.options());
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        second.value()->notices().setClock([this] { return now(); });
        setNow(now().addSecs(61));
        const auto retried = second.value()->notices().tick();
        QVERIFY2(retried.ok(), qPrintable(retried.error().message));
        QCOMPARE(retried->queued, 0); // planned once, by the first server
        QCOMPARE(retried->sent, 2);
        QTRY_COMPARE(m_receiver->messages().size(), 4);
        QVERIFY(
            !m_receiver->messageTo(QStringLiteral("anna@acme.example"), QStringLiteral("tomorrow"))
                 .isEmpty());
        QVERIFY(!m_receiver
                     ->messageTo(QStringLiteral("berta@mueller.example"), QStringLiteral("morgen"))
                     .isEmpty());

        // Neither server sends them again.
        const auto first = m_platform.server().notices().tick();
        QVERIFY(first.ok());
        QCOMPARE(first->queued + first->sent, 0);
        const auto secondAgain = second.value()->notices().tick();
        QVERIFY(secondAgain.ok());
        QCOMPARE(secondAgain->queued + secondAgain->sent, 0);
        second.value()->stop();

        const QList<QJsonObject> sent =
            ofKind(notices(QStringLiteral("&status=sent")), MaintenanceNoticeMail::kindAhead24h());
        QCOMPARE(sent.size(), 2);
        for (const QJsonObject &item : sent)
            QCOMPARE(item.value(QLatin1String("attempts")).toInt(), 2);
    }

    void failedAfterTheLastAttempt()
    {
        m_receiver->stop();
        setNow(m_end.addSecs(60));
        auto ticked = m_platform.server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->queued, 3); // ended
        // Attempts 2 and 3, each when its delay (60 s, then 120 s) has passed.
        for (const int delay : {60, 120}) {
            setNow(now().addSecs(delay));
            ticked = m_platform.server().notices().tick();
            QVERIFY(ticked.ok());
            QCOMPARE(ticked->sent, 0);
        }
        const QList<QJsonObject> failed =
            ofKind(notices(QStringLiteral("&status=failed")), MaintenanceNoticeMail::kindEnded());
        QCOMPARE(failed.size(), 3);
        for (const QJsonObject &item : failed) {
            if (text(item, "recipient") != QLatin1String("gone@reject.example"))
                QCOMPARE(item.value(QLatin1String("attempts")).toInt(), 3);
            QVERIFY(item.value(QLatin1String("next_attempt_at")).isNull());
        }
    }

    void listIsPagedAndFiltersChecked()
    {
        const ApiReply page =
            m_platform.admin().get(QStringLiteral("/admin/maintenance/notices?limit=2"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QLatin1String("items")).toArray().size(), 2);
        QCOMPARE(page.json().value(QLatin1String("total")).toInt(), 9);
        const QString cursor = text(page.json(), "next_cursor");
        QVERIFY(!cursor.isEmpty());
        const ApiReply next = m_platform.admin().get(
            QStringLiteral("/admin/maintenance/notices?limit=2&cursor=") + cursor);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value(QLatin1String("items")).toArray().size(), 2);

        const ApiReply badStatus =
            m_platform.admin().get(QStringLiteral("/admin/maintenance/notices?status=lost"));
        QCOMPARE(badStatus.status, 400);
        QCOMPARE(badStatus.field(), QStringLiteral("status"));
        const ApiReply badWindow =
            m_platform.admin().get(QStringLiteral("/admin/maintenance/notices?window_id=nope"));
        QCOMPARE(badWindow.status, 400);
        QCOMPARE(badWindow.field(), QStringLiteral("window_id"));
        const ApiReply anonymous =
            m_platform.client().get(QStringLiteral("/admin/maintenance/notices"));
        QCOMPARE(anonymous.status, 401);
    }

    // A weekly window: every occurrence has notices of its own, the second one's planned from
    // MaintenanceService::occurrences when its 72 hours begin.
    void recurringWindowNoticedPerOccurrence()
    {
        const QDateTime first = m_start.addDays(10);
        const ApiReply created = m_platform.admin().post(
            QStringLiteral("/admin/maintenance/windows"),
            {{QStringLiteral("starts_at"), models::WireTime::toString(first)},
             {QStringLiteral("ends_at"), models::WireTime::toString(first.addSecs(3600))},
             {QStringLiteral("recurrence"),
              QJsonObject {{QStringLiteral("frequency"), QStringLiteral("weekly")}}}});
        QCOMPARE(created.status, 201);
        const QString windowId = text(created.json(), "id");
        const QDateTime second = first.addDays(7);
        setNow(second.addSecs(-server::NoticeService::kAhead72Seconds + 60));
        const auto ticked = m_platform.server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->queued, 3);
        const ApiReply listed = m_platform.admin().get(
            QStringLiteral("/admin/maintenance/notices?window_id=") + windowId);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const auto &item : items) {
            QCOMPARE(models::WireTime::fromString(text(item.toObject(), "occurrence_start")),
                     second);
            QCOMPARE(text(item.toObject(), "kind"), MaintenanceNoticeMail::kindAhead72h());
        }
        m_weeklyId = windowId;
        m_weeklySecond = second;
    }

    // SMTP was down until the second occurrence began: its 72-hour notices are given up, not
    // sent late; the 24-hour ones, never due while it ran, are not planned at all.
    void staleAheadNoticesGivenUp()
    {
        QVERIFY(!m_weeklyId.isEmpty());
        QVERIFY2(m_receiver->start(), "the SMTP receiver did not restart");
        const auto stopReceiver = qScopeGuard([this] { m_receiver->stop(); });
        const qsizetype before = m_receiver->messages().size();
        setNow(m_weeklySecond.addSecs(60));
        const auto ticked = m_platform.server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->queued, 0);
        QCOMPARE(ticked->sent, 0);
        // tick() returns after the SMTP dialogue, and the receiver keeps a message before it
        // answers: anything sent would be there now.
        QCOMPARE(m_receiver->messages().size(), before);
        const ApiReply listed = m_platform.admin().get(
            QStringLiteral("/admin/maintenance/notices?window_id=") + m_weeklyId);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const auto &item : items) {
            const QJsonObject mail = item.toObject();
            QCOMPARE(text(mail, "status"), QStringLiteral("failed"));
            QCOMPARE(text(mail, "kind"), MaintenanceNoticeMail::kindAhead72h());
            QVERIFY2(text(mail, "last_error").contains(QLatin1String("window had begun")),
                     qPrintable(text(mail, "last_error")));
            QVERIFY(mail.value(QLatin1String("next_attempt_at")).isNull());
        }
    }

    // The SMTP client alone against the receiver: dot-stuffing (lines that start with a dot
    // arrive as written), a UTF-8 subject longer than one encoded word, long UTF-8 lines
    // (quoted-printable soft breaks), the envelope from a "Name <address>" sender.
    void smtpDialogueKeepsDotsAndUtf8()
    {
        QVERIFY2(m_receiver->start(), "the SMTP receiver did not restart");
        const qsizetype before = m_receiver->messages().size();
        server::SmtpTransport::Settings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_port;
        server::SmtpTransport smtp(settings);
        server::MailMessage message;
        message.from = QStringLiteral("Wartung Müller <wartung@sphair.test>");
        message.to = QStringLiteral("dots@acme.example");
        message.subject = QStringLiteral("Wartung über Nacht: Größere Änderungen an der "
                                         "Datenbank — 02:00–06:00 Uhr (Grüße)");
        message.body = QStringLiteral(".a line that starts with a dot\n..and two\n.\n"
                                      "Ümlaute und ein sehr langer Satz, der weit über "
                                      "sechsundsiebzig Zeichen hinausgeht, damit er umbrochen "
                                      "werden muss = gleich.\n  trailing space \n");
        message.date = QDateTime(QDate(2026, 12, 3), QTime(19, 0), Qt::UTC);
        message.messageId = QStringLiteral("dots@sphair");
        const models::Status sent = smtp.send(message);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QTRY_COMPARE(m_receiver->messages().size(), before + 1);
        const QJsonObject received = m_receiver->messages().last();
        QCOMPARE(text(received, "mail_from"), QStringLiteral("wartung@sphair.test"));
        QCOMPARE(text(received, "subject"), message.subject);
        // On the wire a line ends in CRLF (RFC 5322), which the parser keeps.
        QCOMPARE(text(received, "body").replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
                 message.body);
        QCOMPARE(text(received, "helo"), QStringLiteral("sphair-platform"));

        // Refused for good: kRejected; nobody listening: kUnavailable.
        message.to = QStringLiteral("nobody@reject.example");
        QCOMPARE(smtp.send(message).error().code, server::MailTransport::kRejected);
        m_receiver->stop();
        message.to = QStringLiteral("dots@acme.example");
        QCOMPARE(smtp.send(message).error().code, server::MailTransport::kUnavailable);
    }

private:
    PlatformFixture m_platform;
    QTemporaryDir m_mailDir;
    QString m_python;
    quint16 m_port = 0;
    std::unique_ptr<SmtpReceiver> m_receiver;
    QUuid m_english;
    QUuid m_german;
    QUuid m_bouncing;
    QUuid m_windowId;
    QDateTime m_start;
    QDateTime m_end;
    QString m_weeklyId; // the recurring window and its second occurrence's start
    QDateTime m_weeklySecond;
};

QTEST_GUILESS_MAIN(TestNoticesApi)
#include "tst_noticesapi.moc"
