# Project-wide CMake helpers: compiler warnings and the test helper.

# Applies the project's warning flags to a target.
function(sphair_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wold-style-cast)
  if(SPHAIR_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                               QT_NO_URL_CAST_FROM_STRING)
endfunction()

# Defines a static library for one layer folder.
function(sphair_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  sphair_set_warnings(${name})
endfunction()

# sphair_add_test(NAME tst_x SOURCES ... LIBS ... [GUI] [LABELS unit ...]
#                 [WRAPPER cmd...] [TIMEOUT s])
# One QtTest executable per class under test. GUI tests run with -platform offscreen.
# WRAPPER runs the test inside a helper script (a keychain session, a throwaway PostgreSQL).
function(sphair_add_test)
  cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER;ARGS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test sphair_test_support ${ARG_LIBS})
  target_compile_definitions(${ARG_NAME} PRIVATE
    SPHAIR_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SPHAIR_TEST_VECTORS_DIR="${SPHAIR_TEST_VECTORS_DIR}"
    SPHAIR_BINARY_DIR="${PROJECT_BINARY_DIR}")
  sphair_set_warnings(${ARG_NAME})
  set(cmd $<TARGET_FILE:${ARG_NAME}>)
  if(ARG_GUI)
    list(APPEND cmd -platform offscreen)
  endif()
  list(APPEND cmd ${ARG_ARGS})
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_WRAPPER} ${cmd})
  set(labels ${ARG_LABELS})
  if(NOT labels)
    set(labels unit)
  endif()
  if(ARG_GUI)
    list(APPEND labels gui)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES LABELS "${labels}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
