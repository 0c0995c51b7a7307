# API test suites of the licensing area.
sphair_add_api_test(NAME tst_issuerkeysapi SOURCES tst_issuerkeysapi.cpp)
sphair_add_api_test(NAME tst_licensesapi SOURCES tst_licensesapi.cpp)
