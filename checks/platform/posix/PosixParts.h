#pragma once
// What the POSIX implementation files share: the platform's types.
#include "../Platform.h"
