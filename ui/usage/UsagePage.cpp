#include "ui/usage/UsagePage.h"

#include "client/ApiCall.h"
#include "client/CompaniesClient.h"
#include "client/Queries.h"
#include "client/StatsClient.h"
#include "models/domain/Tier.h"
#include "models/item/ActiveUsersChartModel.h"
#include "models/item/CompanyFilterProxy.h"
#include "models/item/CompanyTableModel.h"
#include "models/item/FeatureAdoptionChartModel.h"
#include "models/item/GrowthChartModel.h"
#include "models/item/LoginsChartModel.h"
#include "models/item/UtilisationChartModel.h"
#include "ui/common/ConsoleContext.h"
#include "ui/usage/ChartPanel.h"
#include "ui/usage/SystemHealthView.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace sphair::ui {

namespace {

constexpr int kMaxSpanDays = 366; // what /admin/stats/usage and its siblings accept
constexpr int kCustomDebounceMs = 400; // a custom date being typed: one load when it settles
constexpr int kMaxCategoryLabel = 22;

QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

// Days are drawn at local noon, so the date axis (local time) shows the day the point is for.
qreal dayX(const QDate &day)
{
    return static_cast<qreal>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

// Empties a chart: its series and its axes.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A date axis and a value axis from 0, attached to the chart.
std::pair<QDateTimeAxis *, QValueAxis *> addTimeAxes(QChart *chart, const QDate &from,
                                                     const QDate &to, qint64 maximum)
{
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    const qint64 days = from.daysTo(to) + 1;
    x->setTickCount(static_cast<int>(std::clamp<qint64>(days, 2, 7)));
    x->setRange(QDateTime(from, QTime(12, 0)), QDateTime(to, QTime(12, 0)));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, static_cast<qreal>(std::max<qint64>(maximum, 1)));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    return {x, y};
}

void attach(QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

QString elided(const QString &text)
{
    if (text.size() <= kMaxCategoryLabel)
        return text;
    return text.left(kMaxCategoryLabel - 1) + QChar(0x2026);
}

} // namespace

UsagePage::UsagePage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_growth(new models::GrowthChartModel(this))
    , m_activeUsers(new models::ActiveUsersChartModel(this))
    , m_utilisation(new models::UtilisationChartModel(this))
    , m_adoption(new models::FeatureAdoptionChartModel(this))
    , m_logins(new models::LoginsChartModel(this))
    , m_companies(new models::CompanyTableModel(this))
    , m_companyProxy(new models::CompanyFilterProxy(this))
{
    m_companyProxy->setSourceModel(m_companies);
    buildUi();
}

UsagePage::~UsagePage()
{
    for (int chart = 0; chart < ChartCount; ++chart)
        cancel(static_cast<Chart>(chart));
    if (m_companiesCall)
        m_companiesCall->cancel();
}

void UsagePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("usageViewTabs"));
    layout->addWidget(m_views);
    m_views->addTab(buildAnalytics(), tr("&Analytics"));
    m_views->addTab(new SystemHealthView(*m_context, m_views), tr("S&ystem health"));
}

QWidget *UsagePage::overviewFigure(const QString &caption, const char *objectName)
{
    auto *box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    auto *boxLayout = new QVBoxLayout(box);
    auto *value = new QLabel(QStringLiteral("–"), box);
    value->setObjectName(QLatin1String(objectName));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    value->setFont(font);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(caption, box);
    label->setBuddy(value);
    value->setAccessibleName(caption);
    boxLayout->addWidget(value);
    boxLayout->addWidget(label);
    m_figures.append(value);
    return box;
}

