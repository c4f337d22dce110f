# What the Windows program ships, listed once: `cmake --install` into a folder gives the portable program, and the MSI
# and zip are made from that folder.
# The program is one file: MarsSetupDoctor.exe, with Qt linked statically (its Windows platform, native style and
# Schannel TLS plugins, and its Chinese translation, inside), because a user who gets it in a support email
# double-clicks it inside the zip, where Explorer extracts that file alone. MarsSetupDoctor.com, its console twin for
# scripts, is a second complete program beside it. Beside them: only the licenses.
include(DelayLoad)

function(mars_deploy_windows target console_target)
  get_target_property(qt_core_type Qt6::Core TYPE)
  if(NOT qt_core_type STREQUAL "STATIC_LIBRARY")
    message(FATAL_ERROR "The Windows program is one exe: it needs a static Qt (scripts/build-qt-mingw.sh builds one); "
                        "Qt6::Core here is a ${qt_core_type}")
  endif()
  install(TARGETS ${target} ${console_target} RUNTIME DESTINATION .)

  foreach(program ${target} ${console_target})
    # Static plugins: only these three are linked in (Qt would add image formats and network information too).
    qt_import_plugins(${program}
      INCLUDE_BY_TYPE platforms Qt6::QWindowsIntegrationPlugin styles Qt6::QWindowsVistaStylePlugin
                      tls Qt6::QSchannelBackendPlugin
      EXCLUDE_BY_TYPE imageformats networkinformation)
    # The compiler's runtime linked in too: a runtime DLL would have to sit beside the exe.
    if(MINGW)
      target_link_options(${program} PRIVATE -static -static-libgcc -static-libstdc++)
    elseif(MSVC)
      set_target_properties(${program} PROPERTIES MSVC_RUNTIME_LIBRARY MultiThreaded)
    endif()
    mars_load_system_dlls_from_system32(${program})
  endforeach()
  # No qt.conf and no plugin folder: a static Qt looks for no plugin on disk (QFactoryLoader::update() scans the
  # library paths only in a shared Qt, qfactoryloader.cpp), so a plugin planted beside the program is never loaded.
  target_compile_definitions(mars_app_core PRIVATE MARS_SINGLE_FILE_PROGRAM)

  # Qt's own translations (dialog buttons) for the languages the program speaks, compiled in beside the program's own
  # (":/i18n"). Cross build (the one built and tested here): the host Qt's, the same Qt version; native Windows
  # build (not built here): those of the Qt it builds against.
  if(CMAKE_CROSSCOMPILING)
    set(qt_translations /usr/share/qt6/translations)
  else()
    set(qt_translations ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS})
  endif()
  foreach(language zh_CN)
    if(NOT EXISTS ${qt_translations}/qtbase_${language}.qm)
      message(FATAL_ERROR "qtbase_${language}.qm: not in ${qt_translations} (Debian: qt6-translations-l10n)")
    endif()
    foreach(program ${target} ${console_target})
      qt_add_resources(${program} qt_translations_${language} PREFIX /i18n BASE ${qt_translations}
                       FILES ${qt_translations}/qtbase_${language}.qm)
    endforeach()
  endforeach()

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
  endforeach()
  # Qt's own third-party code (FreeType, HarfBuzz, PCRE2, libpng, zlib, double-conversion, md4c, ...) and the mingw-w64
  # runtime are linked in: Debian's copyright files for the qt6-base source this Qt is built from and for mingw-w64
  # give each part's notice and license text. Installed, and compiled into both programs for the About box (the exe
  # alone must carry its notices).
  set(qt_copyright /usr/share/doc/libqt6core6/copyright CACHE FILEPATH "Debian's copyright file of qt6-base")
  set(mingw_copyright /usr/share/doc/mingw-w64-common/copyright CACHE FILEPATH "Debian's copyright file of mingw-w64")
  set(copyrights "")
  foreach(pair "${qt_copyright}=qt6-base-copyright.txt" "${mingw_copyright}=mingw-w64-copyright.txt")
    string(REPLACE "=" ";" pair "${pair}")
    list(GET pair 0 from)
    list(GET pair 1 name)
    if(NOT EXISTS ${from})
      message(FATAL_ERROR "${from}: missing (Debian: libqt6core6, mingw-w64-common)")
    endif()
    configure_file(${from} ${CMAKE_BINARY_DIR}/notices/${name} COPYONLY)
    list(APPEND copyrights ${CMAKE_BINARY_DIR}/notices/${name})
  endforeach()
  install(FILES ${copyrights} DESTINATION licenses)
  foreach(program ${target} ${console_target})
    qt_add_resources(${program} linked_copyrights PREFIX /notices BASE ${CMAKE_BINARY_DIR}/notices FILES ${copyrights})
  endforeach()
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/notices/THIRD-PARTY-NOTICES.txt DESTINATION .)
  file(GLOB qt_patches ${PROJECT_SOURCE_DIR}/scripts/qt-patches/*.patch)
  install(FILES ${qt_patches} DESTINATION licenses/qt-patches)
endfunction()
