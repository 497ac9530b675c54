#pragma once

#include <QString>

namespace debrief::platform {

// A finished file the person chose to pass on (a .debrief share, comments for a sender, a
// readable export). Only the path goes to the OS: the file is already written.
struct SharedFile
{
    QString path;     // a local file (or, on Android, a content:// URI the app may read)
    QString mimeType; // "application/octet-stream" for .debrief, "text/markdown", ...
    QString title;    // translated, shown by the OS's chooser ("Share reflections")
};

// Hands a finished file to the OS so the person can send it on: the system share sheet on
// phones (Android's ACTION_SEND chooser, iOS's UIActivityViewController); on desktops, which
// have none, the folder holding the file is opened in the file manager ("Show in folder").
class ShareSheet
{
public:
    virtual ~ShareSheet() = default;
    // True when share() offers apps to send the file to (phones); false when it only shows
    // where the file is (desktops): the UI words its button after this.
    virtual bool sendsToApps() const = 0;
    // False with a technical detail when the OS could not take the file (missing file, no
    // file manager, no app to send to).
    virtual bool share(const SharedFile& file, QString* detail) = 0;
};

} // namespace debrief::platform
