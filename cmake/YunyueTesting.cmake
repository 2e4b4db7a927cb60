# yunyue_add_qtest(NAME SOURCES... LIBS... [GUI] [CLOUD])
#   One Qt Test executable per class or feature, registered with ctest.
#   GUI:   needs a display (scripts/test runs ctest under xvfb-run).
#   CLOUD: needs the private Orthanc started by the "cloud" ctest fixture;
#          YUNYUE_TEST_CLOUD points to its connection file.
function(yunyue_add_qtest name)
  cmake_parse_arguments(T "GUI;CLOUD" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_options(${name} PRIVATE ${YUNYUE_WARNINGS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
  add_test(NAME ${name} COMMAND ${name})
  set(env
    "YUNYUE_TEST_DATA=${YUNYUE_TEST_DATA_DIR}"
    "YUNYUE_TEST_CLOUD=${YUNYUE_TEST_CLOUD_DIR}/cloud.ini"
    "YUNYUE_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    # Drafts and the outbox of a workstation started by a test stay with the test.
    "YUNYUE_DRAFTS_DIR=${CMAKE_CURRENT_BINARY_DIR}/${name}-home/drafts"
    "YUNYUE_OUTBOX_DIR=${CMAKE_CURRENT_BINARY_DIR}/${name}-home/outbox")
  if(NOT T_GUI)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
  set(fixtures demo_data)
  if(T_CLOUD)
    list(APPEND fixtures cloud)
  endif()
  set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${fixtures}")
  if(T_GUI)
    set_property(TEST ${name} APPEND PROPERTY LABELS gui)
  endif()
endfunction()
