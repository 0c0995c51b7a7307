#include "licensing/Logging.h"

Q_LOGGING_CATEGORY(lcLicensing, "sphair.licensing", QtInfoMsg)
