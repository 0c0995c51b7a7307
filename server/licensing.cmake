# Sources of the licensing area (paths relative to server/).
list(APPEND sphair_server_sources
  http/IssuerKeyRoutes.h http/IssuerKeyRoutes.cpp
  http/LicenseRoutes.h http/LicenseRoutes.cpp
  http/LicenseRegistrar.h http/LicenseRegistrar.cpp
  http/LicensingErrors.h http/LicensingErrors.cpp
  store/IssuerKeyStore.h store/IssuerKeyStore.cpp
  store/LicenseStore.h store/LicenseStore.cpp)
