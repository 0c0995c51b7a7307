#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sphair::tests {

// The folder holding the official PASETO/PASERK test vectors (tests/vectors).
QString vectorsDir();
// Parses a JSON test-vector file; fails the calling test (QFAIL-style) via qFatal if missing.
QJsonObject loadJsonFile(const QString &path);
QByteArray fromHex(const QString &hex);

} // namespace sphair::tests
