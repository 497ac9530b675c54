package org.debrief;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

// Android forgets every alarm when it restarts: registers Debrief's again from NudgeAlarms'
// copy of the schedule. Also when exact alarms were allowed or refused since (Android 12+), so
// the alarms use the kind now permitted.
public final class BootReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        String action = intent.getAction();
        if (Intent.ACTION_BOOT_COMPLETED.equals(action)) {
            NudgeAlarms.restore(context, true);
        } else if (Intent.ACTION_MY_PACKAGE_REPLACED.equals(action)
                   || "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED".equals(
                       action)) {
            NudgeAlarms.restore(context, false);
        }
    }
}
