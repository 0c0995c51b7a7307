#include "licensing/LicenseClaims.h"
