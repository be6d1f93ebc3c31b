# sendscope_add_unit_test(NAME SOURCES … [LIBS …]) — a Qt Test executable labelled "unit".
function(sendscope_add_unit_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    sendscope_strict(${name})
    add_test(NAME ${name} COMMAND ${name})
    set(labels unit ${T_LABELS})
    set_tests_properties(${name} PROPERTIES LABELS "${labels}" TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SENDSCOPE_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
