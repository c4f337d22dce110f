# English is the source language (the text in the code); zh_CN is the article's. lupdate scans every library.
# `msg()` (checks/Message.h) is tr() for lupdate: it returns the text as data, translated when it is shown.
# Cross builds use the host's Linguist tools (Debian's qt6-l10n-tools): the Windows Qt has none of its own.
if(CMAKE_CROSSCOMPILING AND NOT Qt6LinguistTools_DIR)
  set(Qt6LinguistTools_DIR /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools)
endif()
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(MARS_TS_FILES ${PROJECT_SOURCE_DIR}/translations/mars_setup_doctor_zh_CN.ts)

function(mars_add_translations target)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/wizard/*.cpp ${PROJECT_SOURCE_DIR}/checks/*.cpp
       ${PROJECT_SOURCE_DIR}/checks/*.h ${PROJECT_SOURCE_DIR}/wizard/*.h)
  qt_add_translations(${target} TS_FILES ${MARS_TS_FILES} SOURCES ${sources} RESOURCE_PREFIX "/i18n"
                      LUPDATE_OPTIONS -no-obsolete -locations none -tr-function-alias tr+=msg)
endfunction()
