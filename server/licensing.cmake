# Sources of the licensing area (paths relative to server/).
list(APPEND sphair_server_sources)
