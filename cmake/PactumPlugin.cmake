# pactum_add_plugin(<name> SOURCES <files>... [OUTPUT_DIRECTORY <dir>])
#
# Builds a Pactum plugin: a MODULE library named <name>.so, hidden visibility, C++20, linked
# against the Pactum SDK. In-tree plugins use this same function, so they are built exactly
# like an out-of-tree one. The SDK target carries the flags that enter the build id
# (sanitizers), so a plugin built with this function matches the pactum it was built against.
function(pactum_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "OUTPUT_DIRECTORY" "SOURCES")
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "pactum_add_plugin(${name}): SOURCES is required")
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  if(TARGET Pactum::sdk)
    target_link_libraries(${name} PRIVATE Pactum::sdk)
  else()
    target_link_libraries(${name} PRIVATE pactum_sdk)
  endif()
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_STANDARD 20
    CXX_STANDARD_REQUIRED ON
    CXX_EXTENSIONS OFF
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    # Installed plugins sit in lib/pactum/plugins; the SDK library two folders up.
    INSTALL_RPATH "$ORIGIN/../..")
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIRECTORY}")
  endif()
endfunction()
