# HTTP layer of sphair_server: listener, router, errors, validation, concurrency helpers and
# auth primitives. Paths are relative to server/.
list(APPEND sphair_server_sources
  http/Logging.h http/Logging.cpp
  http/ServerConfig.h
  http/Request.h http/Request.cpp
  http/Response.h http/Response.cpp
  http/ApiError.h http/ApiError.cpp
  http/Router.h http/Router.cpp
  http/HttpServer.h http/HttpServer.cpp
  http/TlsCertificate.h http/TlsCertificate.cpp
  http/InputValidator.h http/InputValidator.cpp
  http/JsonBody.h http/JsonBody.cpp
  http/JsonFields.h http/JsonFields.cpp
  http/ETag.h http/ETag.cpp
  http/IdempotencyStore.h http/IdempotencyStore.cpp
  http/MemoryIdempotencyStore.h http/MemoryIdempotencyStore.cpp
  http/IdempotentRequest.h http/IdempotentRequest.cpp
  http/RateLimiter.h http/RateLimiter.cpp
  http/PasswordHasher.h http/PasswordHasher.cpp
  http/SessionTokens.h http/SessionTokens.cpp
  http/BearerToken.h http/BearerToken.cpp
  http/AdminAccess.h http/AdminAccess.cpp
)
