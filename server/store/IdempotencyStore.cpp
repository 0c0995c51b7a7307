#include "server/store/IdempotencyStore.h"

namespace sphair::server {

IdempotencyStore::~IdempotencyStore() = default;

} // namespace sphair::server
