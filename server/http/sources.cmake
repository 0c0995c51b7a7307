list(APPEND sphair_server_sources)
