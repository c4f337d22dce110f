#include "Logging.h"

#include "checks/platform/LogFile.h"

#include <QDir>
#include <QStandardPaths>

#include "checks/Message.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

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

std::filesystem::path toPath(const QString& file)
{
#ifdef _WIN32
    return std::filesystem::path(QDir::toNativeSeparators(file).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(file).toStdString());
#endif
}

// Our own sink instead of spdlog's rotating_file_sink, which opens by name with fopen: that follows a symlink to
// whatever it points at, blocks forever on a FIFO without a reader, and after each rotation opens the name again.
// This one writes through a platform::LogFile (no links, regular files only, never blocking) and rotates the same
// way spdlog did, so the names stay: x.log -> x.1.log -> x.2.log, 3 files of 2 MiB at most. A rotated name is
// taken only with createNew, so nothing planted under the name meanwhile is appended to.
class SafeRotatingFileSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    static constexpr std::uint64_t kMaxSize = 2 * 1024 * 1024;
    static constexpr int kFiles = 3;

    explicit SafeRotatingFileSink(std::filesystem::path path) : m_path(std::move(path)) {}
    std::string open(bool* refused) { return m_file.open(m_path, false, refused); }

protected:
    void sink_it_(const spdlog::details::log_msg& message) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        if (m_file.isOpen() && m_file.size() > 0 && m_file.size() + formatted.size() > kMaxSize)
            rotate();
        m_file.write(std::string_view(formatted.data(), formatted.size()));
    }
    void flush_() override {}  // LogFile::write is unbuffered

private:
    std::filesystem::path numbered(int index) const
    {
        if (index == 0)
            return m_path;
        std::filesystem::path name = m_path.stem();
        name += "." + std::to_string(index);
        name += m_path.extension();
        return std::filesystem::path(m_path).replace_filename(name);
    }
    void rotate()
    {
        m_file.close();
        std::error_code ignored;  // a missing older file is normal; rename moves a link itself, never its target
        for (int index = kFiles - 1; index > 0; --index)
            std::filesystem::rename(numbered(index - 1), numbered(index), ignored);
        const std::string error = m_file.open(m_path, true);
        if (!error.empty())
            std::fprintf(stderr, "log file: %s; logging to the console only\n", error.c_str());
    }

    std::filesystem::path m_path;
    platform::LogFile m_file;
};
}  // namespace

QString defaultLogFile()
{
    // GenericDataLocation plus our folder: %LOCALAPPDATA%\MARS Setup Doctor\logs, ~/.local/share/MARS Setup Doctor/logs.
    // (AppLocalDataLocation would add the organization and the application name, both "MARS Setup Doctor".)
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/MARS Setup Doctor/logs/mars-setup-doctor.log");
}

QString setUpLogging(const QString& requestedFile, bool quietConsole, QString* refusal)
{
    const QString file = requestedFile.isEmpty() ? defaultLogFile() : requestedFile;
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (quietConsole)
        sinks.back()->set_level(spdlog::level::warn);
    QDir().mkpath(QFileInfo(file).absolutePath());
    auto fileSink = std::make_shared<SafeRotatingFileSink>(toPath(file));
    bool refused = false;
    const std::string error = fileSink->open(&refused);
    if (error.empty()) {
        sinks.push_back(fileSink);
    } else if (refused && !requestedFile.isEmpty() && refusal) {
        *refusal = QString::fromStdString("--log-file: " + error);
    } else {
        // A default log place that cannot be used (or a file that cannot be opened) must not stop the tool; the
        // console still gets everything.
        std::fprintf(stderr, "log file: %s; logging to the console only\n", error.c_str());
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
