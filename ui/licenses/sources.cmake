# The licenses area of the console: list(APPEND) to SPHAIR_UI_SOURCES (paths relative to ui/).
