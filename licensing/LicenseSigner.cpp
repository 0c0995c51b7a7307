#include "licensing/LicenseSigner.h"
