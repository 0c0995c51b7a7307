#include "licensing/Ed25519Keys.h"
