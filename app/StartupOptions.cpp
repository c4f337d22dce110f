#include "StartupOptions.h"

#include "checks/Catalog.h"
#include "checks/CloudProfile.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace mars {

std::optional<StartupOptions> StartupOptionsParser::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks and fixes what stops the Azure Recovery Services (MARS) agent from "
                                        "installing or registering."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption logFile(QStringLiteral("log-file"), tr("Write the log to <file> instead of the default place."),
                                     tr("file"));
    const QCommandLineOption page(QStringLiteral("page"), tr("Open on <page>: welcome, installation, registration or summary."),
                                  tr("page"), QStringLiteral("welcome"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("The vault's cloud: china (default), public or usgov."), tr("cloud"),
                                   QStringLiteral("china"));
    const QCommandLineOption fix(QStringLiteral("fix"), tr("Offer this fix again once its check has re-run (used when restarting "
                                                           "as administrator)."), tr("check/fix"));
    parser.addOptions({logFile, page, cloud, fix});

    StartupOptions options;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    options.helpText = parser.helpText();
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    static const QStringList pages = {QStringLiteral("welcome"), QStringLiteral("installation"), QStringLiteral("registration"),
                                      QStringLiteral("summary")};
    options.page = parser.value(page);
    if (!pages.contains(options.page)) {
        *error = tr("Unknown page \"%1\"; use one of: %2.").arg(options.page.left(40), pages.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    options.cloud = parser.value(cloud);
    if (!CloudProfiles::find(options.cloud)) {
        *error = tr("Unknown cloud \"%1\"; use china, public or usgov.").arg(options.cloud.left(40));
        return std::nullopt;
    }
    if (parser.isSet(fix)) {
        const QString value = parser.value(fix);
        if (!resumableFixes().contains(value)) {
            *error = tr("Unknown fix \"%1\".").arg(value.left(60));
            return std::nullopt;
        }
        options.resumeCheck = value.section(QLatin1Char('/'), 0, 0);
        options.resumeFix = value.section(QLatin1Char('/'), 1, 1);
    }
    if (parser.isSet(logFile)) {
        options.logFile = parser.value(logFile);
        if (options.logFile.isEmpty() || QFileInfo(options.logFile).isDir()) {
            *error = tr("--log-file needs a file name.");
            return std::nullopt;
        }
    }
    return options;
}

}  // namespace mars
