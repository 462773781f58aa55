# What `cmake --install` lays out, as the Debian packages install it (debian/*.install):
#   bin/jpki-counter          the window                       (package jpki-counter)
#   bin/jpki-card-sim         the virtual card                 (package jpki-card-sim)
#   bin/jpki-counter-cli      a link to libexec/jpki-counter/jpki-counter-cli, which runs
#                             jpki-counter-print from its own (real) folder: the helper that lays
#                             out pages stays out of PATH                (package jpki-counter-cli)
#   share/applications, share/metainfo, share/icons, share/man (English) and share/man/ja.
#   /etc/jpki-counter/jpki-counter.conf (every line commented out: the defaults) and an empty
#   conf.d/ for the drop-ins of each counter PC                   (package jpki-counter)
# The translations and the letter templates are compiled into the programs: nothing to install.
include(GNUInstallDirs)

set(JPKI_PRIVATE_PROGRAM_DIR ${CMAKE_INSTALL_LIBEXECDIR}/jpki-counter)

install(TARGETS jpki-counter jpki-card-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS jpki-counter-cli jpki-counter-print RUNTIME DESTINATION ${JPKI_PRIVATE_PROGRAM_DIR})
file(RELATIVE_PATH JPKI_CLI_LINK_TARGET
    /prefix/${CMAKE_INSTALL_BINDIR} /prefix/${JPKI_PRIVATE_PROGRAM_DIR}/jpki-counter-cli)
install(CODE "
    set(link \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/jpki-counter-cli\")
    message(STATUS \"Installing: \${link} -> ${JPKI_CLI_LINK_TARGET}\")
    file(CREATE_LINK \"${JPKI_CLI_LINK_TARGET}\" \"\${link}\" SYMBOLIC)")

# The administrator's settings of every counter (docs/deployment.md): a conffile of the package.
install(FILES ${PROJECT_SOURCE_DIR}/resources/jpki-counter.conf
    DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/jpki-counter)
install(DIRECTORY DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/jpki-counter/conf.d)

set(JPKI_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)
install(FILES ${JPKI_DESKTOP_DIR}/jpki-counter.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${JPKI_DESKTOP_DIR}/jp.jpki_counter.counter.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${JPKI_DESKTOP_DIR}/jpki-counter.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The icon's PNG sizes, rendered from the SVG at build time (rsvg-convert, Debian's librsvg2-bin).
# Off by default, so that a developer's build needs no renderer; the packages turn it on.
option(JPKI_INSTALL_PNG_ICONS "Render the icon's PNG sizes with rsvg-convert and install them" OFF)
if(JPKI_INSTALL_PNG_ICONS)
    find_program(JPKI_RSVG_CONVERT rsvg-convert REQUIRED)
    set(icon_files)
    foreach(size 16 22 24 32 48 64 128 256)
        set(icon ${CMAKE_BINARY_DIR}/icons/${size}x${size}/jpki-counter.png)
        add_custom_command(OUTPUT ${icon}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
            COMMAND ${JPKI_RSVG_CONVERT} -w ${size} -h ${size} -o ${icon}
                ${JPKI_DESKTOP_DIR}/jpki-counter.svg
            DEPENDS ${JPKI_DESKTOP_DIR}/jpki-counter.svg
            VERBATIM)
        list(APPEND icon_files ${icon})
        install(FILES ${icon}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(jpki_png_icons ALL DEPENDS ${icon_files})
endif()

# Man pages: English in man1, Japanese in ja/man1.
foreach(page jpki-counter jpki-counter-cli jpki-card-sim)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/man/${page}.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/man/ja/${page}.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/ja/man1)
endforeach()
