#pragma once

#include <QLoggingCategory>

// Never log a session or refresh token, a password or a license token in this category.
Q_DECLARE_LOGGING_CATEGORY(lcClient)
