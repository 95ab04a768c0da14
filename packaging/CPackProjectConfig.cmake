# Read by cpack once per generator: /usr is the prefix of the .deb only; the source tarball would
# otherwise nest the whole tree under usr/.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
  unset(CPACK_PACKAGING_INSTALL_PREFIX)
endif()
