#define CATCH_CONFIG_MAIN
// With UNICODE defined Catch2 would define wmain, which mingw links only with -municode; plain main is enough here.
#define DO_NOT_USE_WMAIN
#include <catch2/catch.hpp>
