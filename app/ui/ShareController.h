#pragma once

#include "ShareChoicesModel.h"
#include "ShareProtectionChoice.h"
#include "VaultTask.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Clock;
class HistorySelection;
class VaultController;
namespace platform {
class ShareSheet;
}

// The Share page: the entries picked in history, what of each goes to the coach, the preview
// (exactly the entries.md the coach will read, rebuilt as the choices change), the protection,
// the person's display name (carried in the share so the coach sees who sent it), and saving
// the .debrief file on a VaultTask with progress and cancel. A saved file can then be handed
// to the OS's share sheet (on desktops: its folder is opened).
class ShareController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::ShareChoicesModel* choices READ choices CONSTANT)
    Q_PROPERTY(debrief::ShareProtectionChoice* protection READ protection CONSTANT)
    Q_PROPERTY(debrief::VaultTask* task READ task CONSTANT)
    Q_PROPERTY(QString preview READ preview NOTIFY previewChanged)
    // How many entries go along (those with at least one part included).
    Q_PROPERTY(int includedCount READ includedCount NOTIFY previewChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    // Everything is chosen: the file can be saved.
    Q_PROPERTY(bool canSave READ canSave NOTIFY canSaveChanged)
    // Why not yet, in words ("" when it can).
    Q_PROPERTY(QString problem READ problem NOTIFY canSaveChanged)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    // The file last saved ("" before), for "Show in folder" / "Share…".
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY messagesChanged)
    // True on phones: the saved file goes to other apps; desktops show its folder.
    Q_PROPERTY(bool sheetSendsToApps READ sheetSendsToApps CONSTANT)

public:
    // Every reference must outlive this object.
    ShareController(VaultController& vault, const HistorySelection& selection,
                    platform::ShareSheet& sheet, const Clock& clock, QObject* parent = nullptr);

    ShareChoicesModel* choices() { return &m_choices; }
    ShareProtectionChoice* protection() { return &m_protection; }
    VaultTask* task() { return &m_task; }
    QString preview() const { return m_preview; }
    int includedCount() const { return m_includedCount; }
    QString displayName() const { return m_displayName; }
    bool canSave() const { return problem().isEmpty(); }
    QString problem() const;
    QString resultMessage() const { return m_resultMessage; }
    QString errorMessage() const { return m_errorMessage; }
    QString savedPath() const { return m_savedPath; }
    bool sheetSendsToApps() const;

    // Starts over with the entries picked in history (the page opens).
    Q_INVOKABLE bool begin();
    // Forgets the passphrase and the preview (the page closes).
    Q_INVOKABLE void end();
    Q_INVOKABLE bool setDisplayName(const QString& name);
    // "debrief-share-YYYY-MM-DD.debrief" in the documents folder. Never an entry's title: a
    // file name is readable by anyone who sees the file.
    Q_INVOKABLE QUrl suggestedFile() const;
    // Starts writing the share to file (the save dialog's choice); false with errorMessage set
    // when it cannot start.
    Q_INVOKABLE bool save(const QUrl& file);
    // Hands the saved file to the OS (share sheet, or its folder on desktops).
    Q_INVOKABLE bool showSaved();

signals:
    void previewChanged();
    void displayNameChanged();
    void canSaveChanged();
    void messagesChanged();
    void saved(const QString& path);

private:
    void refreshPreview();
    void setMessages(const QString& result, const QString& error);
    void finish(const QString& path, int entryCount, const ShareError& error);

    VaultController& m_vault;
    const HistorySelection& m_selection;
    platform::ShareSheet& m_sheet;
    const Clock& m_clock;
    ShareChoicesModel m_choices;
    ShareProtectionChoice m_protection;
    VaultTask m_task;
    QTimer m_previewTimer; // one rebuild for a burst of changes ("apply to all")
    QString m_preview;
    int m_includedCount = 0;
    QString m_displayName;
    QString m_resultMessage;
    QString m_errorMessage;
    QString m_savedPath;
};

} // namespace debrief
