#include "ReportReader.h"

#include "../FileReading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mars {

const ReadCheck* ReadReport::check(const QString& id) const
{
    for (const ReadCheck& entry : checks)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

std::optional<Status> ReportReader::statusFromName(const QString& name)
{
    for (Status status : {Status::NotRun, Status::Running, Status::Pass, Status::Warning, Status::Fail, Status::Error})
        if (statusName(status) == name)
            return status;
    return std::nullopt;
}

namespace {
// A string field of at most `limit` characters; absent is an error only when `required`.
bool text(const QJsonObject& object, const char* name, int limit, bool required, QString* out, Message* error)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString()) {
        *error = ReportReader::msg("The field \"%1\" is missing or not text.").arg(QLatin1String(name));
        return false;
    }
    *out = value.toString();
    if (out->size() > limit) {
        *error = ReportReader::msg("The field \"%1\" is longer than a report ever writes (%2 characters).").arg(QLatin1String(name)).argCount(quint64(out->size()));
        return false;
    }
    return true;
}

// The summary as data, when the report has it: bad data refuses the report; a text this program does not have leaves
// only the rendered summary.
bool summaryData(const QJsonObject& object, ReadCheck* check, Message* error)
{
    const QJsonValue data = object.value(QLatin1String("summaryMessage"));
    if (data.isUndefined())
        return true;
    Message why;
    switch (Message::fromData(data, &check->summaryMessage, &why)) {
    case Message::DataState::Read:
        check->summaryAsData = true;
        check->summaryData = data;
        return true;
    case Message::DataState::Unknown: return true;
    case Message::DataState::Bad: break;
    }
    *error = ReportReader::msg("The check \"%1\" has a summary as data that this program cannot read: %2.").arg(check->id).arg(why);
    return false;
}

bool evidenceData(const QJsonObject& object, ReadCheck* check, Message* error)
{
    const QJsonValue data = object.value(QLatin1String("evidenceMessages"));
    if (data.isUndefined())
        return true;
    if (!data.isArray() || data.toArray().size() != check->evidence.size()) {
        *error = ReportReader::msg("The check \"%1\" has evidence as data that is not one message a line of its evidence.").arg(check->id);
        return false;
    }
    const QJsonArray lines = data.toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Message line, why;
        switch (Message::fromData(lines[i], &line, &why)) {
        case Message::DataState::Read: check->evidenceMessages << line; break;
        case Message::DataState::Unknown: check->evidenceMessages << Message::plain(check->evidence[i]); break;
        case Message::DataState::Bad:
            *error = ReportReader::msg("The check \"%1\" has evidence as data that this program cannot read: %2.").arg(check->id).arg(why);
            check->evidenceMessages.clear();
            return false;
        }
    }
    check->evidenceAsData = true;
    return true;
}
}  // namespace

