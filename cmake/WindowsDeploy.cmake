# What the Windows program needs beside it, listed once: `cmake --install` into a folder gives the portable
# program, and the MSI and zip are made from that folder. windeployqt does not exist on Linux; this replaces it (on
# Windows too, so both builds ship the same files).
# `elevated_target` (app/elevated) copies exactly the files the program needs to run, and no other, before starting it
# elevated: the list is collected here, as the files are installed, and compiled into it (ElevatedFiles.h).
function(mars_deploy_windows target console_target elevated_target)
  install(TARGETS ${target} ${console_target} ${elevated_target} RUNTIME DESTINATION .)
  set(files "$<TARGET_FILE_NAME:${target}>")
  set(folders platforms styles tls)

  foreach(module Core Gui Widgets Network)
    install(FILES $<TARGET_FILE:Qt6::${module}> DESTINATION .)
    list(APPEND files "$<TARGET_FILE_NAME:Qt6::${module}>")
  endforeach()
  # Plugins: the Windows platform, the native look, and Schannel for HTTPS (no OpenSSL to ship).
  install(FILES $<TARGET_FILE:Qt6::QWindowsIntegrationPlugin> DESTINATION platforms)
  install(FILES $<TARGET_FILE:Qt6::QWindowsVistaStylePlugin> DESTINATION styles)
  install(FILES $<TARGET_FILE:Qt6::QSchannelBackendPlugin> DESTINATION tls)
  list(APPEND files "platforms/$<TARGET_FILE_NAME:Qt6::QWindowsIntegrationPlugin>"
       "styles/$<TARGET_FILE_NAME:Qt6::QWindowsVistaStylePlugin>" "tls/$<TARGET_FILE_NAME:Qt6::QSchannelBackendPlugin>")

  # The compiler's runtime DLLs, and Qt's own translations (dialog buttons) for the languages the program speaks.
  # Cross build (the one built and tested here, scripts/build-windows.sh): Debian's mingw-w64 posix-thread runtime,
  # and the host Qt's translations (the same Qt version). Native Windows build (not built here): the MinGW kit's
  # runtime, or with MSVC the Visual C++ runtime DLLs CMake knows (InstallRequiredSystemLibraries); the translations
  # of the Qt it builds against.
  set(runtimes "")
  if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_SKIP ON)
    include(InstallRequiredSystemLibraries)
    set(runtimes ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS})
  else()
    foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
      execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll} OUTPUT_VARIABLE found OUTPUT_STRIP_TRAILING_WHITESPACE)
      if(NOT IS_ABSOLUTE "${found}" AND CMAKE_CROSSCOMPILING)
        find_file(found_${dll} ${dll} PATHS /usr/x86_64-w64-mingw32/lib NO_DEFAULT_PATH REQUIRED)
        set(found ${found_${dll}})
      elseif(NOT IS_ABSOLUTE "${found}")
        get_filename_component(compiler_dir ${CMAKE_CXX_COMPILER} DIRECTORY)
        set(found ${compiler_dir}/${dll})
      endif()
      if(NOT EXISTS "${found}")
        message(FATAL_ERROR "${dll}: not found beside the compiler (${CMAKE_CXX_COMPILER})")
      endif()
      list(APPEND runtimes ${found})
    endforeach()
  endif()
  install(FILES ${runtimes} DESTINATION .)
  foreach(runtime ${runtimes})
    get_filename_component(name ${runtime} NAME)
    list(APPEND files ${name})
  endforeach()

  if(CMAKE_CROSSCOMPILING)
    set(qt_translations /usr/share/qt6/translations)
  else()
    set(qt_translations ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS})
  endif()
  foreach(language zh_CN)
    if(EXISTS ${qt_translations}/qtbase_${language}.qm)
      install(FILES ${qt_translations}/qtbase_${language}.qm DESTINATION translations)
      list(APPEND files translations/qtbase_${language}.qm)
      set(translations translations)
    endif()
  endforeach()
  list(APPEND folders ${translations})

  # The licenses, beside the program (the MSI and the zip are made from this folder): the program's, the third-party
  # notices (also compiled into the About box, resources/notices), the LGPL-3.0 and the GPL-3.0 it builds on (Qt's
  # license, whose compliance needs both texts; the GCC runtime's GPL-3.0), taken from the build machine rather than
  # pasted into the repository, and the patches this Qt was built with (part of its corresponding source).
  set(license_texts_dir /usr/share/common-licenses CACHE PATH "Folder holding the LGPL-3 and GPL-3 texts (Debian's)")
  foreach(text LGPL-3 GPL-3)
    if(NOT EXISTS ${license_texts_dir}/${text})
      message(FATAL_ERROR "${text}: not in ${license_texts_dir} (set license_texts_dir to a folder holding it)")
    endif()
    install(FILES ${license_texts_dir}/${text} DESTINATION licenses RENAME ${text}.0.txt)
    list(APPEND files licenses/${text}.0.txt)
  endforeach()
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/notices/THIRD-PARTY-NOTICES.txt DESTINATION .)
  list(APPEND files LICENSE.txt THIRD-PARTY-NOTICES.txt)
  file(GLOB qt_patches ${PROJECT_SOURCE_DIR}/scripts/qt-patches/*.patch)
  install(FILES ${qt_patches} DESTINATION licenses/qt-patches)
  foreach(patch ${qt_patches})
    get_filename_component(name ${patch} NAME)
    list(APPEND files licenses/qt-patches/${name})
  endforeach()
  list(APPEND folders licenses licenses/qt-patches)
  list(APPEND files qt.conf)
  # Tell Qt where its plugins are, relative to the program, whatever the working directory.
  install(CODE "file(WRITE \"\${CMAKE_INSTALL_PREFIX}/qt.conf\" \"[Paths]\\nPrefix = .\\nPlugins = .\\nTranslations = translations\\n\")")

  # The starter's list, as C++: backslashes, as Windows paths.
  set(file_rows "")
  foreach(file ${files})
    string(REPLACE "/" "\\\\" file "${file}")
    string(APPEND file_rows "    L\"${file}\",\n")
  endforeach()
  set(folder_rows "")
  foreach(folder ${folders})
    string(APPEND folder_rows "    L\"${folder}\",\n")
  endforeach()
  file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/elevated/ElevatedFiles.h CONTENT
"#pragma once
// Generated by cmake/WindowsDeploy.cmake from the install rules: the program's own files, relative to its folder.
namespace mars::elevated {
inline constexpr const wchar_t* programName = L\"$<TARGET_FILE_NAME:${target}>\";
inline constexpr const wchar_t* programFolders[] = {
${folder_rows}};
inline constexpr const wchar_t* programFiles[] = {
${file_rows}};
}  // namespace mars::elevated
")
  target_include_directories(${elevated_target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/elevated)
  # The probe as LocalSystem copies the same files (app/SystemProbeProgram.cpp).
  target_include_directories(mars_app_core PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/elevated)
  target_compile_definitions(mars_app_core PRIVATE MARS_HAVE_ELEVATED_FILES)
endfunction()
