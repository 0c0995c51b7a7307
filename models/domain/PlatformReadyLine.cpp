#include "models/domain/PlatformReadyLine.h"

#include "models/domain/WireReader.h"
#include "models/domain/WireWriter.h"

namespace sphair::models {

namespace {

const QString kReadyEvent = QStringLiteral("ready");

} // namespace

bool PlatformReadyLine::isReadyEvent(const QJsonObject &object)
{
    return object.value(QStringLiteral("event")).toString() == kReadyEvent;
}

Result<PlatformReadyLine> PlatformReadyLine::fromJson(const QJsonObject &object)
{
    WireReader in(object);
    PlatformReadyLine line;
    line.url = in.string(u"url");
    line.pid = in.optionalInteger(u"pid", 0, 0);
    line.spkiSha256 = in.optionalString(u"spki_sha256");
    line.sandboxDir = in.optionalString(u"sandbox_dir");
    line.username = in.optionalString(u"username");
    line.oneTimePassword = in.optionalString(u"one_time_password");
    if (!in.ok())
        return in.error();
    return line;
}

QJsonObject PlatformReadyLine::toJson() const
{
    QJsonObject object =
        WireWriter().text(u"event", kReadyEvent).text(u"url", url).integer(u"pid", pid).object();
    const auto unlessEmpty = [&object](QLatin1String key, const QString &value) {
        if (!value.isEmpty())
            object.insert(key, value);
    };
    unlessEmpty(QLatin1String("spki_sha256"), spkiSha256);
    unlessEmpty(QLatin1String("sandbox_dir"), sandboxDir);
    unlessEmpty(QLatin1String("username"), username);
    unlessEmpty(QLatin1String("one_time_password"), oneTimePassword);
    return object;
}

bool PlatformReadyLine::operator==(const PlatformReadyLine &other) const
{
    return url == other.url && pid == other.pid && spkiSha256 == other.spkiSha256
        && sandboxDir == other.sandboxDir && username == other.username
        && oneTimePassword == other.oneTimePassword;
}

} // namespace sphair::models
