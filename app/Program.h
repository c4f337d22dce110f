#pragma once

namespace mars {

// The two ways the program runs; main() of the GUI exe and of the Windows console twin pick one.
int commandLineMain(int argc, char* argv[]);  // QCoreApplication only: works without a display
int wizardMain(int argc, char* argv[]);
// Whether a window could be shown at all: always on Windows and macOS; elsewhere a Wayland display, an X display
// whose server answers, or a Qt platform that needs none (offscreen). Without one QApplication aborts, so the
// program says so first.
bool displayAvailable();
int noDisplayMain(int argc, char* argv[]);  // explains on stderr that the window needs a display; exit 64

}  // namespace mars
