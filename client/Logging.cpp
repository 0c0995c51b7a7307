#include "client/Logging.h"

Q_LOGGING_CATEGORY(lcClient, "sphair.client", QtInfoMsg)
