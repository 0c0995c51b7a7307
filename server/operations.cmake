# Sources of the operations area (paths relative to server/).
list(APPEND sphair_server_sources
  http/OperationsRoutes.h
  http/MaintenanceRoutes.cpp http/DeploymentRoutes.cpp http/StatsRoutes.cpp http/AuditRoutes.cpp
  http/QueryParameters.h http/QueryParameters.cpp
  http/RouteFailure.h http/RouteFailure.cpp
  http/DeploymentRunner.h http/DeploymentRunner.cpp
  http/DeploymentHook.h http/DeploymentHook.cpp
  http/SimulatedDeploymentHook.h http/SimulatedDeploymentHook.cpp
  http/ProcessDeploymentHook.h http/ProcessDeploymentHook.cpp
  store/MaintenanceStore.h store/MaintenanceStore.cpp
  store/DeploymentStore.h store/DeploymentStore.cpp
  store/StatsStore.h store/StatsStore.cpp
  store/AuditSearch.h store/AuditSearch.cpp)
