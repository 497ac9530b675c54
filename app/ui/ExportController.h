#pragma once

#include "VaultTask.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Clock;
class HistorySelection;
class VaultController;
namespace platform {
class ShareSheet;
}

// Readable exports of the entries picked in history: Markdown or PDF, everything of each entry
// (voice notes listed, not included), on a VaultTask. These files are NOT encrypted: the page
// says so before the save dialog, and the file itself begins by saying so.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(debrief::VaultTask* task READ task CONSTANT)
    Q_PROPERTY(QString resultMessage READ resultMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY messagesChanged)
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY messagesChanged)
    Q_PROPERTY(bool sheetSendsToApps READ sheetSendsToApps CONSTANT)

public:
    enum Format
    {
        Markdown,
        Pdf,
    };
    Q_ENUM(Format)

    // Every reference must outlive this object.
    ExportController(VaultController& vault, const HistorySelection& selection,
                     platform::ShareSheet& sheet, const Clock& clock, QObject* parent = nullptr);

    VaultTask* task() { return &m_task; }
    QString resultMessage() const { return m_resultMessage; }
    QString errorMessage() const { return m_errorMessage; }
    QString savedPath() const { return m_savedPath; }
    bool sheetSendsToApps() const;

    // "debrief-export-YYYY-MM-DD.md" / ".pdf" in the documents folder.
    Q_INVOKABLE QUrl suggestedFile(Format format) const;
    // Starts writing the picked entries to file (the save dialog's choice); false with
    // errorMessage set when it cannot start.
    Q_INVOKABLE bool exportTo(Format format, const QUrl& file);
    // Hands the saved file to the OS (share sheet, or its folder on desktops).
    Q_INVOKABLE bool showSaved();
    Q_INVOKABLE void clearMessages();

signals:
    void messagesChanged();
    void exported(const QString& path);

private:
    void setMessages(const QString& result, const QString& error);

    VaultController& m_vault;
    const HistorySelection& m_selection;
    platform::ShareSheet& m_sheet;
    const Clock& m_clock;
    VaultTask m_task;
    QString m_resultMessage;
    QString m_errorMessage;
    QString m_savedPath;
};

} // namespace debrief
