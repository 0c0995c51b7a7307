#pragma once

#include "models/domain/Company.h"
#include "models/domain/FeatureCatalogDocument.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace sphair::client {
class ApiCall;
}
namespace sphair::models {
class ActiveUsersChartModel;
class CompanyFilterProxy;
class CompanyTableModel;
class FeatureAdoptionChartModel;
class GrowthChartModel;
class LoginsChartModel;
class UtilisationChartModel;
} // namespace sphair::models

namespace sphair::ui {

class ChartPanel;
class ConsoleContext;

// The Usage tab. "Analytics": the overview figures (companies, users, active and expiring
// licenses), a range picker (the last 30/90/180/365 days or a custom from–to) and five charts,
// each in its ChartPanel with hover values, legend toggles and PNG/CSV export:
// companies over time by tier (stacked), active users (all companies or one, picked with a
// search), license utilisation (the top companies by users / max users, near or at the limit
// highlighted; clicking a bar asks to open the company), feature adoption by tier and logins
// per day with the weekday pattern. Every chart loads with its own call; the page never
// blocks, counts "Loading 3 of 6…", shows a failed chart's error in its box while the others
// load, and a new range (or reload) cancels the calls still running. "System health": the
// system health view (a placeholder until it is wired in).
//
// Object names: usageViewTabs, usageAnalyticsView, systemHealthPlaceholder,
// overviewCompaniesValue, overviewUsersValue, overviewActiveLicensesValue,
// overviewExpiringLicensesValue, overviewErrorLabel, usageRangeCombo, usageFromEdit,
// usageToEdit, usageRangeErrorLabel, refreshUsageButton, usageProgressLabel,
// usageCompanySearchEdit, usageCompanyCombo; the panels growthChartPanel,
// activeUsersChartPanel, utilisationChartPanel, adoptionChartPanel, loginsChartPanel.
class UsagePage : public QWidget
{
    Q_OBJECT
public:
    // What loads, one call each (the adoption chart also loads the feature catalog once).
    enum Chart { Overview, Growth, ActiveUsers, Utilisation, Adoption, Logins, ChartCount };
    Q_ENUM(Chart)
    // The utilisation chart's companies.
    static constexpr int kUtilisationTop = 25;
    // The overview counts licenses ending within this many days as expiring.
    static constexpr int kExpiringDays = 30;
    // The range picker's presets, in days ending today (UTC); the combo's last entry is custom.
    static constexpr std::array<int, 4> kPresetDays = {30, 90, 180, 365};

    explicit UsagePage(ConsoleContext *context, QWidget *parent = nullptr);
    ~UsagePage() override;

    models::GrowthChartModel *growthModel() const { return m_growth; }
    models::ActiveUsersChartModel *activeUsersModel() const { return m_activeUsers; }
    models::UtilisationChartModel *utilisationModel() const { return m_utilisation; }
    models::FeatureAdoptionChartModel *adoptionModel() const { return m_adoption; }
    models::LoginsChartModel *loginsModel() const { return m_logins; }
    ChartPanel *panel(Chart chart) const;
    // The call of `chart` still running, null when none.
    client::ApiCall *runningCall(Chart chart) const;

    QDate from() const;
    QDate to() const;
    // The company the active users chart shows; null: all.
    QUuid selectedCompany() const;
    bool isLoading() const { return m_done < ChartCount; }

public slots:
    // Loads every chart again (and the company list of the picker).
    void reload();
    // A custom range: the picker switches to "Custom" and the charts reload.
    void setRange(const QDate &from, const QDate &to);
    // The last `days` days (one of kPresetDays).
    void setPresetRange(int days);
    // The active users chart for one company (null: all).
    void selectCompany(const QUuid &id);

signals:
    // Every chart of the last load has answered (or failed).
    void loaded();
    // One chart has answered (ok) or failed.
    void chartLoaded(sphair::ui::UsagePage::Chart chart, bool ok);
    // A bar of the utilisation chart was clicked: show this company.
    void companyRequested(const QUuid &id);

private:
    void buildUi();
    QWidget *buildAnalytics();
    QWidget *overviewFigure(const QString &caption, const char *objectName);
    void rangeChanged();
    void loadCharts();
    // `alone`: only this chart reloads (another company), not as part of loadCharts().
    void loadActiveUsers(bool alone);
    void loadCompanies();
    void startCall(Chart chart, client::ApiCall *call);
    void finishCall(Chart chart, int generation, bool ok, const QString &error = {});
    void updateProgress();
    void cancel(Chart chart);
    void fillCompanyCombo();
    // A bar of the utilisation chart (its index in the chart, the top bar last).
    void openUtilisationBar(int index);

    // The chart's panel with its series and axes removed, to draw anew.
    ChartPanel *clearedPanel(Chart chart);
    void drawGrowth();
    void drawActiveUsers();
    void drawUtilisation();
    void drawAdoption();
    void drawLogins();

    QPointer<ConsoleContext> m_context;
    models::GrowthChartModel *m_growth;
    models::ActiveUsersChartModel *m_activeUsers;
    models::UtilisationChartModel *m_utilisation;
    models::FeatureAdoptionChartModel *m_adoption;
    models::LoginsChartModel *m_logins;
    models::CompanyTableModel *m_companies;
    models::CompanyFilterProxy *m_companyProxy;

    QTabWidget *m_views = nullptr;
    std::array<ChartPanel *, ChartCount> m_panels {};
    QList<QLabel *> m_figures; // companies, users, active licenses, expiring licenses
    QLabel *m_overviewError = nullptr;
    QComboBox *m_range = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_rangeError = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_progress = nullptr;
    QLineEdit *m_companySearch = nullptr;
    QComboBox *m_companyCombo = nullptr;

    std::array<QPointer<client::ApiCall>, ChartCount> m_calls;
    std::array<int, ChartCount> m_generations {};
    std::array<bool, ChartCount> m_chartFailed {};
    QPointer<client::ApiCall> m_companiesCall;
    std::optional<QList<models::FeatureCatalogDocument::Entry>> m_catalog;
    QUuid m_company;
    int m_generation = 0;
    int m_done = ChartCount;
    int m_failed = 0;
};

} // namespace sphair::ui
