#define CATCH_CONFIG_RUNNER
// With UNICODE defined Catch2 would define wmain, which mingw links only with -municode; plain main is enough here.
#define DO_NOT_USE_WMAIN
#include <catch2/catch.hpp>

#include "Skip.h"

// Our own main, not CATCH_CONFIG_MAIN: the same with Catch2 2 and 3 (3 ignores that macro and puts its main in a
// separate library).
int main(int argc, char* argv[])
{
    return mars::test::runResult(Catch::Session().run(argc, argv));
}
