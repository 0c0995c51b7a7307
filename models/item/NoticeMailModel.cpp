#include "models/item/NoticeMailModel.h"

#include <QBrush>
#include <QColor>

namespace sphair::models {

namespace {

// A time in the viewer's zone; empty when not set.
QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

} // namespace

NoticeMailModel::NoticeMailModel(QObject *parent)
    : FigureTableModel(ColumnCount, parent)
{ }

QVariant NoticeMailModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && index.isValid() && index.row() < rows()
        && m_mails.at(index.row()).status == MaintenanceNoticeMail::statusFailed())
        return QBrush(QColor(0xB7, 0x1C, 0x1C));
    return FigureTableModel::data(index, role);
}

void NoticeMailModel::setMails(QList<MaintenanceNoticeMail> mails)
{
    beginResetModel();
    m_mails = std::move(mails);
    endResetModel();
}

void NoticeMailModel::appendMails(const QList<MaintenanceNoticeMail> &mails)
{
    if (mails.isEmpty())
        return;
    beginInsertRows({}, rows(), rows() + int(mails.size()) - 1);
    m_mails.append(mails);
    endInsertRows();
}

int NoticeMailModel::rows() const
{
    return int(m_mails.size());
}

QVariant NoticeMailModel::rawValue(int row, int column) const
{
    const MaintenanceNoticeMail &mail = m_mails.at(row);
    switch (column) {
    case CompanyColumn:
        return mail.companyName;
    case RecipientColumn:
        return mail.recipient;
    case KindColumn:
        return MaintenanceNoticeMail::kindDisplayName(mail.kind);
    case OccurrenceColumn:
        return localTime(mail.occurrenceStart);
    case StatusColumn:
        return MaintenanceNoticeMail::statusDisplayName(mail.status);
    case AttemptsColumn:
        return qint64 {mail.attempts};
    case SentAtColumn:
        return localTime(mail.sentAt);
    case LastErrorColumn:
        return mail.lastError;
    default:
        return {};
    }
}

QString NoticeMailModel::columnTitle(int column) const
{
    switch (column) {
    case CompanyColumn:
        return tr("Company");
    case RecipientColumn:
        return tr("Recipient");
    case KindColumn:
        return tr("Notice");
    case OccurrenceColumn:
        return tr("Maintenance starts");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case SentAtColumn:
        return tr("Sent at");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

QVariant NoticeMailModel::toolTip(int row, int /*column*/) const
{
    const MaintenanceNoticeMail &mail = m_mails.at(row);
    if (mail.status == MaintenanceNoticeMail::statusQueued() && mail.nextAttemptAt.isValid())
        return tr("“%1”, next attempt %2").arg(mail.subject, localTime(mail.nextAttemptAt));
    return tr("“%1” (%2)").arg(mail.subject, mail.language);
}

} // namespace sphair::models
