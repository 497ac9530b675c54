package org.debrief;

import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.graphics.drawable.Icon;
import android.net.Uri;
import android.os.Build;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

// Posts and removes Debrief's notifications: one per key (the key is the notification's tag,
// so the same key replaces), private on the lock screen, with the app's buttons. A notification
// is JSON: {"key", "title", "body", "actions": [{"id", "label"}], "defaultAction"}.
public final class NudgeNotifications {
    static final String CHANNEL = "nudges";
    private static final int ID = 1; // with the key as tag
    private static final String OPEN_ACTION = "org.debrief.action.OPEN_NUDGE";
    private static final String BUTTON_ACTION = "org.debrief.action.NUDGE_BUTTON";

    private NudgeNotifications() {}

    // Creates the channel (Android 8+) with the app's translated name; null keeps what exists.
    public static void ensureChannel(Context context, String name, String description) {
        if (Build.VERSION.SDK_INT < 26)
            return;
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (name == null && manager.getNotificationChannel(CHANNEL) != null)
            return;
        NotificationChannel channel = new NotificationChannel(
            CHANNEL, name != null ? name : "Reminders", NotificationManager.IMPORTANCE_DEFAULT);
        if (description != null)
            channel.setDescription(description);
        channel.setLockscreenVisibility(Notification.VISIBILITY_PRIVATE);
        manager.createNotificationChannel(channel); // updates name and description if it exists
    }

    public static boolean enabled(Context context) {
        return context.getSystemService(NotificationManager.class).areNotificationsEnabled();
    }

    public static void show(Context context, String json) {
        try {
            post(context, new JSONObject(json));
        } catch (JSONException e) {
            android.util.Log.w("Debrief", "notification: malformed request");
        }
    }

    public static void withdraw(Context context, String key) {
        context.getSystemService(NotificationManager.class).cancel(key, ID);
    }

    static void post(Context context, JSONObject n) throws JSONException {
        ensureChannel(context, null, null);
        String key = n.getString("key");
        String defaultAction = n.optString("defaultAction", "");
        int icon = context.getApplicationInfo().icon;

        Notification.Builder builder = builder(context)
            .setSmallIcon(icon)
            .setContentTitle(n.optString("title"))
            .setContentText(n.optString("body"))
            .setCategory(Notification.CATEGORY_REMINDER)
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            // The lock screen shows only the app's name (LK-3, also with titles turned on).
            .setPublicVersion(builder(context)
                                  .setSmallIcon(icon)
                                  .setContentTitle(context.getApplicationInfo().loadLabel(
                                      context.getPackageManager()))
                                  .build())
            .setAutoCancel(true);
        if (!defaultAction.isEmpty())
            builder.setContentIntent(openIntent(context, key, defaultAction));
        JSONArray actions = n.optJSONArray("actions");
        for (int i = 0; actions != null && i < actions.length(); ++i) {
            JSONObject action = actions.getJSONObject(i);
            String id = action.getString("id");
            // The default action opens the app (an activity: Android 12+ forbids starting one
            // from a receiver); the others are handled without bringing it to the front.
            PendingIntent intent = id.equals(defaultAction) ? openIntent(context, key, id)
                                                            : buttonIntent(context, key, id);
            builder.addAction(
                new Notification.Action.Builder((Icon) null, action.getString("label"), intent)
                    .build());
        }
        context.getSystemService(NotificationManager.class).notify(key, ID, builder.build());
    }

    private static Notification.Builder builder(Context context) {
        if (Build.VERSION.SDK_INT >= 26)
            return new Notification.Builder(context, CHANNEL);
        return new Notification.Builder(context);
    }

    // One PendingIntent per key and action: Android tells them apart by the data URI.
    private static Uri identity(String key, String action) {
        return new Uri.Builder().scheme("debrief-nudge").authority(key).appendPath(action).build();
    }

    private static PendingIntent openIntent(Context context, String key, String action) {
        Intent intent = context.getPackageManager().getLaunchIntentForPackage(
            context.getPackageName());
        intent.setAction(OPEN_ACTION)
            .setData(identity(key, action))
            .putExtra(NudgeBridge.EXTRA_KEY, key)
            .putExtra(NudgeBridge.EXTRA_ACTION, action)
            .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP);
        return PendingIntent.getActivity(
            context, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    private static PendingIntent buttonIntent(Context context, String key, String action) {
        Intent intent = new Intent(context, NudgeActionReceiver.class)
                            .setAction(BUTTON_ACTION)
                            .setData(identity(key, action))
                            .putExtra(NudgeBridge.EXTRA_KEY, key)
                            .putExtra(NudgeBridge.EXTRA_ACTION, action);
        return PendingIntent.getBroadcast(
            context, 0, intent, PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }
}
