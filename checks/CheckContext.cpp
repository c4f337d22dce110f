#include "Check.h"

namespace mars {

std::optional<CloudProfile> profileFor(const CheckContext& context)
{
    if (context.customProfile && context.customProfile->id == context.cloudId)
        return context.customProfile;
    return CloudProfiles::find(context.cloudId);
}

// The inverse of app/ContextFromOptions: a test round-trips every field through the real parser.
QStringList restartArguments(const CheckContext& context, const std::function<QString(const QString&)>& reachable)
{
    QStringList arguments;
    auto add = [&arguments](const char* option, const QString& value) {
        if (!value.isEmpty())
            arguments << QLatin1String(option) << value;
    };
    // A file or folder the elevated instance must open: named so that it can (the elevated token has no Z:).
    auto addPath = [&add, &reachable](const char* option, const QString& path) { add(option, reachable && !path.isEmpty() ? reachable(path) : path); };
    add("--page", context.page);
    if (context.customProfile && context.customProfile->id == context.cloudId)
        addPath("--profile", context.customProfile->sourceFile);
    else
        add("--cloud", context.cloudId);
    addPath("--install-folder", context.installFolder);
    addPath("--temp-folder", context.tempFolder);
    addPath("--vault-credentials", context.vaultCredentials);
    addPath("--log-file", context.logFile);
    add("--language", context.language);
    add("--error", context.agentError);
    add("--proxy", context.proxy);
    return arguments;
}

}  // namespace mars
