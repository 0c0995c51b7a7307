#include "models/item/DeploymentModel.h"
#include "models/item/DeploymentStepModel.h"
#include "server/services/DeploymentRunner.h"
#include "tests/support/ConsoleFixture.h"
#include "ui/deployments/DeploymentStartDialog.h"
#include "ui/deployments/DeploymentsView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <memory>

using namespace sphair;
using models::Deployment;
using models::DeploymentStatus;
using models::DeploymentStepStatus;
using sphair::ui::DeploymentStartDialog;
using sphair::ui::DeploymentsView;

namespace {

constexpr int kWaitMs = 60000;

} // namespace

// The Deployments view against a real platform over TLS: a deployment started now with a
// reason through the dialog, every step seen completing in the view's step model (polled, no
// refresh), a rollback by hand through the button and its confirmation, and both in the
// history, found with the filters. Both models under QAbstractItemModelTester throughout.
class TestDeploymentsView : public QObject
{
    Q_OBJECT

    tests::ConsoleFixture m_fixture;
    std::unique_ptr<DeploymentsView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QUuid m_deployed;
    QUuid m_rollback;
    bool m_sawRunningStep = false;

    template<typename T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QLatin1String(name));
    }

    template<typename T>
    static T *inDialog(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    bool allStepsSucceeded() const
    {
        const auto *steps = m_view->stepModel();
        if (steps->rowCount() == 0)
            return false;
        for (int row = 0; row < steps->rowCount(); ++row) {
            if (steps->stepAt(row).status != DeploymentStepStatus::Succeeded)
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        auto started = m_fixture.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        server::DeploymentRunner::Settings quick;
        quick.simulatedStepTime = std::chrono::milliseconds(300);
        m_fixture.platform().server().deployments().setSettings(quick);

        m_view = std::make_unique<DeploymentsView>(m_fixture.context());
        m_view->setPollInterval(50);
        m_view->resize(1200, 800);
        m_view->show();
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_view->historyModel()),
                                          static_cast<QAbstractItemModel *>(m_view->stepModel())}) {
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        const auto noteRunning = [this] {
            for (const auto &step : m_view->stepModel()->steps())
                m_sawRunningStep |= step.status == DeploymentStepStatus::Running;
        };
        connect(m_view->stepModel(), &QAbstractItemModel::dataChanged, this, noteRunning);
        connect(m_view->stepModel(), &QAbstractItemModel::modelReset, this, noteRunning);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
    }

    void startNowWithAReason()
    {
        auto *start = child<QPushButton>("startDeploymentButton");
        QVERIFY(start);
        QTest::mouseClick(start, Qt::LeftButton);
        DeploymentStartDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<DeploymentStartDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), kWaitMs);
        auto *ok = inDialog<QPushButton>(dialog, "deploymentStartButton");
        QVERIFY(!ok->isEnabled());

        QTest::keyClicks(inDialog<QLineEdit>(dialog, "deploymentVersionEdit"),
                         QStringLiteral("8.0.0"));
        inDialog<QRadioButton>(dialog, "deployNowRadio")->click();
        // "Now" needs its reason.
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(inDialog<QPlainTextEdit>(dialog, "deploymentReasonEdit"),
                         QStringLiteral("Security fix that cannot wait"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        // The view follows it: every step completes in its model without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().version, QStringLiteral("8.0.0"),
                                  kWaitMs);
        m_deployed = m_view->selectedId();
        QVERIFY(!m_deployed.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(allStepsSucceeded(), kWaitMs);
        QCOMPARE(m_view->stepModel()->rowCount(), 7);
        QVERIFY(m_sawRunningStep);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().status, DeploymentStatus::Succeeded,
                                  kWaitMs);
        QTRY_VERIFY(!m_view->isFollowing());
        QCOMPARE(m_view->selectedDeployment().reason,
                 QStringLiteral("Security fix that cannot wait"));
        const int row = m_view->historyModel()->rowOf(m_deployed);
        QVERIFY(row >= 0);
        QTRY_COMPARE(m_view->historyModel()->deploymentAt(row).status, DeploymentStatus::Succeeded);
        // The log of the selected step is shown.
        QVERIFY(!child<QPlainTextEdit>("deploymentStepLog")->toPlainText().isEmpty());
    }

    void rollBackByHand()
    {
        QVERIFY(!m_deployed.isNull());
        m_view->selectDeployment(m_deployed);
        auto *rollback = child<QPushButton>("rollbackDeploymentButton");
        QTRY_VERIFY(rollback->isEnabled());
        QTest::mouseClick(rollback, Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = m_view->findChild<QMessageBox *>(
                         QStringLiteral("deploymentRollbackConfirm")))
                    != nullptr);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().rollbackOf, m_deployed, kWaitMs);
        m_rollback = m_view->selectedId();
        QTRY_VERIFY_WITH_TIMEOUT(allStepsSucceeded(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->selectedDeployment().status, DeploymentStatus::Succeeded,
                                  kWaitMs);
        QVERIFY(m_view->stepModel()->steps().size() == 5);
        // The history reloads once the rollback has finished: the deployment is rolled back.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_view->historyModel()->rowOf(m_deployed) >= 0
                && m_view->historyModel()
                        ->deploymentAt(m_view->historyModel()->rowOf(m_deployed))
                        .status
                    == DeploymentStatus::RolledBack,
            kWaitMs);
        QVERIFY(!rollback->isEnabled());
    }

    void historyWithFilters()
    {
        // Both are in the history.
        m_view->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        QVERIFY(m_view->historyModel()->rowOf(m_deployed) >= 0);
        QVERIFY(m_view->historyModel()->rowOf(m_rollback) >= 0);

        // By version: only the deployment.
        m_view->setVersionFilter(QStringLiteral("8.0"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        QTRY_COMPARE(m_view->historyModel()->rowCount(), 1);
        QCOMPARE(m_view->historyModel()->deploymentAt(0).id, m_deployed);

        // By status: the rolled back one, not the succeeded rollback.
        m_view->setVersionFilter(QString());
        m_view->setStatusFilter(DeploymentStatus::RolledBack);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        QTRY_VERIFY(m_view->historyModel()->rowOf(m_deployed) >= 0);
        QCOMPARE(m_view->historyModel()->rowOf(m_rollback), -1);

        // By date: today has both, yesterday neither.
        m_view->setStatusFilter(std::nullopt);
        m_view->setDateRange(QDate::currentDate(), QDate::currentDate());
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        QTRY_VERIFY(m_view->historyModel()->rowOf(m_rollback) >= 0);
        QVERIFY(m_view->historyModel()->rowOf(m_deployed) >= 0);
        const QDate yesterday = QDate::currentDate().addDays(-1);
        m_view->setDateRange(yesterday, yesterday);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kWaitMs);
        QTRY_COMPARE(m_view->historyModel()->rowOf(m_deployed), -1);
        QCOMPARE(m_view->historyModel()->rowOf(m_rollback), -1);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_view.reset();
    }
};

QTEST_MAIN(TestDeploymentsView)
#include "tst_deploymentsview.moc"