QWidget *UsagePage::buildAnalytics()
{
    auto *scroll = new QScrollArea(m_views);
    scroll->setObjectName(QStringLiteral("usageAnalyticsView"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *figures = new QHBoxLayout;
    figures->addWidget(overviewFigure(tr("Companies"), "overviewCompaniesValue"));
    figures->addWidget(overviewFigure(tr("Users"), "overviewUsersValue"));
    figures->addWidget(overviewFigure(tr("Active licenses"), "overviewActiveLicensesValue"));
    figures->addWidget(
        overviewFigure(tr("Licenses expiring within %n day(s)", nullptr, kExpiringDays),
                       "overviewExpiringLicensesValue"));
    layout->addLayout(figures);
    m_overviewError = new QLabel(content);
    m_overviewError->setObjectName(QStringLiteral("overviewErrorLabel"));
    m_overviewError->setWordWrap(true);
    m_overviewError->setVisible(false);
    layout->addWidget(m_overviewError);

    auto *rangeRow = new QHBoxLayout;
    m_range = new QComboBox(content);
    m_range->setObjectName(QStringLiteral("usageRangeCombo"));
    m_range->setAccessibleName(tr("Date range"));
    for (int days : kPresetDays)
        m_range->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_range->addItem(tr("Custom range"), 0);
    auto *rangeLabel = new QLabel(tr("&Range:"), content);
    rangeLabel->setBuddy(m_range);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_range);
    m_fromEdit = new QDateEdit(content);
    m_fromEdit->setObjectName(QStringLiteral("usageFromEdit"));
    m_toEdit = new QDateEdit(content);
    m_toEdit->setObjectName(QStringLiteral("usageToEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromEdit->setAccessibleName(tr("From"));
    m_toEdit->setAccessibleName(tr("To"));
    auto *fromLabel = new QLabel(tr("&From:"), content);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&To:"), content);
    toLabel->setBuddy(m_toEdit);
    rangeRow->addWidget(fromLabel);
    rangeRow->addWidget(m_fromEdit);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_toEdit);
    m_rangeError = new QLabel(content);
    m_rangeError->setObjectName(QStringLiteral("usageRangeErrorLabel"));
    m_rangeError->setVisible(false);
    rangeRow->addWidget(m_rangeError);
    rangeRow->addStretch(1);
    m_progress = new QLabel(content);
    m_progress->setObjectName(QStringLiteral("usageProgressLabel"));
    rangeRow->addWidget(m_progress);
    m_reload = new QPushButton(tr("Re&load"), content);
    m_reload->setObjectName(QStringLiteral("refreshUsageButton"));
    connect(m_reload, &QPushButton::clicked, this, &UsagePage::reload);
    rangeRow->addWidget(m_reload);
    layout->addLayout(rangeRow);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(kCustomDebounceMs);
    connect(debounce, &QTimer::timeout, this, &UsagePage::rangeChanged);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int days = m_range->itemData(index).toInt();
        m_fromEdit->setEnabled(days == 0);
        m_toEdit->setEnabled(days == 0);
        if (days > 0) {
            const QSignalBlocker fromBlocker(m_fromEdit);
            const QSignalBlocker toBlocker(m_toEdit);
            m_toEdit->setDate(todayUtc());
            m_fromEdit->setDate(todayUtc().addDays(1 - days));
        }
        rangeChanged();
    });
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, debounce, qOverload<>(&QTimer::start));
    {
        // The first range, without a load: the page loads when reload() is called.
        const QSignalBlocker blocker(m_range);
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_range->setCurrentIndex(0);
        m_toEdit->setDate(todayUtc());
        m_fromEdit->setDate(todayUtc().addDays(1 - kPresetDays.front()));
        m_fromEdit->setEnabled(false);
        m_toEdit->setEnabled(false);
    }

    auto makePanel = [this, content](Chart chart, const QString &title, const char *objectName,
                                     const QString &exportName, QAbstractItemModel *model) {
        auto *panel = new ChartPanel(title, m_context, content);
        panel->setObjectName(QLatin1String(objectName));
        panel->setExportName(exportName);
        panel->setDataModel(model);
        m_panels.at(chart) = panel;
        return panel;
    };
    auto *grid = new QGridLayout;
    grid->addWidget(makePanel(Growth, tr("Companies over time by tier"), "growthChartPanel",
                              QStringLiteral("usage-companies-by-tier"), m_growth),
                    0, 0);

    // Active users: the panel with the company picker above its chart.
    ChartPanel *activePanel =
        makePanel(ActiveUsers, tr("Active users per day"), "activeUsersChartPanel",
                  QStringLiteral("usage-active-users"), m_activeUsers);
    auto *picker = new QHBoxLayout;
    m_companySearch = new QLineEdit(activePanel);
    m_companySearch->setObjectName(QStringLiteral("usageCompanySearchEdit"));
    m_companySearch->setPlaceholderText(tr("Search code or name…"));
    m_companySearch->setClearButtonEnabled(true);
    m_companySearch->setAccessibleName(tr("Search companies"));
    m_companyCombo = new QComboBox(activePanel);
    m_companyCombo->setObjectName(QStringLiteral("usageCompanyCombo"));
    m_companyCombo->setAccessibleName(tr("Company of the active users chart"));
    m_companyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_companyCombo->setMinimumContentsLength(20);
    picker->addWidget(m_companySearch, 1);
    picker->addWidget(m_companyCombo, 1);
    if (auto *panelLayout = qobject_cast<QVBoxLayout *>(activePanel->layout()))
        panelLayout->insertLayout(1, picker);
    connect(m_companySearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_companyProxy->setSearchText(text);
        fillCompanyCombo();
    });
    connect(m_companyCombo, &QComboBox::activated, this,
            [this](int index) { selectCompany(m_companyCombo->itemData(index).toUuid()); });
    fillCompanyCombo();
    grid->addWidget(activePanel, 0, 1);

    ChartPanel *utilisation = makePanel(Utilisation, tr("License utilisation (users of max users)"),
                                        "utilisationChartPanel",
                                        QStringLiteral("usage-license-utilisation"), m_utilisation);
    // 25 bars need their labels' height each, or the axis shortens them to "…".
    utilisation->chartView()->setMinimumHeight(kUtilisationTop * 18 + 160);
    // Enter on the keyboard's bar opens it, as a click does.
    connect(utilisation, &ChartPanel::pointActivated, this, &UsagePage::openUtilisationBar);
    grid->addWidget(utilisation, 1, 0);
    ChartPanel *adoption = makePanel(Adoption, tr("Feature adoption by tier"), "adoptionChartPanel",
                                     QStringLiteral("usage-feature-adoption"), m_adoption);
    adoption->chartView()->setMinimumHeight(480);
    grid->addWidget(adoption, 1, 1);
    grid->addWidget(makePanel(Logins, tr("Logins per day and the weekday pattern"),
                              "loginsChartPanel", QStringLiteral("usage-logins"), m_logins),
                    2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid, 1);

    // Hover texts that say more than a number.
    m_panels.at(Utilisation)->setHoverText([this](const ChartPanel::Hover &hover) {
        const int row = m_utilisation->rowCount() - 1 - hover.index;
        if (row < 0 || row >= m_utilisation->rowCount())
            return QString();
        const models::CompanyStats &company = m_utilisation->company(row);
        const QString level =
            models::UtilisationChartModel::levelDisplayName(m_utilisation->level(row));
        QString text = tr("%1 (%2): %3 of %4 users, %5 %")
                           .arg(company.name, company.code, QLocale().toString(company.userCount),
                                QLocale().toString(company.maxUsers),
                                QLocale().toString(m_utilisation->utilisation(row) * 100, 'f', 1));
        if (!level.isEmpty())
            text += tr(" (%1)").arg(level);
        return text;
    });
    m_panels.at(Adoption)->setHoverText([this](const ChartPanel::Hover &hover) {
        const int row = m_adoption->rowCount() - 1 - hover.index;
        auto *bars = qobject_cast<QAbstractBarSeries *>(hover.series);
        const auto tierIndex = bars ? static_cast<int>(bars->barSets().indexOf(hover.set)) : -1;
        if (row < 0 || row >= m_adoption->rowCount() || tierIndex < 0
            || tierIndex >= models::allTiers().size())
            return QString();
        using Field = models::FeatureAdoptionChartModel::TierField;
        return tr("%1, %2: %3 % of the companies on an average day (%4 uses; %5 companies, "
                  "%6 have it enabled)")
            .arg(models::tierDisplayName(models::allTiers().at(tierIndex)),
                 m_adoption->featureName(row),
                 QLocale().toString(m_adoption->share(row, tierIndex), 'f', 1),
                 QLocale().toString(m_adoption->count(row, tierIndex, Field::UsesField)),
                 QLocale().toString(m_adoption->count(row, tierIndex, Field::CompaniesField)),
                 QLocale().toString(m_adoption->count(row, tierIndex, Field::EnabledField)));
    });

    scroll->setWidget(content);
    return scroll;
}

