#pragma once

// AdminAudit moved to services/, beside the changes it records; this header keeps the route
// files that still write audit rows themselves building until their logic moves too.
#include "server/services/AdminAudit.h"
