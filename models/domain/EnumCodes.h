#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace sphair::models {

// One row of the table that maps an enum value to its wire code; codes are lower_snake_case
// and never translated.
template<typename E>
struct EnumCode
{
    E value;
    const char *code;
};

template<typename E, std::size_t N>
QString codeOf(const EnumCode<E> (&table)[N], E value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromLatin1(row.code);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const EnumCode<E> (&table)[N], QStringView code)
{
    for (const auto &row : table) {
        if (code == QLatin1String(row.code))
            return row.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList codesOf(const EnumCode<E> (&table)[N])
{
    QStringList codes;
    for (const auto &row : table)
        codes << QString::fromLatin1(row.code);
    return codes;
}

} // namespace sphair::models
