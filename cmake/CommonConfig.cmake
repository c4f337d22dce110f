# One INTERFACE target carries the project's compiler settings, so every library, program and test gets the same ones.
add_library(mars_common_config INTERFACE)
target_compile_features(mars_common_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
  target_compile_options(mars_common_config INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
  if(MARS_WARNINGS_AS_ERRORS)
    target_compile_options(mars_common_config INTERFACE /WX)
  endif()
elseif(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  # -Woverloaded-virtual and -Wold-style-cast as qBittorrent builds with them: a hidden override and a C cast that
  # would reinterpret where a static_cast was meant both stop the build.
  target_compile_options(mars_common_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-qual
                         -Woverloaded-virtual -Wold-style-cast)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    # GCC 12 reports std::string appends at -O3 as overlapping memcpy (GCC bug 105329): a false positive.
    target_compile_options(mars_common_config INTERFACE -Wno-restrict)
  endif()
  if(MARS_WARNINGS_AS_ERRORS)
    target_compile_options(mars_common_config INTERFACE -Werror)
  endif()
endif()

# Qt's strictness macros for the program's own code (tests may build strings from literals freely): no implicit
# conversion from 8-bit strings (their encoding would be guessed), no narrowing in connect(), and nothing Qt 6.4
# already calls deprecated.
add_library(mars_qt_strict INTERFACE)
target_compile_definitions(mars_qt_strict INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
                           QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
                           QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(WIN32)
  # Wide-character Win32 API everywhere. The oldest Windows the program supports is Windows 10 version 1607 / Windows
  # Server 2016 (build 14393; checks/platform/WindowsFloor.h refuses older ones at start). The headers stay at
  # Windows 7 (0x0601) on purpose: mingw-w64 declares Windows 10 functions by 0x0A00 (and WINVER 0x0605/0x0606) without
  # telling 1607 from 1703 and later, so raising it would let code call what build 14393 lacks; such calls are
  # looked up at run time instead. The import-floor test (tests/windows/check-import-floor.py) guards every shipped file.
  target_compile_definitions(mars_common_config INTERFACE UNICODE _UNICODE WIN32_LEAN_AND_MEAN NOMINMAX
                             _WIN32_WINNT=0x0601 WINVER=0x0601)
endif()

# Sanitizers and libFuzzer: GCC and Clang flags (MSVC's /fsanitize=address is not wired up here).
if((MARS_SANITIZE OR MARS_FUZZ) AND NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  message(FATAL_ERROR "MARS_SANITIZE and MARS_FUZZ need GCC or Clang (this is ${CMAKE_CXX_COMPILER_ID})")
endif()
if(MARS_SANITIZE)
  target_compile_options(mars_common_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                         -fno-sanitize-recover=undefined)
  target_link_options(mars_common_config INTERFACE -fsanitize=address,undefined)
endif()

if(MARS_FUZZ)
  # Coverage instrumentation for the code under test; the fuzz targets add the libFuzzer driver themselves.
  target_compile_options(mars_common_config INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(CMAKE_CROSSCOMPILING AND WIN32)
  # Tests of the Win32 code run under Wine; a private prefix per build tree keeps runs independent.
  set(CMAKE_CROSSCOMPILING_EMULATOR wine)
  set(MARS_WINE_ENVIRONMENT
      "WINEPREFIX=${CMAKE_BINARY_DIR}/wineprefix" "WINEDEBUG=-all" "WINEDLLOVERRIDES=mscoree,mshtml=")
  # Static runtime: the test programs need no DLLs beside them.
  set(MARS_STATIC_RUNTIME_FLAGS -static -static-libgcc -static-libstdc++)
endif()
