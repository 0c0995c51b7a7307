# Sources of the companies area (paths relative to server/).
list(APPEND sphair_server_sources)
