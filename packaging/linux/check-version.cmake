# cmake -DVERSION=X -DMETAINFO=FILE [-DCHANGELOG=FILE] -P check-version.cmake
# The newest release in the AppStream metainfo (and the Debian changelog's top entry) must be
# the version project() sets, so a version bump cannot ship without its release notes.
file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<release[^>]* version=\"([^\"]+)\"")
  message(FATAL_ERROR "${METAINFO}: no <release version=...> found")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "${METAINFO}: the newest release is ${CMAKE_MATCH_1}, but project() "
                      "says ${VERSION}: add a <release> entry first in <releases>")
endif()
if(CHANGELOG)
  file(STRINGS "${CHANGELOG}" top LIMIT_COUNT 1)
  if(NOT top MATCHES "^fansly-connect \\(([^)]+)\\)" OR NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${CHANGELOG}: the top entry is not version ${VERSION}: ${top}")
  endif()
endif()
message(STATUS "metainfo and changelog are at version ${VERSION}")
