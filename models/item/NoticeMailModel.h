#pragma once

#include "models/domain/MaintenanceNoticeMail.h"
#include "models/item/FigureTableModel.h"

#include <QList>

namespace sphair::models {

// The Notices view's table: what the platform sent (or is still trying to send) to whom, one
// row per e-mail in the server's order (newest occurrence first). Times show in the viewer's
// local time as "yyyy-MM-dd HH:mm", so they also sort as text; failed rows are red.
class NoticeMailModel : public FigureTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        RecipientColumn,
        KindColumn,
        OccurrenceColumn, // the occurrence's start
        StatusColumn,
        AttemptsColumn,
        SentAtColumn,
        LastErrorColumn,
        ColumnCount
    };

    explicit NoticeMailModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setMails(QList<MaintenanceNoticeMail> mails);
    // The next page of the same list, below the rows there are.
    void appendMails(const QList<MaintenanceNoticeMail> &mails);
    const QList<MaintenanceNoticeMail> &mails() const { return m_mails; }

protected:
    int rows() const override;
    QVariant rawValue(int row, int column) const override;
    QString columnTitle(int column) const override;
    QVariant toolTip(int row, int column) const override;

private:
    QList<MaintenanceNoticeMail> m_mails;
};

} // namespace sphair::models
