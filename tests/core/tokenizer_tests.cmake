# The tiktoken-compatible tokenizer; the expected values come from tests/tools/tiktoken/gen_expected.mjs.
ft_add_test(tst_tokenizer SOURCES tst_tokenizer.cpp LIBS ftcore LABELS core)
target_compile_definitions(tst_tokenizer PRIVATE FT_TOKENIZER_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data/tiktoken_expected.json")
ft_add_test(tst_chattokencounter SOURCES tst_chattokencounter.cpp LIBS ftcore LABELS core)
