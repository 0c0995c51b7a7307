#include "licensing/StrictJson.h"
