#include "licensing/SeedKeychain.h"
