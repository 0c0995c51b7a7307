#include "tests/support/PlatformFixture.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace sphair;
using namespace sphair::tests;

namespace {

// "METHOD /path" for every operation under `paths:` in the OpenAPI document: path keys at
// two spaces of indent, method keys at four.
QStringList documentedOperations(const QString &fileName, QString *problem)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = QStringLiteral("cannot read ") + fileName;
        return {};
    }
    static const QSet<QString> methods {QStringLiteral("get"),     QStringLiteral("put"),
                                        QStringLiteral("post"),    QStringLiteral("delete"),
                                        QStringLiteral("patch"),   QStringLiteral("head"),
                                        QStringLiteral("options"), QStringLiteral("trace")};
    QStringList operations;
    bool inPaths = false;
    QString path;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!line.startsWith(QLatin1Char(' '))) { // a top-level key
            inPaths = line == QLatin1String("paths:");
            continue;
        }
        if (!inPaths)
            continue;
        if (line.startsWith(QLatin1String("  /")) && line.endsWith(QLatin1Char(':'))) {
            path = line.mid(2).chopped(1);
            if (path.startsWith(QLatin1Char('\'')) || path.startsWith(QLatin1Char('"')))
                path = path.mid(1).chopped(1);
            continue;
        }
        if (line.startsWith(QLatin1String("    ")) && line.at(4) != QLatin1Char(' ')
            && line.endsWith(QLatin1Char(':'))) {
            const QString key = line.mid(4).chopped(1);
            if (methods.contains(key) && key != QLatin1String("head")
                && key != QLatin1String("options"))
                operations.append(key.toUpper() + QLatin1Char(' ') + path);
        }
    }
    operations.sort();
    return operations;
}

QStringList subtract(const QStringList &from, const QStringList &what)
{
    const QSet<QString> excluded(what.cbegin(), what.cend());
    QStringList rest;
    for (const QString &item : from) {
        if (!excluded.contains(item))
            rest.append(item);
    }
    return rest;
}

} // namespace

// The routes the platform registers and the operations server/openapi.yaml documents are
// the same set: nothing served is undocumented, nothing documented is missing.
class TestRouteConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto started = m_platform.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
    }

    void documentParses()
    {
        QString problem;
        const QStringList documented = documentedOperations(kDocument, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(documented.size() > 20);
        QVERIFY(documented.contains(QStringLiteral("GET /admin/companies")));
        QStringList unique = documented;
        QCOMPARE(unique.removeDuplicates(), 0);
    }

    void everyRouteIsDocumented()
    {
        QString problem;
        const QStringList documented = documentedOperations(kDocument, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList registered = m_platform.server().http().router().routes();
        registered.removeIf([](const QString &route) {
            return route.startsWith(QLatin1String("HEAD "))
                || route.startsWith(QLatin1String("OPTIONS "));
        });
        const QStringList undocumented = subtract(registered, documented);
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("Registered but not in openapi.yaml: ")
                            + undocumented.join(QStringLiteral(", "))));
    }

    void everyOperationIsRegistered()
    {
        QString problem;
        const QStringList documented = documentedOperations(kDocument, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList missing =
            subtract(documented, m_platform.server().http().router().routes());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("In openapi.yaml but not registered: ")
                            + missing.join(QStringLiteral(", "))));
    }

private:
    static inline const QString kDocument =
        QStringLiteral(SPHAIR_SOURCE_DIR "/server/openapi.yaml");
    PlatformFixture m_platform;
};

QTEST_GUILESS_MAIN(TestRouteConformance)
#include "tst_routeconformance.moc"
