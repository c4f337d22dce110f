// The scheduled-backup check's logic with the fake platform (checks/platform/tests/Win32BackupScheduleTest.cpp registers the
// agent's tasks in the Wine prefix and reads them and the registry values back through the Win32 layer): what a
// registered server's tasks, PowerShell, PSModulePath and execution policy make of the verdict, that nothing is
// judged before registration, and the two fixes with their put-back twins.
#include "checks/registration/BackupScheduleCheck.h"
#include "tests/support/FakePlatform.h"

#include "tests/support/CatchQt.h"

using namespace mars;
using namespace mars::platform;

namespace {
FixProgress progress;
using Code = BackupScheduleCheck::Code;

bool found(const CheckResult& result, Code code)
{
    return result.finding == findingOf<BackupScheduleCheck>(code);
}

std::shared_ptr<test::FakePlatform> registeredServer()
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->registration.applicable = true;
    fake->registration.registered = true;
    fake->registration.vault.state = RegisteredVault::State::Registered;
    return fake;
}

std::shared_ptr<const Fix> fixNamed(const CheckResult& result, const char* id)
{
    for (const auto& fix : result.fixes)
        if (fix->id() == QLatin1String(id))
            return fix;
    return nullptr;
}

QString evidence(const CheckResult& result)
{
    return renderAll(result.evidence).join('\n');
}

AgentTask& backupTask(test::FakePlatform& fake)
{
    return fake.schedule.tasks.at(0);
}

RegistryText text(const std::string& value, bool expandable = false)
{
    RegistryText read;
    read.state = RegistryText::State::Read;
    read.text = value;
    read.expandable = expandable;
    read.expanded = value;
    return read;
}

RegistryText unreadable(const std::string& why)
{
    RegistryText read;
    read.state = RegistryText::State::Unreadable;
    read.error = why;
    return read;
}

const std::string kModules = "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin\\Modules";
}  // namespace

TEST_CASE("a registered server whose scheduled backups can run passes", "[backup-schedule]")
{
    auto fake = registeredServer();
    const CheckResult result = BackupScheduleCheck(fake).run({});
    INFO(evidence(result).toStdString());
    CHECK(result.status == Status::Pass);
    CHECK(found(result, Code::CanRun));
    CHECK(result.fixes.isEmpty());
    CHECK(evidence(result).contains("runs as SYSTEM"));
    CHECK(evidence(result).contains("5.1.20348.1"));
    CHECK(result.facts["modulePathListsAgent"].toBool());
    CHECK(result.facts["executionPolicy"].toString() == "RemoteSigned");
}

TEST_CASE("before registration there is nothing to schedule, and nothing is judged", "[backup-schedule]")
{
    auto fake = std::make_shared<test::FakePlatform>();  // installed, never registered
    backupTask(*fake).state = AgentTask::State::Missing;
    const CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(found(result, Code::NotRegistered));
    CHECK(result.finding->leavesUnexamined());
    CHECK(result.summary.render() == "Not registered yet: nothing to schedule.");
    CHECK(result.fixes.isEmpty());
    CHECK_FALSE(result.facts["registered"].toBool());
}

TEST_CASE("an unreadable registration record is looked at, not taken for 'not registered'", "[backup-schedule]")
{
    auto fake = std::make_shared<test::FakePlatform>();
    fake->registration.vault.state = RegisteredVault::State::Unreadable;
    CHECK(found(BackupScheduleCheck(fake).run({}), Code::CanRun));
}

TEST_CASE("a system without Task Scheduler or PowerShell is not examined, never passed", "[backup-schedule]")
{
    auto fake = registeredServer();
    fake->schedule = {};
    const CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(found(result, Code::NotExamined));
    CHECK(result.finding->leavesUnexamined());
}

