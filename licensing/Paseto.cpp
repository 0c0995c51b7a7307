#include "licensing/Paseto.h"
