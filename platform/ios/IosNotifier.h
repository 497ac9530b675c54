#pragma once

#include "debrief/platform/Notifier.h"

#include <QObject>

namespace debrief::platform {

// iOS's notifications (UNUserNotificationCenter): shown at once, with the buttons as a
// notification category, and the center's delegate reporting the button pressed (also the
// one that launched the app) and letting notifications show while the app is in front.
// Must be built before the app finishes launching (in main(), as the factory is), or iOS
// hands the launching response to nobody.
class IosNotifier final : public Notifier
{
public:
    IosNotifier();
    ~IosNotifier() override;

    // False unless the person allowed notifications (IosPermissions asks).
    bool available() const override;
    void show(const Notification& notification) override;
    void withdraw(const QString& key) override;
    void setActionHandler(ActionHandler handler) override;

private:
    QObject m_context;          // receives the responses from the queue iOS calls back on
    void* m_delegate = nullptr; // the DebriefNotificationDelegate, owned (the center's is weak)
};

} // namespace debrief::platform
