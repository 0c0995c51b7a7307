# API test suites of the licensing area.
