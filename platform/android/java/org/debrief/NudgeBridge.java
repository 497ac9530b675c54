package org.debrief;

import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;

import org.json.JSONArray;
import org.json.JSONException;

// The way back into the app for a pressed notification button: straight to native code when
// the app runs (AndroidNudgeBridge.cpp registers nativeAction), otherwise kept until its next
// start. Keeps only keys and action ids (entry ids and words like "snooze-hour"), never content.
public final class NudgeBridge {
    static final String EXTRA_KEY = "org.debrief.NUDGE_KEY";
    static final String EXTRA_ACTION = "org.debrief.NUDGE_ACTION";
    private static final String PREFS = "debrief.nudge.actions";
    private static final String PENDING = "pending";

    private static volatile boolean sNativeReady = false;

    private NudgeBridge() {}

    static native void nativeAction(String key, String action);

    // Called by native code once nativeAction is registered (true) and when it goes (false).
    public static void setNativeReady(boolean ready) {
        sNativeReady = ready;
    }

    static synchronized void deliver(Context context, String key, String action) {
        if (sNativeReady) {
            nativeAction(key, action);
            return;
        }
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        JSONArray pending;
        try {
            pending = new JSONArray(prefs.getString(PENDING, "[]"));
        } catch (JSONException e) {
            pending = new JSONArray();
        }
        pending.put(new JSONArray().put(key).put(action));
        prefs.edit().putString(PENDING, pending.toString()).apply();
    }

    // Buttons pressed while the app was not running, as [[key, action], ...]; then forgotten.
    public static synchronized String takePending(Context context) {
        SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
        String pending = prefs.getString(PENDING, "[]");
        prefs.edit().remove(PENDING).apply();
        return pending;
    }

    // The [key, action] an "open" notification intent carries (null for any other intent);
    // taken out of the intent so a recreated activity does not report it again.
    public static String takeFromIntent(Intent intent) {
        if (intent == null)
            return null;
        String key = intent.getStringExtra(EXTRA_KEY);
        String action = intent.getStringExtra(EXTRA_ACTION);
        if (key == null || action == null)
            return null;
        intent.removeExtra(EXTRA_KEY);
        intent.removeExtra(EXTRA_ACTION);
        return new JSONArray().put(key).put(action).toString();
    }
}
