#pragma once

#include "debrief/platform/ShareSheet.h"

namespace debrief::platform {

// Android's share sheet: an ACTION_SEND chooser (org.debrief.ShareFiles) with the file behind
// a FileProvider content:// URI and a one-off read grant, so the app the person picks can read
// it and nothing else can.
class AndroidShareSheet final : public ShareSheet
{
public:
    bool sendsToApps() const override { return true; }
    bool share(const SharedFile& file, QString* detail) override;
};

} // namespace debrief::platform
