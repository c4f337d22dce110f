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

# Every system import library the program and its static Qt link, but kernel32 and msvcrt (API sets among them:
# runtimeobject, synchronization). A library missing from here shows up as a load-time import and fails
# windows_import_floor.
set(MARS_DELAY_LOADED_LIBRARIES
  advapi32 authz bcrypt comdlg32 crypt32 d3d11 d3d9 dnsapi dwmapi dwrite dxgi gdi32 imm32 iphlpapi mpr ncrypt
  netapi32 ole32 oleaut32 rpcrt4 runtimeobject secur32 setupapi shcore shell32 shlwapi synchronization user32
  userenv uxtheme version winhttp winmm wintrust ws2_32 wtsapi32)

function(mars_load_system_dlls_from_system32 target)
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/app/SystemDllsFromSystem32.cpp)
  if(MSVC)
    # /DELAYLOAD takes DLL names; two of the libraries stand for API sets.
    set(dlls ${MARS_DELAY_LOADED_LIBRARIES})
    list(REMOVE_ITEM dlls runtimeobject synchronization)
    list(TRANSFORM dlls APPEND .dll)
    list(APPEND dlls api-ms-win-core-winrt-l1-1-0.dll api-ms-win-core-winrt-string-l1-1-0.dll
         api-ms-win-core-synch-l1-2-0.dll)
    foreach(dll ${dlls})
      target_link_options(${target} PRIVATE /DELAYLOAD:${dll})
    endforeach()
    target_link_libraries(${target} PRIVATE delayimp)
    return()
  endif()
  if(NOT MINGW)
    message(FATAL_ERROR "mars_load_system_dlls_from_system32: MinGW or MSVC only")
  endif()
  set(folder ${CMAKE_BINARY_DIR}/delay-import-libraries)
  # Made again when the list or the script changes.
  file(SHA256 ${PROJECT_SOURCE_DIR}/cmake/make-delay-import-lib.sh script_hash)
  set(made "${MARS_DELAY_LOADED_LIBRARIES};${script_hash}")
  if(NOT "$CACHE{MARS_DELAY_IMPORT_LIBRARIES_MADE}" STREQUAL "${made}")
    find_program(MARS_DLLTOOL NAMES ${CMAKE_CXX_COMPILER_TARGET}-dlltool x86_64-w64-mingw32-dlltool dlltool REQUIRED)
    file(MAKE_DIRECTORY ${folder})
    foreach(library ${MARS_DELAY_LOADED_LIBRARIES})
      execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=lib${library}.a
                      OUTPUT_VARIABLE source OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(NOT IS_ABSOLUTE "${source}" OR NOT EXISTS "${source}")
        message(FATAL_ERROR "lib${library}.a: not found by ${CMAKE_CXX_COMPILER}")
      endif()
      execute_process(COMMAND ${PROJECT_SOURCE_DIR}/cmake/make-delay-import-lib.sh ${CMAKE_NM} ${CMAKE_AR} ${MARS_DLLTOOL}
                              ${source} ${folder}/lib${library}.a
                      RESULT_VARIABLE failed OUTPUT_QUIET ERROR_VARIABLE error)
      if(failed)
        message(FATAL_ERROR "lib${library}.a: no delay-import library: ${error}")
      endif()
    endforeach()
    set(MARS_DELAY_IMPORT_LIBRARIES_MADE "${made}" CACHE INTERNAL "the delay-import libraries made in ${folder}")
  endif()
  # Searched before the toolchain's own folder, so -luser32 (Qt's link line names them so) finds the delay form.
  target_link_directories(${target} BEFORE PRIVATE ${folder})
  # -l libraries are not dependencies to Ninja: a remade one must relink the program.
  set(made_libraries ${MARS_DELAY_LOADED_LIBRARIES})
  list(TRANSFORM made_libraries PREPEND ${folder}/lib)
  list(TRANSFORM made_libraries APPEND .a)
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${made_libraries})
endfunction()
