# Sources of the operations area (paths relative to server/).
list(APPEND sphair_server_sources)
