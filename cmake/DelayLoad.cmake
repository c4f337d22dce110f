# Windows: a shipped program loads no DLL from its own folder, wherever it is started and however (elevated from
# Downloads, or straight out of a zip in a temporary folder).
#
# Why. The loader resolves a program's static imports before main() runs, searching the program's own folder before
# System32 for every DLL that is not a KnownDLL (version, userenv, dwmapi, uxtheme, iphlpapi, dnsapi, netapi32, ...):
# a version.dll a browser once saved in Downloads would run inside the program, as administrator once it is elevated.
# SetDefaultDllDirectories in main() comes too late for those. So the program imports at load time only kernel32 and
# msvcrt (KnownDLLs, always taken from System32; checked by the windows_import_floor test), and every other
# system DLL is delay-loaded: on its first use, by app/SystemDllsFromSystem32.cpp, from System32 alone. Qt is linked
# statically, so this covers Qt's imports too.
#
# MinGW: GNU ld has no /DELAYLOAD, so each import library is remade as a delay-import library of the same name
# (dlltool --output-delaylib; cmake/make-delay-import-lib.sh) in a folder searched before the toolchain's. MSVC (the
# native route, not built here): /DELAYLOAD for each DLL and delayimp.lib.

# Every system import library the program and its static Qt link, but kernel32, msvcrt and the API sets (Qt's
# runtimeobject and synchronization: api-ms-win-core-winrt-*, api-ms-win-core-synch-*). An API set name is not a file:
# the loader maps it to its host DLL through the API set schema ("API set loader operation" on learn.microsoft.com),
# so nothing beside the program can stand in for it; and one import library covering several of them cannot be
# remade by dlltool as one delay library. A library missing from here shows up as a load-time import and fails
# windows_import_floor.
set(MARS_DELAY_LOADED_LIBRARIES
  advapi32 authz bcrypt comdlg32 crypt32 d3d11 d3d9 dnsapi dwmapi dwrite dxgi gdi32 imm32 iphlpapi mpr ncrypt
  netapi32 ole32 oleaut32 rpcrt4 secur32 setupapi shcore shell32 shlwapi user32 userenv uxtheme version winhttp
  wevtapi winmm wintrust ws2_32 wtsapi32)

# The delay-import libraries, made once per build tree from the toolchain's import libraries (remade when one of
# those or the script changes), and searched before the toolchain's own folder, so that -luser32 (Qt's link line
# names them so) finds the delay form. No hook: mars_load_system_dlls_from_system32 adds it.
function(mars_link_delay_import_libraries target)
  if(MSVC)
    foreach(library ${MARS_DELAY_LOADED_LIBRARIES})
      target_link_options(${target} PRIVATE /DELAYLOAD:${library}.dll)
    endforeach()
    target_link_libraries(${target} PRIVATE delayimp)
    return()
  endif()
  if(NOT MINGW)
    message(FATAL_ERROR "mars_link_delay_import_libraries: MinGW or MSVC only")
  endif()
  set(folder ${CMAKE_BINARY_DIR}/delay-import-libraries)
  if(NOT TARGET mars_delay_import_libraries)
    find_program(MARS_DLLTOOL NAMES ${CMAKE_CXX_COMPILER_TARGET}-dlltool x86_64-w64-mingw32-dlltool dlltool REQUIRED)
    set(made "")
    foreach(library ${MARS_DELAY_LOADED_LIBRARIES})
      execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=lib${library}.a
                      OUTPUT_VARIABLE source OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(NOT IS_ABSOLUTE "${source}" OR NOT EXISTS "${source}")
        message(FATAL_ERROR "lib${library}.a: not found by ${CMAKE_CXX_COMPILER}")
      endif()
      add_custom_command(OUTPUT ${folder}/lib${library}.a
        COMMAND ${CMAKE_COMMAND} -E make_directory ${folder}
        COMMAND ${PROJECT_SOURCE_DIR}/cmake/make-delay-import-lib.sh ${CMAKE_NM} ${CMAKE_AR} ${MARS_DLLTOOL}
                ${source} ${folder}/lib${library}.a
        DEPENDS ${PROJECT_SOURCE_DIR}/cmake/make-delay-import-lib.sh ${source}
        COMMENT "Delay-import library for ${library}" VERBATIM)
      list(APPEND made ${folder}/lib${library}.a)
    endforeach()
    add_custom_target(mars_delay_import_libraries DEPENDS ${made})
    set_property(GLOBAL PROPERTY MARS_DELAY_IMPORT_LIBRARY_FILES ${made})
  endif()
  get_property(made GLOBAL PROPERTY MARS_DELAY_IMPORT_LIBRARY_FILES)
  add_dependencies(${target} mars_delay_import_libraries)
  target_link_directories(${target} BEFORE PRIVATE ${folder})
  # -l libraries are not dependencies to Ninja: a remade one must relink the program.
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${made})
endfunction()

# The shipped programs: delay-import libraries, and the hook that loads each of those DLLs from System32 alone.
function(mars_load_system_dlls_from_system32 target)
  mars_link_delay_import_libraries(${target})
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/app/SystemDllsFromSystem32.cpp)
endfunction()
