#pragma once

#include "models/domain/Company.h"
#include "models/domain/Result.h"
#include "models/domain/Tier.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace sphair::client {
class ApiCall;
template<typename T>
struct Versioned;
} // namespace sphair::client
namespace sphair::models {
class CompanyFilterProxy;
class CompanyTableModel;
} // namespace sphair::models

namespace sphair::ui {

class CompanyDetailPane;
class ConsoleContext;

// The Companies tab: the server's company list in a sortable, filterable table that fetches
// more pages as it scrolls, a detail pane beside it, and the actions on a company (new, edit,
// suspend, activate, soft delete, CSV export of what is shown).
//
// Typing in the search box filters the loaded rows at once; when the list is not fully
// loaded (or was loaded for a broader query), the server is asked too, ~250 ms after the
// last keystroke, so a search finds companies not yet fetched. Tier and status filters work
// the same way without the delay. Failed calls go to ConsoleContext::reportError and the
// table keeps its rows.
//
// Object names: companySearchEdit, tierFilterCombo, statusFilterCombo, companiesTable,
// companyDetailPane, newCompanyButton (Ctrl+N), editCompanyButton (Enter, double-click),
// suspendCompanyButton, activateCompanyButton, deleteCompanyButton (Delete),
// exportCsvButton, refreshCompaniesButton, companiesCountLabel, companiesSplitter.
class CompaniesPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;
    static constexpr int kSearchDelayMs = 250;

    explicit CompaniesPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~CompaniesPage() override;

    models::CompanyTableModel *model() const { return m_model; }
    models::CompanyFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    CompanyDetailPane *detailPane() const { return m_detail; }

    // The company of the current row, as listed.
    std::optional<models::Company> selectedCompany() const;
    // Makes the company's row current; false when it is not shown.
    bool selectCompany(const QUuid &id);
    // A list or page call is running.
    bool isLoading() const;
    // Every company of the loaded query is in the model.
    bool isFullyLoaded() const { return m_loadedOnce && m_nextCursor.isEmpty(); }

public slots:
    // Loads the list again for the current search and filters (the window's F5).
    void refresh();
    void newCompany();
    void editSelected();
    void suspendSelected();
    void activateSelected();
    void deleteSelected();
    void exportCsv();

signals:
    // A list load (not a further page) has answered, successfully or not.
    void listLoaded();
    // A further page has been appended.
    void pageLoaded();

private:
    // What the server was (or is to be) asked for; the proxy filters the same way locally.
    struct ServerQuery
    {
        QString search;
        std::optional<models::Tier> tier;
        std::optional<models::CompanyStatus> status;
        QString sort;

        bool operator==(const ServerQuery &other) const;
        // Every company matching `other` is among the companies matching this.
        bool covers(const ServerQuery &other) const;
    };

    void buildUi();
    void restoreSplitter();
    ServerQuery wantedQuery() const;
    void applyLocalFilters();
    void filtersChanged(bool debounce);
    void askServerIfNeeded();
    void load(const ServerQuery &query);
    void fetchNextPage();
    bool tableWantsMore() const;
    void rearmFetching();
    void updateCount();
    void updateActions();
    void onCurrentChanged();
    void changeStatus(bool suspend);
    // Loads the company's current version (fresh user count, ETag) and runs `then` with it.
    void
    withCurrentVersion(const models::Company &company, const QString &what,
                       const std::function<void(const client::Versioned<models::Company> &)> &then);
    void applyChange(const models::Company &company);

    QPointer<ConsoleContext> m_context;
    models::CompanyTableModel *m_model = nullptr;
    models::CompanyFilterProxy *m_proxy = nullptr;

    ServerQuery m_loaded; // the query the model's rows answer
    bool m_loadedOnce = false;
    QString m_nextCursor;
    qint64 m_total = -1;
    bool m_fetchFailed = false; // a page failed: fetching re-arms when the user scrolls
    QPointer<client::ApiCall> m_listCall;
    QPointer<client::ApiCall> m_pageCall;
    QPointer<client::ApiCall> m_actionCall;
    QTimer *m_searchTimer = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_table = nullptr;
    CompanyDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace sphair::ui
