#include "ui/licenses/LicenseOutbox.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sphair;
using sphair::ui::LicenseOutbox;

namespace {

// Shaped like a token; the outbox never verifies (the console signed it itself).
QByteArray fakeToken(char fill)
{
    return QByteArray("v4.public.") + QByteArray(120, fill) + QByteArray(".eyJraWQiOiJrNCJ9");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// LicenseOutbox on a real folder: entries survive a new object (a restart), are written
// atomically, removed on request, and files that are not licenses are reported, not fatal.
class TestLicenseOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("nested/outbox")); // made on first add
    }

    void defaultFolderIsInAppData()
    {
        QVERIFY(LicenseOutbox::defaultFolder().endsWith(QStringLiteral("/outbox")));
        QCOMPARE(LicenseOutbox().folder(), LicenseOutbox::defaultFolder());
    }

    void addListAfterRestartAndRemove()
    {
        const QUuid first = QUuid::createUuid();
        const QUuid second = QUuid::createUuid();
        {
            LicenseOutbox outbox(m_folder);
            QSignalSpy changed(&outbox, &LicenseOutbox::changed);
            QVERIFY(outbox.list().entries.isEmpty());
            auto added = outbox.add(first, fakeToken('a'),
                                    {{QStringLiteral("Company"), QStringLiteral("ACME")}});
            QVERIFY2(added.ok(), qPrintable(added.error().message));
            QVERIFY(outbox.add(second, fakeToken('b')).ok());
            QCOMPARE(changed.count(), 2);
        }
        // A new object over the same folder: what a restarted console sees.
        LicenseOutbox outbox(m_folder);
        const auto listing = outbox.list();
        QVERIFY(listing.problems.isEmpty());
        QCOMPARE(listing.entries.size(), 2);
        const auto entry = outbox.entry(first);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->token, fakeToken('a'));
        QCOMPARE(entry->headers.value(QStringLiteral("Company")), QStringLiteral("ACME"));
        QCOMPARE(
            entry->path,
            QDir(m_folder).filePath(first.toString(QUuid::WithoutBraces) + QStringLiteral(".lic")));
        QVERIFY(readAll(entry->path).contains(fakeToken('a')));
        QVERIFY(outbox.contains(second));

        QSignalSpy changed(&outbox, &LicenseOutbox::changed);
        QVERIFY(outbox.remove(first).ok());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!outbox.contains(first));
        QVERIFY(!QFile::exists(entry->path));
        QVERIFY(outbox.remove(first).ok()); // already gone: nothing to do
        QCOMPARE(LicenseOutbox(m_folder).list().entries.size(), 1);
        QCOMPARE(LicenseOutbox(m_folder).list().entries.first().licenseId, second);
    }

    void replacingAnEntryIsAtomic()
    {
        LicenseOutbox outbox(m_folder);
        const QUuid id = QUuid::createUuid();
        QVERIFY(outbox.add(id, fakeToken('a')).ok());
        const QString path = outbox.entry(id)->path;
        // A reader holding the old file keeps reading the whole old license while it is
        // replaced: the new file is written aside and renamed over it, never rewritten in place.
        QFile reader(path);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QVERIFY(outbox.add(id, fakeToken('b')).ok());
        const QByteArray old = reader.readAll();
        QVERIFY(old.contains(fakeToken('a')));
        QVERIFY(readAll(path).contains(fakeToken('b')));
        QVERIFY(!readAll(path).contains(fakeToken('a')));
        // No temporary file is left behind.
        QCOMPARE(QDir(m_folder).entryList(QDir::Files), QStringList {QFileInfo(path).fileName()});
    }

    void refusesWhatIsNotAToken()
    {
        LicenseOutbox outbox(m_folder);
        QVERIFY(!outbox.add(QUuid(), fakeToken('a')).ok());
        auto refused = outbox.add(QUuid::createUuid(), QByteArray("secret-looking text"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("invalid_argument"));
        QVERIFY(!QDir(m_folder).exists());
    }

    void unusableFolderIsAnError()
    {
        // A file where the folder should be.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        LicenseOutbox outbox(blocker + QStringLiteral("/outbox"));
        auto refused = outbox.add(QUuid::createUuid(), fakeToken('a'));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("outbox_unavailable"));
    }

    void corruptFilesAreReportedNotFatal()
    {
        LicenseOutbox outbox(m_folder);
        const QUuid good = QUuid::createUuid();
        QVERIFY(outbox.add(good, fakeToken('g')).ok());
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile file(QDir(m_folder).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        const QString cutOff =
            QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".lic");
        write(cutOff, "# SPHAiR license\nCompany: ACME\n"); // no token
        write(QStringLiteral("notes.lic"), fakeToken('n'));
        write(QStringLiteral("readme.txt"), "not a license, not looked at");
        const auto listing = outbox.list();
        QCOMPARE(listing.entries.size(), 1);
        QCOMPARE(listing.entries.first().licenseId, good);
        QCOMPARE(listing.problems.size(), 2);
        QStringList codes;
        for (const auto &problem : listing.problems) {
            codes.append(problem.error.code);
            QVERIFY(!problem.error.message.isEmpty());
            QVERIFY(!problem.path.isEmpty());
        }
        codes.sort();
        QCOMPARE(codes,
                 (QStringList {QStringLiteral("malformed_license_file"),
                               QStringLiteral("outbox_unexpected_file")}));
    }

    void whatGoesToTheOutbox_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryLater");
        for (const char *code : {"server_unreachable", "timeout", "maintenance", "unauthorized",
                                 "not_signed_in", "server_error", "tls_error"})
            QTest::newRow(code) << QString::fromLatin1(code) << true;
        for (const char *code : {"validation_failed", "unknown_key", "license_exists",
                                 "active_license_exists", "company_not_found", "forbidden"})
            QTest::newRow(code) << QString::fromLatin1(code) << false;
    }
    void whatGoesToTheOutbox()
    {
        QFETCH(QString, code);
        QFETCH(bool, retryLater);
        QCOMPARE(LicenseOutbox::isRetryLater(models::Error {code, QStringLiteral("x"), {}}),
                 retryLater);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestLicenseOutbox)
#include "tst_licenseoutbox.moc"
