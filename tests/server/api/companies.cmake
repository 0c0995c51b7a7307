# API test suites of the companies area.