TEST_CASE("a disabled backup task is a named failure with a fix, kept and put back", "[backup-schedule]")
{
    auto fake = registeredServer();
    backupTask(*fake).enabled = false;
    CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Fail);
    CHECK(found(result, Code::TaskDisabled));
    CHECK(result.summary.render() == "The backup task is disabled: scheduled backups do not start.");
    CHECK(evidence(result).contains("The task \\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup is disabled."));
    const auto enable = fixNamed(result, "enable-backup-task");
    REQUIRE(enable);
    CHECK(enable->spec().needsAdmin);
    CHECK_FALSE(fixNamed(result, "put-back-backup-task"));  // nothing changed yet

    const FixOutcome outcome = enable->apply({}, progress);
    CHECK(outcome.ok());
    CHECK(renderAll(outcome.before).join('\n').contains("Microsoft-OnlineBackup was disabled"));
    // What it was is kept before anything changes.
    REQUIRE(fake->scheduleCalls.size() == 2);
    CHECK(fake->scheduleCalls[0] == "save");
    CHECK(fake->scheduleCalls[1] == "enable \\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup");
    CHECK(backupTask(*fake).enabled);
    REQUIRE(fake->savedScheduleRecord);
    CHECK(fake->savedScheduleRecord->tasksEnabled == std::vector<std::string>{"\\Microsoft\\OnlineBackup\\Microsoft-OnlineBackup"});

    result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    const auto putBack = fixNamed(result, "put-back-backup-task");
    REQUIRE(putBack);
    CHECK(putBack->plan().render().contains("Microsoft-OnlineBackup"));
    CHECK(putBack->apply({}, progress).ok());
    CHECK_FALSE(backupTask(*fake).enabled);
    CHECK_FALSE(fake->savedScheduleRecord);

    result = BackupScheduleCheck(fake).run({});
    CHECK(found(result, Code::TaskDisabled));
    CHECK_FALSE(fixNamed(result, "put-back-backup-task"));
}

TEST_CASE("enabling twice keeps the state from before the first time", "[backup-schedule]")
{
    auto fake = registeredServer();
    backupTask(*fake).enabled = false;
    REQUIRE(fixNamed(BackupScheduleCheck(fake).run({}), "enable-backup-task")->apply({}, progress).ok());
    backupTask(*fake).enabled = false;  // someone disabled it again
    REQUIRE(fixNamed(BackupScheduleCheck(fake).run({}), "enable-backup-task")->apply({}, progress).ok());
    REQUIRE(fake->savedScheduleRecord);
    CHECK(fake->savedScheduleRecord->tasksEnabled.size() == 1);
}

TEST_CASE("when the earlier state cannot be kept, the task is not touched", "[backup-schedule]")
{
    auto fake = registeredServer();
    backupTask(*fake).enabled = false;
    fake->scheduleSaveFails = true;
    const FixOutcome outcome = fixNamed(BackupScheduleCheck(fake).run({}), "enable-backup-task")->apply({}, progress);
    CHECK_FALSE(outcome.ok());
    CHECK_FALSE(backupTask(*fake).enabled);
    CHECK(fake->scheduleCalls == std::vector<std::string>{"save"});
}

TEST_CASE("a disabled System State task is named too", "[backup-schedule]")
{
    auto fake = registeredServer();
    fake->schedule.tasks.at(1).enabled = false;
    const CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(found(result, Code::TaskDisabled));
    CHECK(result.summary.render().contains("System State"));
    CHECK(fixNamed(result, "enable-backup-task"));
}

TEST_CASE("the tasks' account: SYSTEM or the Administrators group pass, another account warns", "[backup-schedule]")
{
    auto fake = registeredServer();
    SECTION("the local Administrators group, as the article allows")
    {
        backupTask(*fake).account.clear();
        backupTask(*fake).group = "BUILTIN\\Administrators";
        backupTask(*fake).accountSid = "S-1-5-32-544";
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Pass);
        CHECK(evidence(result).contains("local Administrators group"));
    }
    SECTION("a user account")
    {
        backupTask(*fake).account = "CONTOSO\\backup-admin";
        backupTask(*fake).accountSid = "S-1-5-21-1-2-3-1105";
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(found(result, Code::TaskAccount));
        CHECK(evidence(result).contains("CONTOSO\\backup-admin"));
    }
    SECTION("an account whose SID cannot be told is not taken for SYSTEM")
    {
        backupTask(*fake).account = "SYSTEM";
        backupTask(*fake).accountSid.clear();
        CHECK(found(BackupScheduleCheck(fake).run({}), Code::TaskAccount));
    }
    SECTION("an account that cannot be read")
    {
        backupTask(*fake).accountRead = false;
        backupTask(*fake).error = "0x80070005";
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(found(result, Code::TasksUnreadable));
    }
}

