#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <sys/stat.h>

using sphair::core::AtomicFile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeDirectly(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

// Makes every write of this process past `bytes` fail with EFBIG for as long as it lives: a
// full disk that the superuser cannot write past either (a read-only folder does not stop
// root, a file size limit does).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // EFBIG instead of a killed process
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool ok() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

} // namespace

// AtomicFile on a real folder: the file is replaced whole or not at all, never rewritten in
// place, and an owner-only file is owner-only from the start.
class TestAtomicFile : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("out.txt"));
    }

    void writesANewFile()
    {
        QVERIFY(AtomicFile::write(m_path, "hello\n").ok());
        QCOMPARE(readAll(m_path), QByteArray("hello\n"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("out.txt")});
    }

    void replacesTheWholeFileOnSuccess()
    {
        writeDirectly(m_path, "old content, longer than the new one\n");
        // A reader holding the old file keeps reading all of it: the new file is written aside
        // and renamed over the old one.
        QFile reader(m_path);
        QVERIFY(reader.open(QIODevice::ReadOnly));
        QVERIFY(AtomicFile::write(m_path, "new\n").ok());
        QCOMPARE(reader.readAll(), QByteArray("old content, longer than the new one\n"));
        QCOMPARE(readAll(m_path), QByteArray("new\n"));
        // No temporary file is left behind.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
                 QStringList {QStringLiteral("out.txt")});
    }

    void ownerOnly_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("replacing a world-readable file") << true;
    }
    void ownerOnly()
    {
        QFETCH(bool, existing);
        if (existing) {
            writeDirectly(m_path, "public");
            QVERIFY(QFile::setPermissions(m_path,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        // The default, and whatever the umask would allow.
        const mode_t previous = ::umask(0);
        const bool written = AtomicFile::write(m_path, "secret").ok();
        ::umask(previous);
        QVERIFY(written);
        QCOMPARE(readAll(m_path), QByteArray("secret"));
        const QFileDevice::Permissions permissions = QFileInfo(m_path).permissions();
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
        QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
        QCOMPARE(permissions & kGroupOrOther, QFileDevice::Permissions());
    }

    void readableKeepsTheModeOfTheReplacedFile()
    {
        writeDirectly(m_path, "old");
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(m_path, mode));
        QVERIFY(AtomicFile::write(m_path, "new", AtomicFile::Access::Readable).ok());
        QCOMPARE(QFileInfo(m_path).permissions()
                     & (kGroupOrOther | QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 mode);
    }

    void aFailedWriteChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("fullDisk");
        QTest::newRow("folder missing") << QStringLiteral("missing/folder/out.txt") << false;
        QTest::newRow("a folder in the way") << QStringLiteral("folder") << false;
        QTest::newRow("disk full while writing") << QStringLiteral("out.txt") << true;
    }
    void aFailedWriteChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(bool, fullDisk);
        const QString path = m_dir->filePath(name);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
        const QByteArray old = "the old content\n";
        writeDirectly(m_dir->filePath(QStringLiteral("out.txt")), old);
        const QStringList before =
            QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

        sphair::core::Status written;
        {
            std::optional<FileSizeLimit> limit;
            if (fullDisk) {
                limit.emplace(4096);
                QVERIFY(limit->ok());
            }
            written = AtomicFile::write(path, QByteArray(256 * 1024, 'x'));
        }

        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("write_failed"));
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
        QCOMPARE(written.error().details.value(QStringLiteral("path")).toString(), path);
        // The old file is untouched and no temporary file is left behind.
        QCOMPARE(readAll(m_dir->filePath(QStringLiteral("out.txt"))), old);
        QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("folder"))).isDir());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
