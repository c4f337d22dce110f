#include "CheckInputs.h"

#include "Message.h"
#include "errors/AgentErrors.h"
#include "network/ProxyRoutes.h"

#include <QFileInfo>

namespace mars {

std::optional<CloudProfile> profileFor(const CheckInputs& inputs)
{
    if (inputs.customProfile && inputs.customProfile->id == inputs.cloudId)
        return inputs.customProfile;
    return CloudProfiles::find(inputs.cloudId);
}

namespace {

bool customProfileChosen(const CheckInputs& inputs) { return inputs.customProfile && inputs.customProfile->id == inputs.cloudId; }

// A folder option: absolute, since relative paths mean another folder after an elevated restart (whose working
// folder may differ).
InputOption folderOption(const char* name, const char* description, QString CheckInputs::*field)
{
    return {name, QT_TRANSLATE_NOOP("mars::InputOption", "folder"), description, true,
            [name, field](CheckInputs& inputs, const QString& value) {
                if (!QFileInfo(value).isAbsolute())
                    return InputOptions::tr("--%1 needs an absolute folder path.").arg(QLatin1String(name));
                inputs.*field = value;
                return QString();
            },
            [field](const CheckInputs& inputs) { return inputs.*field; }};
}

std::vector<InputOption> makeOptions()
{
    std::vector<InputOption> options;
    options.push_back({"cloud", QT_TRANSLATE_NOOP("mars::InputOption", "cloud"),
                       QT_TRANSLATE_NOOP("mars::InputOption", "The vault's cloud: china (default), public or usgov."), false,
                       [](CheckInputs& inputs, const QString& value) {
                           if (!CloudProfiles::find(value))
                               return InputOptions::tr("Unknown cloud \"%1\"; use china, public or usgov.").arg(escapeControl(value.left(40)));
                           inputs.cloudId = value;
                           return QString();
                       },
                       [](const CheckInputs& inputs) { return customProfileChosen(inputs) ? QString() : inputs.cloudId; }});
    options.push_back({"profile", QT_TRANSLATE_NOOP("mars::InputOption", "file"),
                       QT_TRANSLATE_NOOP("mars::InputOption", "Use the custom cloud profile <file> (JSON, like the built-in ones: "
                                                              "private endpoints, a new region) instead of --cloud."),
                       true,
                       [](CheckInputs& inputs, const QString& value) {
                           QString reason;
                           // Absolute, so the path means the same after an elevated restart.
                           std::optional<CloudProfile> profile = CloudProfiles::load(QFileInfo(value).absoluteFilePath(), &reason);
                           if (!profile)
                               return InputOptions::tr("--profile: %1").arg(escapeControl(reason));
                           inputs.cloudId = profile->id;
                           inputs.customProfile = std::move(profile);
                           return QString();
                       },
                       [](const CheckInputs& inputs) { return customProfileChosen(inputs) ? inputs.customProfile->sourceFile : QString(); }});
    options.push_back(folderOption("install-folder", QT_TRANSLATE_NOOP("mars::InputOption", "Check <folder> as the agent's installation "  // not a check id
                                                                                              "folder instead of where it is installed."),
                                   &CheckInputs::installFolder));
    options.push_back(folderOption("temp-folder", QT_TRANSLATE_NOOP("mars::InputOption", "Check <folder> for .tmp files instead of the "
                                                                                           "Windows temporary folders."),
                                   &CheckInputs::tempFolder));
    options.push_back({"vault-credentials", QT_TRANSLATE_NOOP("mars::InputOption", "file"),  // the option, not a check id
                       QT_TRANSLATE_NOOP("mars::InputOption", "Check <file>, the vault credentials file you will give the agent; "
                                                              "with --check, also test the sign-in it makes (nothing is registered)."),
                       true,
                       [](CheckInputs& inputs, const QString& value) {
                           if (value.isEmpty() || QFileInfo(value).isDir())
                               return InputOptions::tr("--vault-credentials needs a file name.");
                           // Absolute, so the path means the same after an elevated restart.
                           inputs.vaultCredentials = QFileInfo(value).absoluteFilePath();
                           return QString();
                       },
                       [](const CheckInputs& inputs) { return inputs.vaultCredentials; }});
    options.push_back({"error", QT_TRANSLATE_NOOP("mars::InputOption", "error"),
                       QT_TRANSLATE_NOOP("mars::InputOption", "Start from the error the agent showed: its ID (such as 34513 or "
                                                              "0x1FC07) or its message. The checks of its causes run first and the "
                                                              "report says which were found."),
                       false,
                       [](CheckInputs& inputs, const QString& value) {
                           const ErrorMatch match = lookUpAgentError(value);
                           if (!match.found()) {
                               QStringList known;
                               for (const AgentError& entry : agentErrors())
                                   known << entry.idText();
                               for (const AdviceOnlyError& entry : adviceOnlyErrors())
                                   known << entry.idText();
                               return InputOptions::tr("--error: no agent error this tool knows matches \"%1\"; known: %2.")
                                   .arg(escapeControl(value.left(60)), known.join(QStringLiteral(", ")));
                           }
                           inputs.agentError = match.idText();
                           return QString();
                       },
                       [](const CheckInputs& inputs) { return inputs.agentError; }});
    options.push_back({"proxy", QT_TRANSLATE_NOOP("mars::InputOption", "host:port"),
                       QT_TRANSLATE_NOOP("mars::InputOption", "Also probe the service through the HTTP proxy <host:port>: the one "
                                                              "the agent is given, or is about to be."),
                       false,
                       [](CheckInputs& inputs, const QString& value) {
                           QString reason;
                           if (!parseProxyOption(value, &reason))
                               return InputOptions::tr("--proxy %1: %2.").arg(escapeControl(value.left(80)), reason);
                           inputs.proxy = value.trimmed();
                           return QString();
                       },
                       [](const CheckInputs& inputs) { return inputs.proxy; }});
    return options;
}

}  // namespace

const std::vector<InputOption>& InputOptions::all()
{
    static const std::vector<InputOption> options = makeOptions();
    return options;
}

QString InputOptions::validate(const QStringList& given)
{
    if (given.contains(QLatin1String("cloud")) && given.contains(QLatin1String("profile")))
        return tr("Choose one of --cloud and --profile.");
    return {};
}

}  // namespace mars
