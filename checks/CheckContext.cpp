#include "Check.h"

namespace mars {

std::optional<CloudProfile> profileFor(const CheckContext& context)
{
    if (context.customProfile && context.customProfile->id == context.cloudId)
        return context.customProfile;
    return CloudProfiles::find(context.cloudId);
}

// The inverse of app/ContextFromOptions: a test round-trips every field through the real parser.
QStringList restartArguments(const CheckContext& context)
{
    QStringList arguments;
    auto add = [&arguments](const char* option, const QString& value) {
        if (!value.isEmpty())
            arguments << QLatin1String(option) << value;
    };
    add("--page", context.page);
    if (context.customProfile && context.customProfile->id == context.cloudId)
        add("--profile", context.customProfile->sourceFile);
    else
        add("--cloud", context.cloudId);
    add("--install-folder", context.installFolder);
    add("--temp-folder", context.tempFolder);
    add("--vault-credentials", context.vaultCredentials);
    add("--log-file", context.logFile);
    add("--language", context.language);
    add("--error", context.agentError);
    add("--proxy", context.proxy);
    return arguments;
}

}  // namespace mars
