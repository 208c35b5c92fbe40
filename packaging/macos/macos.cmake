# macOS: the app bundle (Info.plist from project()'s version, the .icns), the CLI and the
# simulator inside it, macdeployqt for Qt's frameworks and plugins (signed when
# FC_CODESIGN_IDENTITY is set), and a DMG (CPack DragNDrop). It cannot be built on the Linux
# CI machine: macos/README.md says how it was checked and what signing and notarisation need.
set(FC_MACOS_DIR ${CMAKE_CURRENT_SOURCE_DIR}/macos)
set(FC_ICNS ${CMAKE_CURRENT_SOURCE_DIR}/icons/fansly-connect.icns)

target_sources(fansly-connect PRIVATE ${FC_ICNS})
# The property must be set where the target lives (app/gui), or the bundle never gets the icon.
set_source_files_properties(${FC_ICNS} TARGET_DIRECTORY fansly-connect
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(fansly-connect PROPERTIES
  MACOSX_BUNDLE_INFO_PLIST ${FC_MACOS_DIR}/Info.plist.in
  MACOSX_BUNDLE_GUI_IDENTIFIER "app.fansly-connect.FanslyConnect"
  MACOSX_BUNDLE_BUNDLE_NAME "Fansly Connect"
  MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
  MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
  MACOSX_BUNDLE_ICON_FILE fansly-connect.icns
  MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Fansly Connect team")

# The app's rules install the CLI and the simulator to bin/. A DMG holds one bundle the user
# drags to Applications, so they move into the bundle, next to the app, where macdeployqt
# points them at the bundle's Qt frameworks; bin/ goes.
get_target_property(FC_QMAKE Qt6::qmake IMPORTED_LOCATION)
get_filename_component(FC_QT_BIN "${FC_QMAKE}" DIRECTORY)
find_program(FC_MACDEPLOYQT macdeployqt HINTS "${FC_QT_BIN}" REQUIRED)
install(CODE "
  set(root \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
  set(macos \"\${root}/fansly-connect.app/Contents/MacOS\")
  foreach(program fansly-connect-cli fansly-connect-simulator)
    file(RENAME \"\${root}/bin/\${program}\" \"\${macos}/\${program}\")
  endforeach()
  file(REMOVE_RECURSE \"\${root}/bin\")
  # Without an identity, sign ad hoc (-): Apple Silicon refuses to run binaries whose
  # signature macdeployqt's rewriting broke.
  set(sign -codesign=-)
  if(NOT \"\$ENV{FC_CODESIGN_IDENTITY}\" STREQUAL \"\")
    set(sign -codesign=\$ENV{FC_CODESIGN_IDENTITY} -hardened-runtime -timestamp)
  endif()
  execute_process(
    COMMAND \"${FC_MACDEPLOYQT}\" \"\${root}/fansly-connect.app\"
            -executable=\${macos}/fansly-connect-cli
            -executable=\${macos}/fansly-connect-simulator \${sign}
    COMMAND_ERROR_IS_FATAL ANY)
  # macdeployqt only logs an rpath it cannot resolve or a failed signature and still exits 0:
  # check the result instead.
  foreach(needed Contents/Frameworks/libqt6keychain.1.dylib Contents/PlugIns/tls
                 Contents/PlugIns/platforms/libqcocoa.dylib)
    if(NOT EXISTS \"\${root}/fansly-connect.app/\${needed}\")
      message(FATAL_ERROR \"macdeployqt left out \${needed}\")
    endif()
  endforeach()
  execute_process(COMMAND codesign --verify --deep --strict \"\${root}/fansly-connect.app\"
                  COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_SOURCE_DIR}/LICENSE.txt)
set(CPACK_DMG_VOLUME_NAME "Fansly Connect")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-macos")
