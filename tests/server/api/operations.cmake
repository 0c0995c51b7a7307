# API test suites of the operations area.
