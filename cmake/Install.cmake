# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` lays out, in the FHS places GNUInstallDirs names (with the prefix /usr,
# as the Debian package uses: bin/, share/applications, share/metainfo, share/icons/hicolor,
# share/man/man1). The translations (.qm) and the report style sheet are compiled into the
# binaries as Qt resources (translations/CMakeLists.txt, core/report/CMakeLists.txt), so there
# is no data folder to install and nothing the app has to find at run time.
# Layout as KeePassXC and qBittorrent ship it: reverse-DNS id for desktop file, metainfo and icon.
include(GNUInstallDirs)

# `make install` and CPack's preinstall step would otherwise build every test and benchmark first;
# what is installed is only the two programs, which scripts/package.sh builds before cpack.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY TRUE)

set(BOUNCELENS_APP_ID io.github.bouncelens.BounceLens)

install(TARGETS bouncelens bouncelens-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES ${PROJECT_SOURCE_DIR}/resources/${BOUNCELENS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${BOUNCELENS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Icon theme spec: scalable/apps for the SVG, NxN/apps for each rendered size
# (PNGs made by scripts/render_icons.sh from the SVG and committed).
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${BOUNCELENS_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${size}x${size}/${BOUNCELENS_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

install(FILES ${PROJECT_SOURCE_DIR}/docs/man/bouncelens.1 ${PROJECT_SOURCE_DIR}/docs/man/bouncelens-cli.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Debian names the doc folder after the package (policy 12.3), not after the CMake project.
install(FILES ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bouncelens)
# Debian policy 12.5: every package ships its licence terms as /usr/share/doc/<package>/copyright,
# in the machine-readable format 1.0 (https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/).
install(FILES ${PROJECT_SOURCE_DIR}/resources/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bouncelens)
