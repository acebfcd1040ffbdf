# Fails when JSON text is parsed anywhere but through core/jsonparse.cpp (js::parseText and its depth
# and size limits): a direct nlohmann parse, QJsonDocument::fromJson or the stream operator would let
# a depth bomb reach a recursive copy or dump.
set(violations "")
file(GLOB_RECURSE files "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(f IN LISTS files)
  if(f MATCHES "/src/core/jsonparse\\.cpp$")
    continue()
  endif()
  file(STRINGS "${f}" hits REGEX "(([^A-Za-z]|_)[jJ]son::(parse|accept)|sax_parse|QJsonDocument::fromJson|from_cbor|from_msgpack|from_bson|from_ubjson|>> *[A-Za-z_]*[jJ]son)")
  if(hits)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    list(GET hits 0 first)
    set(violations "${violations}\n  ${rel}: ${first}")
  endif()
endforeach()
if(violations)
  message(FATAL_ERROR "JSON parsed outside js::parseText:${violations}")
endif()
message(STATUS "every JSON text goes through js::parseText")
