#include "PfxImport.h"

namespace mars::platform::pfx {

bool isWrongPassword(std::uint32_t error)
{
    return error == 86u || error == 0x80070056u;  // ERROR_INVALID_PASSWORD, HRESULT_FROM_WIN32(ERROR_INVALID_PASSWORD)
}

bool retryWithNullPassword(Password tried, std::uint32_t error)
{
    return tried == Password::Empty && isWrongPassword(error);
}

bool isSystemLimitation(std::uint32_t error)
{
    switch (error) {
    case 0x80090008u:  // NTE_BAD_ALGID
    case 0x80090029u:  // NTE_NOT_SUPPORTED
    case 0x80090009u:  // NTE_BAD_FLAGS
    case 0x80090014u:  // NTE_BAD_PROV_TYPE
    case 0x80090017u:  // NTE_PROV_TYPE_NOT_DEF
        return true;
    default:
        return false;
    }
}

std::function<void(const Attempt&)>& importObserver()
{
    static std::function<void(const Attempt&)> observer;
    return observer;
}

}  // namespace mars::platform::pfx
