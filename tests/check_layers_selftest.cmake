# Shows that check_layers.cmake fails when ui/ reaches for raw JSON or a network reply: copies the
# sources (src/, ui/) into WORK_DIR, checks that the copy passes, then plants one forbidden include at a
# time in a ui file of the copy and expects the check to fail naming that file.
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -P check_layers_selftest.cmake
set(check "${CMAKE_CURRENT_LIST_DIR}/check_layers.cmake")
set(tree "${WORK_DIR}/tree")
set(victim "ui/wizard/gradereditor.cpp")
file(REMOVE_RECURSE "${tree}")
foreach(dir src ui)
  file(COPY "${SOURCE_DIR}/${dir}" DESTINATION "${tree}"
       FILES_MATCHING PATTERN "*.h" PATTERN "*.cpp" PATTERN "CMakeLists.txt")
endforeach()
file(READ "${tree}/${victim}" original)

function(run_check result output)
  execute_process(COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${tree} -P "${check}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${result} "${rc}" PARENT_SCOPE)
  set(${output} "${out}${err}" PARENT_SCOPE)
endfunction()

run_check(rc out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the unchanged copy does not pass, so a failure below would prove nothing:\n${out}")
endif()

set(planted
    "#include \"core/jsonutil.h\""
    "#include <nlohmann/json.hpp>"
    "#include <QNetworkReply>"
    "#include <QJsonDocument>"
    "#include <QJsonObject>"
    "#include <QJsonArray>"
    "#include <QJsonValue>")
set(missed "")
foreach(line IN LISTS planted)
  file(WRITE "${tree}/${victim}" "${line}\n${original}")
  run_check(rc out)
  if(rc EQUAL 0 OR NOT out MATCHES "${victim}")
    string(APPEND missed "\n  ${line}")
  else()
    message(STATUS "caught: ${line}")
  endif()
endforeach()
file(WRITE "${tree}/${victim}" "${original}")

if(missed)
  message(FATAL_ERROR "check_layers.cmake let these through in ${victim}:${missed}")
endif()
message(STATUS "check_layers.cmake catches every planted include")
