# Linux: what the .deb, the .rpm and the portable .tar.gz install besides the programs, and
# CPack's settings for each. Included from packaging/CMakeLists.txt; packaging/linux/README.md
# explains the choices and the lintian warnings left.
include(GNUInstallDirs)
set(FC_LINUX_DIR ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(FC_ICON_DIR ${CMAKE_CURRENT_SOURCE_DIR}/icons)

install(FILES ${FC_LINUX_DIR}/app.fansly_connect.FanslyConnect.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${FC_LINUX_DIR}/app.fansly_connect.FanslyConnect.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${FC_ICON_DIR}/fansly-connect.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
  install(FILES ${FC_ICON_DIR}/hicolor/${size}x${size}/fansly-connect.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${FC_LINUX_DIR}/completion/fansly-connect-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME fansly-connect-cli)
install(FILES ${FC_LINUX_DIR}/completion/_fansly-connect-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# Debian wants a copyright file and a compressed changelog in the package's doc folder
# (lintian errors without them); gzip -n keeps the archive free of time stamps.
set(FC_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
                   COMMAND gzip -9n -c ${FC_LINUX_DIR}/changelog > changelog.gz
                   DEPENDS ${FC_LINUX_DIR}/changelog
                   WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR} VERBATIM)
add_custom_target(fc_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${FC_LINUX_DIR}/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
        DESTINATION ${FC_DOC_DIR})

include(${FC_LINUX_DIR}/manpages.cmake)
include(${FC_LINUX_DIR}/portable.cmake)

# --- .deb ---------------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Loaded at run time (dlopen, plugins, translation files), so dpkg-shlibdeps cannot see them:
# QtKeychain dlopens libsecret (without it every keychain call fails with "Unknown error"),
# the platform plugins come with libqt6gui6 and qt6-qpa-plugins, Qt's own translations
# (qtbase_de.qm, for the standard buttons) with qt6-translations-l10n.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# CPack puts the summary first, as the synopsis.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${FC_LONG_DESCRIPTION}")

# --- .rpm ---------------------------------------------------------------------------------
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "${FC_LICENSE}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${FC_LONG_DESCRIPTION}")
# rpm finds the shared libraries itself (AUTOREQ); libsecret is dlopened.
set(CPACK_RPM_PACKAGE_REQUIRES "libsecret")
set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qttranslations")
# No /usr/lib/.build-id links: two packages built from the same sources would both claim them.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Folders other packages own: listing them would make the package claim them and conflict
# with filesystem and the icon theme on install.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps /usr/share/bash-completion
    /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/doc)
foreach(size 16 22 24 32 48 64 128 256 512)
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
       /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# --- .tar.gz ------------------------------------------------------------------------------
# The portable archive also gets the "portable" component (launchers, Qt libraries and
# plugins, qt.conf): packaging/CPackPerGenerator.cmake adds it for TGZ only.
set(CPACK_FC_ARCHIVE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_GENERATOR DEB TGZ)
find_program(FC_RPMBUILD rpmbuild)
if(FC_RPMBUILD)
  list(APPEND CPACK_GENERATOR RPM)
endif()

# Tests of the packaging sources (the installed package is checked by
# packaging/linux/check-packages.sh).
if(FC_BUILD_TESTS)
  find_program(FC_DESKTOP_VALIDATE desktop-file-validate)
  find_program(FC_APPSTREAMCLI appstreamcli)
  if(FC_DESKTOP_VALIDATE AND FC_APPSTREAMCLI)
    add_test(NAME packaging_desktop_file
             COMMAND ${FC_DESKTOP_VALIDATE} ${FC_LINUX_DIR}/app.fansly_connect.FanslyConnect.desktop)
    add_test(NAME packaging_metainfo
             COMMAND ${FC_APPSTREAMCLI} validate --no-net
                     ${FC_LINUX_DIR}/app.fansly_connect.FanslyConnect.metainfo.xml)
  endif()
  add_test(NAME packaging_version
           COMMAND ${CMAKE_COMMAND} -DVERSION=${PROJECT_VERSION}
                   -DMETAINFO=${FC_LINUX_DIR}/app.fansly_connect.FanslyConnect.metainfo.xml
                   -DCHANGELOG=${FC_LINUX_DIR}/changelog
                   -P ${FC_LINUX_DIR}/check-version.cmake)
  add_test(NAME packaging_completion
           COMMAND sh ${FC_LINUX_DIR}/check-completion.sh $<TARGET_FILE:fansly-connect-cli>
                   ${FC_LINUX_DIR}/completion)
  set_tests_properties(packaging_completion PROPERTIES ENVIRONMENT "LC_ALL=C.UTF-8;LANGUAGE=")
endif()
