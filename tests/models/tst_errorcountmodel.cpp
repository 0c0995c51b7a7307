#include "models/item/ErrorCountModel.h"

#include "tests/models/SortedModelUnderTest.h"

#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

using namespace sphair::models;

// ErrorCountModel: the most frequent error codes with counts and shares (hand-computed),
// sorted through SortRole, under QAbstractItemModelTester throughout.
class TestErrorCountModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<sphair::tests::SortedModelUnderTest<ErrorCountModel>> m_sorted;
    ErrorCountModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_sorted = std::make_unique<sphair::tests::SortedModelUnderTest<ErrorCountModel>>();
        m_model = m_sorted->model.get();
        m_proxy = m_sorted->proxy.get();
    }

    void cleanup() { m_sorted.reset(); }

    void countsAndShares()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->total(), 0);
        // 1500 + 400 + 100 = 2000: 75 %, 20 %, 5 %.
        m_model->setErrors({{QStringLiteral("not_found"), 1500},
                            {QStringLiteral("unauthorized"), 400},
                            {QStringLiteral("db_unavailable"), 100}});
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(ErrorCountModel::ColumnCount));
        QCOMPARE(m_model->total(), 2000);
        const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
            return m_model->data(m_model->index(row, column), role);
        };
        QCOMPARE(cell(0, ErrorCountModel::CodeColumn).toString(), QStringLiteral("not_found"));
        QCOMPARE(cell(0, ErrorCountModel::CountColumn).toString(), QStringLiteral("1,500"));
        QCOMPARE(cell(0, ErrorCountModel::ShareColumn).toString(), QStringLiteral("75.0"));
        QCOMPARE(cell(2, ErrorCountModel::ShareColumn).toString(), QStringLiteral("5.0"));
        QCOMPARE(cell(1, ErrorCountModel::ShareColumn, ErrorCountModel::SortRole).toDouble(), 20.0);
        QCOMPARE(cell(1, ErrorCountModel::CountColumn, ErrorCountModel::SortRole).toLongLong(),
                 400);
        QCOMPARE(m_model->headerData(ErrorCountModel::CodeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Error code"));
    }

    void sorts()
    {
        m_model->setErrors({{QStringLiteral("b_code"), 9},
                            {QStringLiteral("a_code"), 10},
                            {QStringLiteral("c_code"), 100}});
        m_proxy->sort(ErrorCountModel::CountColumn, Qt::AscendingOrder);
        const auto codeAt = [this](int row) {
            return m_proxy->index(row, ErrorCountModel::CodeColumn).data().toString();
        };
        QCOMPARE(codeAt(0), QStringLiteral("b_code"));
        QCOMPARE(codeAt(1), QStringLiteral("a_code"));
        QCOMPARE(codeAt(2), QStringLiteral("c_code"));
        m_proxy->sort(ErrorCountModel::CodeColumn, Qt::AscendingOrder);
        QCOMPARE(codeAt(0), QStringLiteral("a_code"));
        m_model->setErrors({});
        QCOMPARE(m_model->total(), 0);
        QCOMPARE(m_proxy->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestErrorCountModel)
#include "tst_errorcountmodel.moc"
