#include "models/item/FeatureMatrixFilterProxy.h"
#include "models/item/FeatureMatrixModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace sphair::models;

namespace {

QUuid idOf(int number)
{
    return QUuid::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}

Company makeCompany(int number, const char *code, const char *name, Tier tier,
                    CompanyStatus status = CompanyStatus::Active)
{
    Company company;
    company.id = idOf(number);
    company.code = QString::fromUtf8(code);
    company.name = QString::fromUtf8(name);
    company.tier = tier;
    company.status = status;
    return company;
}

// The catalog as shipped: every feature, each tier's template.
FeatureCatalogDocument shippedCatalog()
{
    FeatureCatalogDocument catalog;
    for (const QString &code : FeatureCatalog::codes())
        catalog.features.append({code, FeatureCatalog::displayName(code), QString()});
    for (Tier tier : allTiers())
        catalog.tiers.insert(
            tier, {TierPolicy::defaults().range(tier), FeatureCatalog::tierTemplate(tier)});
    catalog.version = 1;
    return catalog;
}

// A company's features: the tier template with `overrides`; `unlicensed` codes not licensed.
CompanyFeatureSet featureSet(const Company &company, const QHash<QString, bool> &overrides,
                             qint64 version, const QStringList &unlicensed = {})
{
    CompanyFeatureSet set;
    set.companyId = company.id;
    set.tier = company.tier;
    set.version = version;
    set.features = FeatureState::resolve(company.tier, overrides);
    for (FeatureState &state : set.features)
        state.licensed = !unlicensed.contains(state.code);
    return set;
}

} // namespace

class TestFeatureMatrixModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FeatureMatrixModel> m_model;
    std::unique_ptr<FeatureMatrixFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QList<Company> m_companies;
    QString m_smallOff; // a feature the small tier has off
    QString m_smallOn; // a feature the small tier has on

    int column(const QString &code) const { return m_model->columnOf(code); }

