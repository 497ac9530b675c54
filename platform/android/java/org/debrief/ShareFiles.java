package org.debrief;

import android.app.Activity;
import android.content.ActivityNotFoundException;
import android.content.ClipData;
import android.content.Intent;
import android.net.Uri;

import androidx.core.content.FileProvider;

import java.io.File;

// Hands a finished file (a .debrief share, comments, a readable export) to the app the person
// picks in the system chooser. A file of the app's own goes through the FileProvider declared
// in the manifest (authority <package>.files, paths in res/xml/debrief_file_paths.xml); a
// content:// URI (a file saved through the system's file picker) is passed as it is. Either way
// the receiving app gets a one-off read grant and nothing more.
public final class ShareFiles {
    private ShareFiles() {}

    // Null when the chooser was shown, else why not (for the app's log, never shown raw).
    public static String send(Activity activity, String path, String mimeType, String title) {
        Uri uri;
        try {
            uri = path.startsWith("content://")
                ? Uri.parse(path)
                : FileProvider.getUriForFile(activity, activity.getPackageName() + ".files",
                                             new File(path));
        } catch (IllegalArgumentException e) {
            return "the file is outside the folders the FileProvider shares";
        }
        Intent send = new Intent(Intent.ACTION_SEND);
        send.setType(mimeType != null && !mimeType.isEmpty() ? mimeType
                                                             : "application/octet-stream");
        send.putExtra(Intent.EXTRA_STREAM, uri);
        send.putExtra(Intent.EXTRA_TITLE, title);
        // The grant travels with the ClipData (Android 10+ reads it from there for the preview).
        send.setClipData(ClipData.newRawUri(title, uri));
        send.addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION);
        try {
            activity.startActivity(Intent.createChooser(send, title));
        } catch (ActivityNotFoundException e) {
            return "no app can receive the file";
        }
        return null;
    }
}
