# The keys area of the console: list(APPEND) to SPHAIR_UI_SOURCES (paths relative to ui/).
list(APPEND SPHAIR_UI_SOURCES
  keys/IssuerKeyTableModel.h keys/IssuerKeyTableModel.cpp
  keys/KeyLabelDialog.h keys/KeyLabelDialog.cpp
  keys/PassphraseDialog.h keys/PassphraseDialog.cpp
  keys/KeyManagerDialog.h keys/KeyManagerDialog.cpp)
