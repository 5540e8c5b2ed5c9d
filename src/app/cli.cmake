add_library(soleus_cli STATIC
  ${CMAKE_CURRENT_SOURCE_DIR}/report_command.cpp ${CMAKE_CURRENT_SOURCE_DIR}/report_command.h
  ${CMAKE_CURRENT_SOURCE_DIR}/condition_args.cpp ${CMAKE_CURRENT_SOURCE_DIR}/condition_args.h
  ${CMAKE_CURRENT_SOURCE_DIR}/motion_report.cpp ${CMAKE_CURRENT_SOURCE_DIR}/motion_report.h
  ${CMAKE_CURRENT_SOURCE_DIR}/summary_json.cpp ${CMAKE_CURRENT_SOURCE_DIR}/summary_json.h)
target_include_directories(soleus_cli PUBLIC "${PROJECT_SOURCE_DIR}/src")
target_link_libraries(soleus_cli PUBLIC soleus_biomech PRIVATE soleus_motion soleus_document nlohmann_json::nlohmann_json)
soleus_set_warnings(soleus_cli)
