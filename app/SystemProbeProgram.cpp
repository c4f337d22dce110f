#include "SystemProbeProgram.h"

#include <QCoreApplication>
#include <QDir>

#ifdef MARS_HAVE_ELEVATED_FILES
#include "ElevatedFiles.h"
#endif

namespace mars {

std::optional<platform::ProbeProgram> thisProgramForSystemProbe()
{
#ifdef MARS_HAVE_ELEVATED_FILES
    platform::ProbeProgram program;
    program.folder = QDir::toNativeSeparators(QCoreApplication::applicationDirPath()).toStdString();
    for (const wchar_t* folder : elevated::programFolders)
        program.folders.push_back(QString::fromWCharArray(folder).toStdString());
    for (const wchar_t* file : elevated::programFiles)
        program.files.push_back(QString::fromWCharArray(file).toStdString());
    // The windowed program, in its command-line mode (the console twin's code): started by Task Scheduler in
    // session 0 it needs no console, and the .com is not among the files the build lists.
    program.program = QString::fromWCharArray(elevated::programName).toStdString();
    return program;
#else
    return std::nullopt;
#endif
}

}  // namespace mars
