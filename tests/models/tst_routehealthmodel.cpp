#include "models/item/RouteHealthModel.h"

#include "tests/models/SortedModelUnderTest.h"

#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace sphair::models;

namespace {

RouteHealth route(const char *method, const char *pattern, qint64 requests, double p95,
                  qint64 errors)
{
    RouteHealth r;
    r.method = QString::fromLatin1(method);
    r.route = QString::fromLatin1(pattern);
    r.requests = requests;
    r.errors = errors;
    r.clientErrors = requests / 10;
    r.meanMs = p95 / 3;
    r.p50Ms = p95 / 2;
    r.p95Ms = p95;
    r.p99Ms = p95 + 100;
    return r;
}

} // namespace

// RouteHealthModel: the slowest routes, cells as shown and as sorted (numbers sort as
// numbers through SortRole), under QAbstractItemModelTester throughout, the proxy too.
class TestRouteHealthModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sphair::tests::SortedModelUnderTest<RouteHealthModel>> m_sorted;
    RouteHealthModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_sorted = std::make_unique<sphair::tests::SortedModelUnderTest<RouteHealthModel>>();
        m_model = m_sorted->model.get();
        m_proxy = m_sorted->proxy.get();
    }

    void cleanup() { m_sorted.reset(); }

    void cells()
    {
        QCOMPARE(m_model->columnCount(), int(RouteHealthModel::ColumnCount));
        m_model->setRoutes({route("GET", "/admin/companies", 1200, 912.4, 3),
                            route("POST", "/auth/login", 80, 15, 0)});
        QCOMPARE(m_model->rowCount(), 2);
        const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
            return m_model->data(m_model->index(row, column), role);
        };
        QCOMPARE(cell(0, RouteHealthModel::MethodColumn).toString(), QStringLiteral("GET"));
        QCOMPARE(cell(0, RouteHealthModel::RouteColumn).toString(),
                 QStringLiteral("/admin/companies"));
        QCOMPARE(cell(0, RouteHealthModel::RequestsColumn).toString(), QStringLiteral("1,200"));
        QCOMPARE(cell(0, RouteHealthModel::P50Column).toString(), QStringLiteral("456.2"));
        QCOMPARE(cell(0, RouteHealthModel::P95Column).toString(), QStringLiteral("912.4"));
        QCOMPARE(cell(0, RouteHealthModel::P99Column).toString(), QStringLiteral("1,012.4"));
        QCOMPARE(cell(0, RouteHealthModel::ErrorsColumn).toString(), QStringLiteral("3"));
        QCOMPARE(cell(0, RouteHealthModel::ClientErrorsColumn).toString(), QStringLiteral("120"));
        QCOMPARE(cell(0, RouteHealthModel::P95Column, RouteHealthModel::SortRole).toDouble(),
                 912.4);
        QCOMPARE(cell(1, RouteHealthModel::RequestsColumn, RouteHealthModel::SortRole).toLongLong(),
                 80);
        // No translator is installed here: the source's own plural form.
        QCOMPARE(cell(1, RouteHealthModel::RouteColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("POST /auth/login: 80 request(s), mean 5.0 ms"));
        QCOMPARE(cell(1, RouteHealthModel::P95Column, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!cell(1, RouteHealthModel::RouteColumn, Qt::TextAlignmentRole).isValid());
        QCOMPARE(m_model->headerData(RouteHealthModel::P95Column, Qt::Horizontal).toString(),
                 QStringLiteral("p95 (ms)"));
        QCOMPARE(m_model->headerData(RouteHealthModel::ErrorsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Server errors"));
    }

    void sortsNumbersAsNumbers()
    {
        // As text "95" > "912" > "1,500"; as numbers 95 < 912 < 1500.
        m_model->setRoutes({route("GET", "/a", 9, 912, 0), route("GET", "/b", 10, 1500, 7),
                            route("DELETE", "/c", 200, 95, 1)});
        m_proxy->sort(RouteHealthModel::P95Column, Qt::AscendingOrder);
        const auto routeAt = [this](int row) {
            return m_proxy->index(row, RouteHealthModel::RouteColumn).data().toString();
        };
        QCOMPARE(routeAt(0), QStringLiteral("/c"));
        QCOMPARE(routeAt(1), QStringLiteral("/a"));
        QCOMPARE(routeAt(2), QStringLiteral("/b"));
        m_proxy->sort(RouteHealthModel::RequestsColumn, Qt::DescendingOrder);
        QCOMPARE(routeAt(0), QStringLiteral("/c"));
        QCOMPARE(routeAt(1), QStringLiteral("/b"));
        QCOMPARE(routeAt(2), QStringLiteral("/a"));
        m_proxy->sort(RouteHealthModel::MethodColumn, Qt::AscendingOrder);
        QCOMPARE(routeAt(0), QStringLiteral("/c"));
        // New data keeps the chosen order.
        m_model->setRoutes({route("PUT", "/d", 1, 1, 0), route("GET", "/e", 1, 1, 0)});
        QCOMPARE(routeAt(0), QStringLiteral("/e"));
        m_model->setRoutes({});
        QCOMPARE(m_proxy->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRouteHealthModel)
#include "tst_routehealthmodel.moc"