TEST_CASE("missing and unreadable tasks", "[backup-schedule]")
{
    auto fake = registeredServer();
    SECTION("no backup task: nothing is scheduled")
    {
        backupTask(*fake).state = AgentTask::State::Missing;
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(found(result, Code::NoBackupTask));
        CHECK_FALSE(fixNamed(result, "enable-backup-task"));
    }
    SECTION("no System State task: said, not a problem")
    {
        fake->schedule.tasks.at(1).state = AgentTask::State::Missing;
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Pass);
        CHECK(evidence(result).contains("no System State backup is scheduled"));
    }
    SECTION("Task Scheduler cannot be reached: never a pass")
    {
        for (AgentTask& task : fake->schedule.tasks) {
            task.state = AgentTask::State::Unreadable;
            task.error = "Task Scheduler cannot be reached: 0x80070005";
        }
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(found(result, Code::TasksUnreadable));
        CHECK(result.finding->leavesUnexamined());
    }
}

TEST_CASE("Windows PowerShell 3.0 or later", "[backup-schedule]")
{
    auto fake = registeredServer();
    SECTION("the engine key is not there")
    {
        fake->schedule.powerShellVersion = {};
        CHECK(found(BackupScheduleCheck(fake).run({}), Code::PowerShellMissing));
    }
    SECTION("2.0")
    {
        fake->schedule.powerShellVersion = text("2.0");
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Fail);
        CHECK(found(result, Code::PowerShellMissing));
    }
    SECTION("3.0 is enough")
    {
        fake->schedule.powerShellVersion = text("3.0");
        CHECK(BackupScheduleCheck(fake).run({}).status == Status::Pass);
    }
    SECTION("not a version")
    {
        fake->schedule.powerShellVersion = text("five");
        CHECK(found(BackupScheduleCheck(fake).run({}), Code::PowerShellUnreadable));
    }
    SECTION("unreadable")
    {
        fake->schedule.powerShellVersion = unreadable("Access is denied. (error 5)");
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(found(result, Code::PowerShellUnreadable));
    }
}

TEST_CASE("PSModulePath entries are compared as Windows compares paths", "[backup-schedule]")
{
    const QString folder = BackupScheduleCheck::moduleFolder("C:/Program Files/Microsoft Azure Recovery Services Agent");
    CHECK(folder == QString::fromStdString(kModules));
    CHECK(BackupScheduleCheck::listsModuleFolder("C:\\Windows;" + kModules, folder));
    CHECK(BackupScheduleCheck::listsModuleFolder(kModules + "\\;C:\\Windows", folder));
    CHECK(BackupScheduleCheck::listsModuleFolder(" \"c:\\program files\\microsoft azure recovery services agent\\BIN\\modules\" ", folder));
    CHECK(BackupScheduleCheck::listsModuleFolder(kModules + "\\MSOnlineBackup", folder));  // as the article writes it
    CHECK_FALSE(BackupScheduleCheck::listsModuleFolder(kModules + "X", folder));
    CHECK_FALSE(BackupScheduleCheck::listsModuleFolder("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin", folder));
    CHECK_FALSE(BackupScheduleCheck::listsModuleFolder("", folder));
}

TEST_CASE("a module path without the agent's folder: restored, kept and put back", "[backup-schedule]")
{
    auto fake = registeredServer();
    const RegistryText windowsOnly = text("%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules", true);
    fake->schedule.machineModulePath = windowsOnly;
    CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Fail);
    CHECK(found(result, Code::ModulePathMissing));
    const auto restore = fixNamed(result, "restore-module-path");
    REQUIRE(restore);
    CHECK(restore->plan().render().contains(QString::fromStdString(kModules)));

    const FixOutcome outcome = restore->apply({}, progress);
    CHECK(outcome.ok());
    CHECK(renderAll(outcome.before).join('\n').contains("%ProgramFiles%\\WindowsPowerShell\\Modules"));
    CHECK(fake->schedule.machineModulePath.text == windowsOnly.text + ";" + kModules);
    CHECK(fake->schedule.machineModulePath.expandable);  // %ProgramFiles% stays a variable
    REQUIRE(fake->savedScheduleRecord);
    REQUIRE(fake->savedScheduleRecord->modulePath);
    CHECK(fake->savedScheduleRecord->modulePath->text == windowsOnly.text);

    result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Pass);
    const auto putBack = fixNamed(result, "put-back-module-path");
    REQUIRE(putBack);
    CHECK(putBack->apply({}, progress).ok());
    CHECK(fake->schedule.machineModulePath.text == windowsOnly.text);
    CHECK(fake->schedule.machineModulePath.expandable);
    CHECK_FALSE(fake->savedScheduleRecord);
    CHECK(found(BackupScheduleCheck(fake).run({}), Code::ModulePathMissing));
}