private slots:
    void init()
    {
        m_model = std::make_unique<FeatureMatrixModel>();
        m_proxy = std::make_unique<FeatureMatrixFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        m_model->setCatalog(shippedCatalog());
        m_companies = {makeCompany(1, "ACME-01", "Acme", Tier::Small),
                       makeCompany(2, "BETA-02", "Beta Bau", Tier::Medium),
                       makeCompany(3, "GAMMA-03", "Gamma", Tier::Large, CompanyStatus::Suspended),
                       makeCompany(4, "DELTA-04", "Delta", Tier::Small)};
        m_model->setCompanies(m_companies);
        const QStringList smallTemplate = FeatureCatalog::tierTemplate(Tier::Small);
        for (const QString &code : FeatureCatalog::codes()) {
            if (!smallTemplate.contains(code) && m_smallOff.isEmpty())
                m_smallOff = code;
            if (smallTemplate.contains(code) && m_smallOn.isEmpty())
                m_smallOn = code;
        }
        QVERIFY(!m_smallOff.isEmpty());
        QVERIFY(!m_smallOn.isEmpty());
        // ACME has an override (m_smallOff on) and m_smallOff is not licensed for DELTA.
        QVERIFY(m_model->setCompanyFeatures(featureSet(m_companies[0], {{m_smallOff, true}}, 7)));
        QVERIFY(m_model->setCompanyFeatures(featureSet(m_companies[1], {}, 3)));
        QVERIFY(m_model->setCompanyFeatures(featureSet(m_companies[2], {}, 5)));
        QVERIFY(m_model->setCompanyFeatures(featureSet(m_companies[3], {}, 2, {m_smallOff})));
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->columnCount(), 1 + FeatureCatalog::codes().size());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Company"));
        QCOMPARE(
            m_model->headerData(column(m_smallOn), Qt::Horizontal, FeatureMatrixModel::CodeRole)
                .toString(),
            m_smallOn);
        QVERIFY(m_model->data(m_model->index(0, 0)).toString().contains(QStringLiteral("ACME-01")));
    }

    void cellMarksDoNotRelyOnColour()
    {
        // ACME: m_smallOff is an override, on.
        const QModelIndex override = m_model->index(0, column(m_smallOff));
        QCOMPARE(override.data(FeatureMatrixModel::EnabledRole).toBool(), true);
        QCOMPARE(override.data(FeatureMatrixModel::SourceRole).toInt(),
                 static_cast<int>(FeatureSource::Override));
        QCOMPARE(override.data(FeatureMatrixModel::TierDefaultRole).toBool(), false);
        QCOMPARE(override.data().toString(), QStringLiteral("● ◆"));
        // ACME: m_smallOn from the tier.
        const QModelIndex tier = m_model->index(0, column(m_smallOn));
        QCOMPARE(tier.data().toString(), QStringLiteral("●"));
        QCOMPARE(tier.data(FeatureMatrixModel::SourceRole).toInt(),
                 static_cast<int>(FeatureSource::Tier));
        // DELTA: m_smallOff off, not licensed.
        const QModelIndex unlicensed = m_model->index(3, column(m_smallOff));
        QCOMPARE(unlicensed.data(FeatureMatrixModel::LicensedRole).toBool(), false);
        QCOMPARE(unlicensed.data().toString(), QStringLiteral("○ ⚠"));
        QVERIFY(
            unlicensed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not licensed")));
        QVERIFY(!unlicensed.data(FeatureMatrixModel::StagedRole).toBool());
    }

    void notLoadedRowsAreNotEditable()
    {
        m_model->setCompanies(m_companies);
        QCOMPARE(m_model->data(m_model->index(0, 1)).toString(), QStringLiteral("…"));
        QVERIFY(!m_model->toggleCell(0, 1));
        QVERIFY(!m_model->hasStagedEdits());
    }

    void toggleStagesAndMarks()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const int col = column(m_smallOff);
        QVERIFY(m_model->toggleCell(1, col) || m_model->effectiveEnabled(1, col));
        // BETA (medium): whatever it had, the toggle flips it and marks the cell staged.
        m_model->discard();
        const bool before = m_model->effectiveEnabled(3, col);
        QVERIFY(m_model->toggleCell(3, col));
        QCOMPARE(m_model->effectiveEnabled(3, col), !before);
        const QModelIndex cell = m_model->index(3, col);
        QVERIFY(cell.data(FeatureMatrixModel::StagedRole).toBool());
        QVERIFY(cell.data().toString().endsWith(QStringLiteral("✎")));
        QCOMPARE(cell.data(FeatureMatrixModel::ServerEnabledRole).toBool(), before);
        QVERIFY(!changed.isEmpty());
        // Toggling back is no edit at all.
        QVERIFY(m_model->toggleCell(3, col));
        QVERIFY(!m_model->hasStagedEdits());
        QVERIFY(!cell.data(FeatureMatrixModel::StagedRole).toBool());
        // Setting a cell to what it is stages nothing.
        QVERIFY(!m_model->setCell(0, column(m_smallOn), true));
        // setData through the view's role.
        QVERIFY(m_model->setData(m_model->index(0, column(m_smallOn)), false,
                                 FeatureMatrixModel::EnabledRole));
        QCOMPARE(m_model->stagedCellCount(), 1);
        QVERIFY(!m_model->setData(m_model->index(0, 0), true, FeatureMatrixModel::EnabledRole));
    }

    void diffSummaryAndChangeSet()
    {
        // ACME: m_smallOn off, DELTA: m_smallOff on and m_smallOn off, BETA: nothing.
        QVERIFY(m_model->setCell(0, column(m_smallOn), false));
        QVERIFY(m_model->setForRows({3}, column(m_smallOff), true));
        QVERIFY(m_model->setForRows({0, 3}, column(m_smallOn), false)); // ACME already off
        QCOMPARE(m_model->stagedCellCount(), 3);
        QCOMPARE(m_model->diffSummary(), QStringLiteral("+1 on, −2 off across 2 company(s)"));
        const QStringList lines = m_model->diffLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("ACME-01 (Acme): off: %1").arg(m_smallOn));

        const FeatureChangeBatch batch = m_model->changeSet();
        QCOMPARE(batch.companies.size(), 2);
        QCOMPARE(batch.companies.at(0).companyId, idOf(1));
        QCOMPARE(batch.companies.at(0).version, qint64(7));
        QCOMPARE(batch.companies.at(0).changes.size(), 1);
        QCOMPARE(batch.companies.at(0).changes.at(0).code, m_smallOn);
        QCOMPARE(batch.companies.at(0).changes.at(0).enabled, std::optional<bool>(false));
        QCOMPARE(batch.companies.at(1).companyId, idOf(4));
        QCOMPARE(batch.companies.at(1).version, qint64(2));
        QCOMPARE(batch.companies.at(1).changes.size(), 2);
        QVERIFY(!batch.dryRun);
        // The batch is one the wire accepts.
        QVERIFY(FeatureChangeBatch::fromJson(batch.toJson()).ok());

        m_model->discard();
        QVERIFY(!m_model->hasStagedEdits());
        QCOMPARE(m_model->diffSummary(), QStringLiteral("No staged changes"));
        QVERIFY(m_model->changeSet().companies.isEmpty());
        QVERIFY(!m_model->undoStack()->canUndo());
    }

    void resetToTemplate()
    {
        QVERIFY(m_model->isDrifted(0));
        QVERIFY(m_model->resetRowsToTemplate({0, 1}));
        QVERIFY(!m_model->isDrifted(0));
        // Only ACME had an override: one staged cell, back to the tier (off).
        QCOMPARE(m_model->stagedCellCount(), 1);
        const FeatureChangeBatch batch = m_model->changeSet();
        QCOMPARE(batch.companies.size(), 1);
        QCOMPARE(batch.companies.at(0).changes.at(0).code, m_smallOff);
        QCOMPARE(batch.companies.at(0).changes.at(0).enabled, std::optional<bool>());
        QVERIFY(m_model->diffSummary().startsWith(QStringLiteral("+0 on, −1 off across 1 ")));
        QCOMPARE(m_model->index(0, column(m_smallOff)).data(FeatureMatrixModel::SourceRole).toInt(),
                 static_cast<int>(FeatureSource::Tier));
    }

    void undoRedo()
    {
        QUndoStack *undo = m_model->undoStack();
        QVERIFY(m_model->toggleCell(1, column(m_smallOn)));
        QVERIFY(m_model->setForRows({0, 3}, column(m_smallOn), false));
        const QString bothSummary = m_model->diffSummary();
        QCOMPARE(undo->count(), 2);
        QCOMPARE(m_model->stagedCellCount(), 3);

        undo->undo();
        QCOMPARE(m_model->stagedCellCount(), 1);
        QVERIFY(m_model->effectiveEnabled(0, column(m_smallOn)));
        QCOMPARE(m_model->diff().size(), 1);
        undo->undo();
        QVERIFY(!m_model->hasStagedEdits());
        QVERIFY(!undo->canUndo());

        undo->redo();
        undo->redo();
        QCOMPARE(m_model->stagedCellCount(), 3);
        QCOMPARE(m_model->diffSummary(), bothSummary);
        QVERIFY(!m_model->effectiveEnabled(3, column(m_smallOn)));

        // A new edit after an undo drops the redo branch.
        undo->undo();
        QVERIFY(m_model->toggleCell(2, column(m_smallOff)));
        QVERIFY(!undo->canRedo());
        QCOMPARE(m_model->stagedCellCount(), 2);
    }

    void applyResultTakesServerState()
    {
        QVERIFY(m_model->setCell(3, column(m_smallOff), true));
        FeatureChangeBatchResult result;
        result.applied = true;
        FeatureChangeBatchResult::Company company;
        company.companyId = idOf(4);
        company.features =
            featureSet(m_companies[3], {{m_smallOff, true}}, 3, {m_smallOff}).features;
        company.version = 3;
        result.companies.append(company);
        m_model->applyResult(result);
        QVERIFY(!m_model->hasStagedEdits());
        QVERIFY(!m_model->undoStack()->canUndo());
        const QModelIndex cell = m_model->index(3, column(m_smallOff));
        QVERIFY(cell.data(FeatureMatrixModel::ServerEnabledRole).toBool());
        QCOMPARE(cell.data().toString(), QStringLiteral("● ◆ ⚠"));
        QVERIFY(m_model->setCell(3, column(m_smallOff), false));
        QCOMPARE(m_model->changeSet().companies.at(0).version, qint64(3));
    }

    // Each cell keeps the server's settings; a settings change set names one company, its
    // version and the one feature, and leaves staged switch edits out.
    void settingsOfACell()
    {
        const int sites = column(QStringLiteral("multi_site"));
        QCOMPARE(m_model->serverConfig(0, sites), (QJsonObject {{QStringLiteral("max_sites"), 5}}));
        CompanyFeatureSet set = featureSet(m_companies[0], {{m_smallOff, true}}, 8);
        for (FeatureState &state : set.features) {
            if (state.code == QLatin1String("multi_site"))
                state.config.insert(QStringLiteral("max_sites"), 40);
        }
        QVERIFY(m_model->setCompanyFeatures(set));
        QCOMPARE(m_model->index(0, sites)
                     .data(FeatureMatrixModel::ConfigRole)
                     .toJsonObject()
                     .value(QLatin1String("max_sites"))
                     .toInt(),
                 40);

        QVERIFY(m_model->setCell(0, column(m_smallOn), false));
        const QJsonObject changes {{QStringLiteral("max_sites"), 12}};
        const FeatureChangeBatch batch = m_model->settingsChangeSet(0, sites, changes);
        QCOMPARE(batch.companies.size(), 1);
        QCOMPARE(batch.companies.at(0).companyId, idOf(1));
        QCOMPARE(batch.companies.at(0).version, qint64(8));
        QCOMPARE(
            batch.companies.at(0).changes,
            QList<FeatureChange> {FeatureChange::settings(QStringLiteral("multi_site"), changes)});
        QVERIFY(FeatureChangeBatch::fromJson(batch.toJson()).ok());
        QCOMPARE(m_model->stagedCellCount(), 1);
    }

    void reloadKeepsStagedEdits()
    {
        // A stale company reloaded: its staged edit stays unless the server now agrees.
        QVERIFY(m_model->setCell(1, column(m_smallOff),
                                 !m_model->effectiveEnabled(1, column(m_smallOff))));
        QVERIFY(m_model->setCell(0, column(m_smallOn), false));
        QVERIFY(m_model->setCompanyFeatures(featureSet(m_companies[1], {}, 9)));
        QCOMPARE(m_model->stagedCellCount(), 2);
        QCOMPARE(m_model->changeSet().companies.at(1).version, qint64(9));
        // ACME now has m_smallOn off as an override on the server: the staged edit is moot.
        QVERIFY(m_model->setCompanyFeatures(featureSet(m_companies[0], {{m_smallOn, false}}, 8)));
        QCOMPARE(m_model->stagedCellCount(), 1);
    }

    void appendedPagesAddRowsAndKeepStagedEdits()
    {
        QVERIFY(m_model->setCell(0, column(m_smallOff), false));
        QCOMPARE(m_model->stagedCellCount(), 1);
        m_proxy->setTierFilter(Tier::Small);
        QCOMPARE(m_proxy->rowCount(), 2);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        // A further page: two new companies, one already listed (left alone), one twice.
        const Company echo = makeCompany(5, "ECHO-05", "Echo", Tier::Small);
        const Company fox = makeCompany(6, "FOX-06", "Fox", Tier::Large);
        m_model->appendCompanies({echo, m_companies[1], fox, echo});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(inserted.at(0).at(2).toInt(), 5);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->rowOf(echo.id), 4);
        QCOMPARE(m_model->rowOf(fox.id), 5);
        QCOMPARE(m_model->rowOf(m_companies[1].id), 1);
        QVERIFY(!m_model->isLoaded(4));
        QCOMPARE(m_proxy->rowCount(), 3); // the filter takes in the new small company
        QCOMPARE(m_model->stagedCellCount(), 1);
        QVERIFY(m_model->setCompanyFeatures(featureSet(echo, {{m_smallOff, true}}, 4)));
        QVERIFY(m_model->isLoaded(4));
        QVERIFY(m_model->effectiveEnabled(4, column(m_smallOff)));
        // A page of companies already listed inserts nothing.
        m_model->appendCompanies({echo, fox});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 6);
    }

    void proxyFilters()
    {
        QCOMPARE(m_proxy->rowCount(), 4);
        m_proxy->setSearchText(QStringLiteral("  bau "));
        QCOMPARE(m_proxy->rowCount(), 1);
        QCOMPARE(m_proxy->index(0, 0).data(FeatureMatrixModel::IdRole).toUuid(), idOf(2));
        m_proxy->setSearchText(QString());
        m_proxy->setTierFilter(Tier::Small);
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setTierFilter(std::nullopt);
        m_proxy->setStatusFilter(CompanyStatus::Suspended);
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setStatusFilter(std::nullopt);

        m_proxy->setDriftOnly(true);
        QCOMPARE(m_proxy->rowCount(), 1); // ACME's override
        // A staged edit makes DELTA drift; undo takes it back out.
        QVERIFY(m_model->setCell(3, column(m_smallOff), true));
        QCOMPARE(m_proxy->rowCount(), 2);
        m_model->undoStack()->undo();
        QCOMPARE(m_proxy->rowCount(), 1);
        QVERIFY(m_model->resetRowsToTemplate({0}));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setDriftOnly(false);
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void proxySorts()
    {
        m_proxy->sort(0, Qt::DescendingOrder);
        QCOMPARE(m_proxy->index(0, 0).data(FeatureMatrixModel::IdRole).toUuid(), idOf(3));
        // By a feature: off first, ties by code.
        m_proxy->sort(column(m_smallOff), Qt::AscendingOrder);
        QVERIFY(
            !m_proxy->index(0, column(m_smallOff)).data(FeatureMatrixModel::EnabledRole).toBool());
        QVERIFY(
            m_proxy->index(3, column(m_smallOff)).data(FeatureMatrixModel::EnabledRole).toBool());
        // Staging keeps the sort current.
        const QUuid firstId = m_proxy->index(0, 0).data(FeatureMatrixModel::IdRole).toUuid();
        QVERIFY(m_model->setCell(m_model->rowOf(firstId), column(m_smallOff), true));
        QVERIFY(
            m_proxy->index(3, column(m_smallOff)).data(FeatureMatrixModel::EnabledRole).toBool());
        QVERIFY(m_proxy->index(0, 0).data(FeatureMatrixModel::IdRole).toUuid() != firstId
                || !m_proxy->index(0, column(m_smallOff))
                        .data(FeatureMatrixModel::EnabledRole)
                        .toBool());
    }
};

QTEST_GUILESS_MAIN(TestFeatureMatrixModel)
#include "tst_featurematrixmodel.moc"
