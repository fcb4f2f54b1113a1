# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source in core/, ui/ or app/ includes through a relative parent path
# ("../auth/X.h"), which would bypass the include roots that enforce the layering.
file(GLOB_RECURSE sources ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp
                          ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
                          ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
set(bad "")
foreach(f ${sources})
    file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<][^\">]*\\.\\./")
    foreach(l ${lines})
        file(RELATIVE_PATH rel ${SOURCE_DIR} ${f})
        string(APPEND bad "  ${rel}: ${l}\n")
    endforeach()
endforeach()
list(LENGTH sources n)
if(bad)
    message(FATAL_ERROR "Relative includes bypass the layering (core/CMakeLists.txt):\n${bad}")
endif()
message(STATUS "${n} sources, no relative include")
