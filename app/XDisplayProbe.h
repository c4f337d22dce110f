#pragma once

namespace mars {

// Whether the X server that $DISPLAY names answers, asked the way Qt's xcb plugin asks it (libxcb's xcb_connect),
// before QApplication: a DISPLAY left over from an SSH session nobody serves would otherwise make Qt abort (134)
// with advice to reinstall. Only a refused or failed connection is Silent; when libxcb itself cannot be loaded the
// answer is Unknown and Qt is left to say what it says.
enum class XDisplayAnswer { Answers, Silent, Unknown };
XDisplayAnswer probeXDisplay();
// A connection that answered is held until the window's own is made, then let go here: an X server with no other
// client (Xvfb, a bare Xorg) resets when its last client leaves, and a connection made meanwhile is refused.
void releaseXDisplayProbe();

}  // namespace mars
