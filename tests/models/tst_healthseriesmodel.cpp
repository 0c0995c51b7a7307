#include "models/item/HealthSeriesModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <ctime>
#include <memory>

using namespace sphair::models;

namespace {

// The model shows local time with its offset: a zone half an hour off the hour, set before
// anything reads the local zone.
const bool kKolkata = [] {
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    return true;
}();

const QDateTime kStart(QDate(2026, 12, 3), QTime(15, 0), Qt::UTC);

HealthBucket bucket(int step, qint64 requests, qint64 errors, qint64 clientErrors, double p95)
{
    HealthBucket b;
    b.start = kStart.addSecs(qint64(step) * 300);
    b.requests = requests;
    b.errors = errors;
    b.clientErrors = clientErrors;
    b.p50Ms = p95 / 2;
    b.p95Ms = p95;
    b.p99Ms = p95 * 2;
    b.dbStatements = requests * 3;
    b.dbMeanMs = 0.25 * (step + 1);
    return b;
}

} // namespace

// HealthSeriesModel: one row per step, the figures of each chart's columns (requests per
// minute and error rate computed from the bucket), hand-computed for three 5-minute steps
// including one without requests; under QAbstractItemModelTester throughout.
class TestHealthSeriesModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<HealthSeriesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void init()
    {
        m_model = std::make_unique<HealthSeriesModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyHasEveryColumn()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(HealthSeriesModel::ColumnCount));
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Start (local time)"));
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(),
                 QStringLiteral("Requests per minute"));
        QCOMPARE(m_model->headerData(10, Qt::Horizontal).toString(),
                 QStringLiteral("Database mean (ms)"));
    }

    void figuresOfEveryColumn()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        // 5-minute steps: 600 requests are 120 a minute; 12 errors of 600 are 2 %.
        m_model->setSeries(
            {bucket(0, 600, 12, 30, 180), bucket(1, 0, 0, 0, 0), bucket(2, 45, 9, 0, 1200)}, 300);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->stepSeconds(), 300);

        const auto cell = [this](int row, HealthSeriesModel::Column column, int role) {
            return m_model->data(m_model->index(row, int(column)), role);
        };
        const int display = Qt::DisplayRole;
        const int value = HealthSeriesModel::ValueRole;
        QCOMPARE(cell(0, HealthSeriesModel::StartColumn, display).toString(),
                 QStringLiteral("2026-12-03T20:30:00+05:30"));
        QCOMPARE(cell(2, HealthSeriesModel::StartColumn, display).toString(),
                 QStringLiteral("2026-12-03T20:40:00+05:30"));
        QCOMPARE(cell(1, HealthSeriesModel::StartColumn, value).toDouble(),
                 double(kStart.addSecs(300).toMSecsSinceEpoch()));
        QCOMPARE(cell(0, HealthSeriesModel::RequestsColumn, display).toLongLong(), 600);
        QCOMPARE(cell(0, HealthSeriesModel::RequestsPerMinuteColumn, display).toDouble(), 120.0);
        QCOMPARE(cell(2, HealthSeriesModel::RequestsPerMinuteColumn, value).toDouble(), 9.0);
        QCOMPARE(cell(0, HealthSeriesModel::ErrorsColumn, display).toLongLong(), 12);
        QCOMPARE(cell(0, HealthSeriesModel::ClientErrorsColumn, display).toLongLong(), 30);
        QCOMPARE(cell(0, HealthSeriesModel::ErrorRateColumn, display).toDouble(), 2.0);
        QCOMPARE(cell(2, HealthSeriesModel::ErrorRateColumn, value).toDouble(), 20.0);
        // A step without requests: zeros, never a division by zero.
        QCOMPARE(cell(1, HealthSeriesModel::ErrorRateColumn, value).toDouble(), 0.0);
        QCOMPARE(cell(1, HealthSeriesModel::RequestsPerMinuteColumn, value).toDouble(), 0.0);
        QCOMPARE(cell(0, HealthSeriesModel::P50Column, display).toDouble(), 90.0);
        QCOMPARE(cell(0, HealthSeriesModel::P95Column, display).toDouble(), 180.0);
        QCOMPARE(cell(2, HealthSeriesModel::P99Column, display).toDouble(), 2400.0);
        QCOMPARE(cell(0, HealthSeriesModel::DbStatementsColumn, display).toLongLong(), 1800);
        QCOMPARE(cell(2, HealthSeriesModel::DbMeanColumn, display).toDouble(), 0.75);
        QCOMPARE(cell(0, HealthSeriesModel::RequestsColumn, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void hourlyStepsScaleRequestsPerMinute()
    {
        m_model->setSeries({bucket(0, 7200, 0, 0, 10)}, 3600);
        QCOMPARE(
            m_model->data(m_model->index(0, HealthSeriesModel::RequestsPerMinuteColumn)).toDouble(),
            120.0);
        m_model->setSeries({bucket(0, 7200, 0, 0, 10)}, 60);
        QCOMPARE(
            m_model->data(m_model->index(0, HealthSeriesModel::RequestsPerMinuteColumn)).toDouble(),
            7200.0);
    }

    void aChartsColumns()
    {
        m_model->setSeries({bucket(0, 600, 12, 30, 180), bucket(1, 60, 0, 0, 20)}, 300);
        // The latency chart: its three columns after the start, whatever order or repeats.
        m_model->setColumns({HealthSeriesModel::P50Column, HealthSeriesModel::P95Column,
                             HealthSeriesModel::P99Column, HealthSeriesModel::P95Column,
                             HealthSeriesModel::StartColumn});
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->columnAt(0), HealthSeriesModel::StartColumn);
        QCOMPARE(m_model->columnAt(1), HealthSeriesModel::P50Column);
        QCOMPARE(m_model->columnAt(3), HealthSeriesModel::P99Column);
        QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("p95 (ms)"));
        QCOMPARE(m_model->data(m_model->index(1, 1)).toDouble(), 10.0);
        QCOMPARE(m_model->data(m_model->index(1, 3)).toDouble(), 40.0);
        QCOMPARE(m_model->rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHealthSeriesModel)
#include "tst_healthseriesmodel.moc"
