# Windows: a version resource and the icon in both programs, windeployqt for Qt's DLLs and
# plugins, the MSVC runtime and QtKeychain next to them, and CPack WiX (an MSI with a
# Start-menu entry; uninstalling is Windows' own, under Settings > Apps) plus a portable zip.
# It cannot be built on the Linux CI machine: windows/README.md says how it was checked.
set(FC_WINDOWS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/windows)
set(FC_ICO ${CMAKE_CURRENT_SOURCE_DIR}/icons/fansly-connect.ico)

# VERSIONINFO wants the version as four numbers.
set(FC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
foreach(program fansly-connect fansly-connect-cli fansly-connect-simulator)
  if(program STREQUAL "fansly-connect")
    set(FC_FILE_DESCRIPTION "Fansly Connect")
  elseif(program STREQUAL "fansly-connect-cli")
    set(FC_FILE_DESCRIPTION "Fansly Connect command-line client")
  else()
    set(FC_FILE_DESCRIPTION "Fansly Connect practice simulator")
  endif()
  set(FC_PROGRAM ${program})
  configure_file(${FC_WINDOWS_DIR}/version.rc.in ${CMAKE_CURRENT_BINARY_DIR}/${program}.rc @ONLY)
  target_sources(${program} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${program}.rc)
endforeach()

# The MSVC runtime DLLs, next to the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
# QtKeychain (built with the Credential Manager backend, see .github/workflows/release.yml).
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION bin)

# windeployqt copies the Qt DLLs, the platform, style and TLS (Schannel) plugins and Qt's
# translations next to the programs in the install tree (so into CPack's staging tree too).
get_target_property(FC_QMAKE Qt6::qmake IMPORTED_LOCATION)
get_filename_component(FC_QT_BIN "${FC_QMAKE}" DIRECTORY)
find_program(FC_WINDEPLOYQT windeployqt HINTS "${FC_QT_BIN}" REQUIRED)
install(CODE "
  set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
  execute_process(
    COMMAND \"${FC_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
            --no-system-d3d-compiler --dir \"\${bin}\"
            \"\${bin}/fansly-connect.exe\" \"\${bin}/fansly-connect-cli.exe\"
            \"\${bin}/fansly-connect-simulator.exe\"
    COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR WIX ZIP)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE.txt)
# Never change: it is how a newer MSI finds and replaces an older one.
set(CPACK_WIX_UPGRADE_GUID "05F7F3A5-251E-4DA9-BF47-BCF8818F4399")
set(CPACK_WIX_PRODUCT_ICON ${FC_ICO})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Fansly Connect")
# Start-menu entry for the app (CPACK_PACKAGE_EXECUTABLES, set in packaging/CMakeLists.txt).
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-windows-x64")
