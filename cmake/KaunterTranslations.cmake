# kaunter_setup_translations(<exe> TS_FILES ... SOURCE_TARGETS ...)
#
# Qt 6.4's qt_add_translations only scans the target it is given; Kaunter's strings live in
# several static libraries, so the sources of every SOURCE_TARGET are collected here and
# handed to lupdate explicitly. The .qm files are compiled into <exe> under :/i18n.
# Also writes translation-sources.txt for the "translations are up to date" test.
function(kaunter_setup_translations exe)
    cmake_parse_arguments(arg "" "" "TS_FILES;SOURCE_TARGETS" ${ARGN})
    set(all_sources "")
    set(all_includes "")
    foreach(t IN LISTS arg_SOURCE_TARGETS)
        get_target_property(srcs ${t} SOURCES)
        get_target_property(dir ${t} SOURCE_DIR)
        foreach(s IN LISTS srcs)
            if(s MATCHES "\\$<")
                continue()
            endif()
            if(NOT IS_ABSOLUTE "${s}")
                set(s "${dir}/${s}")
            endif()
            if(s MATCHES "\\.(cpp|h|ui)$" AND NOT s MATCHES "_autogen|${PROJECT_BINARY_DIR}")
                list(APPEND all_sources "${s}")
            endif()
        endforeach()
        list(APPEND all_includes "${dir}")
    endforeach()
    list(REMOVE_DUPLICATES all_sources)
    list(SORT all_sources)
    list(APPEND all_includes "${PROJECT_SOURCE_DIR}/app/core" "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui")
    list(REMOVE_DUPLICATES all_includes)

    qt_add_translations(${exe}
        TS_FILES ${arg_TS_FILES}
        SOURCES ${all_sources}
        INCLUDE_DIRECTORIES ${all_includes}
        LUPDATE_OPTIONS -locations none -no-ui-lines
        RESOURCE_PREFIX /i18n)

    string(REPLACE ";" "\n" lines "${all_sources}")
    file(WRITE "${PROJECT_BINARY_DIR}/translation-sources.txt" "${lines}\n")
    file(WRITE "${PROJECT_BINARY_DIR}/translation-includes.txt" "${all_includes}")
    set(KAUNTER_TS_FILES ${arg_TS_FILES} CACHE INTERNAL "Kaunter .ts files")
endfunction()
