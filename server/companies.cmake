# Sources of the companies area (paths relative to server/).
list(APPEND sphair_server_sources
  http/AdminAudit.h http/AdminAudit.cpp
  http/CompanyPath.h http/CompanyPath.cpp
  http/CompanySettingsRoutes.h http/CompanySettingsRoutes.cpp
  http/FeatureRoutes.h http/FeatureRoutes.cpp
  http/PageCursor.h http/PageCursor.cpp
  http/StoreFailure.h http/StoreFailure.cpp
  http/TenantTokenRoutes.h http/TenantTokenRoutes.cpp
  store/CompanyLicenses.h store/CompanyLicenses.cpp
  store/CompanyStore.h store/CompanyStore.cpp
  store/FeatureStore.h store/FeatureStore.cpp
  store/TenantUserStore.h store/TenantUserStore.cpp)
