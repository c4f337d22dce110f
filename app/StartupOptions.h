#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mars {

// What the command line asked for, validated. An elevated restart passes its state back through these options, so
// everything here is checked against fixed lists: a page name, a cloud id, a resumable fix id, a log-file path.
struct StartupOptions {
    QString page = QStringLiteral("welcome");
    QString cloud = QStringLiteral("china");
    QString resumeCheck;  // with resumeFix: the fix to offer again once its check has re-run
    QString resumeFix;
    QString logFile;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

class StartupOptionsParser {
    Q_DECLARE_TR_FUNCTIONS(StartupOptionsParser)
public:
    // arguments include the program name first, as QCoreApplication::arguments() does.
    static std::optional<StartupOptions> parse(const QStringList& arguments, QString* error);
};

}  // namespace mars
