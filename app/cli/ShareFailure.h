#pragma once

#include "cli/ExitCode.h"
#include "share/ShareError.h"

namespace debrief::cli {

// The exit code and message for a failed export, import, backup or restore.
Failure failureFor(const ShareError& error);

} // namespace debrief::cli
