# One INTERFACE target carries the compile policy for every target of the project.
add_library(ft_policy INTERFACE)
target_compile_features(ft_policy INTERFACE cxx_std_20)
target_compile_options(ft_policy INTERFACE
  -Wall -Wextra -Werror -Wnon-virtual-dtor -Woverloaded-virtual -Wno-error=deprecated-declarations)
target_compile_definitions(ft_policy INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_USE_QSTRINGBUILDER
  FT_VERSION="${PROJECT_VERSION}")
set_target_properties(ft_policy PROPERTIES INTERFACE_POSITION_INDEPENDENT_CODE ON)
