# The shell area of the console: list(APPEND) to SPHAIR_UI_SOURCES (paths relative to ui/).
list(APPEND SPHAIR_UI_SOURCES
  shell/ChangePasswordDialog.h shell/ChangePasswordDialog.cpp
  shell/ConnectionProfilesDialog.h shell/ConnectionProfilesDialog.cpp
  shell/ConsoleController.h shell/ConsoleController.cpp
  shell/MaintenanceBanner.h shell/MaintenanceBanner.cpp
  shell/MessageBar.h shell/MessageBar.cpp
  shell/ProfileEditorDialog.h shell/ProfileEditorDialog.cpp
  shell/SignInDialog.h shell/SignInDialog.cpp)
