#include "licensing/LicenseVerifier.h"
