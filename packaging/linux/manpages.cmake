# Man pages for the three programs, made at build time by help2man from their own --help and
# --version, so they cannot drift from the programs. Without help2man the packages would ship
# no man pages: configuring fails instead (packagers: apt-get install help2man).
find_program(FC_HELP2MAN help2man)
if(NOT FC_HELP2MAN)
  message(FATAL_ERROR "help2man is needed for the man pages (apt-get install help2man)")
endif()

set(FC_MAN_PAGES)
function(fc_man_page target name)
  set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${target}.1)
  set(out ${page}.gz)
  # The C locale: the help is translated, the man page is the English one. No leak report
  # from a sanitizer build's exit may fail it.
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
            ASAN_OPTIONS=detect_leaks=0
            ${FC_HELP2MAN} --no-info --name=${name}
            --include=${FC_LINUX_DIR}/man/${target}.h2m --output=${page} $<TARGET_FILE:${target}>
    # Packages carry man pages compressed; -n keeps the time stamp out.
    COMMAND gzip -9nf ${page}
    DEPENDS ${target} ${FC_LINUX_DIR}/man/${target}.h2m
    VERBATIM)
  set(FC_MAN_PAGES ${FC_MAN_PAGES} ${out} PARENT_SCOPE)
endfunction()

fc_man_page(fansly-connect "connect creators' Fansly accounts to OnlyFansAPI (desktop app)")
fc_man_page(fansly-connect-cli "connect creators' Fansly accounts to OnlyFansAPI from a terminal")
fc_man_page(fansly-connect-simulator "practice simulator of the OnlyFansAPI Fansly endpoints")
add_custom_target(fc_man_pages ALL DEPENDS ${FC_MAN_PAGES})
install(FILES ${FC_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
