package org.debrief;

import android.app.AlarmManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.net.Uri;
import android.os.Build;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

import java.util.Iterator;

// Debrief's nudges as alarms (AlarmManager, RTC_WAKEUP at absolute UTC moments): exact and
// allowed in Doze when the person granted exact alarms, otherwise inexact (Android may deliver
// them some minutes late). Each alarm carries its notification in memory only.
//
// A copy of the schedule in SharedPreferences survives a restart, which clears every alarm:
// {key: {"at": millis, "notification": {...}}}. The notification is kept only when it is
// generic ("persist": true from native code); one that shows an entry's title is kept as key
// and time alone, and the app registers it again at its next start.
public final class NudgeAlarms {
    static final String EXTRA_NOTIFICATION = "org.debrief.NUDGE_NOTIFICATION";
    private static final String PREFS = "debrief.nudge.schedule";
    private static final String SCHEDULE = "schedule";
    private static final String FIRE_ACTION = "org.debrief.action.NUDGE_ALARM";

    private NudgeAlarms() {}

    // notificationJson: NudgeNotifications' format plus "persist".
    public static synchronized void schedule(Context context, String notificationJson,
                                             long atMillis) {
        try {
            JSONObject notification = new JSONObject(notificationJson);
            boolean persist = notification.optBoolean("persist", false);
            notification.remove("persist");
            String key = notification.getString("key");
            arm(context, key, notification, atMillis);
            JSONObject entry = new JSONObject().put("at", atMillis);
            if (persist)
                entry.put("notification", notification);
            JSONObject schedule = load(context);
            schedule.put(key, entry);
            save(context, schedule);
        } catch (JSONException e) {
            android.util.Log.w("Debrief", "nudge: malformed request");
        }
    }

    public static synchronized void cancel(Context context, String key) {
        PendingIntent pending = PendingIntent.getBroadcast(
            context, 0, fireIntent(context, key),
            PendingIntent.FLAG_NO_CREATE | PendingIntent.FLAG_IMMUTABLE);
        if (pending != null) {
            context.getSystemService(AlarmManager.class).cancel(pending);
            pending.cancel();
        }
        forget(context, key);
    }

    // The schedule as [{"key", "at", "notification"?}, ...].
    public static synchronized String registry(Context context) {
        JSONObject schedule = load(context);
        JSONArray list = new JSONArray();
        try {
            for (Iterator<String> keys = schedule.keys(); keys.hasNext();) {
                String key = keys.next();
                JSONObject entry = schedule.getJSONObject(key);
                JSONObject item = new JSONObject().put("key", key).put("at", entry.getLong("at"));
                if (entry.has("notification"))
                    item.put("notification", entry.getJSONObject("notification"));
                list.put(item);
            }
        } catch (JSONException e) {
            android.util.Log.w("Debrief", "nudge: malformed schedule");
        }
        return list.toString();
    }

    public static boolean canScheduleExact(Context context) {
        return Build.VERSION.SDK_INT < 31
            || context.getSystemService(AlarmManager.class).canScheduleExactAlarms();
    }

    // Registers the kept alarms again. afterBoot: alarms are gone and the app is not running,
    // so at most one that came due meanwhile is shown now (never a burst), and entries kept
    // without their text are dropped (the app registers them again at its next start).
    // Otherwise (the app starts, exact alarms were allowed or refused) the alarms still stand:
    // those with text are registered again (replacing themselves, exact or not as now allowed),
    // those without stay as they are, and due ones are left to the app's catch-up.
    public static synchronized void restore(Context context, boolean afterBoot) {
        JSONObject schedule = load(context);
        JSONObject kept = new JSONObject();
        long now = System.currentTimeMillis();
        String latestDueKey = null;
        long latestDue = Long.MIN_VALUE;
        try {
            for (Iterator<String> keys = schedule.keys(); keys.hasNext();) {
                String key = keys.next();
                JSONObject entry = schedule.getJSONObject(key);
                long at = entry.getLong("at");
                if (!entry.has("notification")) {
                    if (!afterBoot && at > now)
                        kept.put(key, entry);
                    continue;
                }
                if (at > now) {
                    arm(context, key, entry.getJSONObject("notification"), at);
                    kept.put(key, entry);
                } else if (afterBoot && at > latestDue) {
                    latestDue = at;
                    latestDueKey = key;
                }
            }
            save(context, kept);
            if (latestDueKey != null)
                NudgeNotifications.post(context,
                                        schedule.getJSONObject(latestDueKey)
                                            .getJSONObject("notification"));
        } catch (JSONException e) {
            android.util.Log.w("Debrief", "nudge: malformed schedule");
        }
    }

    static synchronized void forget(Context context, String key) {
        JSONObject schedule = load(context);
        if (schedule.remove(key) != null)
            save(context, schedule);
    }

    private static void arm(Context context, String key, JSONObject notification, long atMillis) {
        Intent intent = fireIntent(context, key).putExtra(EXTRA_NOTIFICATION,
                                                          notification.toString());
        PendingIntent pending = PendingIntent.getBroadcast(
            context, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        if (canScheduleExact(context))
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, pending);
        else
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, atMillis, pending);
    }

    // One alarm per key: Android tells the PendingIntents apart by the data URI.
    private static Intent fireIntent(Context context, String key) {
        return new Intent(context, NudgeAlarmReceiver.class)
            .setAction(FIRE_ACTION)
            .setData(new Uri.Builder().scheme("debrief-alarm").authority(key).build());
    }

    private static JSONObject load(Context context) {
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        try {
            return new JSONObject(prefs.getString(SCHEDULE, "{}"));
        } catch (JSONException e) {
            return new JSONObject();
        }
    }

    private static void save(Context context, JSONObject schedule) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
            .edit()
            .putString(SCHEDULE, schedule.toString())
            .apply();
    }
}
