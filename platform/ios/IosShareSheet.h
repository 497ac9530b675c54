#pragma once

#include "debrief/platform/ShareSheet.h"

namespace debrief::platform {

// iOS's share sheet: a UIActivityViewController with the file's URL, presented from the key
// window's front view controller (as a popover anchored mid-screen on iPad).
class IosShareSheet final : public ShareSheet
{
public:
    bool sendsToApps() const override { return true; }
    bool share(const SharedFile& file, QString* detail) override;
};

} // namespace debrief::platform
