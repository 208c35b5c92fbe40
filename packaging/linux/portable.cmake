# The portable .tar.gz: the same files as the .deb plus, in the "portable" component (only
# the TGZ generator installs it, see packaging/CPackPerGenerator.cmake), the Qt and QtKeychain
# libraries and Qt's plugins, a qt.conf that points Qt at them and a launcher per program that
# puts lib/ on the library path. It needs only the base system (glibc, X11/xcb, fontconfig,
# OpenSSL, D-Bus, libsecret), not Qt.
install(FILES ${FC_LINUX_DIR}/portable/qt.conf DESTINATION bin
        COMPONENT portable EXCLUDE_FROM_ALL)
foreach(program fansly-connect fansly-connect-cli fansly-connect-simulator)
  configure_file(${FC_LINUX_DIR}/portable/launcher.sh.in
                 ${CMAKE_CURRENT_BINARY_DIR}/portable/${program} @ONLY)
  install(PROGRAMS ${CMAKE_CURRENT_BINARY_DIR}/portable/${program} DESTINATION .
          COMPONENT portable EXCLUDE_FROM_ALL)
endforeach()
install(FILES ${FC_LINUX_DIR}/portable/README.txt DESTINATION .
        COMPONENT portable EXCLUDE_FROM_ALL)

# Qt's plugins this app loads: the X11 and offscreen platforms, TLS (HTTPS needs it), input
# methods, image formats, network reachability. Qt says where they are (Debian ships no
# CMake targets for its plugins).
get_target_property(FC_QMAKE Qt6::qmake IMPORTED_LOCATION)
execute_process(COMMAND ${FC_QMAKE} -query QT_INSTALL_PLUGINS OUTPUT_VARIABLE FC_QT_PLUGINS
                OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND ${FC_QMAKE} -query QT_INSTALL_TRANSLATIONS
                OUTPUT_VARIABLE FC_QT_TRANSLATIONS OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
install(CODE "set(FC_QT_PLUGINS \"${FC_QT_PLUGINS}\")
set(FC_QT_TRANSLATIONS \"${FC_QT_TRANSLATIONS}\")
set(FC_PROGRAMS \"$<TARGET_FILE:fansly-connect>;$<TARGET_FILE:fansly-connect-cli>;$<TARGET_FILE:fansly-connect-simulator>\")"
        COMPONENT portable EXCLUDE_FROM_ALL)
install(SCRIPT ${FC_LINUX_DIR}/portable/bundle-qt.cmake COMPONENT portable EXCLUDE_FROM_ALL)
