#include "XDisplayProbe.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <dlfcn.h>
#endif

namespace mars {

XDisplayAnswer probeXDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Loaded, not linked: the program needs no X library to build or to run with --check, and where Qt's xcb plugin
    // can load, libxcb.so.1 is there. One connection to a local or forwarded server takes a millisecond or two.
    void* xcb = dlopen("libxcb.so.1", RTLD_LAZY | RTLD_LOCAL);
    if (!xcb)
        return XDisplayAnswer::Unknown;
    using Connect = void* (*)(const char*, int*);
    using HasError = int (*)(void*);
    using Disconnect = void (*)(void*);
    const auto connect = reinterpret_cast<Connect>(dlsym(xcb, "xcb_connect"));
    const auto hasError = reinterpret_cast<HasError>(dlsym(xcb, "xcb_connection_has_error"));
    const auto disconnect = reinterpret_cast<Disconnect>(dlsym(xcb, "xcb_disconnect"));
    XDisplayAnswer answer = XDisplayAnswer::Unknown;
    if (connect && hasError && disconnect) {
        void* connection = connect(nullptr, nullptr);  // $DISPLAY and $XAUTHORITY, as Qt reads them
        answer = hasError(connection) ? XDisplayAnswer::Silent : XDisplayAnswer::Answers;
        disconnect(connection);  // also the error object xcb_connect returns on failure
    }
    dlclose(xcb);
    return answer;
#else
    return XDisplayAnswer::Unknown;
#endif
}

}  // namespace mars
