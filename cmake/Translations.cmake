# English is the source language (the text in the code); zh_CN is the article's. Each library keeps its own
# catalogue in its own folder (<folder>/translations/<target>_zh_CN.ts), made from its own folder's sources, as
# Syncthing Tray does: a text belongs to the library that says it, and no library scans another's code.
# `msg()` (checks/Message.h) is tr() for lupdate: it returns the text as data, translated when it is shown.
# Cross builds use the host's Linguist tools (Debian's qt6-l10n-tools): the Windows Qt has none of its own.
if(CMAKE_CROSSCOMPILING AND NOT Qt6LinguistTools_DIR)
  set(Qt6LinguistTools_DIR /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools)
endif()
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

# The catalogue of `target`, from the sources in the calling folder (not its tests): compiled into the target as :/i18n/<target>_zh_CN.qm.
function(mars_add_translations target)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  list(FILTER sources EXCLUDE REGEX "/tests/")  # the library's tests beside it say nothing a user reads
  qt_add_translations(${target} TS_FILES ${CMAKE_CURRENT_SOURCE_DIR}/translations/${target}_zh_CN.ts SOURCES ${sources}
                      RESOURCE_PREFIX "/i18n" LUPDATE_OPTIONS -no-obsolete -locations none -tr-function-alias tr+=msg)
endfunction()
