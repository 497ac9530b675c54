#pragma once

#include "debrief/platform/BackgroundPresence.h"
#include "debrief/platform/Notifier.h"
#include "debrief/platform/NudgeScheduler.h"
#include "debrief/platform/Permissions.h"
#include "debrief/platform/SecretStore.h"
#include "debrief/platform/ShareSheet.h"

#include <memory>

namespace debrief::platform {

// Builds the implementation of each capability for the OS this binary was built for.
std::unique_ptr<SecretStore> createSecretStore(const QString& serviceName);
std::unique_ptr<Permissions> createPermissions();
// Notifications with actions (freedesktop D-Bus on Linux and the BSDs, the OS's elsewhere).
std::unique_ptr<Notifier> createNotifier();
// Desktops: the running app, following the wall clock given (checked at least every minute,
// so clock changes and suspend are caught). Phones: the OS's alarm/notification scheduler.
std::unique_ptr<NudgeScheduler> createNudgeScheduler(std::function<QDateTime()> nowUtc);
// A tray icon on desktops (needs a QApplication); none on phones.
std::unique_ptr<BackgroundPresence> createBackgroundPresence();
std::unique_ptr<StartAtLogin> createStartAtLogin();
// The system share sheet on phones; desktops open the folder holding the file.
std::unique_ptr<ShareSheet> createShareSheet();

} // namespace debrief::platform
