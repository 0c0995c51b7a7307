#pragma once

#include "models/domain/Company.h"
#include "models/domain/LicenseRecord.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sphair::client {
class ApiCall;
} // namespace sphair::client
namespace sphair::models {
class LicenseFilterProxy;
class LicenseTableModel;
} // namespace sphair::models

namespace sphair::ui {

class CountSpinBox;
class LicenseOutbox;

class ConsoleContext;

// The Licenses tab: every license with its colour-coded status, search, a status filter and
// "expiring within N days"; issue (Ctrl+I), renew, revoke, export and import `.lic` files, and
// the outbox of licenses signed here that the platform has not registered yet (shown as
// pending, registered with "Register pending").
//
// The outbox folder is the setting "licenses/outbox_folder" when set, else
// LicenseOutbox::defaultFolder().
class LicensesPage : public QWidget
{
    Q_OBJECT
public:
    explicit LicensesPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~LicensesPage() override;

    models::LicenseTableModel *model() const { return m_model; }
    models::LicenseFilterProxy *proxy() const { return m_proxy; }
    LicenseOutbox *outbox() const { return m_outbox; }
    // The selected license (a source row of model()), -1 when none.
    int selectedRow() const;

public slots:
    // Reloads the server's list (first page) and the outbox.
    void refresh();

signals:
    // The server's first page has been shown (or failed); for tests and the status bar.
    void refreshed(bool ok);
    // "Register pending" has finished: counts of what happened.
    void pendingRegistrationFinished(int registered, int kept, int refused);

private:
    void fetchNextPage();
    void reloadPending();
    void updateButtons();
    void applyFilters();
    void issue();
    void renew();
    void revoke();
    void exportSelected();
    void importFile();
    void registerPending();
    void openIssueDialog(const models::LicenseRecord *renewal);
    void writeLicenseFile(const models::LicenseRecord &record, const QByteArray &token);

    QPointer<ConsoleContext> m_context;
    LicenseOutbox *m_outbox;
    models::LicenseTableModel *m_model;
    models::LicenseFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QCheckBox *m_expiringOnly;
    CountSpinBox *m_expiringDays;
    QPushButton *m_issue;
    QPushButton *m_renew;
    QPushButton *m_revoke;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_registerPending;

    QString m_nextCursor;
    bool m_columnsFitted = false; // columns sized to the first page once
    QPointer<client::ApiCall> m_listCall;
    quint64 m_generation = 0; // a refresh makes answers to older list calls stale
    QList<models::Company> m_companies; // the last list an issue dialog loaded
    bool m_registeringPending = false;
};

} // namespace sphair::ui