void UsagePage::openUtilisationBar(int index)
{
    const QUuid id = m_utilisation->companyId(m_utilisation->rowCount() - 1 - index);
    if (!id.isNull())
        emit companyRequested(id);
}

ChartPanel *UsagePage::panel(Chart chart) const
{
    return chart >= 0 && chart < ChartCount ? m_panels.at(chart) : nullptr;
}

client::ApiCall *UsagePage::runningCall(Chart chart) const
{
    if (chart < 0 || chart >= ChartCount)
        return nullptr;
    client::ApiCall *call = m_calls.at(chart);
    return call && !call->isFinished() ? call : nullptr;
}

QDate UsagePage::from() const
{
    return m_fromEdit->date();
}

QDate UsagePage::to() const
{
    return m_toEdit->date();
}

QUuid UsagePage::selectedCompany() const
{
    return m_company;
}

void UsagePage::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker rangeBlocker(m_range);
        const QSignalBlocker fromBlocker(m_fromEdit);
        const QSignalBlocker toBlocker(m_toEdit);
        m_range->setCurrentIndex(m_range->count() - 1);
        m_fromEdit->setEnabled(true);
        m_toEdit->setEnabled(true);
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
    }
    rangeChanged();
}

void UsagePage::setPresetRange(int days)
{
    const int index = m_range->findData(days);
    if (index < 0)
        return;
    if (index == m_range->currentIndex())
        rangeChanged();
    else
        m_range->setCurrentIndex(index); // reloads
}

