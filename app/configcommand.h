// The one-shot configuration commands of the command line (--export-config, --import-config,
// --list-plugins, --reset-installer-pin): what an installer scripts, and how a configuration is backed up and
// restored.
#pragma once

#include "commandline.h"

namespace commonwatt::app {

// Runs the command; returns the process's exit code (0 done, 1 refused: the reason is on standard error).
[[nodiscard]] int runConfigCommand(const CommandLine &commandLine);

} // namespace commonwatt::app
