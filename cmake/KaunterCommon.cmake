# One INTERFACE target carries everything every Kaunter target must agree on, so nothing is
# set globally (no CMAKE_CXX_FLAGS, no add_compile_options at directory scope).
add_library(kaunter_common INTERFACE)
add_library(Kaunter::common ALIAS kaunter_common)

target_compile_features(kaunter_common INTERFACE cxx_std_17)

target_compile_definitions(kaunter_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KAUNTER_VERSION="${PROJECT_VERSION}"
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(kaunter_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough -Wno-missing-field-initializers)
    if(KAUNTER_WERROR)
        target_compile_options(kaunter_common INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(kaunter_common INTERFACE /W4 /permissive- /utf-8)
    if(KAUNTER_WERROR)
        target_compile_options(kaunter_common INTERFACE /WX)
    endif()
endif()

# Library and Qt assertions stay on in CI even where NDEBUG would drop them.
option(KAUNTER_ASSERTS "Enable _GLIBCXX_ASSERTIONS and QT_FORCE_ASSERTS" OFF)
if(KAUNTER_ASSERTS)
    target_compile_definitions(kaunter_common INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
endif()

if(KAUNTER_FAILPOINTS)
    target_compile_definitions(kaunter_common INTERFACE KAUNTER_FAILPOINTS=1)
endif()

# Sanitizer builds (the asan preset) go through this target too.
set(KAUNTER_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address,undefined")
if(KAUNTER_SANITIZE)
    target_compile_options(kaunter_common INTERFACE -fsanitize=${KAUNTER_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(kaunter_common INTERFACE -fsanitize=${KAUNTER_SANITIZE})
endif()
