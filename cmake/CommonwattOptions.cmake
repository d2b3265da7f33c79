# Build options shared by every target. Each option is prefixed COMMONWATT_.
option(COMMONWATT_BUILD_TESTS "Build the unit, QML and integration tests" ON)
option(COMMONWATT_BUILD_BENCHMARKS "Build the benchmark programs in tests/benchmarks" ON)
option(COMMONWATT_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(COMMONWATT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# MSVC always uses the portable class; this makes GCC and Clang use it too, to build and test that path.
option(COMMONWATT_PORTABLE_INT128 "Currency engine: use the portable 128-bit integer class instead of __int128" OFF)

find_program(COMMONWATT_CCACHE ccache)
if(COMMONWATT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${COMMONWATT_CCACHE}")
endif()

# Every first-party target calls this; third-party code never sees our warning flags.
function(commonwatt_target_defaults target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
        if(COMMONWATT_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
        if(COMMONWATT_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER)
endfunction()

if(COMMONWATT_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
