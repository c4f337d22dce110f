#include "RestartArguments.h"

namespace mars {

QStringList restartArguments(const CheckContext& context, const PathForElevated& reachable)
{
    QStringList arguments;
    auto add = [&arguments](const QString& option, const QString& value) {
        if (!value.isEmpty())
            arguments << QStringLiteral("--") + option << value;
    };
    // A file or folder the elevated instance must open: named so that it can (the elevated token has no Z:).
    auto addPath = [&add, &reachable](const QString& option, const QString& path) {
        add(option, reachable && !path.isEmpty() ? reachable(path) : path);
    };
    add(QStringLiteral("page"), context.environment.page);
    for (const InputOption& option : InputOptions::all()) {
        const QString value = option.written(context.inputs);
        if (option.isPath)
            addPath(QLatin1String(option.name), value);
        else
            add(QLatin1String(option.name), value);
    }
    addPath(QStringLiteral("log-file"), context.environment.logFile);
    add(QStringLiteral("language"), context.environment.language);
    return arguments;
}

}  // namespace mars
