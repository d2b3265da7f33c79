// The injected clock is part of the plugin API (plugins run on it); the backend includes it from here too.
#pragma once

#include <commonwatt/clock.h>
