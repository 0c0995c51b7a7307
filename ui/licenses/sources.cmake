# The licenses area of the console: list(APPEND) to SPHAIR_UI_SOURCES (paths relative to ui/).
list(APPEND SPHAIR_UI_SOURCES
  licenses/LicenseTokens.h licenses/LicenseTokens.cpp
  licenses/LicenseOutbox.h licenses/LicenseOutbox.cpp
  licenses/IssueLicenseDialog.h licenses/IssueLicenseDialog.cpp
  licenses/RevokeLicenseDialog.h licenses/RevokeLicenseDialog.cpp
  licenses/LicenseImportDialog.h licenses/LicenseImportDialog.cpp
  licenses/LicensesPage.h licenses/LicensesPage.cpp)
