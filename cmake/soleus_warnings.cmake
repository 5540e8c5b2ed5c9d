# Strict warnings, scoped to our own targets only (never the global flags).
function(soleus_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                         -Wno-sign-conversion -Wnon-virtual-dtor)
endfunction()

# A module library: src/<name> becomes target soleus_<name>, includes rooted at src/
# so that code writes #include "biomech/stride.h".
function(soleus_add_module name)
  add_library(soleus_${name} STATIC ${ARGN})
  target_include_directories(soleus_${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
  soleus_set_warnings(soleus_${name})
endfunction()

# A GoogleTest executable registered with CTest. Tests of module X link only soleus_X.
function(soleus_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ${T_LIBS} GTest::gtest GTest::gtest_main)
  target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests")  # tests/common helpers
  target_compile_definitions(${name} PRIVATE
    SOLEUS_ASSETS_DIR="${SOLEUS_ASSETS_DIR}"
    SOLEUS_SHARED_DIR="${SOLEUS_SHARED_DIR}"
    SOLEUS_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    SOLEUS_SOURCE_DIR="${PROJECT_SOURCE_DIR}/src")
  soleus_set_warnings(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${T_LABELS}")
endfunction()
