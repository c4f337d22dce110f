// libFuzzer target: an earlier report (--compare) or a fleet folder's file (--fleet-report) with any bytes: read,
// compared with a report of this program's catalogue, and merged into a fleet page in English and Chinese; its
// messages as data rendered in both languages. A JSON list is also read as messages as data, each on its own.
#include "FuzzTiming.h"
#include "checks/report/FleetReport.h"
#include "checks/report/ReportCompare.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {
// A rendered message never carries a control character: the report's names are escaped.
bool hasControl(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x202e)
            return true;
    return false;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
        static const mars::TextRenderer chinese = mars::TextRenderer::forLanguage(QStringLiteral("zh_CN"));
        mars::Message error;
        const QJsonDocument list = QJsonDocument::fromJson(bytes);
        for (const QJsonValue& value : list.array()) {
            mars::Message message, why;
            const auto state = mars::Message::fromData(value, &message, &why);
            if ((state == mars::Message::DataState::Bad) == why.isEmpty())
                __builtin_trap();  // a refusal says why, and only a refusal
            if (state == mars::Message::DataState::Read && (hasControl(message.render(chinese)) || hasControl(message.render(mars::TextRenderer()))))
                __builtin_trap();
        }
        const auto earlier = mars::ReportReader::parse(bytes, &error);
        if (!earlier && error.isEmpty())
            __builtin_trap();  // every rejection says why
        if (earlier) {
            for (const mars::ReadCheck& check : earlier->checks)
                for (const mars::TextRenderer& renderer : {chinese, mars::TextRenderer()})
                    if (hasControl(check.summaryMessage.render(renderer)) || hasControl(mars::renderAll(check.evidenceMessages, renderer).join(QString())))
                        __builtin_trap();
            mars::Report now;
            now.reportId = QStringLiteral("0A1B2C3D");
            now.createdUtc = QDateTime::currentDateTimeUtc();
            now.comparison = std::make_shared<const mars::ReportComparison>(mars::ReportComparison::between(*earlier, now));
            if (now.toHtml(mars::TextRenderer()).contains(QLatin1String("<script")) || now.toText(mars::TextRenderer()).contains(QChar(0x1b)))
                __builtin_trap();  // what the file says is escaped
        }
        mars::FleetReport fleet;
        fleet.add(QStringLiteral("fuzz.json"), bytes);
        if (fleet.machines().size() + fleet.skipped().size() != 1 || fleet.toHtml(mars::TextRenderer()).contains(QLatin1String("<script")) ||
            fleet.toHtml(chinese).contains(QLatin1String("<script")))
            __builtin_trap();
    });
    return 0;
}
