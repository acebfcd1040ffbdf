# The tiktoken-compatible tokenizer; the expected values come from tests/tools/tiktoken/gen_expected.mjs
# and (Llama 3) tests/tools/llama3/gen_llama3.mjs.
ft_add_test(tst_tokenizer SOURCES tst_tokenizer.cpp LIBS ftcore fttestheaders LABELS core)
target_compile_definitions(tst_tokenizer PRIVATE
  FT_TOKENIZER_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/tiktoken_expected.json"
  FT_LLAMA3_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/llama3_expected.json")
# Which tokenizer counts an open model's tokens, exact or estimated (resources/vocab/open-models.json).
ft_add_test(tst_tokenizerchoice SOURCES tst_tokenizerchoice.cpp LIBS ftcore fttestheaders LABELS core)
target_compile_definitions(tst_tokenizerchoice PRIVATE
  FT_OPEN_MODELS_DATA="${PROJECT_SOURCE_DIR}/resources/vocab/open-models.json")
ft_add_test(tst_chattokencounter SOURCES tst_chattokencounter.cpp LIBS ftcore fttestheaders LABELS core)
