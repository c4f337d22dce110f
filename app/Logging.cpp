#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

#include "checks/Message.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace mars {

namespace {
// Every line of the log, whatever wrote it: control characters in a name (a newline in a file name) are escaped, so
// nothing can forge a line of its own.
class EscapingFormatter final : public spdlog::formatter {
public:
    explicit EscapingFormatter(std::unique_ptr<spdlog::formatter> inner) : m_inner(std::move(inner)) {}
    void format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& out) override
    {
        const QString payload = QString::fromUtf8(message.payload.data(), qsizetype(message.payload.size()));
        const QByteArray escaped = escapeControl(payload).toUtf8();
        spdlog::details::log_msg copy = message;
        copy.payload = spdlog::string_view_t(escaped.constData(), std::size_t(escaped.size()));
        m_inner->format(copy, out);
    }
    std::unique_ptr<spdlog::formatter> clone() const override { return std::make_unique<EscapingFormatter>(m_inner->clone()); }

private:
    std::unique_ptr<spdlog::formatter> m_inner;
};

void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}
}  // namespace

QString defaultLogFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs/mars-setup-doctor.log");
}

QString setUpLogging(const QString& requestedFile, bool quietConsole)
{
    const QString file = requestedFile.isEmpty() ? defaultLogFile() : requestedFile;
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (quietConsole)
        sinks.back()->set_level(spdlog::level::warn);
    try {
        QDir().mkpath(QFileInfo(file).absolutePath());
#ifdef SPDLOG_WCHAR_FILENAMES
        const spdlog::filename_t name = QDir::toNativeSeparators(file).toStdWString();
#else
        const spdlog::filename_t name = QFile::encodeName(file).toStdString();
#endif
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(name, 2 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex& error) {
        // A log file that cannot be opened must not stop the tool; the console still gets everything.
        fprintf(stderr, "log file %s: %s\n", qPrintable(file), error.what());
    }
    auto logger = std::make_shared<spdlog::logger>("mars", sinks.begin(), sinks.end());
    logger->set_formatter(std::make_unique<EscapingFormatter>(std::make_unique<spdlog::pattern_formatter>("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v")));
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
    return file;
}

}  // namespace mars
