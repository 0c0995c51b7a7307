# The companies area of the console: list(APPEND) to SPHAIR_UI_SOURCES (paths relative to ui/).
list(APPEND SPHAIR_UI_SOURCES
  companies/CompaniesPage.h companies/CompaniesPage.cpp
  companies/CompanyCsvExport.h companies/CompanyCsvExport.cpp
  companies/CompanyDetailPane.h companies/CompanyDetailPane.cpp
  companies/CompanyDialog.h companies/CompanyDialog.cpp
  companies/CompanyStatusDialog.h companies/CompanyStatusDialog.cpp)
