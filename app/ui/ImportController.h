#pragma once

#include "VaultTask.h"
#include "share/ShareImporter.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// Opens a .debrief file someone sent (from the file dialog, dropped on the window, or named on
// the command line): asks for its passphrase when it has one, imports it on a worker (progress,
// cancel) and says what came in — entries under "Shared with me", or a coach's comments beside
// the person's own entries. A failure says why, and nothing is imported.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::VaultTask* task READ task CONSTANT)
    // The file asks for a passphrase: give it with submitPassphrase (or cancelPassphrase).
    Q_PROPERTY(bool askingPassphrase READ askingPassphrase NOTIFY askingPassphraseChanged)
    // The file's name (without its folder) while it is being opened.
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileNameChanged)
    Q_PROPERTY(QString passphraseError READ passphraseError NOTIFY passphraseErrorChanged)
    // What the last import did ("2 comments from Alex."), or why it failed; one of them is set.
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY resultChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY resultChanged)
    // What the last successful import brought: Shares or Comments.
    Q_PROPERTY(Result result READ result NOTIFY resultChanged)

public:
    enum class Result
    {
        Nothing,
        Shares,   // entries under "Shared with me"
        Comments, // a coach's comments beside the person's own entries
    };
    Q_ENUM(Result)

    explicit ImportController(VaultTask::ConnectionSource connections, QObject* parent = nullptr);

    VaultTask* task() { return &m_task; }
    bool askingPassphrase() const { return m_askingPassphrase; }
    QString fileName() const;
    QString passphraseError() const { return m_passphraseError; }
    QString resultMessage() const { return m_resultMessage; }
    QString errorMessage() const { return m_errorMessage; }
    Result result() const { return m_result; }

    // The vault is open (or not): files named before it opened are opened now.
    void setReady(bool ready);
    // A file named on the command line: opened as soon as the vault is.
    void openWhenReady(const QString& path);

    // The file the dialog chose or the one dropped (a local file, or a content:// URI).
    Q_INVOKABLE void openFile(const QUrl& file);
    Q_INVOKABLE void submitPassphrase(const QString& passphrase);
    Q_INVOKABLE void cancelPassphrase();
    // Forgets the last result (its message was read).
    Q_INVOKABLE void dismissResult();

signals:
    void askingPassphraseChanged();
    void fileNameChanged();
    void passphraseErrorChanged();
    void resultChanged();
    // After a successful import, for the lists to read again.
    void sharesImported();
    void commentsImported();

private:
    void open(const QString& path);
    void start(QString passphrase);
    void finish(const ShareError& error, const ImportReport& report, bool withPassphrase);
    void setAsking(bool asking, const QString& error = {});
    void setPath(const QString& path);
    void setResult(Result result, const QString& message, const QString& error);
    static QString describe(const ImportReport& report);

    VaultTask m_task;
    bool m_ready = false;
    QStringList m_waiting; // named before the vault was open
    QString m_path;
    bool m_askingPassphrase = false;
    QString m_passphraseError;
    QString m_resultMessage;
    QString m_errorMessage;
    Result m_result = Result::Nothing;
};

} // namespace debrief
