#include "models/item/NoticeMailModel.h"

#include "tests/models/SortedModelUnderTest.h"

#include <QBrush>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace sphair::models;

namespace {

MaintenanceNoticeMail mail(const char *recipient, const QString &kind, const QString &status,
                           int attempts, const QDateTime &sentAt, const char *error = "")
{
    MaintenanceNoticeMail m;
    m.id = QUuid::createUuid();
    m.windowId = QUuid::createUuid();
    m.occurrenceStart = QDateTime(QDate(2026, 12, 13), QTime(0, 0), Qt::UTC);
    m.kind = kind;
    m.companyId = QUuid::createUuid();
    m.companyName = QStringLiteral("Acme Field Services");
    m.recipient = QString::fromLatin1(recipient);
    m.language = QStringLiteral("en");
    m.subject = QStringLiteral("Planned maintenance");
    m.status = status;
    m.attempts = attempts;
    m.createdAt = m.occurrenceStart.addDays(-3);
    m.sentAt = sentAt;
    m.lastError = QString::fromLatin1(error);
    if (status == MaintenanceNoticeMail::statusQueued())
        m.nextAttemptAt = m.createdAt.addSecs(60);
    return m;
}

QString localText(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

// NoticeMailModel: the Notices view's rows as shown and sorted, failed rows marked, appended
// pages; under QAbstractItemModelTester throughout, the sorting proxy too.
class TestNoticeMailModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sphair::tests::SortedModelUnderTest<NoticeMailModel>> m_sorted;
    NoticeMailModel *m_model = nullptr;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_sorted = std::make_unique<sphair::tests::SortedModelUnderTest<NoticeMailModel>>();
        m_model = m_sorted->model.get();
    }

    void cleanup() { m_sorted.reset(); }

    void cells()
    {
        QCOMPARE(m_model->columnCount(), int(NoticeMailModel::ColumnCount));
        const QDateTime sentAt(QDate(2026, 12, 10), QTime(0, 1), Qt::UTC);
        m_model->setMails(
            {mail("anna@acme.example", MaintenanceNoticeMail::kindAhead72h(),
                  MaintenanceNoticeMail::statusSent(), 1, sentAt),
             mail("gone@reject.example", MaintenanceNoticeMail::kindEnded(),
                  MaintenanceNoticeMail::statusFailed(), 3, {}, "550 No such mailbox"),
             mail("slow@acme.example", MaintenanceNoticeMail::kindAhead24h(),
                  MaintenanceNoticeMail::statusQueued(), 1, {}, "Connection refused")});
        QCOMPARE(m_model->rowCount(), 3);
        const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
            return m_model->data(m_model->index(row, column), role);
        };
        QCOMPARE(cell(0, NoticeMailModel::CompanyColumn).toString(),
                 QStringLiteral("Acme Field Services"));
        QCOMPARE(cell(0, NoticeMailModel::RecipientColumn).toString(),
                 QStringLiteral("anna@acme.example"));
        QCOMPARE(cell(0, NoticeMailModel::KindColumn).toString(), QStringLiteral("72 hours ahead"));
        QCOMPARE(cell(0, NoticeMailModel::StatusColumn).toString(), QStringLiteral("Sent"));
        QCOMPARE(cell(0, NoticeMailModel::AttemptsColumn).toString(), QStringLiteral("1"));
        QCOMPARE(cell(0, NoticeMailModel::AttemptsColumn, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(0, NoticeMailModel::OccurrenceColumn).toString(),
                 localText(QDateTime(QDate(2026, 12, 13), QTime(0, 0), Qt::UTC)));
        QCOMPARE(cell(0, NoticeMailModel::SentAtColumn).toString(), localText(sentAt));
        QVERIFY(cell(0, NoticeMailModel::LastErrorColumn).toString().isEmpty());
        QVERIFY(!cell(0, NoticeMailModel::CompanyColumn, Qt::ForegroundRole).isValid());

        QCOMPARE(cell(1, NoticeMailModel::StatusColumn).toString(), QStringLiteral("Failed"));
        QCOMPARE(cell(1, NoticeMailModel::KindColumn).toString(), QStringLiteral("Ended"));
        QCOMPARE(cell(1, NoticeMailModel::LastErrorColumn).toString(),
                 QStringLiteral("550 No such mailbox"));
        QVERIFY(cell(1, NoticeMailModel::SentAtColumn).toString().isEmpty());
        QVERIFY(cell(1, NoticeMailModel::RecipientColumn, Qt::ForegroundRole)
                    .value<QBrush>()
                    .color()
                    .isValid());

        QCOMPARE(cell(2, NoticeMailModel::StatusColumn).toString(), QStringLiteral("Queued"));
        QVERIFY(cell(2, NoticeMailModel::StatusColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("next attempt")));
        QCOMPARE(m_model->headerData(NoticeMailModel::RecipientColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Recipient"));
    }

    void sortsByAttemptsAsNumbers()
    {
        QList<MaintenanceNoticeMail> mails;
        for (const int attempts : {10, 2, 1})
            mails.append(mail("a@b.example", MaintenanceNoticeMail::kindEnded(),
                              MaintenanceNoticeMail::statusQueued(), attempts, {}));
        m_model->setMails(mails);
        m_sorted->proxy->sort(NoticeMailModel::AttemptsColumn, Qt::AscendingOrder);
        QCOMPARE(m_sorted->proxy->index(0, NoticeMailModel::AttemptsColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(m_sorted->proxy->index(2, NoticeMailModel::AttemptsColumn).data().toString(),
                 QStringLiteral("10"));
    }

    void appendsPages()
    {
        m_model->setMails({mail("one@acme.example", MaintenanceNoticeMail::kindEnded(),
                                MaintenanceNoticeMail::statusSent(), 1, {})});
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        m_model->appendMails({mail("two@acme.example", MaintenanceNoticeMail::kindEnded(),
                                   MaintenanceNoticeMail::statusSent(), 1, {}),
                              mail("three@acme.example", MaintenanceNoticeMail::kindEnded(),
                                   MaintenanceNoticeMail::statusSent(), 1, {})});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(2, NoticeMailModel::RecipientColumn).data().toString(),
                 QStringLiteral("three@acme.example"));
        m_model->appendMails({});
        QCOMPARE(inserted.size(), 1);
        m_model->setMails({});
        QCOMPARE(m_model->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoticeMailModel)
#include "tst_noticemailmodel.moc"
