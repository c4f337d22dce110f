#include "Check.h"

namespace mars {

// The inverse of app/ContextFromOptions: a test round-trips every field through the real parser.
QStringList restartArguments(const CheckContext& context)
{
    QStringList arguments;
    auto add = [&arguments](const char* option, const QString& value) {
        if (!value.isEmpty())
            arguments << QLatin1String(option) << value;
    };
    add("--page", context.page);
    add("--cloud", context.cloudId);
    add("--install-folder", context.installFolder);
    add("--temp-folder", context.tempFolder);
    add("--vault-credentials", context.vaultCredentials);
    add("--log-file", context.logFile);
    add("--language", context.language);
    add("--proxy", context.proxy);
    return arguments;
}

}  // namespace mars
