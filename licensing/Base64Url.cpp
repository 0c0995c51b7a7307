#include "licensing/Base64Url.h"
