#pragma once

#include <QJsonObject>
#include <QString>

namespace sphair::core {

// A failure with a stable machine code (for scripts, logs and the API) and a sentence a
// person understands (for the UI). Codes are lower_snake_case and never translated.
struct Error
{
    QString code;
    QString message;
    QJsonObject details;

    bool operator==(const Error &other) const
    {
        return code == other.code && message == other.message && details == other.details;
    }
};

} // namespace sphair::core
