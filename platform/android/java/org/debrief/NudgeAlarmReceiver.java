package org.debrief;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

import org.json.JSONException;
import org.json.JSONObject;

// An alarm NudgeAlarms registered has come: posts its notification (the app need not run) and
// takes it off the schedule.
public final class NudgeAlarmReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        String json = intent.getStringExtra(NudgeAlarms.EXTRA_NOTIFICATION);
        if (json == null)
            return;
        try {
            JSONObject notification = new JSONObject(json);
            NudgeAlarms.forget(context, notification.getString("key"));
            NudgeNotifications.post(context, notification);
        } catch (JSONException e) {
            android.util.Log.w("Debrief", "nudge: malformed alarm");
        }
    }
}
