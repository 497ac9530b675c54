#pragma once

#include "debrief/platform/Notifier.h"

#include <QJniObject>
#include <QJsonObject>
#include <QObject>

namespace debrief::platform::androidnudges {

// The Java side of nudges lives in platform/android/java/org/debrief (NudgeAlarms,
// NudgeNotifications, NudgeBridge and the receivers); these helpers reach it.

// The application's Context, for the static Java helpers.
QJniObject context();

// A notification as the Java helpers read it (NudgeNotifications' JSON). persist: generic text
// that NudgeAlarms may keep on disk to survive a restart.
QString toJson(const Notification& notification, bool persist);
Notification fromJson(const QJsonObject& json);

// Routes pressed notification buttons to handler on context's thread: the ones pressed while
// the app was not running first, then each as it comes, whether through a button handled in
// the background (NudgeBridge.nativeAction) or an "open" intent to the activity. Android calls
// back through static native methods, so this is the one route of the process; the next call
// replaces it, and clearActionRoute() ends it (before context goes).
void setActionRoute(QObject* context, Notifier::ActionHandler handler);
void clearActionRoute(QObject* context);

} // namespace debrief::platform::androidnudges
