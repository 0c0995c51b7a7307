#include "licensing/KeyVault.h"
