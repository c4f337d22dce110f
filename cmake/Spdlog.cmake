# spdlog: Debian's compiled library natively. For the Windows cross build the same headers are used header-only
# (with fmt header-only too), reached through a private include dir so mingw never sees the host's /usr/include.
if(CMAKE_CROSSCOMPILING)
  set(_mars_host_headers ${CMAKE_BINARY_DIR}/host-headers)
  file(MAKE_DIRECTORY ${_mars_host_headers})
  foreach(dir spdlog fmt)
    file(CREATE_LINK /usr/include/${dir} ${_mars_host_headers}/${dir} SYMBOLIC)
  endforeach()
  add_library(mars_spdlog INTERFACE)
  target_include_directories(mars_spdlog SYSTEM INTERFACE ${_mars_host_headers})
  # Wide file names: a log under a Chinese user name must open on Windows, whatever the ANSI code page.
  target_compile_definitions(mars_spdlog INTERFACE SPDLOG_HEADER_ONLY SPDLOG_FMT_EXTERNAL FMT_HEADER_ONLY SPDLOG_WCHAR_FILENAMES)
else()
  find_package(spdlog REQUIRED)
  add_library(mars_spdlog INTERFACE)
  target_link_libraries(mars_spdlog INTERFACE spdlog::spdlog)
endif()
