#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>

namespace sphair::tests {

QString vectorsDir()
{
    return QStringLiteral(SPHAIR_TEST_VECTORS_DIR);
}

QJsonObject loadJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("test data file missing: %s", qPrintable(path));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test data file is not a JSON object: %s", qPrintable(path));
    return doc.object();
}

QByteArray fromHex(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace sphair::tests
