# bench_frame: Google Benchmark of the CPU side of a frame (pose/skin, draw-list build, pick, the
# described frame and the framing of the running leg)
# on the default model. Included from tests/benchmarks/CMakeLists.txt when SOLEUS_BUILD_BENCHMARKS.
add_executable(bench_frame ${CMAKE_CURRENT_LIST_DIR}/bench_frame.cpp)
target_link_libraries(bench_frame PRIVATE soleus_ui soleus_document soleus_scene soleus_anatomy benchmark::benchmark)
target_compile_definitions(bench_frame PRIVATE SOLEUS_ASSETS_DIR="${SOLEUS_ASSETS_DIR}")
soleus_set_warnings(bench_frame)
