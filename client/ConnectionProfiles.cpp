#include "client/ConnectionProfiles.h"

#include "client/Logging.h"

namespace sphair::client {

namespace {

const QString kGroup = QStringLiteral("connections");
const QString kArray = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("connections/last_used");

} // namespace

ConnectionProfiles::ConnectionProfiles(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(m_settings);
}

QList<ConnectionProfile> ConnectionProfiles::list() const
{
    QList<ConnectionProfile> profiles;
    m_settings->beginGroup(kGroup);
    const int count = m_settings->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("base_url")).toString());
        const QString environment = m_settings->value(QStringLiteral("environment")).toString();
        // An unknown environment is read as production: the safest colour to show.
        profile.environment = environmentFromCode(environment).value_or(Environment::Production);
        profile.colour = m_settings->value(QStringLiteral("colour")).toString();
        profile.pin = m_settings->value(QStringLiteral("pin")).toString();
        profile.caFile = m_settings->value(QStringLiteral("ca_file")).toString();
        profile.allowPlainHttpLoopback =
            m_settings->value(QStringLiteral("allow_plain_http_loopback"), false).toBool();
        if (profile.name.isEmpty()) {
            qCWarning(lcClient) << "skipping a saved connection profile without a name";
            continue;
        }
        profiles.append(profile);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return profiles;
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name) const
{
    for (const ConnectionProfile &profile : list()) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

models::Status ConnectionProfiles::add(const ConnectionProfile &profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    QList<ConnectionProfile> profiles = list();
    for (const ConnectionProfile &existing : profiles) {
        if (existing.name == profile.name)
            return exists(profile.name);
    }
    profiles.append(profile);
    write(profiles);
    return models::Status::success();
}

models::Status ConnectionProfiles::update(const QString &name, const ConnectionProfile &profile)
{
    if (auto valid = profile.validate(); !valid)
        return valid;
    QList<ConnectionProfile> profiles = list();
    qsizetype index = -1;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).name == name)
            index = i;
        else if (profiles.at(i).name == profile.name)
            return exists(profile.name);
    }
    if (index < 0)
        return notFound(name);
    profiles[index] = profile;
    write(profiles);
    if (name != profile.name && lastUsed() == name)
        setLastUsed(profile.name);
    return models::Status::success();
}

models::Status ConnectionProfiles::remove(const QString &name)
{
    QList<ConnectionProfile> profiles = list();
    const auto removed = profiles.removeIf(
        [&name](const ConnectionProfile &profile) { return profile.name == name; });
    if (removed == 0)
        return notFound(name);
    write(profiles);
    if (lastUsed() == name)
        m_settings->remove(kLastUsed);
    return models::Status::success();
}

QString ConnectionProfiles::lastUsed() const
{
    return m_settings->value(kLastUsed).toString();
}

void ConnectionProfiles::setLastUsed(const QString &name)
{
    m_settings->setValue(kLastUsed, name);
}

void ConnectionProfiles::write(const QList<ConnectionProfile> &profiles)
{
    m_settings->beginGroup(kGroup);
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("base_url"), profile.baseUrl.toString());
        m_settings->setValue(QStringLiteral("environment"), environmentCode(profile.environment));
        m_settings->setValue(QStringLiteral("colour"), profile.colour);
        m_settings->setValue(QStringLiteral("pin"), profile.pin);
        m_settings->setValue(QStringLiteral("ca_file"), profile.caFile);
        m_settings->setValue(QStringLiteral("allow_plain_http_loopback"),
                             profile.allowPlainHttpLoopback);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

models::Error ConnectionProfiles::notFound(const QString &name) const
{
    return {QStringLiteral("profile_not_found"),
            tr("There is no connection called “%1”.").arg(name),
            {{QStringLiteral("name"), name}}};
}

models::Error ConnectionProfiles::exists(const QString &name) const
{
    return {QStringLiteral("profile_exists"),
            tr("A connection called “%1” exists already. Choose another name.").arg(name),
            {{QStringLiteral("field"), QStringLiteral("name")}, {QStringLiteral("name"), name}}};
}

} // namespace sphair::client
