#include "SystemProbeProgram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mars {

std::optional<platform::ProbeProgram> thisProgramForSystemProbe()
{
#ifdef MARS_SINGLE_FILE_PROGRAM
    // The Windows program is one file (cmake/WindowsDeploy.cmake): the copy is the file running the check, the wizard
    // or its console twin, each a complete program, written from the handle hardenProcess() opened on it at start-up
    // (platform/OwnImage.h): a file renamed into its place since then is never what runs as SYSTEM.
    const QFileInfo self(QCoreApplication::applicationFilePath());
    platform::ProbeProgram program;
    program.folder = QDir::toNativeSeparators(self.absolutePath()).toStdString();
    program.files.push_back(self.fileName().toStdString());
    program.program = self.fileName().toStdString();
    program.runningImage = true;  // copied from the file held open since start-up, never by its name
    return program;
#else
    return std::nullopt;
#endif
}

}  // namespace mars
