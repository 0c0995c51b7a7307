#pragma once

#include "server/http/ApiRoutes.h"

// /admin/companies/{id}/features and /admin/features: a company's features and the
// feature catalog with its tier templates.
namespace sphair::server::FeatureRoutes {

void registerRoutes(ApiRoutes &routes);

} // namespace sphair::server::FeatureRoutes
