# API test suites of the companies area.
sphair_add_api_test(NAME tst_companiesapi SOURCES tst_companiesapi.cpp)
sphair_add_api_test(NAME tst_tenantapi SOURCES tst_tenantapi.cpp)
