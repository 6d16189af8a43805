# ctest script: fails when a translation has an unfinished or empty entry (issue 11: every
# language complete for every string). English is the source language and is skipped.
# -D TS_FILES=<a.ts;b.ts>
set(incomplete "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    if(name MATCHES "_en\\.ts$")
        continue()
    endif()
    file(READ "${ts}" text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    string(REGEX MATCHALL "<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>"
           empty "${text}")
    list(LENGTH unfinished n_unfinished)
    list(LENGTH empty n_empty)
    if(n_unfinished GREATER 0 OR n_empty GREATER 0)
        # The first unfinished message's source, so the failure says where to start.
        string(REGEX MATCH "<source>([^<]*)</source>[ \t\r\n]*<translation type=\"unfinished\"" first "${text}")
        list(APPEND incomplete "${name}: ${n_unfinished} unfinished, ${n_empty} empty (first: \"${CMAKE_MATCH_1}\")")
    endif()
endforeach()
if(incomplete)
    string(REPLACE ";" "\n  " lines "${incomplete}")
    message(FATAL_ERROR "Translations are incomplete:\n  ${lines}\nTranslate them in Qt Linguist (or the .ts files) and commit translations/.")
endif()
message(STATUS "translations complete: ${TS_FILES}")
