#include "licensing/LicenseFile.h"
