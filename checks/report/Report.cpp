#include "Report.h"

#include "../CloudProfile.h"

#include "../Catalog.h"
#include "../FindingCodes.h"
#include "../PlatformText.h"
#include "ReportCompare.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSysInfo>

namespace mars {

namespace {
// How many lines the text report lists of what a fix left undone; the rest are counted.
constexpr qsizetype kFailuresListed = 8;

// "FAIL", or "FAIL MSD-NET-006" when the verdict has its code: what a ticket or a device list is searched by.
QString statusTag(const CheckResult& result)
{
    const QString word = statusName(result.status).toUpper();
    return !result.finding ? word : word + QLatin1Char(' ') + result.codeText();
}

// Beside the rendered texts, the messages as data: a fleet page in another language renders them in its own.
QJsonArray messagesData(const Messages& messages)
{
    QJsonArray data;
    for (const Message& message : messages)
        data << message.toData();
    return data;
}

QString outcomeWord(const FixOutcome& outcome, const TextRenderer& renderer)
{
    return (outcome.ok() ? Report::msg("done") : Report::msg("partly done")).render(renderer);
}
}  // namespace

QString Report::newReportId()
{
    return QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0')).toUpper();
}

Report Report::fromSession(const CheckSession& session, const QString& toolVersion, const QString& reportId)
{
    Report report;
    report.reportId = reportId;
    report.toolVersion = toolVersion;
    report.createdUtc = QDateTime::currentDateTimeUtc();
    report.machineName = QSysInfo::machineHostName();
    report.osVersion = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelVersion() + QLatin1Char(')');
    report.cloudId = session.context().inputs.cloudId;
    if (const auto profile = profileFor(session.context()))
        report.cloudProfileFile = profile->sourceFile;
    for (const QString& id : session.checkIds())
        report.entries << ReportEntry{session.spec(id), session.result(id)};
    report.fixes = session.fixHistory();
    report.agentError = session.context().inputs.agentError;
    if (!report.agentError.isEmpty())
        report.agentErrorSource = session.context().environment.agentErrorSource;
    report.programSignature = session.context().environment.programSignature;
    return report;
}

Message Report::signatureText() const
{
    using State = platform::SignatureStatus::State;
    // The signer's name comes from the file: shown as it is, its control characters escaped when rendered.
    const QString signer = QString::fromStdString(programSignature.signer);
    const Message who = signer.isEmpty() ? msg("a signer whose name could not be read") : Message::plain(signer);
    switch (programSignature.state) {
    case State::Signed:
        return msg("Signed by %1 (trusted)").arg(who);
    case State::SignedUntrusted:
        return msg("Signed by %1, but Windows does not trust its certificate").arg(who);
    case State::Unsigned:
        return msg("Not signed");
    case State::Tampered:
        return msg("Its signature does not match its contents: this copy was changed after signing");
    case State::Revoked:
        return msg("Signed by %1, but its issuer has revoked the signing certificate").arg(who);
    case State::UnconfirmedOffline:
        // Offline, a genuine copy can meet an intermediate or a revocation answer that is not cached: not distrust.
        return msg("Signed by %1; Windows could not confirm its certificate offline").arg(who);
    case State::Unknown:
        break;
    }
    if (programSignature.error.empty())
        return msg("Not examined");
    return msg("Not examined: %1").arg(platformText(programSignature.error));
}

Message Report::cloudName() const
{
    if (cloudProfileFile.isEmpty())
        if (const auto profile = CloudProfiles::find(cloudId))
            return Message::perLanguage(profile->nameEnglish, profile->nameChinese);
    return Message::plain(cloudId);
}

Message Report::counts() const
{
    int failed = 0, couldNot = 0, warned = 0, passed = 0, open = 0;
    for (const ReportEntry& entry : entries) {
        switch (entry.result.status) {
        case Status::Fail: ++failed; break;
        case Status::Error: ++couldNot; break;
        case Status::Warning: ++warned; break;
        case Status::Pass: ++passed; break;
        case Status::NotRun:
        case Status::Running: ++open; break;
        }
    }
    Message text = msg("Found a problem: %1. Could not check (nothing known): %2. Need attention: %3. Passed: %4.")
                       .arg(failed).arg(couldNot).arg(warned).arg(passed);
    if (open)
        return Message::sentences({text, msg("Not run: %1.").arg(open)});
    return text;
}

Message Report::osLabel() const
{
    return osVersion.startsWith(QLatin1String("Windows")) ? msg("Windows") : msg("Operating system");
}

Message Report::foundInText() const
{
    if (!agentErrorSource)
        return {};
    const QString when = agentErrorSource->time.isValid() ? agentErrorSource->time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("?");
    if (agentErrorSource->kind == AgentErrorSource::Kind::Channel)
        return msg("found in the agent's event log %1 (event %2, %3 UTC)").arg(agentErrorSource->where).arg(qulonglong(agentErrorSource->eventId)).arg(when);
    return msg("found in the agent's log %1 (last written %2 UTC)").arg(agentErrorSource->where).arg(when);
}

ErrorFocus Report::errorFocus() const
{
    return ErrorFocus(agentError, [this](const QString& checkId) {
        for (const ReportEntry& entry : entries)
            if (entry.spec->idText() == checkId)
                return entry.result;
        return CheckResult();
    });
}

Status Report::worstStatus() const
{
    Status worst = Status::Pass;
    for (const ReportEntry& entry : entries)
        worst = worseOf(worst, entry.result.status);
    return worst;
}

int Report::exitCode() const
{
    switch (worstStatus()) {
    case Status::Pass: return 0;
    case Status::Warning: return 1;
    default: return 2;
    }
}

QJsonObject Report::toJson(const TextRenderer& renderer) const
{
    QJsonArray checks;
    for (const ReportEntry& entry : entries) {
        QJsonArray fixIds;
        for (const auto& fix : entry.result.fixes)
            fixIds << QJsonObject{{QStringLiteral("id"), fix->id()}, {QStringLiteral("title"), fix->title().render(renderer)}, {QStringLiteral("changesSystem"), fix->changesSystem()}};
        checks << QJsonObject{{QStringLiteral("section"), entry.spec->sectionText()},
                              {QStringLiteral("id"), entry.spec->idText()},
                              {QStringLiteral("articleStep"), entry.spec->articleStep},
                              {QStringLiteral("title"), entry.spec->titleMessage().render(renderer)},
                              {QStringLiteral("status"), statusName(entry.result.status)},
                              {QStringLiteral("code"), entry.result.codeText()},
                              {QStringLiteral("docs"), findingDocsUrl(entry.result.codeText(), cloudId, renderer.language())},
                              {QStringLiteral("summary"), entry.result.summary.render(renderer)},
                              {QStringLiteral("summaryMessage"), entry.result.summary.toData()},
                              {QStringLiteral("evidence"), QJsonArray::fromStringList(renderAll(entry.result.evidence, renderer))},
                              {QStringLiteral("evidenceMessages"), messagesData(entry.result.evidence)},
                              {QStringLiteral("facts"), entry.result.facts},
                              {QStringLiteral("fixes"), fixIds}};
    }
    QJsonArray applied;
    for (const FixRecord& record : fixes)
        applied << QJsonObject{{QStringLiteral("check"), record.checkId},
                               {QStringLiteral("fix"), record.fixId},
                               {QStringLiteral("title"), record.title.render(renderer)},
                               {QStringLiteral("finished"), record.finishedUtc.toString(Qt::ISODate)},
                               {QStringLiteral("finishedLate"), record.finishedLate},
                               {QStringLiteral("ok"), record.outcome.ok()},
                               {QStringLiteral("before"), QJsonArray::fromStringList(renderAll(record.outcome.before, renderer))},
                               {QStringLiteral("changes"), QJsonArray::fromStringList(renderAll(record.outcome.changes, renderer))},
                               {QStringLiteral("failures"), QJsonArray::fromStringList(renderAll(record.outcome.failures, renderer))}};
    QJsonObject report{{QStringLiteral("tool"), QStringLiteral("MARS Setup Doctor")},
                       {QStringLiteral("reportId"), reportId},
                       {QStringLiteral("version"), toolVersion},
                       {QStringLiteral("language"), renderer.language()},
                       {QStringLiteral("created"), createdUtc.toString(Qt::ISODate)},
                       {QStringLiteral("createdLocal"), createdUtc.toOffsetFromUtc(createdUtc.toLocalTime().offsetFromUtc()).toString(Qt::ISODate)},
                       {QStringLiteral("machine"), machineName},
                       {QStringLiteral("os"), osVersion},
                       {QStringLiteral("cloud"), cloudId},
                       {QStringLiteral("overall"), statusName(worstStatus())},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("fixesApplied"), applied}};
    QJsonObject signature{{QStringLiteral("state"), QString::fromLatin1(platform::signatureStateName(programSignature.state))},
                          {QStringLiteral("signer"), QString::fromStdString(programSignature.signer)},
                          {QStringLiteral("issuer"), QString::fromStdString(programSignature.issuer)},
                          {QStringLiteral("summary"), signatureText().render(renderer)}};
    if (!programSignature.error.empty())
        signature.insert(QStringLiteral("error"), QString::fromStdString(programSignature.error));
    report.insert(QStringLiteral("program"), QJsonObject{{QStringLiteral("signature"), signature}});
    if (!cloudProfileFile.isEmpty())
        report.insert(QStringLiteral("cloudProfileFile"), cloudProfileFile);
    if (const ErrorFocus focus = errorFocus(); focus.isSet()) {
        QJsonObject started = focus.toJson(renderer);
        // Where it came from: the agent's log or event channel when it was found there, else the user.
        started.insert(QStringLiteral("source"), agentErrorSource ? agentErrorSource->toJson() : QJsonObject{{QStringLiteral("kind"), QStringLiteral("user")}});
        report.insert(QStringLiteral("startedFromError"), started);
    }
    if (comparison)
        report.insert(QStringLiteral("comparison"), comparison->toJson(renderer));
    return report;
}

