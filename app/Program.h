#pragma once

namespace mars {

// The two ways the program runs; main() of the GUI exe and of the Windows console twin pick one.
int commandLineMain(int argc, char* argv[]);  // QCoreApplication only: works without a display
int wizardMain(int argc, char* argv[]);

}  // namespace mars
