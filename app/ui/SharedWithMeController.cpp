#include "SharedWithMeController.h"

#include "share/SharedWithMe.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <debrief/platform/ShareSheet.h>

namespace debrief {

namespace {
// How long after the last key press a comment is written.
constexpr int SaveDelayMs = 800;
} // namespace

SharedWithMeController::SharedWithMeController(VaultTask::ConnectionSource connections,
                                               QObject* parent)
    : QObject(parent)
    , m_task(std::move(connections))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &SharedWithMeController::saveComments);
    connect(&m_player, &PlayerController::loadedChanged, this,
            &SharedWithMeController::playingEntryChanged);
}

SharedWithMeController::~SharedWithMeController()
{
    saveComments();
}

void SharedWithMeController::setDatabase(Database* db)
{
    saveComments(); // into the vault they were typed for
    m_drafts.clear();
    m_player.close(m_player.reflectionId());
    m_db = db;
    m_senderId = 0;
    emit senderChanged();
    if (db) {
        reload();
        return;
    }
    m_senders.setSenders({});
    m_entries.setEntries({});
}

QString SharedWithMeController::senderName() const
{
    const ShareSender* sender = m_senders.find(m_senderId);
    return sender ? sender->name : QString();
}

void SharedWithMeController::reload()
{
    if (!m_db)
        return;
    saveComments();
    SharedWithMe shared(*m_db);
    ShareError error;
    m_senders.setSenders(shared.senders(&error));
    if (error)
        return setMessage({}, error.message());
    if (m_senderId != 0 && !m_senders.find(m_senderId)) {
        m_senderId = 0;
        m_player.close(m_player.reflectionId());
    }
    m_entries.setEntries(m_senderId != 0 ? shared.entries(m_senderId, &error)
                                         : QVector<ReceivedEntryView>());
    if (error)
        setMessage({}, error.message());
    emit senderChanged();
}

void SharedWithMeController::showSender(int senderId)
{
    if (senderId != m_senderId)
        m_player.close(m_player.reflectionId());
    m_senderId = senderId;
    setMessage({}, {});
    reload();
}

void SharedWithMeController::editComment(int receivedId, const QString& text)
{
    m_drafts.insert(receivedId, text);
    m_saveTimer.start();
}

bool SharedWithMeController::saveComments()
{
    m_saveTimer.stop();
    if (!m_db || m_drafts.isEmpty())
        return true;
    SharedWithMe shared(*m_db);
    for (auto it = m_drafts.begin(); it != m_drafts.end();) {
        ShareError error;
        if (!shared.setComment(it.key(), it.value().trimmed(), &error)) {
            setMessage({}, error.message()); // kept: written with the next try
            return false;
        }
        m_entries.setComment(it.key(), it.value().trimmed());
        it = m_drafts.erase(it);
    }
    return true;
}

void SharedWithMeController::loadVoice(int receivedId, const QString& promptId)
{
    if (!m_db)
        return;
    ShareError error;
    const auto audio = SharedWithMe(*m_db).audio(receivedId, promptId, &error);
    if (!audio)
        return setMessage({}, error.message());
    m_player.loadAudio(receivedId, promptId, *audio);
}

QUrl SharedWithMeController::suggestedCommentsFile() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Letters and digits of any script stay; the rest (slashes, dots, spaces) become dashes.
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}_]+"));
    QString name = senderName().simplified().replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    const QString file = name.isEmpty()
                             ? QStringLiteral("comments.debrief")
                             : QStringLiteral("comments-for-%1.debrief").arg(name.left(60));
    return QUrl::fromLocalFile(QDir(folder).filePath(file));
}

void SharedWithMeController::sendComments(const QUrl& file)
{
    if (m_senderId == 0 || m_task.running())
        return;
    setMessage({}, {});
    if (!saveComments())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const qint64 senderId = m_senderId;
    m_task.start(
        [senderId, path](Database& db, ShareProgress* progress, ShareError* error) {
            return SharedWithMe(db).sendComments(senderId, path, progress, error);
        },
        [this, path](const ShareError& error) {
            if (error)
                return setMessage({}, error.message());
            sent(path);
        });
}

void SharedWithMeController::sent(const QString& path)
{
    const QString name = senderName().trimmed().isEmpty() ? tr("the sender") : senderName();
    const QString file = QFileInfo(path).fileName();
    if (!m_shareSheet)
        return setMessage(tr("Saved %1. Send it to %2: only they can open it.").arg(file, name),
                          {});
    QString detail;
    if (!m_shareSheet->share(
            {path, QStringLiteral("application/octet-stream"), tr("Send comments to %1").arg(name)},
            &detail))
        return setMessage(tr("Saved %1.").arg(file),
                          tr("The system could not offer to send it; send the file to %1 "
                             "yourself.")
                              .arg(name));
    setMessage(
        m_shareSheet->sendsToApps()
            ? tr("Saved %1. Choose how to send it to %2: only they can open it.").arg(file, name)
            : tr("Saved %1; its folder is open. Send it to %2: only they can open it.")
                  .arg(file, name),
        {});
}

bool SharedWithMeController::forgetSender(int senderId)
{
    if (!m_db)
        return false;
    saveComments();
    ShareError error;
    if (!SharedWithMe(*m_db).forgetSender(senderId, &error)) {
        setMessage({}, error.message());
        return false;
    }
    setMessage({}, {});
    reload();
    return true;
}

void SharedWithMeController::setMessage(const QString& message, const QString& error)
{
    if (message == m_message && error == m_errorMessage)
        return;
    m_message = message;
    m_errorMessage = error;
    emit messageChanged();
}

} // namespace debrief
