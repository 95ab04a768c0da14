# Builds the .deb with cpack into WORK_DIR and checks its file list and control fields with dpkg-deb.
# Arguments: CPACK, CPACK_CONFIG, WORK_DIR, EXPECTED_FILES ("|"-separated paths without "./"),
# EXPECTED_VERSION.
cmake_minimum_required(VERSION 3.25)

function(fail message)
  message(FATAL_ERROR "deb_contents: ${message}")
endfunction()

foreach(arg CPACK CPACK_CONFIG WORK_DIR EXPECTED_FILES EXPECTED_VERSION)
  if(NOT DEFINED ${arg})
    fail("missing -D${arg}=...")
  endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CPACK}" --config "${CPACK_CONFIG}" -B "${WORK_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  fail("cpack failed (${rc}):\n${out}")
endif()

file(GLOB debs "${WORK_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  fail("expected one .deb in ${WORK_DIR}, found ${count}:\n${out}")
endif()

# CPACK_DEBIAN_FILE_NAME DEB-DEFAULT: <name>_<version>_<arch>.deb, as dpkg-name would call it.
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)
get_filename_component(deb_name "${debs}" NAME)
if(NOT deb_name STREQUAL "lever-console_${EXPECTED_VERSION}_${arch}.deb")
  fail("unexpected file name ${deb_name}")
endif()

execute_process(COMMAND dpkg-deb -c "${debs}" RESULT_VARIABLE rc OUTPUT_VARIABLE listing ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  fail("dpkg-deb -c failed: ${err}")
endif()
string(REPLACE "|" ";" expected "${EXPECTED_FILES}")
foreach(path IN LISTS expected)
  string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${path}")
  if(NOT listing MATCHES " \\./${pattern}(\n|$)")
    fail("${path} is missing from the package; it holds:\n${listing}")
  endif()
endforeach()
if(NOT listing MATCHES "-rwxr-xr-x [^\n]* \\./usr/bin/lever-sandbox\n")
  fail("usr/bin/lever-sandbox is not installed as an executable:\n${listing}")
endif()
if(listing MATCHES " \\./(usr/local|home|root|tmp|build)/")
  fail("the package installs outside /usr:\n${listing}")
endif()

foreach(field Package Version Architecture Maintainer Section Homepage Description Depends)
  execute_process(COMMAND dpkg-deb -f "${debs}" ${field} RESULT_VARIABLE rc OUTPUT_VARIABLE value
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0 OR value STREQUAL "")
    fail("control field ${field} is missing")
  endif()
  set(control_${field} "${value}")
endforeach()
if(NOT control_Package STREQUAL "lever-console" OR NOT control_Version STREQUAL "${EXPECTED_VERSION}"
   OR NOT control_Architecture STREQUAL "${arch}")
  fail("unexpected identity ${control_Package} ${control_Version} ${control_Architecture}")
endif()
# libqt6core6 can only come from dpkg-shlibdeps; libqt6sql6-sqlite is the hand-listed plugin.
foreach(dependency libc6 libqt6core6 libqt6sql6-sqlite)
  if(NOT control_Depends MATCHES "(^|, )${dependency}( |,|$)")
    fail("Depends lacks ${dependency}: ${control_Depends}")
  endif()
endforeach()
message(STATUS "deb_contents: ${deb_name} Depends: ${control_Depends}")
