#include "licensing/LicenseTool.h"
