#pragma once

#include <QLoggingCategory>

// Never log a token, passphrase, seed or license body in this category.
Q_DECLARE_LOGGING_CATEGORY(lcLicensing)
