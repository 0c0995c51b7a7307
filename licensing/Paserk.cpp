#include "licensing/Paserk.h"
