#include "ui/companies/CompanyCsvExport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using sphair::ui::CompanyCsvExport;

// CompanyCsvExport: RFC 4180 quoting, formula neutralising, UTF-8 and the atomic write.
class TestCompanyCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("ACME-01") << QStringLiteral("ACME-01");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("plus") << QStringLiteral("+27 21") << QStringLiteral("'+27 21");
        QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("formula with comma")
            << QStringLiteral("=SUM(A1,A2)") << QStringLiteral("\"'=SUM(A1,A2)\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("accents") << QStringLiteral("Café Ñandú") << QStringLiteral("Café Ñandú");
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CompanyCsvExport::field(text), expected);
    }

    void writesRowsInModelOrder()
    {
        QStandardItemModel model(0, 2);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHorizontalHeaderLabels({QStringLiteral("Code"), QStringLiteral("Name")});
        model.appendRow({new QStandardItem(QStringLiteral("B-1")),
                         new QStandardItem(QStringLiteral("Ünïcode, Ltd"))});
        model.appendRow(
            {new QStandardItem(QStringLiteral("A-1")), new QStandardItem(QStringLiteral("@home"))});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const auto written = CompanyCsvExport::write(model, path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(written.value(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBF"
                            "Code,Name\r\n"
                            "B-1,\"\xC3\x9Cn\xC3\xAF"
                            "code, Ltd\"\r\n"
                            "A-1,'@home\r\n"));
    }

    void unwritablePathFailsAndLeavesNothing()
    {
        QStandardItemModel model(1, 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/out.csv"));
        const auto written = CompanyCsvExport::write(model, path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("export_failed"));
        QVERIFY(written.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCompanyCsvExport)
#include "tst_companycsvexport.moc"
