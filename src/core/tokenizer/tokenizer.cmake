# The tiktoken-compatible BPE tokenizer of ftcore; included from src/core/CMakeLists.txt.
target_sources(ftcore PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/boundarytable.cpp ${CMAKE_CURRENT_LIST_DIR}/boundarytable.h
  ${CMAKE_CURRENT_LIST_DIR}/chattokencounter.cpp ${CMAKE_CURRENT_LIST_DIR}/chattokencounter.h
  ${CMAKE_CURRENT_LIST_DIR}/piececache.cpp ${CMAKE_CURRENT_LIST_DIR}/piececache.h
  ${CMAKE_CURRENT_LIST_DIR}/pretokenizer.cpp ${CMAKE_CURRENT_LIST_DIR}/pretokenizer.h
  ${CMAKE_CURRENT_LIST_DIR}/rankscan.h
  ${CMAKE_CURRENT_LIST_DIR}/ranktable.cpp ${CMAKE_CURRENT_LIST_DIR}/ranktable.h
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer.cpp ${CMAKE_CURRENT_LIST_DIR}/tokenizer.h
  ${CMAKE_CURRENT_LIST_DIR}/tokenizerchoice.cpp ${CMAKE_CURRENT_LIST_DIR}/tokenizerchoice.h
  ${CMAKE_CURRENT_LIST_DIR}/unicodecategories.cpp ${CMAKE_CURRENT_LIST_DIR}/unicodecategories.h
  ${CMAKE_CURRENT_LIST_DIR}/utf8text.cpp ${CMAKE_CURRENT_LIST_DIR}/utf8text.h)

# The vocabularies (OpenAI's, MIT; Meta's Llama 3, Llama 3.1 Community License: see resources/vocab/README.md),
# embedded; Tokenizer::forEncoding parses one on first use. open-models.json: tokenizerForOpenModel's table.
qt_add_resources(ftcore "ftcore_vocab"
  PREFIX "/ft"
  BASE "${PROJECT_SOURCE_DIR}/resources"
  FILES
    "${PROJECT_SOURCE_DIR}/resources/vocab/o200k_base.tiktoken"
    "${PROJECT_SOURCE_DIR}/resources/vocab/cl100k_base.tiktoken"
    "${PROJECT_SOURCE_DIR}/resources/vocab/llama3.tiktoken"
    "${PROJECT_SOURCE_DIR}/resources/vocab/open-models.json")
