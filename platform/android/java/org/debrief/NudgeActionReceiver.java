package org.debrief;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

// A notification button other than "open" (snooze, not now): removes the notification and
// hands the choice to the app (NudgeBridge), which need not come to the front for it.
public final class NudgeActionReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        String key = intent.getStringExtra(NudgeBridge.EXTRA_KEY);
        String action = intent.getStringExtra(NudgeBridge.EXTRA_ACTION);
        if (key == null || action == null)
            return;
        NudgeNotifications.withdraw(context, key);
        NudgeBridge.deliver(context, key, action);
    }
}
