# Install-time script (portable component): copies Qt's plugins and the libraries the
# programs and plugins need that a base system lacks into ${CMAKE_INSTALL_PREFIX}/plugins
# and /lib. Set before it runs: FC_QT_PLUGINS, FC_QT_TRANSLATIONS (Qt's folders), FC_PROGRAMS.
set(plugins "${FC_QT_PLUGINS}")
set(dest "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")

set(modules)
foreach(platform libqxcb.so libqoffscreen.so libqminimal.so)
  list(APPEND modules "${plugins}/platforms/${platform}")
endforeach()
foreach(folder tls xcbglintegrations platforminputcontexts imageformats networkinformation)
  file(GLOB found "${plugins}/${folder}/*.so")
  list(APPEND modules ${found})
endforeach()
foreach(module IN LISTS modules)
  get_filename_component(folder "${module}" DIRECTORY)
  get_filename_component(folder "${folder}" NAME)
  file(INSTALL "${module}" DESTINATION "${dest}/plugins/${folder}")
endforeach()

# Bundle Qt, QtKeychain and the libraries Qt brings that are not in a base system; the rest
# (glibc, X11, fontconfig, OpenSSL, ...) comes from the system, as for any desktop program.
file(GET_RUNTIME_DEPENDENCIES
     EXECUTABLES ${FC_PROGRAMS}
     MODULES ${modules}
     RESOLVED_DEPENDENCIES_VAR resolved
     UNRESOLVED_DEPENDENCIES_VAR unresolved
     PRE_INCLUDE_REGEXES "^libQt6" "^libqt6keychain" "^libicu" "^libdouble-conversion"
                         "^libb2" "^libpcre2-16" "^libmd4c"
     PRE_EXCLUDE_REGEXES ".*")
foreach(library IN LISTS resolved)
  file(INSTALL "${library}" DESTINATION "${dest}/lib" FOLLOW_SYMLINK_CHAIN)
endforeach()

# Qt's own translations (the standard buttons); qt.conf points Qt here.
file(GLOB qm "${FC_QT_TRANSLATIONS}/qtbase_*.qm")
if(qm)
  file(INSTALL ${qm} DESTINATION "${dest}/translations")
endif()
