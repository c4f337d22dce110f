#pragma once
#include <optional>
#include "../Check.h"

namespace mars {

// Beyond the article: TLS 1.2 as the agent (a .NET Framework program running as LocalSystem) gets it. SCHANNEL's
// TLS 1.2 client is a problem only when a value explicitly turns it off (absent values are the default, on, on
// every supported Windows); .NET's SchUseStrongCrypto and SystemDefaultTlsVersions in the 64-bit and WOW6432Node
// views. Rules and sources: resources/agent/requirements.json ("tls").
class TlsCheck final : public CheckOf<TlsCheck> {
    MARS_DECLARE_MESSAGES(TlsCheck)
public:
    static constexpr char kId[] = "tls";
    enum class Code { NoRegistry, SchannelOff, DotNetTold, DotNetUnset, On, Count };
    static std::span<const FindingSpec> findings();
    struct Facts {
        struct Value {
            QString name;                 // its registry path and name, as reports name it
            std::optional<qint64> value;  // unset: the value is not there
        };
        QList<Value> values;  // empty: not examined (no registry here)
    };

    explicit TlsCheck(std::shared_ptr<platform::Platform> platform);
    Verdict judge(const CheckContext& context) const override;

    static platform::TlsValues targetValues();  // the documented values, one for each of allTlsValues()
    static Message describe(const platform::TlsValueState& value);  // "HKLM\...\Enabled = 0" / "... absent"

private:
    std::shared_ptr<platform::Platform> m_platform;
};

class TurnOnTls12Fix final : public Fix {
    MARS_DECLARE_MESSAGES(TurnOnTls12Fix)
public:
    TurnOnTls12Fix(std::shared_ptr<platform::Platform> platform, platform::TlsValues current);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    platform::TlsValues m_current;
};

class PutBackTlsFix final : public Fix {
    MARS_DECLARE_MESSAGES(PutBackTlsFix)
public:
    PutBackTlsFix(std::shared_ptr<platform::Platform> platform, platform::TlsValues saved);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
    platform::TlsValues m_saved;
};

class RestartAgentServiceFix final : public Fix {
    MARS_DECLARE_MESSAGES(RestartAgentServiceFix)
public:
    explicit RestartAgentServiceFix(std::shared_ptr<platform::Platform> platform);
    Message plan() const override;
    FixOutcome apply(const CheckContext& context, FixProgress& progress) const override;

private:
    std::shared_ptr<platform::Platform> m_platform;
};

}  // namespace mars
