// libFuzzer target: the HTTP answer parsers and classifiers. The input is split at the first NUL: before it a
// status line, after it the body; the status comes from the parsed line. The whole input is also read as an
// answer head (a proxy's reply to CONNECT, or what answered inside TLS) and classified as a block page.
#include "FuzzTiming.h"
#include "checks/network/HttpClassify.h"

#include <cstdint>

namespace {
bool printable(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    mars::fuzz::timed([&] {
        const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
        const qsizetype split = input.indexOf('\0');
        const QByteArray line = split < 0 ? input : input.left(split);
        const QByteArray body = split < 0 ? QByteArray() : input.mid(split + 1);
        const auto status = mars::parseStatusLine(line);
        if (status && (*status < 100 || *status > 599))
            __builtin_trap();
        const auto verdict = mars::classifyNcsi(status.value_or(0), QString::fromUtf8(body.left(200)), body, QStringLiteral("Microsoft NCSI"));
        if (verdict.ok == !verdict.error.isEmpty())
            __builtin_trap();  // a verdict is either fine or says what is wrong

        mars::HttpHead head;
        qsizetype length = 0;
        if (mars::parseHttpHead(input, &head, &length) != mars::HeadParse::Complete)
            return;
        if (head.headers.size() > mars::HttpHead::kMaxHeaders || length > input.size() || length > mars::HttpHead::kMaxBytes + 4 ||
            head.status < 100 || head.status > 599)
            __builtin_trap();  // within the limits it promises
        const QString name = mars::proxyNameOf(head);
        if (name.size() > 80 || !printable(name))
            __builtin_trap();  // a proxy's name goes into reports: bounded and without control characters
        const mars::ProxyBlock tunnel = mars::classifyTunnelAnswer(head, QStringLiteral("proxy:8080"));
        if (tunnel.blocked != (!(head.status >= 200 && head.status < 300) && head.status != 407) || (tunnel.blocked && tunnel.reason.isEmpty()))
            __builtin_trap();
        const mars::ProxyBlock inside =
            mars::classifyInspectedAnswer(head, input.mid(length, 512), QStringLiteral("login.test"), false, QString());
        if (inside.blocked && (inside.reason.isEmpty() || !printable(inside.at) || inside.at.size() > 120))
            __builtin_trap();
    });
    return 0;
}
