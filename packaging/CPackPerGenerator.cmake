# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). Only the portable archive
# gets the "portable" component (bundled Qt, launchers); the .deb and .rpm use the system's Qt.
if(CPACK_GENERATOR STREQUAL "TGZ" AND CPACK_FC_ARCHIVE_NAME)
  set(CPACK_PACKAGE_FILE_NAME "${CPACK_FC_ARCHIVE_NAME}")
  set(CPACK_INSTALL_CMAKE_PROJECTS
      "${CPACK_FC_BINARY_DIR};${CPACK_PACKAGE_NAME};ALL;/"
      "${CPACK_FC_BINARY_DIR};${CPACK_PACKAGE_NAME};portable;/")
endif()
