#include "models/item/DeploymentModel.h"
#include "models/item/DeploymentStepModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace sphair::models;

namespace {

Deployment deployment(const QString &version, DeploymentStatus status)
{
    Deployment made;
    made.id = QUuid::createUuid();
    made.version = version;
    made.status = status;
    made.startedBy = QStringLiteral("root");
    made.startedAt = QDateTime(QDate(2026, 3, 8), QTime(0, 0, 5), QTimeZone::utc());
    made.steps = DeploymentStep::plan();
    return made;
}

} // namespace

// DeploymentModel (the history) and DeploymentStepModel (a deployment's steps), each under
// QAbstractItemModelTester for the whole test: rows as shown, changed in place while a
// deployment is followed, the rollback step appended, another deployment anew.
class TestDeploymentModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<DeploymentModel> m_history;
    std::unique_ptr<DeploymentStepModel> m_steps;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
    std::unique_ptr<QAbstractItemModelTester> m_stepsTester;

private slots:
    void init()
    {
        m_history = std::make_unique<DeploymentModel>();
        m_steps = std::make_unique<DeploymentStepModel>();
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            m_history.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_stepsTester = std::make_unique<QAbstractItemModelTester>(
            m_steps.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_historyTester.reset();
        m_stepsTester.reset();
        m_history.reset();
        m_steps.reset();
    }

    void historyRows()
    {
        Deployment now = deployment(QStringLiteral("2.14.0"), DeploymentStatus::Succeeded);
        now.reason = QStringLiteral("Security fix\nfor the login");
        Deployment scheduled = deployment(QStringLiteral("2.15.0"), DeploymentStatus::Scheduled);
        scheduled.startedAt = QDateTime();
        scheduled.scheduledFor = QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone::utc());
        scheduled.windowId = QUuid::createUuid();
        m_history->setDeployments({scheduled, now});
        QCOMPARE(m_history->rowCount(), 2);
        QCOMPARE(m_history->columnCount(), int(DeploymentModel::ColumnCount));
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return m_history->index(row, column).data(role);
        };
        QCOMPARE(cell(0, DeploymentModel::VersionColumn).toString(), QStringLiteral("2.15.0"));
        QCOMPARE(cell(0, DeploymentModel::StatusColumn).toString(), QStringLiteral("Scheduled"));
        QVERIFY(cell(0, DeploymentModel::StartedColumn)
                    .toString()
                    .endsWith(QStringLiteral("(scheduled)")));
        QCOMPARE(cell(0, DeploymentModel::StartedColumn, DeploymentModel::SortRole).toDateTime(),
                 scheduled.scheduledFor);
        QCOMPARE(cell(0, DeploymentModel::WhenColumn).toString(),
                 QStringLiteral("In a maintenance window"));
        QCOMPARE(cell(1, DeploymentModel::WhenColumn).toString(),
                 QStringLiteral("Now: Security fix for the login"));
        QCOMPARE(cell(1, DeploymentModel::WhenColumn, Qt::ToolTipRole).toString(), now.reason);
        QCOMPARE(cell(1, DeploymentModel::StartedColumn).toString(),
                 DeploymentModel::timeText(now.startedAt));
        QCOMPARE(cell(1, 0, DeploymentModel::IdRole).toUuid(), now.id);
        QCOMPARE(cell(1, 0, DeploymentModel::StatusRole).toInt(), int(DeploymentStatus::Succeeded));
        // Lists keep no steps.
        QVERIFY(m_history->deploymentAt(0).steps.isEmpty());
    }

    void historyUpdatesInPlace()
    {
        Deployment running = deployment(QStringLiteral("3.0.0"), DeploymentStatus::Running);
        m_history->setDeployments({running});
        QSignalSpy changed(m_history.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_history.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_history.get(), &QAbstractItemModel::modelReset);
        running.status = DeploymentStatus::Succeeded;
        m_history->updateDeployment(running);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_history->rowCount(), 1);
        QCOMPARE(m_history->deploymentAt(0).status, DeploymentStatus::Succeeded);
        m_history->updateDeployment(running); // no change, no signal
        QCOMPARE(changed.size(), 1);

        Deployment rollback = deployment(QStringLiteral("2.9.0"), DeploymentStatus::Pending);
        rollback.rollbackOf = running.id;
        m_history->updateDeployment(rollback);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_history->rowOf(rollback.id), 0);
        QCOMPARE(m_history->rowOf(running.id), 1);
        QCOMPARE(m_history->index(0, DeploymentModel::WhenColumn).data().toString(),
                 QStringLiteral("Rollback"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_history->rowOf(QUuid::createUuid()), -1);
    }

    void stepsFollowADeployment()
    {
        Deployment followed = deployment(QStringLiteral("4.0.0"), DeploymentStatus::Running);
        m_steps->setSteps(followed.steps);
        QCOMPARE(m_steps->rowCount(), 7);
        QVERIFY(!m_steps->allFinished());
        QCOMPARE(m_steps->index(0, DeploymentStepModel::StepColumn).data().toString(),
                 QStringLiteral("1. Pre-checks"));
        QCOMPARE(m_steps->index(0, DeploymentStepModel::StateColumn).data().toString(),
                 QStringLiteral("Waiting"));

        QSignalSpy changed(m_steps.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_steps.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_steps.get(), &QAbstractItemModel::modelReset);
        followed.steps[0].status = DeploymentStepStatus::Succeeded;
        followed.steps[0].startedAt = followed.startedAt;
        followed.steps[0].finishedAt = followed.startedAt.addSecs(2);
        followed.steps[0].output = QStringLiteral("checked\nall fine");
        followed.steps[1].status = DeploymentStepStatus::Running;
        m_steps->setSteps(followed.steps);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(m_steps->index(0, DeploymentStepModel::LogColumn).data().toString(),
                 QStringLiteral("all fine"));
        QCOMPARE(m_steps->index(0, 0).data(DeploymentStepModel::OutputRole).toString(),
                 followed.steps[0].output);
        QCOMPARE(m_steps->index(0, DeploymentStepModel::FinishedColumn).data().toString(),
                 DeploymentModel::timeText(followed.steps[0].finishedAt));
        QCOMPARE(m_steps->index(1, 0).data(DeploymentStepModel::StatusRole).toInt(),
                 int(DeploymentStepStatus::Running));

        // A failed step: the rest skipped, the rollback appended.
        for (qsizetype i = 1; i < followed.steps.size(); ++i)
            followed.steps[i].status =
                i == 3 ? DeploymentStepStatus::Failed : DeploymentStepStatus::Skipped;
        followed.steps[1].status = DeploymentStepStatus::Succeeded;
        followed.steps[2].status = DeploymentStepStatus::Succeeded;
        DeploymentStep rollback;
        rollback.ordinal = 8;
        rollback.name = DeploymentStep::rollbackName();
        rollback.status = DeploymentStepStatus::Succeeded;
        followed.steps.append(rollback);
        m_steps->setSteps(followed.steps);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_steps->rowCount(), 8);
        QCOMPARE(reset.size(), 0);
        QVERIFY(m_steps->allFinished());
        QCOMPARE(m_steps->index(7, 0).data(DeploymentStepModel::NameRole).toString(),
                 QStringLiteral("rollback"));

        // Another deployment's steps: anew.
        m_steps->setSteps(DeploymentStep::plan().mid(0, 5));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_steps->rowCount(), 5);
        m_steps->clear();
        QCOMPARE(m_steps->rowCount(), 0);
        QVERIFY(!m_steps->allFinished());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentModels)
#include "tst_deploymentmodels.moc"