TEST_CASE("no machine PSModulePath at all: Windows' default and the agent's folder, and put back to none", "[backup-schedule]")
{
    auto fake = registeredServer();
    fake->schedule.machineModulePath = {};
    REQUIRE(fixNamed(BackupScheduleCheck(fake).run({}), "restore-module-path")->apply({}, progress).ok());
    CHECK(fake->schedule.machineModulePath.text ==
          "%ProgramFiles%\\WindowsPowerShell\\Modules;%SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\Modules;" + kModules);
    CHECK(fake->schedule.machineModulePath.expandable);
    REQUIRE(fixNamed(BackupScheduleCheck(fake).run({}), "put-back-module-path")->apply({}, progress).ok());
    CHECK(fake->schedule.machineModulePath.state == RegistryText::State::Missing);
}

TEST_CASE("an unreadable module path is not examined and not overwritten", "[backup-schedule]")
{
    auto fake = registeredServer();
    fake->schedule.machineModulePath = unreadable("not a string (registry type 4)");
    const CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Warning);
    CHECK(found(result, Code::ModulePathUnreadable));
    CHECK_FALSE(fixNamed(result, "restore-module-path"));
}

TEST_CASE("the execution policy, Group Policy first", "[backup-schedule]")
{
    auto fake = registeredServer();
    SECTION("LocalMachine Restricted")
    {
        fake->schedule.machinePolicy = text("Restricted");
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Fail);
        CHECK(found(result, Code::PolicyRestricted));
        CHECK(evidence(result).contains("Set-ExecutionPolicy RemoteSigned"));
    }
    SECTION("Group Policy turns scripts off, whatever the machine says")
    {
        fake->schedule.groupPolicyEnabled = {RegistryNumber::State::Read, 0, ""};
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(found(result, Code::PolicyByGroupPolicy));
        CHECK(result.facts["executionPolicySource"].toString() == "group-policy");
    }
    SECTION("Group Policy allows RemoteSigned over a Restricted machine")
    {
        fake->schedule.machinePolicy = text("Restricted");
        fake->schedule.groupPolicyEnabled = {RegistryNumber::State::Read, 1, ""};
        fake->schedule.groupPolicy = text("RemoteSigned");
        CHECK(BackupScheduleCheck(fake).run({}).status == Status::Pass);
    }
    SECTION("nothing set on a Windows client edition: the default is Restricted")
    {
        fake->schedule.machinePolicy = {};
        fake->os.server = false;
        CHECK(found(BackupScheduleCheck(fake).run({}), Code::PolicyRestricted));
    }
    SECTION("nothing set on Windows Server: the default is RemoteSigned")
    {
        fake->schedule.machinePolicy = text("Undefined");
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Pass);
        CHECK(result.facts["executionPolicySource"].toString() == "default");
    }
    SECTION("unreadable")
    {
        fake->schedule.machinePolicy = unreadable("not a string (registry type 4)");
        const CheckResult result = BackupScheduleCheck(fake).run({});
        CHECK(result.status == Status::Warning);
        CHECK(found(result, Code::PolicyUnreadable));
    }
}

TEST_CASE("the worst finding leads: a disabled task outranks an unreadable policy", "[backup-schedule]")
{
    auto fake = registeredServer();
    fake->schedule.machinePolicy = unreadable("denied");
    backupTask(*fake).enabled = false;
    const CheckResult result = BackupScheduleCheck(fake).run({});
    CHECK(result.status == Status::Fail);
    CHECK(found(result, Code::TaskDisabled));
}
