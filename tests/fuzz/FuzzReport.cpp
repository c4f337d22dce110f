// libFuzzer target: an earlier report (--compare) or a fleet folder's file (--fleet-report) with any bytes: read,
// compared with a report of this program's catalogue, and merged into a fleet page.
#include "FuzzTiming.h"
#include "checks/report/FleetReport.h"
#include "checks/report/ReportCompare.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
        mars::Message error;
        const auto earlier = mars::ReportReader::parse(bytes, &error);
        if (!earlier && error.isEmpty())
            __builtin_trap();  // every rejection says why
        if (earlier) {
            mars::Report now;
            now.reportId = QStringLiteral("0A1B2C3D");
            now.createdUtc = QDateTime::currentDateTimeUtc();
            now.comparison = std::make_shared<const mars::ReportComparison>(mars::ReportComparison::between(*earlier, now));
            if (now.toHtml(mars::TextRenderer()).contains(QLatin1String("<script")) || now.toText(mars::TextRenderer()).contains(QChar(0x1b)))
                __builtin_trap();  // what the file says is escaped
        }
        mars::FleetReport fleet;
        fleet.add(QStringLiteral("fuzz.json"), bytes);
        if (fleet.machines().size() + fleet.skipped().size() != 1 || fleet.toHtml(mars::TextRenderer()).contains(QLatin1String("<script")))
            __builtin_trap();
    });
    return 0;
}
