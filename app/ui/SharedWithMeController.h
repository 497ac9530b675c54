#pragma once

#include "PlayerController.h"
#include "ReceivedEntriesModel.h"
#include "SendersModel.h"
#include "VaultTask.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace debrief {

namespace platform {
class ShareSheet;
}

// The coach's side of sharing in the app: who shared with this vault and what (read-only),
// their voice notes, a comment on each entry (kept as it is typed), sending the comments back
// as a .debrief file encrypted to the sender's key (on a worker, then handed to the share
// sheet), and forgetting a sender.
class SharedWithMeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::SendersModel* senders READ senders CONSTANT)
    Q_PROPERTY(debrief::ReceivedEntriesModel* entries READ entries CONSTANT)
    Q_PROPERTY(debrief::PlayerController* player READ player CONSTANT)
    Q_PROPERTY(debrief::VaultTask* task READ task CONSTANT)
    // The sender whose entries shows (0: none).
    Q_PROPERTY(int senderId READ senderId NOTIFY senderChanged)
    Q_PROPERTY(QString senderName READ senderName NOTIFY senderChanged)
    // The received entry whose voice note the player holds (0: none).
    Q_PROPERTY(int playingEntryId READ playingEntryId NOTIFY playingEntryChanged)
    // What the last send did, or why something failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messageChanged)

public:
    SharedWithMeController(VaultTask::ConnectionSource connections, QObject* parent = nullptr);
    ~SharedWithMeController() override;

    // The open vault's UI-thread connection (null: none); the share sheet for sent files.
    void setDatabase(Database* db);
    void setShareSheet(platform::ShareSheet* sheet) { m_shareSheet = sheet; }

    SendersModel* senders() { return &m_senders; }
    ReceivedEntriesModel* entries() { return &m_entries; }
    PlayerController* player() { return &m_player; }
    VaultTask* task() { return &m_task; }
    int senderId() const { return int(m_senderId); }
    QString senderName() const;
    int playingEntryId() const { return int(m_player.reflectionId()); }
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }

    // Reads the senders again, and the entries of the one shown.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void showSender(int senderId);
    // The comment as it is being typed: written a moment after typing stops, or at once by
    // saveComments (an empty text removes it).
    Q_INVOKABLE void editComment(int receivedId, const QString& text);
    Q_INVOKABLE bool saveComments();
    // Loads a voice note of a received entry into the player ("" for the main one).
    Q_INVOKABLE void loadVoice(int receivedId, const QString& promptId);
    // "comments-for-NAME.debrief" in the documents folder, for the save dialog.
    Q_INVOKABLE QUrl suggestedCommentsFile() const;
    // Writes the comments on the shown sender's entries to file (encrypted to their key), then
    // hands the file to the share sheet.
    Q_INVOKABLE void sendComments(const QUrl& file);
    // Forgets the sender and all they shared (the page asks first).
    Q_INVOKABLE bool forgetSender(int senderId);
    Q_INVOKABLE void clearMessage() { setMessage({}, {}); }

signals:
    void senderChanged();
    void playingEntryChanged();
    void messageChanged();

private:
    void sent(const QString& path);
    void setMessage(const QString& message, const QString& error);

    VaultTask m_task;
    Database* m_db = nullptr;
    platform::ShareSheet* m_shareSheet = nullptr;
    SendersModel m_senders;
    ReceivedEntriesModel m_entries;
    PlayerController m_player;
    qint64 m_senderId = 0;
    QHash<qint64, QString> m_drafts; // comments typed and not yet written
    QTimer m_saveTimer;
    QString m_message;
    QString m_errorMessage;
};

} // namespace debrief
