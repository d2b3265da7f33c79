// commonwatt-community status (docs/community-cli.md): what a community folder's replica holds and derives.
#pragma once

#include "communitysetup.h"

namespace commonwatt::community {

[[nodiscard]] SetupResult communityStatus(const QString &directory, bool json);

} // namespace commonwatt::community
