# server/store: the database layer (abstraction, PostgreSQL and SQLite backends, migrations).
list(APPEND sphair_server_sources
  store/ConnectionPool.h
  store/Database.h store/Database.cpp
  store/Logging.h store/Logging.cpp
  store/Migrations.h store/Migrations.cpp
  store/PostgresConnection.h store/PostgresConnection.cpp
  store/PostgresDatabase.h store/PostgresDatabase.cpp
  store/PostgresOptions.h
  store/PostgresRoles.h store/PostgresRoles.cpp
  store/PostgresSession.h store/PostgresSession.cpp
  store/SqlDialect.h store/SqlDialect.cpp
  store/SqlErrorCode.h
  store/SqlResult.h store/SqlResult.cpp
  store/SqlRow.h store/SqlRow.cpp
  store/SqlSession.h store/SqlSession.cpp
  store/SqlValue.h store/SqlValue.cpp
  store/SqliteConnection.h store/SqliteConnection.cpp
  store/SqliteDatabase.h store/SqliteDatabase.cpp
  store/SqliteOptions.h
  store/SqliteSession.h store/SqliteSession.cpp
  store/TxScope.h store/TxScope.cpp)
