#include "Logging.h"
#include "StartupOptions.h"
#include "Translations.h"
#include "checks/Catalog.h"
#include "checks/platform/ProcessHardening.h"
#include "wizard/MainWizard.h"
#include "wizard/Prompter.h"

#include <QApplication>
#include <QMessageBox>

#include <spdlog/spdlog.h>

#include <cstdio>

int main(int argc, char* argv[])
{
    const std::vector<std::string> hardening = mars::platform::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MARS Setup Doctor"));
    QApplication::setOrganizationName(QStringLiteral("MARS Setup Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(MARS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/mars-setup-doctor.png")));
    const QString language = mars::installTranslations(app, qEnvironmentVariable("MARS_LANGUAGE"));

    QString error;
    const auto options = mars::StartupOptionsParser::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QApplication::applicationName(), error);
        return 64;  // EX_USAGE
    }
    if (options->showHelp || options->showVersion) {
        const QString text = options->showHelp ? options->helpText : QApplication::applicationName() + QLatin1Char(' ') + QStringLiteral(MARS_VERSION);
        std::printf("%s\n", qPrintable(text));
        return 0;
    }

    const QString logFile = mars::setUpLogging(options->logFile);
    spdlog::info("MARS Setup Doctor {} starting; language {}, log {}", MARS_VERSION, language.toStdString(), logFile.toStdString());
    for (const std::string& line : hardening)
        spdlog::info("start-up: {}", line);

    auto platform = mars::platform::makeSystemPlatform();
    std::shared_ptr<mars::platform::Platform> shared(std::move(platform));
    mars::CheckSession session;
    mars::addAllChecks(session, shared);
    mars::CheckContext context;
    context.cloudId = options->cloud;
    session.setContext(context);
    if (!options->resumeFix.isEmpty())
        session.resumeFixAfterRun(options->resumeCheck, options->resumeFix);

    mars::DialogPrompter prompter;
    mars::MainWizard wizard({&session, shared, &prompter});
    wizard.setStartId(mars::MainWizard::pageIdFromName(options->page));
    QObject::connect(&session, &mars::CheckSession::restartRequested, &wizard, &QWidget::close);
    wizard.show();
    const int status = app.exec();
    spdlog::info("MARS Setup Doctor closing");
    return status;
}