std::optional<ReadReport> ReportReader::parse(const QByteArray& bytes, Message* error, Evidence keep)
{
    if (bytes.size() > kMaxBytes) {
        *error = msg("The file is larger than any report (%1; at most %2).").argBytes(quint64(bytes.size())).argBytes(quint64(kMaxBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = msg("Not valid JSON (%1 at byte %2): the file is damaged or cut short.").arg(parseError.errorString()).arg(qlonglong(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject() || document.object().value(QLatin1String("tool")).toString() != QLatin1String("MARS Setup Doctor")) {
        *error = msg("Not a MARS Setup Doctor report (another program's JSON).");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    ReadReport report;
    QString created, overall;
    if (!text(root, "reportId", 8, true, &report.reportId, error) || !text(root, "version", 64, true, &report.version, error) ||
        !text(root, "language", 16, false, &report.language, error) || !text(root, "created", 64, true, &created, error) ||
        !text(root, "machine", 256, true, &report.machine, error) || !text(root, "cloud", 32, false, &report.cloud, error) ||
        !text(root, "overall", 16, true, &overall, error))
        return std::nullopt;
    static const QRegularExpression idPattern(QStringLiteral("^[0-9A-F]{8}$"));
    if (!idPattern.match(report.reportId).hasMatch()) {
        *error = msg("The report id \"%1\" is not one this program writes.").arg(report.reportId);
        return std::nullopt;
    }
    report.created = QDateTime::fromString(created, Qt::ISODate);
    if (!report.created.isValid()) {
        *error = msg("The report's time \"%1\" is not a date.").arg(created);
        return std::nullopt;
    }
    const auto overallStatus = statusFromName(overall);
    if (!overallStatus) {
        *error = msg("The overall status \"%1\" is not one this program writes.").arg(overall);
        return std::nullopt;
    }
    report.overall = *overallStatus;
    const QJsonValue checks = root.value(QLatin1String("checks"));
    if (!checks.isArray()) {
        *error = msg("The report has no list of checks.");
        return std::nullopt;
    }
    if (checks.toArray().size() > kMaxChecks) {
        *error = msg("The report lists %1 checks, more than this program has.").argCount(quint64(checks.toArray().size()));
        return std::nullopt;
    }
    static const QRegularExpression checkIdPattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    static const QRegularExpression codePattern(QStringLiteral("^(MSD-[A-Z]{3}-[0-9]{3})?$"));
    // Room for them all at once: a check is moved, not copied, but growing the list moved every one again.
    report.checks.reserve(checks.toArray().size());
    for (const QJsonValue& value : checks.toArray()) {
        if (!value.isObject()) {
            *error = msg("An entry of the list of checks is not an object.");
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        ReadCheck check;
        QString status;
        if (!text(object, "id", 64, true, &check.id, error) || !text(object, "title", 512, true, &check.title, error) ||
            !text(object, "status", 16, true, &status, error) || !text(object, "code", 16, false, &check.code, error) ||
            !text(object, "summary", kMaxText, true, &check.summary, error))
            return std::nullopt;
        if (!checkIdPattern.match(check.id).hasMatch() || report.check(check.id)) {
            *error = msg("The check id \"%1\" is not one this program writes, or is listed twice.").arg(escapeControl(check.id.left(64)));
            return std::nullopt;
        }
        const auto checkStatus = statusFromName(status);
        if (!checkStatus || !codePattern.match(check.code).hasMatch()) {
            *error = msg("The check \"%1\" has a status or code this program does not write.").arg(check.id);
            return std::nullopt;
        }
        check.status = *checkStatus;
        if (!summaryData(object, &check, error))
            return std::nullopt;
        const QJsonValue evidence = object.value(QLatin1String("evidence"));
        if (!evidence.isArray() || evidence.toArray().size() > kMaxEvidence) {
            *error = msg("The check \"%1\" has no list of evidence, or a longer one than this program writes.").arg(check.id);
            return std::nullopt;
        }
        if (keep == Evidence::Skip) {
            report.checks << std::move(check);
            continue;
        }
        for (const QJsonValue& line : evidence.toArray()) {
            if (!line.isString() || line.toString().size() > kMaxText) {
                *error = msg("The check \"%1\" has evidence that is not text, or is too long.").arg(check.id);
                return std::nullopt;
            }
            check.evidence << line.toString();
        }
        if (!evidenceData(object, &check, error))
            return std::nullopt;
        report.checks << std::move(check);
    }
    return report;
}

std::optional<ReadReport> ReportReader::readFile(const QString& path, Message* error, Evidence evidence)
{
    // Opened first (no link followed, no FIFO waited on), then checked: a name swapped for a link or a FIFO between
    // a look and an open cannot be, as nothing is looked at before the open (FileReading.h).
    using platform::FileRead;
    const FileRead read = readFileNoFollow(path, kMaxBytes);
    switch (read.state) {
    case FileRead::State::Read: break;
    case FileRead::State::Missing: *error = msg("%1 does not exist.").arg(path); return std::nullopt;
    case FileRead::State::Refused:
        if (read.tooLarge)
            *error = msg("The file is larger than any report (more than %1).").argBytes(quint64(kMaxBytes));
        else
            *error = msg("%1 was not read: %2; this program reads reports only from plain files.").arg(path, QString::fromStdString(read.reason));
        return std::nullopt;
    case FileRead::State::Failed: *error = msg("Could not open %1: %2").arg(path, QString::fromStdString(read.reason)); return std::nullopt;
    }
    return parse(QByteArray(read.bytes.data(), qsizetype(read.bytes.size())), error, evidence);
}

}  // namespace mars
