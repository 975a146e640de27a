// Catch2 v2 main. Built natively (CTest), under ASan+UBSan, and to WASM run by Node.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
