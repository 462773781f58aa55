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

# Sanitizers for the whole tree (the `sanitize` preset): every library, program and test.
set(JPKI_SANITIZE "" CACHE STRING "Sanitizers for the whole build, e.g. address,undefined")
if(JPKI_SANITIZE)
    add_compile_options(-fsanitize=${JPKI_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${JPKI_SANITIZE})
    if(JPKI_SANITIZE MATCHES "address")
        # Every executable (not the libraries) gets LeakSanitizer's suppressions.
        target_sources(jpki_build_options INTERFACE
            $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:${CMAKE_CURRENT_LIST_DIR}/lsan_suppressions.cpp>)
    endif()
endif()

# The fuzz tree (the `fuzz` preset, clang): every library instrumented for libFuzzer's coverage
# and the sanitizers; the fuzz targets add libFuzzer's main.
if(JPKI_BUILD_FUZZERS AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
endif()
