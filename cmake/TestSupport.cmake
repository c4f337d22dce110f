# Catch2 2 or 3. The tests are written against Catch2 2's single header <catch2/catch.hpp> and run their own main()
# (tests/support/CatchMain.cpp, QtCatchMain.cpp: Catch::Session, which both versions have). Debian's catch2 package
# is 2.x and header-only: cross builds use that header through a private include dir, since pointing mingw at
# /usr/include would pull in glibc headers. With Catch2 3 (vcpkg's, on Windows) a generated <catch2/catch.hpp> includes
# <catch2/catch_all.hpp> and brings Approx into scope as Catch2 2 did. Only Catch2 2 is built and run here.
if(CMAKE_CROSSCOMPILING)
  set(_mars_catch_dir ${CMAKE_BINARY_DIR}/host-headers)
  file(MAKE_DIRECTORY ${_mars_catch_dir})
  file(CREATE_LINK /usr/include/catch2 ${_mars_catch_dir}/catch2 SYMBOLIC)
  add_library(mars_catch2 INTERFACE)
  target_include_directories(mars_catch2 SYSTEM INTERFACE ${_mars_catch_dir})
else()
  find_package(Catch2 REQUIRED)
  if(Catch2_VERSION VERSION_LESS 2 OR NOT Catch2_VERSION VERSION_LESS 4)
    message(FATAL_ERROR "Catch2 ${Catch2_VERSION} found; the tests need Catch2 2 or 3")
  endif()
  include(Catch)
  add_library(mars_catch2 INTERFACE)
  target_link_libraries(mars_catch2 INTERFACE Catch2::Catch2)
  if(NOT Catch2_VERSION VERSION_LESS 3)
    set(_mars_catch_dir ${CMAKE_BINARY_DIR}/catch2-v2-header)
    file(WRITE ${_mars_catch_dir}/catch2/catch.hpp
         "#pragma once\n// Catch2 3 behind Catch2 2's header name (cmake/TestSupport.cmake).\n"
         "#include <catch2/catch_all.hpp>\nusing Catch::Approx;\n")
    target_include_directories(mars_catch2 BEFORE INTERFACE ${_mars_catch_dir})
  endif()
endif()

# mars_add_test(NAME name SOURCES ... LIBRARIES ... [LABELS ...])
# Natively every Catch2 test case becomes a CTest test; under Wine one CTest test runs a whole program, because each
# Wine process start costs more than most test cases.
# Cases tagged [may-skip] run as a CTest test of their own under Wine, so a skip (tests/support/Skip.h: exit code 77
# when nothing failed) is reported for them alone and the other cases still count as passed.
function(mars_add_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;LIBRARIES;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE mars_common_config mars_catch2 ${T_LIBRARIES})
  if(CMAKE_CROSSCOMPILING AND WIN32)
    target_link_options(${T_NAME} PRIVATE ${MARS_STATIC_RUNTIME_FLAGS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} --reporter console "~[may-skip]")
    add_test(NAME ${T_NAME}:may-skip COMMAND ${T_NAME} --reporter console "[may-skip]")
    set_tests_properties(${T_NAME} ${T_NAME}:may-skip PROPERTIES ENVIRONMENT "${MARS_WINE_ENVIRONMENT}" LABELS "wine;${T_LABELS}"
                         SKIP_RETURN_CODE 77)
    set_tests_properties(${T_NAME} ${T_NAME}:may-skip PROPERTIES FIXTURES_REQUIRED wine_prefix)
  else()
    # --warn NoTests: a test whose name filter matches nothing fails instead of passing silently.
    # A test that cannot run here exits 77 (tests/support/Skip.h), and CTest says skipped; a failure stays a failure.
    catch_discover_tests(${T_NAME} TEST_PREFIX "${T_NAME}: " EXTRA_ARGS --warn NoTests
                         PROPERTIES LABELS "${T_LABELS}" SKIP_RETURN_CODE 77)
  endif()
endfunction()

# The Wine prefix the test programs share is made once, before any of them starts (tests/windows/wine-prefix.sh says
# why two first starts must not run in parallel).
function(mars_add_wine_prefix_fixture)
  add_test(NAME wine_prefix COMMAND ${PROJECT_SOURCE_DIR}/tests/windows/wine-prefix.sh)
  set_tests_properties(wine_prefix PROPERTIES ENVIRONMENT "${MARS_WINE_ENVIRONMENT}" LABELS "wine"
                       FIXTURES_SETUP wine_prefix)
endfunction()
