#pragma once
// What the Win32 implementation files share: the platform's types and Windows itself.
#include "../Platform.h"

#include <windows.h>