void UsagePage::selectCompany(const QUuid &id)
{
    if (id == m_company)
        return;
    m_company = id;
    fillCompanyCombo();
    if (m_context && m_context->client())
        loadActiveUsers(true);
}

void UsagePage::reload()
{
    loadCompanies();
    rangeChanged();
}

void UsagePage::rangeChanged()
{
    const QDate first = from();
    const QDate last = to();
    QString problem;
    if (first > last)
        problem = tr("The start of the range is after its end.");
    else if (first.daysTo(last) + 1 > kMaxSpanDays)
        problem = tr("A range covers at most %n day(s).", nullptr, kMaxSpanDays);
    m_rangeError->setText(problem);
    m_rangeError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    loadCharts();
}

void UsagePage::cancel(Chart chart)
{
    ++m_generations.at(chart); // an answer already queued is dropped too
    if (m_calls.at(chart))
        m_calls.at(chart)->cancel();
    m_calls.at(chart) = nullptr;
}

void UsagePage::startCall(Chart chart, client::ApiCall *call)
{
    m_calls.at(chart) = call;
    if (ChartPanel *chartPanel = panel(chart))
        chartPanel->setBusy(true);
}

void UsagePage::finishCall(Chart chart, int generation, bool ok, const QString &error)
{
    if (generation != m_generations.at(chart))
        return;
    m_calls.at(chart) = nullptr;
    if (ChartPanel *chartPanel = panel(chart)) {
        chartPanel->setBusy(false);
        chartPanel->showError(ok ? QString() : tr("Could not load this chart: %1").arg(error));
    } else if (chart == Overview) {
        m_overviewError->setText(ok ? QString() : tr("Could not load the overview: %1").arg(error));
        m_overviewError->setVisible(!ok);
    }
    ++m_done;
    m_chartFailed.at(chart) = !ok;
    m_failed = static_cast<int>(std::count(m_chartFailed.cbegin(), m_chartFailed.cend(), true));
    updateProgress();
    emit chartLoaded(chart, ok);
    if (m_done == ChartCount)
        emit loaded();
}

