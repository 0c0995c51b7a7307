#pragma once

#include "core/Result.h"

namespace sphair::models {

// The result and error types live in core/, the lowest layer, so that core's own helpers can
// use them; everything from models/ up names them models::Result, models::Status and
// models::Error.
using core::Error;
using core::Result;
using core::Status;

} // namespace sphair::models
