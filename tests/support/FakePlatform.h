#pragma once
// A Platform whose answers the test sets: the cases real machines (and Wine) cannot produce on demand —
// a split-token administrator, a compressed or encrypted folder, a declined UAC prompt. One object plays every
// concern. Its calls are safe from worker threads (one lock); tests set its fields while no check runs.
#include "checks/platform/Platform.h"

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

namespace mars::test {

class FakePlatform final : public platform::Platform,
                           public platform::Elevation,
                           public platform::Folders,
                           public platform::AgentRecords,
                           public platform::AgentEventLog,
                           public platform::TempFiles,
                           public platform::SystemClock,
                           public platform::NetworkSettings,
                           public platform::SystemConfig,
                           public platform::SystemAccount,
                           public platform::ProgramSignature,
                           public platform::AntivirusExclusions,
                           public platform::BackupSchedule {
public:
    platform::Elevation& elevation() override { return *this; }
    platform::Folders& folders() override { return *this; }
    platform::AgentRecords& agent() override { return *this; }
    platform::AgentEventLog& agentEventLog() override { return *this; }
    platform::TempFiles& tempFiles() override { return *this; }
    platform::SystemClock& clock() override { return *this; }
    platform::NetworkSettings& networkSettings() override { return *this; }
    platform::SystemConfig& systemConfig() override { return *this; }
    platform::SystemAccount& systemAccount() override { return *this; }
    platform::BackupSchedule& backupSchedule() override { return *this; }

    // The run as SYSTEM: what `systemRunner` does (a test may start the real program with it), else "unavailable".
    // Called without the lock: a runner may take as long as a real task.
    std::function<platform::SystemRun(const platform::ProbeProgram&, const std::vector<std::string>&, const std::string&, int)> systemRunner;
    std::string systemSid = "S-1-5-18";
    std::vector<std::vector<std::string>> systemRuns;  // the arguments of every run
    std::vector<std::string> systemInputs;             // the input file of every run
    std::string expectedSid() override { return systemSid; }
    platform::SystemRun runAsSystem(const platform::ProbeProgram& program, const std::vector<std::string>& arguments, const std::string& input,
                                    int timeoutMs) override
    {
        {
            std::lock_guard lock(m_mutex);
            systemRuns.push_back(arguments);
            systemInputs.push_back(input);
        }
        if (systemRunner)
            return systemRunner(program, arguments, input, timeoutMs);
        platform::SystemRun run;
        run.error = "no SYSTEM account in this test";
        return run;
    }
    platform::ProgramSignature& programSignature() override { return *this; }
    platform::AntivirusExclusions& antivirusExclusions() override { return *this; }

    // Microsoft Defender: running, its lists readable and empty unless a test says otherwise. Add and Remove change
    // the local list as MSFT_MpPreference would, unless `defenderIgnoresChanges` (tamper protection with
    // DisableLocalAdminMerge: the call succeeds and nothing changes) or `defenderChangeFails`.
    platform::DefenderExclusions defender{platform::ExclusionsUnreadable::None, {}, {}, false, std::nullopt, ""};
    std::optional<platform::ExclusionList> defenderAddedRecord;
    bool defenderIgnoresChanges = false;
    bool defenderChangeFails = false;
    std::vector<std::string> defenderCalls;  // "add path C:\...", "remove process cbengine.exe", in order
    platform::DefenderExclusions defenderExclusions() override
    {
        std::lock_guard lock(m_mutex);
        return defender;
    }
    platform::ChangeResult addDefenderExclusions(const platform::ExclusionList& add) override
    {
        return changeDefender(add, true);
    }
    platform::ChangeResult removeDefenderExclusions(const platform::ExclusionList& remove) override
    {
        return changeDefender(remove, false);
    }
    std::optional<platform::ExclusionList> addedDefenderExclusions() override
    {
        std::lock_guard lock(m_mutex);
        return defenderAddedRecord;
    }
    platform::ChangeResult recordAddedDefenderExclusions(const platform::ExclusionList& added) override
    {
        std::lock_guard lock(m_mutex);
        defenderAddedRecord = added;
        return {{"recorded the added exclusions"}, {}};
    }
    platform::ChangeResult forgetAddedDefenderExclusions() override
    {
        std::lock_guard lock(m_mutex);
        defenderAddedRecord.reset();
        return {{"forgot the added exclusions"}, {}};
    }

    struct Folder {
        bool isDirectory = true;
        platform::FolderAttributes attributes = 0;
    };

    platform::AdminStatus admin{true, true, true, platform::ElevationType::Full, "TEST\\helpdesk", ""};
    std::map<std::filesystem::path, Folder> onDisk;  // the folders (and files) that exist
    std::map<std::filesystem::path, std::string> unreadable;  // folders whose attributes cannot be read, and why
    std::filesystem::path installFolder = "C:/Program Files/Microsoft Azure Recovery Services Agent";
    bool installed = false;
    bool writable = true;
    bool relaunchSupported = true;
    bool relaunchDeclined = false;
    platform::FolderAttributes unclearable = 0;  // attributes clearAttributes fails on, as Wine does for compression
    std::vector<std::vector<std::string>> relaunches;
    std::vector<std::filesystem::path> tempFolders = {"C:/Windows/Temp"};
    std::map<std::filesystem::path, platform::TmpScan> tmp;  // what each temp folder holds
    std::uint64_t tmpInUse = 0;                                 // files each cleanup finds in use
    platform::TimeService time{true, true, true, false, ""};
    int resyncs = 0;
    std::vector<double> clockSets;  // every setClock() call, so tests can prove the clock was (not) set
    std::optional<std::uint64_t> uptime = 3 * 86400 + 4 * 3600 + 5 * 60 + 6;  // 3 days 04:05:06
    int clearCalls = 0;

    bool adminQueryThrows = false;  // a check whose platform call throws: the session must turn it into Error
    platform::AdminStatus queryAdminStatus() override
    {
        std::lock_guard lock(m_mutex);
        if (adminQueryThrows)
            throw std::runtime_error("token query threw");
        return admin;
    }

    platform::AttributeRead readAttributes(const std::filesystem::path& path) override
    {
        std::lock_guard lock(m_mutex);
        platform::AttributeRead read;
        if (const auto refused = unreadable.find(path); refused != unreadable.end()) {
            read.state = platform::AttributeRead::State::Failed;
            read.error = refused->second;
            return read;
        }
        const auto found = onDisk.find(path);
        if (found == onDisk.end()) {
            read.state = platform::AttributeRead::State::Missing;
            return read;
        }
        read.state = platform::AttributeRead::State::Found;
        read.isDirectory = found->second.isDirectory;
        read.attributes = found->second.attributes;
        return read;
    }

    platform::ChangeResult clearAttributes(const std::filesystem::path& folder, platform::FolderAttributes which) override
    {
        std::lock_guard lock(m_mutex);
        ++clearCalls;
        platform::ChangeResult result;
        auto& entry = onDisk[folder];
        const platform::FolderAttributes clearable = which & ~unclearable;
        entry.attributes &= ~clearable;
        if (clearable)
            result.changed.push_back("cleared " + std::to_string(clearable));
        if (which & unclearable)
            result.failed.push_back("not supported");
        return result;
    }

    bool canChangeAttributes(const std::filesystem::path&) override
    {
        std::lock_guard lock(m_mutex);
        return writable;
    }

    // What each folder's storage is; a folder not listed is missing, on a volume nobody could read.
    std::map<std::filesystem::path, platform::FolderStorage> storage;
    platform::FolderStorage folderStorage(const std::filesystem::path& folder) override
    {
        std::lock_guard lock(m_mutex);
        const auto found = storage.find(folder);
        if (found != storage.end())
            return found->second;
        platform::FolderStorage missing;
        missing.state = platform::AttributeRead::State::Missing;
        return missing;
    }

    std::vector<std::filesystem::path> agentTempFolders() override
    {
        std::lock_guard lock(m_mutex);
        return tempFolders;
    }
    platform::TmpScan scanTmpFiles(const std::filesystem::path& folder) override
    {
        std::lock_guard lock(m_mutex);
        return tmp[folder];
    }
    platform::TmpCleanup deleteTmpFiles(const std::filesystem::path& folder, platform::Progress& progress) override
    {
        std::lock_guard lock(m_mutex);
        platform::TmpScan& scan = tmp[folder];
        platform::TmpCleanup cleanup;
        cleanup.ok = scan.ok;
        cleanup.error = scan.error;
        if (!scan.ok)
            return cleanup;
        progress.total = scan.files;
        cleanup.inUse = std::min(tmpInUse, scan.files);
        cleanup.deleted = scan.files - cleanup.inUse;
        cleanup.bytesFreed = scan.files ? scan.bytes * cleanup.deleted / scan.files : 0;
        cleanup.notRegular = scan.notRegular;
        progress.done = scan.files;
        scan.files = cleanup.inUse;
        scan.bytes -= cleanup.bytesFreed;
        return cleanup;
    }
    platform::InstallLocation agentInstallLocation() override
    {
        std::lock_guard lock(m_mutex);
        return {installFolder, installed};
    }
    platform::AgentRegistration registration;
    platform::AgentRegistration agentRegistration() override
    {
        std::lock_guard lock(m_mutex);
        return registration;
    }
    platform::TimeService timeService() override
    {
        std::lock_guard lock(m_mutex);
        return time;
    }
    platform::ChangeResult resyncClock() override
    {
        std::lock_guard lock(m_mutex);
        ++resyncs;
        return {{"asked Windows Time to resync"}, {}};
    }
    platform::ChangeResult setClock(double unixSeconds) override
    {
        std::lock_guard lock(m_mutex);
        clockSets.push_back(unixSeconds);
        return {{"set the system clock"}, {}};
    }
    std::optional<std::uint64_t> uptimeSeconds() override
    {
        std::lock_guard lock(m_mutex);
        return uptime;
    }
    // The agent's binary and service, and the system's configuration: a healthy, current Windows Server 2022 unless a
    // test says otherwise.
    platform::AgentBinary binary{true, true, "C:/Program Files/Microsoft Azure Recovery Services Agent/bin/cbengine.exe", true, {2, 0, 9262, 0}, ""};
    platform::AgentService service{true, true, platform::ServiceState::Running, platform::StartType::Automatic, false, ""};
    bool serviceStartFails = false;
    int serviceStarts = 0, serviceRestarts = 0;
    platform::OsInfo os{true, 10, 0, 20348, true, false, true, "x64", "Windows Server 2022 Datacenter", "21H2", ""};
    platform::DotNetInfo dotNetInfo{true, true, 528449};
    // Absent from the map: absent from the registry. By default the documented values, all set.
    std::map<platform::TlsValue, std::uint32_t> tlsRegistry{
        {platform::TlsValue::SchannelClientEnabled, 1}, {platform::TlsValue::SchannelClientDisabledByDefault, 0},
        {platform::TlsValue::StrongCrypto64, 1},        {platform::TlsValue::SystemDefaultTls64, 1},
        {platform::TlsValue::StrongCrypto32, 1},        {platform::TlsValue::SystemDefaultTls32, 1}};
    bool tlsApplicable = true;
    std::optional<platform::TlsValues> savedTls;
    int tlsWrites = 0;
    bool tlsSaveFails = false;

    platform::AgentBinary agentBinary() override
    {
        std::lock_guard lock(m_mutex);
        return binary;
    }
    // The agent's event channel: what `events` holds (newest first), as the Win32 reader returns it, bounded the same
    // way; `eventChannels` records every channel asked for. The fake stands in where Wine's wevtapi cannot query.
    platform::AgentEventRead events = [] {
        platform::AgentEventRead none;
        none.state = platform::AgentEventRead::State::NoChannel;
        none.reason = "the channel was not found (fake)";
        return none;
    }();
    std::vector<std::string> eventChannels;
    std::vector<std::thread::id> eventThreads;  // which thread asked: never the UI thread
    platform::AgentEventRead newestProblems(const std::string& channel, std::size_t maxEvents) override
    {
        std::lock_guard lock(m_mutex);
        eventChannels.push_back(channel);
        eventThreads.push_back(std::this_thread::get_id());
        platform::AgentEventRead read = events;
        if (read.events.size() > std::min(maxEvents, platform::kMaxAgentEvents))
            read.events.resize(std::min(maxEvents, platform::kMaxAgentEvents));
        for (platform::AgentEvent& event : read.events)
            event.messageCut = platform::cutUtf8(event.message, platform::kMaxEventMessageBytes) || event.messageCut;
        return read;
    }
    platform::AgentService agentService() override
    {
        std::lock_guard lock(m_mutex);
        return service;
    }
    platform::ChangeResult startAgentService() override
    {
        std::lock_guard lock(m_mutex);
        ++serviceStarts;
        if (serviceStartFails)
            return {{}, {"StartService failed: the service did not respond"}};
        if (service.startType == platform::StartType::Disabled)
            service.startType = platform::StartType::Automatic;
        service.state = platform::ServiceState::Running;
        return {{"started obengine"}, {}};
    }
    platform::ChangeResult restartAgentService() override
    {
        std::lock_guard lock(m_mutex);
        ++serviceRestarts;
        service.state = platform::ServiceState::Running;
        return {{"restarted obengine"}, {}};
    }
    platform::OsInfo osInfo() override
    {
        std::lock_guard lock(m_mutex);
        return os;
    }
    platform::DotNetInfo dotNet() override
    {
        std::lock_guard lock(m_mutex);
        return dotNetInfo;
    }
    platform::TlsSettings tlsSettings() override
    {
        std::lock_guard lock(m_mutex);
        platform::TlsSettings settings;
        settings.applicable = tlsApplicable;
        if (!tlsApplicable)
            return settings;
        for (platform::TlsValue which : platform::allTlsValues()) {
            const auto found = tlsRegistry.find(which);
            settings.values.push_back({which, found != tlsRegistry.end(), found != tlsRegistry.end() ? found->second : 0u});
        }
        return settings;
    }
    platform::ChangeResult writeTlsSettings(const platform::TlsValues& values) override
    {
        std::lock_guard lock(m_mutex);
        ++tlsWrites;
        platform::ChangeResult result;
        for (const platform::TlsValueState& value : values) {
            if (value.present)
                tlsRegistry[value.which] = value.value;
            else
                tlsRegistry.erase(value.which);
            result.changed.push_back(std::string("wrote ") + platform::tlsValueId(value.which));
        }
        return result;
    }
    std::optional<platform::TlsValues> savedTlsSettings() override
    {
        std::lock_guard lock(m_mutex);
        return savedTls;
    }
    platform::ChangeResult saveTlsSettings(const platform::TlsValues& values) override
    {
        std::lock_guard lock(m_mutex);
        if (tlsSaveFails)
            return {{}, {"access denied"}};
        savedTls = values;
        return {{"saved the earlier TLS values"}, {}};
    }
    platform::ChangeResult forgetSavedTlsSettings() override
    {
        std::lock_guard lock(m_mutex);
        savedTls.reset();
        return {{"forgot the saved TLS values"}, {}};
    }

    bool canOpenProxySettings() override { return true; }
    platform::ChangeResult openProxySettings() override { return {{"opened the proxy settings"}, {}}; }

    // The routes. Direct for this account by default; WinHTTP and the agent as on a machine without them.
    platform::ProxySetting account{true, "", false, "", "", "", "Internet Options (fake)", ""};
    platform::ProxySetting machine{false, "there is no WinHTTP here (fake)", false, "", "", "", "", ""};
    platform::ProxySetting agentSetting{false, "the agent is not installed (fake)", false, "", "", "", "", ""};
    // What a PAC file answers per URL ("" = DIRECT), as WinHttpGetProxyForUrl would; a URL not listed: no answer.
    std::map<std::string, std::vector<std::string>> pacAnswers;
    std::vector<std::string> pacQueries;
    std::vector<std::string> networkCalls;  // every fix's call, in order: "set-agent-proxy host 8080", ...
    platform::ProxySetting accountProxy() override
    {
        std::lock_guard lock(m_mutex);
        return account;
    }
    platform::ProxySetting machineProxy() override
    {
        std::lock_guard lock(m_mutex);
        return machine;
    }
    platform::ProxySetting agentProxy() override
    {
        std::lock_guard lock(m_mutex);
        return agentSetting;
    }
    platform::AutoProxyAnswer evaluateAutoProxy(const platform::ProxySetting&, const std::string& url, int) override
    {
        std::lock_guard lock(m_mutex);
        pacQueries.push_back(url);
        const auto found = pacAnswers.find(url);
        if (found == pacAnswers.end())
            return {false, {}, "the PAC file gave no answer for " + url};
        return {true, found->second, ""};
    }
    platform::ChangeResult setAgentProxy(const std::string& server, unsigned port) override
    {
        std::lock_guard lock(m_mutex);
        networkCalls.push_back("set-agent-proxy " + server + " " + std::to_string(port));
        agentSetting = {true, "", false, "", server + ":" + std::to_string(port), "", "Get-OBMachineSetting (fake)", ""};
        return {{"Set-OBMachineSetting -ProxyServer " + server + " -ProxyPort " + std::to_string(port)}, {}};
    }
    platform::ChangeResult removeAgentProxy() override
    {
        std::lock_guard lock(m_mutex);
        networkCalls.push_back("remove-agent-proxy");
        agentSetting = {true, "", false, "", "", "", "Get-OBMachineSetting (fake)", ""};
        return {{"Set-OBMachineSetting -NoProxy"}, {}};
    }
    platform::ChangeResult importAccountProxyToWinHttp() override
    {
        std::lock_guard lock(m_mutex);
        networkCalls.push_back("import-winhttp");
        machine = {true, "", false, "", account.proxy, account.bypass, "WinHTTP (fake)", ""};
        return {{"netsh winhttp import proxy source=ie"}, {}};
    }
    std::map<platform::SavedProxyOf, platform::SavedProxy> savedProxies;
    std::optional<platform::SavedProxy> savedProxy(platform::SavedProxyOf which) override
    {
        std::lock_guard lock(m_mutex);
        const auto found = savedProxies.find(which);
        return found == savedProxies.end() ? std::nullopt : std::optional(found->second);
    }
    platform::ChangeResult saveProxy(platform::SavedProxyOf which, const platform::SavedProxy& saved) override
    {
        std::lock_guard lock(m_mutex);
        savedProxies[which] = saved;
        return {{"saved the earlier " + std::string(platform::savedProxyName(which)) + " proxy setting"}, {}};
    }
    platform::ChangeResult forgetSavedProxy(platform::SavedProxyOf which) override
    {
        std::lock_guard lock(m_mutex);
        savedProxies.erase(which);
        return {};
    }
    platform::ChangeResult setWinHttpProxy(const platform::WinHttpProxyChange& change) override
    {
        std::lock_guard lock(m_mutex);
        networkCalls.push_back(change.reset ? "reset-winhttp" : "set-winhttp " + change.proxy + " " + change.bypass);
        machine = {true, "", false, "", change.reset ? "" : change.proxy, change.reset ? "" : change.bypass, "WinHTTP (fake)", ""};
        return {{change.reset ? "netsh winhttp reset proxy" : "netsh winhttp set proxy " + change.proxy}, {}};
    }
    bool canRelaunchElevated() override
    {
        std::lock_guard lock(m_mutex);
        return relaunchSupported;
    }

    std::vector<std::uintptr_t> relaunchOwners;  // the window each consent prompt belonged to
    std::vector<std::thread::id> relaunchThreads;  // and the thread that asked for it
    platform::ChangeResult relaunchElevated(const std::vector<std::string>& arguments, std::uintptr_t ownerWindow) override
    {
        std::lock_guard lock(m_mutex);
        relaunches.push_back(arguments);
        relaunchOwners.push_back(ownerWindow);
        relaunchThreads.push_back(std::this_thread::get_id());
        if (relaunchDeclined)
            return {{}, {"the administrator prompt was declined"}};
        return {{"started as administrator"}, {}};
    }

    // Mapped network drives as the elevated token lacks them: a path starting with a key comes back with the value
    // in its place (Z:\ -> \\fileserver\share\), as WNetGetUniversalNameW turns it; any other path unchanged.
    std::map<std::string, std::string> mappedDrives;
    std::string reachableWhenElevated(const std::string& path) override
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [drive, unc] : mappedDrives)
            if (path.compare(0, drive.size(), drive) == 0)
                return unc + path.substr(drive.size());
        return path;
    }

    // The agent's scheduled backups: both tasks there, enabled, as SYSTEM; Windows PowerShell 5.1; the agent's module
    // folder in PSModulePath; RemoteSigned; no Group Policy. As a healthy, registered server has them.
    platform::BackupScheduleState schedule = healthySchedule();
    std::optional<platform::SavedSchedule> savedScheduleRecord;
    std::vector<std::string> scheduleCalls;  // every change, in order: "enable \\Microsoft\\...", "module-path ..."
    bool taskChangeFails = false;
    bool scheduleSaveFails = false;
    static platform::BackupScheduleState healthySchedule()
    {
        platform::BackupScheduleState state;
        state.applicable = true;
        for (const char* name : {platform::kAgentBackupTask, platform::kAgentSystemStateTask}) {
            platform::AgentTask task;
            task.path = platform::agentTaskPath(name);
            task.state = platform::AgentTask::State::Found;
            task.enabled = true;
            task.accountRead = true;
            task.account = "S-1-5-18";
            task.accountSid = "S-1-5-18";
            state.tasks.push_back(task);
        }
        const auto text = [](const std::string& value, bool expandable, const std::string& expanded) {
            platform::RegistryText read;
            read.state = platform::RegistryText::State::Read;
            read.text = value;
            read.expandable = expandable;
            read.expanded = expanded;
            return read;
        };
        state.powerShellVersion = text("5.1.20348.1", false, "5.1.20348.1");
        state.machineModulePath =
            text("%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules;"
                 "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\",
                 true,
                 "C:\\Program Files\\WindowsPowerShell\\Modules;C:\\Windows\\system32\\WindowsPowerShell\\v1.0\\Modules;"
                 "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules\\");
        state.machinePolicy = text("RemoteSigned", false, "RemoteSigned");
        return state;
    }
    platform::BackupScheduleState read() override
    {
        std::lock_guard lock(m_mutex);
        return schedule;
    }
    platform::TaskChange setTaskEnabled(const std::string& path, bool enabled) override
    {
        std::lock_guard lock(m_mutex);
        scheduleCalls.push_back(std::string(enabled ? "enable " : "disable ") + path);
        platform::TaskChange change;
        for (platform::AgentTask& task : schedule.tasks)
            if (task.path == path && task.state == platform::AgentTask::State::Found) {
                change.wasEnabled = task.enabled;
                if (taskChangeFails) {
                    change.result.failed.push_back("task " + path + ": access denied (fake)");
                    return change;
                }
                task.enabled = enabled;
                change.result.changed.push_back("task " + path + (enabled ? " enabled" : " disabled"));
                return change;
            }
        change.result.failed.push_back("task " + path + ": not found (fake)");
        return change;
    }
    platform::ModulePathChange writeMachineModulePath(const platform::RegistryText& value) override
    {
        std::lock_guard lock(m_mutex);
        scheduleCalls.push_back("module-path " + (value.state == platform::RegistryText::State::Read ? value.text : std::string("(absent)")));
        platform::ModulePathChange change;
        change.before = schedule.machineModulePath;
        schedule.machineModulePath = value;
        if (value.state == platform::RegistryText::State::Read)
            schedule.machineModulePath.expanded = value.text;  // the fake expands nothing
        change.result.changed.push_back("wrote PSModulePath");
        return change;
    }
    std::optional<platform::SavedSchedule> savedSchedule() override
    {
        std::lock_guard lock(m_mutex);
        return savedScheduleRecord;
    }
    platform::ChangeResult saveSchedule(const platform::SavedSchedule& saved) override
    {
        std::lock_guard lock(m_mutex);
        scheduleCalls.push_back("save");
        if (scheduleSaveFails)
            return {{}, {"access denied (fake)"}};
        if (saved.empty())
            savedScheduleRecord.reset();
        else
            savedScheduleRecord = saved;
        return {{"saved the backup schedule values"}, {}};
    }

    // The running program's signature, as the test says it is (Wine's WinVerifyTrust shows the real ones).
    platform::SignatureStatus signature{platform::SignatureStatus::State::Unsigned, {}, {}, "WinVerifyTrust: 0x800B0100"};
    platform::SignatureStatus ofRunningProgram() override
    {
        std::lock_guard lock(m_mutex);
        return signature;
    }

private:
    platform::ChangeResult changeDefender(const platform::ExclusionList& list, bool add)
    {
        std::lock_guard lock(m_mutex);
        platform::ChangeResult result;
        auto change = [&](std::vector<std::string>& kept, const std::vector<std::string>& items, const char* kind) {
            for (const std::string& item : items) {
                defenderCalls.push_back(std::string(add ? "add " : "remove ") + kind + " " + item);
                if (defenderChangeFails) {
                    result.failed.push_back(std::string("could not change ") + item + ": 0x80070005 (fake)");
                    continue;
                }
                if (!defenderIgnoresChanges) {
                    if (add)
                        kept.push_back(item);
                    else
                        kept.erase(std::remove(kept.begin(), kept.end(), item), kept.end());
                }
                result.changed.push_back(std::string(add ? "added " : "removed ") + item);
            }
        };
        change(defender.local.paths, list.paths, "path");
        change(defender.local.processes, list.processes, "process");
        return result;
    }


    std::mutex m_mutex;
};

}  // namespace mars::test
