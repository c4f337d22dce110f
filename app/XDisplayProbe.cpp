#include "XDisplayProbe.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <dlfcn.h>
#endif

namespace mars {

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
namespace {
using Disconnect = void (*)(void*);
struct HeldConnection {
    void* library = nullptr;
    void* connection = nullptr;
    Disconnect disconnect = nullptr;
};
HeldConnection& held()
{
    static HeldConnection connection;
    return connection;
}
}  // namespace

XDisplayAnswer probeXDisplay()
{
    releaseXDisplayProbe();
    // Loaded, not linked: the program needs no X library to build or to run with --check, and where Qt's xcb plugin
    // can load, libxcb.so.1 is there. One connection to a local or forwarded server takes a millisecond or less.
    void* xcb = dlopen("libxcb.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!xcb)
        return XDisplayAnswer::Unknown;
    using Connect = void* (*)(const char*, int*);
    using HasError = int (*)(void*);
    const auto connect = reinterpret_cast<Connect>(dlsym(xcb, "xcb_connect"));
    const auto hasError = reinterpret_cast<HasError>(dlsym(xcb, "xcb_connection_has_error"));
    const auto disconnect = reinterpret_cast<Disconnect>(dlsym(xcb, "xcb_disconnect"));
    if (!connect || !hasError || !disconnect) {
        dlclose(xcb);
        return XDisplayAnswer::Unknown;
    }
    void* connection = connect(nullptr, nullptr);  // $DISPLAY and $XAUTHORITY, as Qt reads them
    if (hasError(connection)) {
        disconnect(connection);  // the error object xcb_connect returns on failure: xcb_disconnect knows it
        dlclose(xcb);
        return XDisplayAnswer::Silent;
    }
    held() = {xcb, connection, disconnect};
    return XDisplayAnswer::Answers;
}

void releaseXDisplayProbe()
{
    HeldConnection& connection = held();
    if (!connection.library)
        return;
    connection.disconnect(connection.connection);
    dlclose(connection.library);
    connection = {};
}
#else
XDisplayAnswer probeXDisplay()
{
    return XDisplayAnswer::Unknown;
}

void releaseXDisplayProbe() {}
#endif

}  // namespace mars
