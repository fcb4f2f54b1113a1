# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package from CPack: `cpack -G DEB` in the build folder (scripts/package.sh does it all).
# Runtime dependencies come from dpkg-shlibdeps (apt-get install dpkg-dev) reading the ELF
# NEEDED entries of both binaries; what is loaded as a plugin at run time (not linked) and so
# invisible to dpkg-shlibdeps is named by hand below.
set(CPACK_PACKAGE_NAME bouncelens)
set(CPACK_PACKAGE_VENDOR "The BounceLens developers")
set(CPACK_PACKAGE_CONTACT "The BounceLens developers <bouncelens@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "explains why an email bounced and what to do about it")
set(CPACK_PACKAGE_DESCRIPTION
    "BounceLens reads a bounce message, one SMTP error line or a domain, explains the status code,
asks the DNS (SPF, DKIM, DMARC, MX, reverse DNS, blocklists) and ranks the likely causes with
concrete fixes. The package holds the desktop app (bouncelens) and the command line tool
(bouncelens-cli, text or JSON output).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/bouncelens/bouncelens")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr) # everything under /usr, whatever CMAKE_INSTALL_PREFIX says
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # bouncelens_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads with dlopen: the X11 platform plugin lives in libqt6gui6 (pulled in by
# shlibdeps), the SQLite driver for the history (ui/HistoryStore) does not.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# libpsl prefers the system's public suffix list over its built-in copy (core/auth/common/PublicSuffix).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "publicsuffix")

include(CPack)
