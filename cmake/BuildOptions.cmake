# One INTERFACE target carries the language level, warnings and Qt strictness defines,
# so every library and executable of the project is built the same way.
add_library(jpki_build_options INTERFACE)
target_compile_features(jpki_build_options INTERFACE cxx_std_20)
target_compile_options(jpki_build_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>)
target_compile_definitions(jpki_build_options INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    JPKI_VERSION="${PROJECT_VERSION}")
