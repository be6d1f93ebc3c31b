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

# sendscope_add_python_test(NAME SCRIPT [LABELS …] [ARGS …]) — a Python test run with
# Debian's python3; it gets the built binaries and source paths through the environment.
function(sendscope_add_python_test name script)
    cmake_parse_arguments(T "" "TIMEOUT" "LABELS;ARGS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 600)
    endif()
    add_test(NAME ${name} COMMAND ${SENDSCOPE_PYTHON} ${script} ${T_ARGS})
    set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "SENDSCOPE_CLI=$<TARGET_FILE:sendscope-cli>;SENDSCOPE_SOURCE_DIR=${PROJECT_SOURCE_DIR};SENDSCOPE_BUILD_DIR=${PROJECT_BINARY_DIR};PYTHONPATH=${PROJECT_SOURCE_DIR}/tests/support;PYTHONDONTWRITEBYTECODE=1")
endfunction()