void UsagePage::updateProgress()
{
    if (m_done < ChartCount) {
        m_progress->setText(tr("Loading %1 of %2…").arg(m_done + 1).arg(int(ChartCount)));
        return;
    }
    if (m_failed > 0) {
        m_progress->setText(tr("%n chart(s) could not be loaded.", nullptr, m_failed));
        return;
    }
    m_progress->setText(
        tr("Updated at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void UsagePage::loadCharts()
{
    if (!m_context)
        return;
    for (int chart = 0; chart < ChartCount; ++chart)
        cancel(static_cast<Chart>(chart));
    m_done = 0;
    m_failed = 0;
    m_chartFailed.fill(false);
    updateProgress();
    const client::StatsClient stats = m_context->stats();
    client::UsageRangeQuery range;
    range.from = from();
    range.to = to();

    int generation = m_generations.at(Overview);
    startCall(Overview,
              stats.statsOverview(
                  kExpiringDays, [this, generation](models::Result<models::StatsOverview> result) {
                      if (!result) {
                          finishCall(Overview, generation, false, result.error().message);
                          return;
                      }
                      const QLocale locale;
                      const QList<qint64> values {result->companiesTotal(), result->usersTotal,
                                                  result->licensesActive, result->licensesExpiring};
                      for (int at = 0; at < m_figures.size() && at < values.size(); ++at)
                          m_figures.at(at)->setText(locale.toString(values.at(at)));
                      finishCall(Overview, generation, true);
                  }));

    generation = m_generations.at(Growth);
    startCall(
        Growth,
        stats.growthSeries(range, [this, generation](models::Result<models::GrowthSeries> result) {
            if (result) {
                m_growth->setSeries(result.value());
                drawGrowth();
            }
            finishCall(Growth, generation, result.ok(),
                       result ? QString() : result.error().message);
        }));

    loadActiveUsers(false);

    generation = m_generations.at(Utilisation);
    client::CompanyStatsQuery top;
    top.limit = kUtilisationTop;
    top.sort = QStringLiteral("utilisation");
    startCall(
        Utilisation,
        stats.list(top,
                   [this, generation](models::Result<models::Page<models::CompanyStats>> result) {
                       if (result) {
                           m_utilisation->setCompanies(result->items, result->total);
                           drawUtilisation();
                       }
                       finishCall(Utilisation, generation, result.ok(),
                                  result ? QString() : result.error().message);
                   }));

    generation = m_generations.at(Adoption);
    startCall(
        Adoption,
        stats.featureAdoption(
            range, [this, generation](models::Result<models::FeatureAdoption> result) {
                if (!result) {
                    finishCall(Adoption, generation, false, result.error().message);
                    return;
                }
                if (m_catalog) {
                    m_adoption->setAdoption(result.value(), *m_catalog);
                    drawAdoption();
                    finishCall(Adoption, generation, true);
                    return;
                }
                // The feature names come from the catalog, loaded once.
                const models::FeatureAdoption adoption = result.value();
                m_calls.at(Adoption) = m_context->companies().featureCatalog(
                    [this, generation, adoption](
                        models::Result<client::Versioned<models::FeatureCatalogDocument>> catalog) {
                        if (catalog)
                            m_catalog = catalog->value.features;
                        m_adoption->setAdoption(
                            adoption,
                            m_catalog.value_or(QList<models::FeatureCatalogDocument::Entry>()));
                        drawAdoption();
                        finishCall(Adoption, generation, true);
                    });
            }));

    generation = m_generations.at(Logins);
    client::UsageQuery platform;
    platform.from = range.from;
    platform.to = range.to;
    startCall(
        Logins,
        stats.usageSeries(platform, [this, generation](models::Result<models::UsageSeries> result) {
            if (result) {
                m_logins->setSeries(result.value());
                drawLogins();
            }
            finishCall(Logins, generation, result.ok(),
                       result ? QString() : result.error().message);
        }));
}

void UsagePage::loadActiveUsers(bool alone)
{
    if (!m_context)
        return;
    // Alone (another company): when it was counted as done already (its answer came, or
    // nothing is loading), it runs again; a call still running is replaced and counts once.
    if (alone && !m_calls.at(ActiveUsers)) {
        --m_done;
        updateProgress();
    }
    cancel(ActiveUsers);
    client::UsageQuery query;
    query.from = from();
    query.to = to();
    query.companyId = m_company;
    const int generation = m_generations.at(ActiveUsers);
    startCall(ActiveUsers,
              m_context->stats().usageSeries(
                  query, [this, generation](models::Result<models::UsageSeries> result) {
                      if (result) {
                          m_activeUsers->setSeries(result.value());
                          drawActiveUsers();
                      }
                      finishCall(ActiveUsers, generation, result.ok(),
                                 result ? QString() : result.error().message);
                  }));
}

void UsagePage::loadCompanies()
{
    if (!m_context)
        return;
    if (m_companiesCall)
        m_companiesCall->cancel();
    client::CompanyQuery query;
    query.limit = models::Page<models::Company>::kMaxLimit;
    query.sort = QStringLiteral("name");
    m_companiesCall = m_context->companies().list(
        query, [this](models::Result<models::Page<models::Company>> result) {
            if (!result) {
                m_context->reportError(tr("Loading the companies for the usage charts"),
                                       result.error());
                return;
            }
            m_companies->setCompanies(result->items, false);
            fillCompanyCombo();
        });
}

void UsagePage::fillCompanyCombo()
{
    const QSignalBlocker blocker(m_companyCombo);
    m_companyCombo->clear();
    m_companyCombo->addItem(tr("All companies"), QUuid());
    auto add = [this](const QModelIndex &name, const QModelIndex &code) {
        m_companyCombo->addItem(tr("%1 (%2)").arg(name.data().toString(), code.data().toString()),
                                name.data(models::CompanyTableModel::IdRole));
    };
    // The chosen company stays in the list whatever the search.
    const int chosen = m_companies->rowOf(m_company);
    bool chosenListed = false;
    for (int row = 0; row < m_companyProxy->rowCount(); ++row) {
        const QModelIndex name = m_companyProxy->index(row, models::CompanyTableModel::NameColumn);
        chosenListed =
            chosenListed || name.data(models::CompanyTableModel::IdRole).toUuid() == m_company;
    }
    if (chosen >= 0 && !chosenListed)
        add(m_companies->index(chosen, models::CompanyTableModel::NameColumn),
            m_companies->index(chosen, models::CompanyTableModel::CodeColumn));
    for (int row = 0; row < m_companyProxy->rowCount(); ++row)
        add(m_companyProxy->index(row, models::CompanyTableModel::NameColumn),
            m_companyProxy->index(row, models::CompanyTableModel::CodeColumn));
    const int current = m_companyCombo->findData(m_company);
    m_companyCombo->setCurrentIndex(std::max(current, 0));
}

ChartPanel *UsagePage::clearedPanel(Chart chart)
{
    ChartPanel *chartPanel = m_panels.at(chart);
    clearChart(chartPanel->chart());
    return chartPanel;
}

void UsagePage::drawGrowth()
{
    ChartPanel *chartPanel = clearedPanel(Growth);
    QChart *chart = chartPanel->chart();
    const int rows = m_growth->rowCount();
    qint64 maximum = 0;
    for (int row = 0; row < rows; ++row)
        maximum = std::max(maximum, m_growth->stackedTop(row, m_growth->tierCount() - 1));
    const auto [x, y] = addTimeAxes(chart, m_growth->series().from, m_growth->series().to, maximum);
    // Stacked bands: each tier from the top of the one below it to its own top.
    for (int tier = 0; tier < m_growth->tierCount(); ++tier) {
        auto *upper = new QLineSeries;
        QLineSeries *lower = tier > 0 ? new QLineSeries : nullptr;
        for (int row = 0; row < rows; ++row) {
            const qreal at = dayX(m_growth->day(row));
            upper->append(at, static_cast<qreal>(m_growth->stackedTop(row, tier)));
            if (lower)
                lower->append(at, static_cast<qreal>(m_growth->stackedTop(row, tier - 1)));
        }
        auto *area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        if (lower)
            lower->setParent(area);
        area->setName(models::tierDisplayName(models::allTiers().at(tier)));
        chart->addSeries(area);
        attach(area, x, y);
    }
    chartPanel->seriesChanged();
}

void UsagePage::drawActiveUsers()
{
    ChartPanel *chartPanel = clearedPanel(ActiveUsers);
    QChart *chart = chartPanel->chart();
    const models::UsageSeries &series = m_activeUsers->series();
    const auto [x, y] = addTimeAxes(chart, series.from, series.to, m_activeUsers->maximum());
    auto *line = new QLineSeries;
    const int row = m_companies->rowOf(series.companyId);
    line->setName(series.companyId.isNull() || row < 0
                      ? tr("Active users, all companies")
                      : tr("Active users, %1")
                            .arg(m_companies->index(row, models::CompanyTableModel::NameColumn)
                                     .data()
                                     .toString()));
    for (int at = 0; at < m_activeUsers->rowCount(); ++at)
        line->append(dayX(m_activeUsers->day(at)),
                     static_cast<qreal>(m_activeUsers->activeUsers(at)));
    chart->addSeries(line);
    attach(line, x, y);
    chartPanel->seriesChanged();
}

void UsagePage::drawUtilisation()
{
    ChartPanel *chartPanel = clearedPanel(Utilisation);
    QChart *chart = chartPanel->chart();
    const int rows = m_utilisation->rowCount();
    chartPanel->setNote(tr("Top %1 of %n companies, highest utilisation first.", nullptr,
                           static_cast<int>(m_utilisation->total()))
                            .arg(rows));
    // One set per level, stacked, so each bar has the colour of its level; the highest on top.
    auto *series = new QHorizontalStackedBarSeries;
    auto *normal = new QBarSet(tr("Below 90 %"));
    auto *near = new QBarSet(tr("90 % or more"));
    auto *full = new QBarSet(tr("At the limit"));
    normal->setColor(ChartPanel::seriesColour(0));
    near->setColor(ChartPanel::warningColour());
    full->setColor(ChartPanel::alertColour());
    QStringList categories;
    double maximum = 100;
    for (int row = rows - 1; row >= 0; --row) {
        const double percent = m_utilisation->utilisation(row) * 100;
        maximum = std::max(maximum, percent);
        const models::UtilisationLevel level = m_utilisation->level(row);
        *normal << (level == models::UtilisationLevel::Normal ? percent : 0);
        *near << (level == models::UtilisationLevel::NearLimit ? percent : 0);
        *full << (level == models::UtilisationLevel::AtLimit ? percent : 0);
        categories << elided(m_utilisation->company(row).name);
    }
    for (QBarSet *set : {normal, near, full}) {
        set->setBorderColor(set->color().darker(115));
        set->setProperty("sphairColoured", true);
        series->append(set);
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    QFont small = names->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    names->setLabelsFont(small);
    names->setTruncateLabels(false); // elided() shortened them already
    auto *percent = new QValueAxis;
    percent->setRange(0, std::ceil(maximum / 10) * 10);
    percent->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);
    attach(series, percent, names);
    connect(series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { openUtilisationBar(index); });
    chartPanel->seriesChanged();
}

void UsagePage::drawAdoption()
{
    ChartPanel *chartPanel = clearedPanel(Adoption);
    QChart *chart = chartPanel->chart();
    auto *series = new QHorizontalBarSeries;
    const QList<models::Tier> &tiers = models::allTiers();
    const int rows = m_adoption->rowCount();
    for (int tier = 0; tier < tiers.size(); ++tier) {
        auto *set = new QBarSet(models::tierDisplayName(tiers.at(tier)));
        for (int row = rows - 1; row >= 0; --row)
            *set << m_adoption->share(row, tier);
        series->append(set);
    }
    QStringList categories;
    for (int row = rows - 1; row >= 0; --row)
        categories << elided(m_adoption->featureName(row));
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignBottom);
    attach(series, share, names);
    chartPanel->setNote(
        tr("Share of each tier's companies using the feature on an average day of the range."));
    chartPanel->seriesChanged();
}

void UsagePage::drawLogins()
{
    ChartPanel *chartPanel = clearedPanel(Logins);
    QChart *chart = chartPanel->chart();
    const models::UsageSeries &series = m_logins->series();
    const auto [x, y] = addTimeAxes(chart, series.from, series.to, m_logins->maximum());
    auto *logins = new QLineSeries;
    logins->setName(tr("Logins"));
    auto *pattern = new QLineSeries;
    pattern->setName(tr("Average for the weekday"));
    for (int row = 0; row < m_logins->rowCount(); ++row) {
        const QDate day = m_logins->day(row);
        logins->append(dayX(day), static_cast<qreal>(m_logins->logins(row)));
        pattern->append(dayX(day), m_logins->weekdayAverage(day.dayOfWeek()));
    }
    chart->addSeries(logins);
    chart->addSeries(pattern);
    attach(logins, x, y);
    attach(pattern, x, y);
    chartPanel->seriesChanged();
    QPen dashed = pattern->pen();
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(2);
    pattern->setPen(dashed);
    QStringList weekdays;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        weekdays << tr("%1 %2").arg(locale.dayName(day, QLocale::ShortFormat),
                                    locale.toString(m_logins->weekdayAverage(day), 'f', 1));
    }
    chartPanel->setNote(
        tr("Average logins per weekday: %1").arg(weekdays.join(QStringLiteral(", "))));
}

} // namespace sphair::ui
