# What the Windows program needs beside it, listed once: `cmake --install` into a folder gives the portable
# program, and the MSI and zip are made from that folder. windeployqt does not exist on Linux; this replaces it.
function(mars_deploy_windows target console_target)
  install(TARGETS ${target} ${console_target} RUNTIME DESTINATION .)

  foreach(module Core Gui Widgets Network)
    install(FILES $<TARGET_FILE:Qt6::${module}> DESTINATION .)
  endforeach()
  # Plugins: the Windows platform, the native look, and Schannel for HTTPS (no OpenSSL to ship).
  install(FILES $<TARGET_FILE:Qt6::QWindowsIntegrationPlugin> DESTINATION platforms)
  install(FILES $<TARGET_FILE:Qt6::QWindowsVistaStylePlugin> DESTINATION styles)
  install(FILES $<TARGET_FILE:Qt6::QSchannelBackendPlugin> DESTINATION tls)

  # The mingw-w64 runtime of the posix-thread compilers.
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll OUTPUT_VARIABLE libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libgcc_s_seh-1.dll OUTPUT_VARIABLE libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
  find_file(MARS_WINPTHREAD libwinpthread-1.dll PATHS /usr/x86_64-w64-mingw32/lib NO_DEFAULT_PATH REQUIRED)
  install(FILES ${libstdcxx} ${libgcc} ${MARS_WINPTHREAD} DESTINATION .)

  # Qt's own translations (dialog buttons) for the languages the program speaks; they come from the host's Qt.
  foreach(language zh_CN)
    if(EXISTS /usr/share/qt6/translations/qtbase_${language}.qm)
      install(FILES /usr/share/qt6/translations/qtbase_${language}.qm DESTINATION translations)
    endif()
  endforeach()
  # Tell Qt where its plugins are, relative to the program, whatever the working directory.
  install(CODE "file(WRITE \"\${CMAKE_INSTALL_PREFIX}/qt.conf\" \"[Paths]\\nPrefix = .\\nPlugins = .\\nTranslations = translations\\n\")")
endfunction()
