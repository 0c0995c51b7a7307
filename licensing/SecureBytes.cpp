#include "licensing/SecureBytes.h"
