#include "models/domain/MaintenanceNoticeMail.h"
#include "models/domain/WireTime.h"
#include "models/item/NoticeMailModel.h"
#include "server/services/MailTransport.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/deployments/NoticesView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace sphair;
using models::MaintenanceNoticeMail;
using models::NoticeMailModel;

// The Deployments tab's Notices view against a real platform: the notices the server wrote
// into the sandbox's mail folder (.eml files) listed with recipient, kind and status; the
// status filter; a mail folder that cannot be written leaves them queued with their error.
class TestNoticesView : public QObject
{
    Q_OBJECT

    std::atomic<qint64> m_nowMs {0};

    QString cell(QTableView *table, int row, int column) const
    {
        return table->model()->index(row, column).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_mail.isValid());
        const auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        tests::PlatformFixture &platform = m_fixture.platform();
        const QUuid company = QUuid::createUuid();
        QVERIFY(platform
                    .sql(QStringLiteral("INSERT INTO companies (id, code, name, tier, max_users) "
                                        "VALUES ($1, 'VIEW-01', 'View Company', 'small', 5)"),
                         {company})
                    .ok());
        for (const char *email : {"first@view.example", "second@view.example"}) {
            QVERIFY(platform
                        .sql(QStringLiteral("INSERT INTO users (company_id, id, email, name, role) "
                                            "VALUES ($1, $2, $3, $3, 'admin')"),
                             {company, QUuid::createUuid(), QString::fromLatin1(email)})
                        .ok());
        }
        m_start =
            QDateTime(QDateTime::currentDateTimeUtc().date().addDays(7), QTime(0, 0), Qt::UTC);
        const tests::ApiReply created = platform.admin().post(
            QStringLiteral("/admin/maintenance/windows"),
            {{QStringLiteral("starts_at"), models::WireTime::toString(m_start)},
             {QStringLiteral("ends_at"), models::WireTime::toString(m_start.addSecs(3600))}});
        QCOMPARE(created.status, 201);
        platform.server().notices().setClock(
            [this] { return QDateTime::fromMSecsSinceEpoch(m_nowMs.load(), Qt::UTC); });
    }

    // Before the first notice: a hint in place of the empty table says when they are sent.
    void hintBeforeAnyNotice()
    {
        ui::NoticesView view(m_fixture.context());
        QSignalSpy loaded(&view, &ui::NoticesView::loaded);
        view.show();
        QTRY_COMPARE(loaded.size(), 1);
        auto *table = view.findChild<QTableView *>(QStringLiteral("noticesTable"));
        auto *hint = view.findChild<QLabel *>(QStringLiteral("noticesEmptyHint"));
        QVERIFY(table && hint);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QVERIFY(!table->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("72 and 24 hours")), qPrintable(hint->text()));
    }

    void mailFolderHoldsTheMessages()
    {
        // 72 hours ahead: the sandbox's transport writes both notices to its mail folder.
        tests::PlatformFixture &platform = m_fixture.platform();
        platform.server().notices().setTransport(
            std::make_unique<server::FolderTransport>(m_mail.path()));
        m_nowMs = m_start.addSecs(-72 * 3600 + 60).toMSecsSinceEpoch();
        const auto ticked = platform.server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->sent, 2);

        const QStringList files = QDir(m_mail.path()).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 2);
        QFile file(QDir(m_mail.path()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray message = file.readAll();
        QVERIFY(message.contains("\r\nSubject: Planned maintenance of SPHAiR in 3 days"));
        QVERIFY(message.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(message.contains("@view.example\r\n"));
    }

    void listsAndFilters()
    {
        ui::NoticesView view(m_fixture.context());
        QSignalSpy loaded(&view, &ui::NoticesView::loaded);
        view.show();
        QTRY_COMPARE(loaded.size(), 1);
        auto *table = view.findChild<QTableView *>(QStringLiteral("noticesTable"));
        auto *status = view.findChild<QComboBox *>(QStringLiteral("noticeStatusCombo"));
        auto *count = view.findChild<QLabel *>(QStringLiteral("noticesCountLabel"));
        auto *error = view.findChild<QLabel *>(QStringLiteral("noticesErrorLabel"));
        auto *more = view.findChild<QPushButton *>(QStringLiteral("moreNoticesButton"));
        QVERIFY(table && status && count && error && more);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(!more->isEnabled());
        QVERIFY(error->isHidden());
        QStringList recipients {cell(table, 0, NoticeMailModel::RecipientColumn),
                                cell(table, 1, NoticeMailModel::RecipientColumn)};
        recipients.sort();
        QCOMPARE(recipients,
                 (QStringList {QStringLiteral("first@view.example"),
                               QStringLiteral("second@view.example")}));
        QCOMPARE(cell(table, 0, NoticeMailModel::CompanyColumn), QStringLiteral("View Company"));
        QCOMPARE(cell(table, 0, NoticeMailModel::KindColumn), QStringLiteral("72 hours ahead"));
        QCOMPARE(cell(table, 0, NoticeMailModel::StatusColumn), QStringLiteral("Sent"));
        QVERIFY(!cell(table, 0, NoticeMailModel::SentAtColumn).isEmpty());
        QVERIFY(count->text().contains(QStringLiteral("2")));

        // The mail folder cannot be made (a file is in its way): the 24-hour notices wait.
        const QString blocked = QDir(m_mail.path()).filePath(QStringLiteral("blocked"));
        QFile blocker(blocked);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_fixture.platform().server().notices().setTransport(
            std::make_unique<server::FolderTransport>(blocked + QStringLiteral("/mail")));
        m_nowMs = m_start.addSecs(-24 * 3600 + 60).toMSecsSinceEpoch();
        const auto ticked = m_fixture.platform().server().notices().tick();
        QVERIFY2(ticked.ok(), qPrintable(ticked.error().message));
        QCOMPARE(ticked->queued, 2);
        QCOMPARE(ticked->sent, 0);

        status->setCurrentIndex(status->findData(MaintenanceNoticeMail::statusQueued()));
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(table, row, NoticeMailModel::KindColumn),
                     QStringLiteral("24 hours ahead"));
            QCOMPARE(cell(table, row, NoticeMailModel::StatusColumn), QStringLiteral("Queued"));
            QCOMPARE(cell(table, row, NoticeMailModel::AttemptsColumn), QStringLiteral("1"));
            QVERIFY(!cell(table, row, NoticeMailModel::LastErrorColumn).isEmpty());
        }
        status->setCurrentIndex(status->findData(MaintenanceNoticeMail::statusFailed()));
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(table->model()->rowCount(), 0);
        auto *hint = view.findChild<QLabel *>(QStringLiteral("noticesEmptyHint"));
        QVERIFY(hint && hint->isVisible() && !table->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("No notice is “Failed”."));
        status->setCurrentIndex(0);
        QTRY_COMPARE(loaded.size(), 4);
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY(!hint->isVisible() && table->isVisible());
    }

private:
    QTemporaryDir m_mail;
    tests::ConsoleFixture m_fixture;
    QDateTime m_start;
};

QTEST_MAIN(TestNoticesView)
#include "tst_noticesview.moc"
