# API test suites of the companies area.
sphair_add_api_test(NAME tst_companiesapi SOURCES tst_companiesapi.cpp)
sphair_add_api_test(NAME tst_tenantapi SOURCES tst_tenantapi.cpp)
sphair_add_api_test(NAME tst_tenanttokensapi SOURCES tst_tenanttokensapi.cpp)
# The registered routes against server/openapi.yaml (SQLite only: the route table does not
# depend on the backend).
sphair_add_test(NAME tst_routeconformance SOURCES tst_routeconformance.cpp
                LIBS sphair_platform_test_support LABELS integration)
