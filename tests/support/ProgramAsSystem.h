#pragma once
// What the SYSTEM task does, minus the account, for the fake's runner: start this build's program with the task's
// arguments (the result placeholder replaced by a file in a folder of its own, the input placeholder by a file there
// holding the input), wait, and hand back its result.
#include "checks/platform/SystemAccount.h"

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace mars::test {

inline platform::SystemRun runProgramAsTask(const QString& program, const std::vector<std::string>& arguments, const std::string& input,
                                            int timeoutMs, QByteArray* errors = nullptr)
{
    platform::SystemRun run;
    QTemporaryDir folder;
    const QString result = folder.filePath(QStringLiteral("result.json"));
    const QString inputFile = folder.filePath(QStringLiteral("request.txt"));
    QFile request(inputFile);
    if (!request.open(QIODevice::WriteOnly) || request.write(input.data(), qint64(input.size())) != qint64(input.size())) {
        run.state = platform::SystemRun::State::Failed;
        run.error = "the input could not be written";
        return run;
    }
    request.close();
    QStringList list;
    for (const std::string& argument : arguments)
        list << (argument == platform::SystemAccount::kResultPlaceholder  ? result
                 : argument == platform::SystemAccount::kInputPlaceholder ? inputFile
                                                                          : QString::fromStdString(argument));
    QProcess copy;
    copy.start(program, list);
    if (!copy.waitForFinished(timeoutMs)) {
        copy.kill();
        copy.waitForFinished();
        run.state = platform::SystemRun::State::TimedOut;
        run.error = "it did not finish in time";
        return run;
    }
    if (errors)
        *errors = copy.readAllStandardError();
    run.exitCode = copy.exitCode();
    QFile file(result);
    if (!file.open(QIODevice::ReadOnly)) {
        run.state = platform::SystemRun::State::Failed;
        run.error = "it left no result";
        return run;
    }
    run.state = platform::SystemRun::State::Ran;
    run.output = file.readAll().toStdString();
    run.steps = {"copy started", "result written"};
    return run;
}

}  // namespace mars::test
