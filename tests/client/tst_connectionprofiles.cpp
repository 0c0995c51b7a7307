#include "client/ConnectionProfiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sphair;
using client::ConnectionProfile;
using client::ConnectionProfiles;

namespace {

ConnectionProfile profileNamed(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("https://%1.example.com:8443").arg(name.toLower()));
    profile.environment = client::Environment::Staging;
    profile.colour = QStringLiteral("#336699");
    profile.pin = QString::fromLatin1(QByteArray(32, 'p').toBase64());
    profile.allowPlainHttpLoopback = true;
    return profile;
}

} // namespace

// The saved connection profiles in QSettings: add, update, rename, remove, nothing secret.
class TestConnectionProfiles : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_run));
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

    void addListAndReload()
    {
        ConnectionProfiles store(m_settings.get());
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.add(profileNamed(QStringLiteral("Staging"))).ok());
        QVERIFY(store.add(profileNamed(QStringLiteral("Sandbox"))).ok());
        m_settings.reset();
        QSettings reopened(m_path, QSettings::IniFormat);
        ConnectionProfiles again(&reopened);
        const QList<ConnectionProfile> profiles = again.list();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0), profileNamed(QStringLiteral("Staging")));
        QCOMPARE(profiles.at(1), profileNamed(QStringLiteral("Sandbox")));
        QCOMPARE(again.find(QStringLiteral("Sandbox")), profileNamed(QStringLiteral("Sandbox")));
        QVERIFY(!again.find(QStringLiteral("Other")));
    }

    void duplicatesAndInvalidProfilesAreRefused()
    {
        ConnectionProfiles store(m_settings.get());
        QVERIFY(store.add(profileNamed(QStringLiteral("A"))).ok());
        QCOMPARE(store.add(profileNamed(QStringLiteral("A"))).error().code,
                 QStringLiteral("profile_exists"));
        ConnectionProfile insecure = profileNamed(QStringLiteral("B"));
        insecure.baseUrl = QUrl(QStringLiteral("http://b.example.com"));
        QCOMPARE(store.add(insecure).error().code, QStringLiteral("insecure_url"));
        QCOMPARE(store.list().size(), 1);
    }

    void updateRenameAndRemove()
    {
        ConnectionProfiles store(m_settings.get());
        QVERIFY(store.add(profileNamed(QStringLiteral("A"))).ok());
        QVERIFY(store.add(profileNamed(QStringLiteral("B"))).ok());
        store.setLastUsed(QStringLiteral("A"));

        ConnectionProfile renamed = profileNamed(QStringLiteral("A2"));
        renamed.environment = client::Environment::Production;
        QVERIFY(store.update(QStringLiteral("A"), renamed).ok());
        QCOMPARE(store.lastUsed(), QStringLiteral("A2"));
        QCOMPARE(store.list().at(0), renamed);
        QCOMPARE(store.update(QStringLiteral("A2"), profileNamed(QStringLiteral("B"))).error().code,
                 QStringLiteral("profile_exists"));
        QCOMPARE(store.update(QStringLiteral("Z"), profileNamed(QStringLiteral("Z"))).error().code,
                 QStringLiteral("profile_not_found"));

        QVERIFY(store.remove(QStringLiteral("A2")).ok());
        QVERIFY(store.lastUsed().isEmpty());
        QCOMPARE(store.remove(QStringLiteral("A2")).error().code,
                 QStringLiteral("profile_not_found"));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().at(0).name, QStringLiteral("B"));
    }

    void storesNothingSecret()
    {
        ConnectionProfiles store(m_settings.get());
        QVERIFY(store.add(profileNamed(QStringLiteral("A"))).ok());
        m_settings->sync();
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        for (const char *word : {"token", "password", "session", "sphs_", "sphr_"})
            QVERIFY2(!text.contains(word), word);
        QVERIFY(text.contains("pin"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_run = 0;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
