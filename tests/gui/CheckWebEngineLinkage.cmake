# ctest script: checks which ELF files need QtWebEngine.
#   -D BINARY=<file> -D EXPECT=absent|present [-D READELF=<readelf>] [-D LDD=<ldd>]
# EXPECT=absent fails when BINARY needs any libQt6WebEngine* (directly, or through another
# library as far as ldd can see): kaunter must start the voucher helper, never link it.
# EXPECT=present is the control on the helper, so a broken tool can't make the check pass.
if(NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "no such file: ${BINARY}")
endif()
if(NOT READELF)
    find_program(READELF NAMES readelf llvm-readelf REQUIRED)
endif()
execute_process(COMMAND "${READELF}" -d "${BINARY}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE dynamic ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${BINARY} failed: ${err}")
endif()
# Sanity: every Kaunter binary needs QtCore; if that is missing the tool output is not what
# this script understands and a pass would mean nothing.
if(NOT dynamic MATCHES "\\(NEEDED\\)[^\n]*libQt6Core")
    message(FATAL_ERROR "readelf output of ${BINARY} lists no libQt6Core NEEDED entry:\n${dynamic}")
endif()
set(found "")
string(REGEX MATCHALL "libQt6WebEngine[A-Za-z0-9_.]*" direct "${dynamic}")
list(APPEND found ${direct})

if(NOT LDD)
    find_program(LDD ldd)
endif()
if(LDD)
    execute_process(COMMAND "${LDD}" "${BINARY}" RESULT_VARIABLE rc OUTPUT_VARIABLE resolved ERROR_VARIABLE err)
    if(rc EQUAL 0)
        string(REGEX MATCHALL "libQt6WebEngine[^ \n]*" indirect "${resolved}")
        list(APPEND found ${indirect})
    endif()
endif()

list(REMOVE_DUPLICATES found)
if(EXPECT STREQUAL "absent")
    if(found)
        message(FATAL_ERROR "${BINARY} needs QtWebEngine (${found}). Only the voucher helper "
                            "(ui/voucher, kaunter-voucher) may link it; kaunter starts it at run time.")
    endif()
    message(STATUS "OK: ${BINARY} does not need QtWebEngine")
elseif(EXPECT STREQUAL "present")
    if(NOT direct)
        message(FATAL_ERROR "${BINARY} was expected to need libQt6WebEngine* but does not:\n${dynamic}")
    endif()
    message(STATUS "OK: ${BINARY} needs QtWebEngine (${direct})")
else()
    message(FATAL_ERROR "EXPECT must be absent or present")
endif()