QString Report::toShortText(const TextRenderer& renderer) const
{
    QStringList lines;
    lines << msg("MARS Setup Doctor %1, %2, %3 UTC, cloud %4, report %5")
                 .arg(toolVersion, machineName, createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")), cloudName(), reportId)
                 .render(renderer);
    if (const ErrorFocus focus = errorFocus(); focus.isSet())
        lines << focus.heading().render(renderer) + QStringLiteral(" - ") + focus.verdict().render(renderer);
    for (const ReportEntry& entry : entries)
        lines << QStringLiteral("[%1] %2: %3").arg(statusTag(entry.result), entry.spec->titleMessage().render(renderer),
                                                   entry.result.summary.render(renderer));
    for (const FixRecord& record : fixes)
        lines << msg("fix applied: %1 (%2)").arg(record.title.render(renderer), outcomeWord(record.outcome, renderer)).render(renderer);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Report::toSummaryLine(const TextRenderer& renderer) const
{
    QList<const ReportEntry*> problems;
    for (const ReportEntry& entry : entries)
        if (entry.result.status != Status::Pass)
            problems << &entry;
    std::stable_sort(problems.begin(), problems.end(), [](const ReportEntry* a, const ReportEntry* b) {
        return int(a->result.status) > int(b->result.status);  // Error, Fail, Warning, then not run
    });
    // Found, could not check and needs attention counted apart, as everywhere else: a console that shows one line per
    // device must not read a check that could not run as a problem found.
    QString line = QStringLiteral("MARS Setup Doctor %1 %2 %3: %4").arg(toolVersion, reportId, statusName(worstStatus()).toUpper())
                       .arg(problems.isEmpty() ? msg("every check passed").render(renderer) : counts().render(renderer));
    for (const ReportEntry* entry : std::as_const(problems))
        line += QStringLiteral(" | [%1] %2: %3").arg(statusTag(entry->result), entry->spec->titleMessage().render(renderer),
                                                     entry->result.summary.render(renderer));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (line.size() > kSummaryLineMax)
        line = line.left(kSummaryLineMax - 1) + QChar(0x2026);  // …
    return line;
}

QString Report::toText(const TextRenderer& renderer) const
{
    QStringList lines;
    lines << msg("MARS Setup Doctor %1 - %2 - %3 UTC - cloud %4 - report %5")
                 .arg(toolVersion, machineName, createdUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), cloudName(), reportId)
                 .render(renderer);
    lines << msg("This program: %1").arg(signatureText()).render(renderer);
    lines << counts().render(renderer);
    if (!cloudProfileFile.isEmpty())
        lines << msg("Cloud profile from the file %1").arg(escapeControl(cloudProfileFile)).render(renderer);
    if (const ErrorFocus focus = errorFocus(); focus.isSet()) {
        lines << msg("started from %1").arg(focus.heading()).render(renderer);
        if (agentErrorSource)
            lines << QStringLiteral("    ") + foundInText().render(renderer) << QStringLiteral("    ") + agentErrorSource->line;
        lines << QStringLiteral("    ") + focus.verdict().render(renderer);
    }
    for (const ReportEntry& entry : entries) {
        lines << QStringLiteral("[%1] %2: %3").arg(statusName(entry.result.status).toUpper(), entry.spec->titleMessage().render(renderer),
                                                   entry.result.summary.render(renderer));
        if (!entry.result.codeText().isEmpty())
            lines << QStringLiteral("    ") + msg("finding %1: %2").arg(entry.result.codeText(), findingDocsUrl(entry.result.codeText(), cloudId, renderer.language())).render(renderer);
        for (const QString& line : renderAll(entry.result.evidence, renderer))
            lines << QStringLiteral("    - ") + line;
        for (const auto& fix : entry.result.fixes)
            lines << QStringLiteral("    ") +
                         msg("fix available: %1 (--fix %2/%3)").arg(fix->title(), entry.spec->idText(), fix->id()).render(renderer);
    }
    for (const FixRecord& record : fixes) {
        lines << msg("fix applied: %1 - %2").arg(record.title.render(renderer), outcomeWord(record.outcome, renderer)).render(renderer);
        for (const QString& line : renderAll(record.outcome.changes, renderer))
            lines << QStringLiteral("    + ") + line;
        const QStringList failures = renderAll(record.outcome.failures, renderer);
        for (qsizetype i = 0; i < failures.size() && i < kFailuresListed; ++i)
            lines << QStringLiteral("    ! ") + failures[i];
        if (failures.size() > kFailuresListed)
            lines << QStringLiteral("    ! ") + msg("and %1 more").argCount(quint64(failures.size() - kFailuresListed)).render(renderer);
    }
    if (comparison)
        lines << comparison->toText(renderer);
    // %1 the stable key scripts read ("overall: fail"); %2 the word, which a translation shows as well.
    lines << msg("overall: %1").arg(statusName(worstStatus()), statusLabel(worstStatus())).render(renderer);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace mars
