#pragma once
#include "CloudProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace mars {

// Where the network checks look instead of the cloud profile's places. No command-line option sets these: tests point
// them at servers of their own on loopback; empty or 0 means the profile's and the defaults.
struct NetworkOverrides {
    QStringList timeServers;      // "host" or "host:port" for SNTP
    QStringList dateUrls;         // HTTPS URLs whose Date header is read
    int stageTimeoutMs = 0;       // per stage
    QList<EndpointProbe> probes;  // replaces the cloud profile's endpoints
    // Where the sign-in rehearsal sends its token request instead of the file's authority (which is still checked
    // against the known Entra ID hosts).
    QString tokenEndpoint;
};

// What the user asks the checks about: the things a check declares it reads (CheckSpec::inputs). Given on the command
// line, typed into the wizard, and carried through an elevated restart by the one table below.
struct CheckInputs {
    QString cloudId = QStringLiteral("china");
    // --profile FILE: a custom cloud profile (private endpoints, a new region), used while cloudId is its id.
    std::optional<CloudProfile> customProfile;
    QString installFolder;     // empty: where the agent is installed, or its default folder
    QString tempFolder;        // empty: the agent's temp folders (Windows), the system temp folder (POSIX)
    QString vaultCredentials;  // the .VaultCredentials file the user will give the agent; empty: none chosen yet
    QString agentError;        // the agent's error the run starts from (AgentErrors' canonical id); empty: none
    QString proxy;             // "host:port" of an HTTP proxy the agent is (about to be) given, probed as one more route
    // The vault check also rehearses the agent's sign-in (--check with a file; the row's "Test sign-in" fix).
    bool rehearseSignIn = false;
    NetworkOverrides network;  // tests only; never on a command line, never carried through a restart
};

// The cloud profile the checks use: the custom one while it is chosen, else the built-in one of that id.
std::optional<CloudProfile> profileFor(const CheckInputs& inputs);

// One command-line option that sets an input: how it is read (and refused), and how an input is written back as that
// option. The command line, the elevated restart and their round-trip test all walk this table, so an input added here
// is parsed, carried and tested without another list to keep in step.
struct InputOption {
    const char* name;         // without the dashes
    const char* valueName;    // shown in --help (translated, context "mars::InputOption")
    const char* description;  // --help's text (translated, context "mars::InputOption")
    bool isPath;              // a file or folder: the elevated instance must be able to open it (restartArguments)
    // Reads `value` into `inputs`; an empty result means it was taken, else the reason it was refused.
    std::function<QString(CheckInputs& inputs, const QString& value)> read;
    // The value that brings `inputs` back; empty: nothing to carry.
    std::function<QString(const CheckInputs& inputs)> written;
};

class InputOptions {
    Q_DECLARE_TR_FUNCTIONS(mars::InputOption)
public:
    static const std::vector<InputOption>& all();
    // Rules between options, once all are read: "" or the reason (e.g. both --cloud and --profile).
    static QString validate(const QStringList& given);
};

}  // namespace mars
