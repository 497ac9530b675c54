#pragma once

#include "debrief/platform/ShareSheet.h"

namespace debrief::platform {

// Desktops have no share sheet: the file is revealed instead, by opening the folder that holds
// it in the file manager (QDesktopServices), so the person can attach or move it from there.
class FolderShareSheet final : public ShareSheet
{
public:
    bool sendsToApps() const override { return false; }
    bool share(const SharedFile& file, QString* detail) override;
};

} // namespace debrief::platform
