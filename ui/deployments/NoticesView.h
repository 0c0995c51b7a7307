#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class NoticeMailModel;
}

namespace sphair::ui {

class ConsoleContext;

// The Deployments tab's "Notices" view: the maintenance notice e-mails the platform sent to
// company admins (72 and 24 hours ahead of each window occurrence, and when it ended), to
// whom, in which state, with their attempts and last error; filtered by status. Loads when
// first shown and on Refresh, a page at a time ("Load more"); a failed load shows its error
// under the table and keeps the rows there are. With no notice to list, a hint in place of the
// table says when notices are sent (or that none has the chosen status).
//
// Object names: noticeStatusCombo, refreshNoticesButton, noticesTable, noticesEmptyHint,
// noticesCountLabel, moreNoticesButton, noticesErrorLabel.
class NoticesView : public QWidget
{
    Q_OBJECT
public:
    NoticesView(ConsoleContext *context, QWidget *parent = nullptr);
    ~NoticesView() override;

    models::NoticeMailModel *model() const { return m_model; }

public slots:
    // Reads the first page again with the chosen filter.
    void reload();

signals:
    // A load finished (well or not): the rows are what the server answered.
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(bool more);
    void showEmptyHint();

    ConsoleContext *m_context;
    models::NoticeMailModel *m_model;
    QComboBox *m_status;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_emptyHint;
    QLabel *m_count;
    QPushButton *m_more;
    QLabel *m_error;
    QString m_nextCursor;
    qint64 m_total = 0;
    bool m_shown = false;
    QPointer<client::ApiCall> m_call;
};

} // namespace sphair::ui
