# API test suites of the operations area.
sphair_add_api_test(NAME tst_maintenanceapi SOURCES tst_maintenanceapi.cpp)
sphair_add_api_test(NAME tst_deployapi SOURCES tst_deployapi.cpp)
sphair_add_api_test(NAME tst_statsapi SOURCES tst_statsapi.cpp)
sphair_add_api_test(NAME tst_auditapi SOURCES tst_auditapi.cpp)
sphair_add_api_test(NAME tst_sandboxdata SOURCES tst_sandboxdata.cpp)
