#pragma once

#include "models/domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace sphair::models {

// The JSON body of every failed API call, {"error": code, "message": text, "details": {…}},
// and its mapping to models::Error so the server writes and the client reads the same shape.
struct ApiErrorBody
{
    QString error; // stable lower_snake_case machine code
    QString message; // a sentence a person understands
    QJsonObject details;

    static ApiErrorBody fromError(const Error &error);
    Error toError() const;

    // "error" and "message" are required strings; "details" is an optional object.
    static Result<ApiErrorBody> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The code is lower_snake_case (a–z, 0–9, '_', starting with a letter, ≤ 64).
    Status validate() const;

    bool operator==(const ApiErrorBody &other) const;
    bool operator!=(const ApiErrorBody &other) const { return !(*this == other); }
};

} // namespace sphair::models
