#include "Program.h"

#include "CommandLineRun.h"
#include "ConsoleOutput.h"
#include "Logging.h"
#include "StartupOptions.h"
#include "SystemProbeProgram.h"
#include "Translations.h"
#include "WizardHost.h"
#include "XDisplayProbe.h"
#include "checks/Catalog.h"
#include "checks/Message.h"
#include "checks/network/SystemProbe.h"
#include "checks/platform/ProcessExit.h"
#include "checks/platform/ProcessHardening.h"
#include "wizard/MainWizard.h"
#include "wizard/Prompter.h"

#include <QApplication>
#include <QMessageBox>


#include <spdlog/spdlog.h>

#include <cstdio>

namespace mars {

namespace {
// The text quotes what the user typed (a path, an option): shown as it is, never as markup.
void showError(const QString& text)
{
    QMessageBox box(QMessageBox::Critical, QApplication::applicationName(), text, QMessageBox::Ok);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
constexpr int kUsageError = 64;  // EX_USAGE

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("MARS Setup Doctor"));
    QCoreApplication::setOrganizationName(QStringLiteral("MARS Setup Doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARS_VERSION));
}

void logStart(const QString& language, const QString& logFile)
{
    spdlog::info("MARS Setup Doctor {} starting; language {}, log {}", MARS_VERSION, language.toStdString(), logFile.toStdString());
    for (const std::string& line : platform::hardenProcess())
        spdlog::info("start-up: {}", line);
}
}  // namespace

// --language, else MARS_LANGUAGE, else the system's. Options are parsed once in the system's language (their
// error text), then the program switches to the one asked for.
QString chosenLanguage(const StartupOptions& options)
{
    return options.language.isEmpty() ? qEnvironmentVariable("MARS_LANGUAGE") : options.language;
}

int commandLineMain(int argc, char* argv[])
{
    setIdentity();
    QCoreApplication app(argc, argv);
    installTranslations(app, qEnvironmentVariable("MARS_LANGUAGE"));
    QString error;
    const auto options = StartupOptionsParser::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        writeText(stderr, escapeControl(error) + QLatin1Char('\n'));
        return kUsageError;
    }
    const QString language = installTranslations(app, chosenLanguage(*options));
    if (!options->probeAsSystemResult.isEmpty()) {
        // The copy in the SYSTEM task: hardened like any start, but no log of its own (SYSTEM's profile would keep
        // it); its answer is the file.
        platform::hardenProcess();
        const QString problem = answerRequest(options->probeRequest, platform::makeSystemPlatform()->networkSettings(), options->probeAsSystemResult);
        if (!problem.isEmpty())
            writeText(stderr, escapeControl(problem) + QLatin1Char('\n'));
        return problem.isEmpty() ? 0 : 1;
    }
    if (options->showHelp || options->showVersion) {
        const QString text = options->showHelp ? options->helpText
                                               : QCoreApplication::applicationName() + QLatin1Char(' ') + QStringLiteral(MARS_VERSION);
        writeText(stdout, text + QLatin1Char('\n'));
        return 0;
    }
    // A --log-file that is a link, a FIFO or not a regular file is refused as a usage error (64), not worked around:
    // the user named that file and would otherwise look for a log that was never written there.
    QString refusal;
    const QString logFile = setUpLogging(options->logFile, true, &refusal);
    if (!refusal.isEmpty()) {
        writeText(stderr, escapeControl(refusal) + QLatin1Char('\n'));
        spdlog::shutdown();
        return kUsageError;
    }
    logStart(language, logFile);
    const int status = options->fleetReport.isEmpty() ? runCommandLine(*options, platform::makeSystemPlatform(), language)
                                                      : runFleetReport(*options);
    spdlog::shutdown();  // flushed before the process ends
    return status;
}

bool displayAvailable()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    const QString platformName = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platformName.isEmpty() && !platformName.startsWith(QLatin1String("xcb")) && !platformName.startsWith(QLatin1String("wayland")))
        return true;  // offscreen, vnc, eglfs…: Qt brings its own
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    // Qt's xcb plugin then: a DISPLAY nobody serves (an SSH session's, left behind) is no display either.
    return !qEnvironmentVariableIsEmpty("DISPLAY") && probeXDisplay() != XDisplayAnswer::Silent;
#endif
}

int noDisplayMain(int argc, char* argv[])
{
    setIdentity();
    QCoreApplication app(argc, argv);
    installTranslations(app, qEnvironmentVariable("MARS_LANGUAGE"));
    QString error;
    const auto options = StartupOptionsParser::parse(QCoreApplication::arguments(), &error);
    if (!options) {  // "--json and --text go with --check." and the like: on the terminal, not in a dialog
        writeText(stderr, escapeControl(error) + QLatin1Char('\n'));
        return kUsageError;
    }
    installTranslations(app, chosenLanguage(*options));
    QStringList arguments = QCoreApplication::arguments();
    arguments.insert(1, QStringLiteral("--check"));
    // Here with DISPLAY set only when its X server did not answer (displayAvailable()).
    const QString display = qEnvironmentVariable("DISPLAY");
    const QString why = display.isEmpty()
        ? QCoreApplication::translate("Program", "Without --check this program opens its window, and this system has no display "
                                                 "(neither DISPLAY nor WAYLAND_DISPLAY is set): no window would be seen. "
                                                 "For the checks in this terminal, add --check:")
        : QCoreApplication::translate("Program", "Without --check this program opens its window, and the display it was given "
                                                 "(DISPLAY=%1) does not answer: no window would be seen. "
                                                 "For the checks in this terminal, add --check:")
              .arg(escapeControl(display));
    writeText(stderr, why + QLatin1Char('\n') + escapeControl(arguments.join(QLatin1Char(' '))) + QLatin1Char('\n'));
    return kUsageError;
}

int wizardMain(int argc, char* argv[])
{
    setIdentity();
    QApplication app(argc, argv);
    releaseXDisplayProbe();  // the window's own connection is made now
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/mars-setup-doctor.png")));
    installTranslations(app, qEnvironmentVariable("MARS_LANGUAGE"));
    QString error;
    const auto options = StartupOptionsParser::parse(QApplication::arguments(), &error);
    if (!options) {
        showError(error);
        return kUsageError;
    }
    const QString language = installTranslations(app, chosenLanguage(*options));
    QString refusal;
    const QString logFile = setUpLogging(options->logFile, false, &refusal);
    if (!refusal.isEmpty()) {
        showError(refusal);
        return kUsageError;
    }
    logStart(language, logFile);

    std::shared_ptr<platform::Platform> platform = platform::makeSystemPlatform();
    auto passphrases = std::make_shared<PassphraseStore>();
    CheckSession session;
    addAllChecks(session, {platform, passphrases, nullptr, nullptr, thisProgramForSystemProbe()});
    session.setContext(contextFromOptions(*options, *platform, language));
    for (const QString& fix : options->fixes)
        session.resumeFixAfterRun(fix.section(QLatin1Char('/'), 0, 0), fix.section(QLatin1Char('/'), 1, 1));

    DialogPrompter prompter;
    WizardHost host(app, {&session, platform, &prompter, passphrases, logFile}, language);
    host.open(MainWizard::pageIdFromName(options->page));
    const int status = app.exec();
    spdlog::info("MARS Setup Doctor closing");
    spdlog::default_logger()->flush();
    platform::endProcessWithin(std::chrono::milliseconds(500), status);  // pending look-ups must not hold the exit
    return status;
}

}  // namespace mars
