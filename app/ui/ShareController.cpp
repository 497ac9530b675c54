#include "ShareController.h"

#include "HistorySelection.h"
#include "VaultController.h"
#include "core/Clock.h"
#include "share/ShareKeys.h"

#include <QDir>
#include <QStandardPaths>
#include <debrief/platform/ShareSheet.h>

namespace debrief {

ShareController::ShareController(VaultController& vault, const HistorySelection& selection,
                                 platform::ShareSheet& sheet, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_selection(selection)
    , m_sheet(sheet)
    , m_clock(clock)
    , m_task([&vault](VaultError* error) { return vault.openConnection(error); })
{
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, &ShareController::refreshPreview);
    connect(&m_choices, &ShareChoicesModel::choicesChanged, &m_previewTimer,
            qOverload<>(&QTimer::start));
    connect(&m_choices, &ShareChoicesModel::choicesChanged, this, &ShareController::canSaveChanged);
    connect(&m_protection, &ShareProtectionChoice::changed, this, &ShareController::canSaveChanged);
    connect(&m_task, &VaultTask::runningChanged, this, &ShareController::canSaveChanged);
}

bool ShareController::sheetSendsToApps() const
{
    return m_sheet.sendsToApps();
}

QString ShareController::problem() const
{
    if (m_task.running())
        return tr("Saving…");
    if (m_choices.selection().isEmpty())
        return tr("Choose at least one part of one reflection to share.");
    if (m_displayName.trimmed().isEmpty())
        return tr("Type your name first: your coach sees who sent the file.");
    return m_protection.problem();
}

bool ShareController::begin()
{
    Database* db = m_vault.database();
    m_savedPath.clear();
    setMessages({}, {});
    if (!db)
        return false;
    ShareError error;
    if (!m_choices.load(*db, m_selection.ids(), &error)) {
        m_choices.clear();
        setMessages({}, error.message());
        return false;
    }
    m_displayName = ShareKeys(*db).displayName(&error);
    emit displayNameChanged();
    m_protection.setPersonalWords({m_displayName});
    m_protection.load(db);
    refreshPreview();
    emit canSaveChanged();
    return true;
}

void ShareController::end()
{
    m_previewTimer.stop();
    m_protection.reset();
    m_choices.clear();
    m_preview.clear();
    emit previewChanged();
}

bool ShareController::setDisplayName(const QString& name)
{
    Database* db = m_vault.database();
    const QString trimmed = name.trimmed();
    if (!db || trimmed.isEmpty())
        return false;
    ShareError error;
    if (!ShareKeys(*db).setDisplayName(trimmed, &error)) {
        setMessages({}, error.message());
        return false;
    }
    m_displayName = trimmed;
    m_protection.setPersonalWords({m_displayName});
    emit displayNameChanged();
    emit canSaveChanged();
    m_previewTimer.start(); // the preview names the sender
    return true;
}

void ShareController::refreshPreview()
{
    Database* db = m_vault.database();
    const ShareSelection selection = m_choices.selection();
    QString text;
    if (db && !selection.isEmpty()) {
        ShareError error;
        const auto markdown = ShareExporter(*db).preview(selection, &error);
        if (markdown)
            text = *markdown;
        else
            setMessages({}, error.message());
    }
    m_includedCount = int(selection.size());
    m_preview = text;
    emit previewChanged();
}

QUrl ShareController::suggestedFile() const
{
    const QDate today = m_clock.nowUtc().toTimeZone(m_clock.timeZone()).date();
    const QString name =
        QStringLiteral("debrief-share-%1.debrief").arg(today.toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

bool ShareController::save(const QUrl& file)
{
    if (m_task.running())
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QString why = problem();
    if (why.isEmpty() && path.isEmpty())
        why = tr("Choose where to save the file.");
    if (!why.isEmpty()) {
        setMessages({}, why);
        return false;
    }
    m_savedPath.clear();
    setMessages({}, {});
    const ShareSelection selection = m_choices.selection();
    ShareProtection protection = m_protection.protection();
    return m_task.start(
        [selection, protection, path](Database& db, ShareProgress* progress,
                                      ShareError* error) mutable {
            const bool ok = ShareExporter(db).share(selection, protection, path, progress, error);
            protection.value.fill(QChar(u'0'));
            return ok;
        },
        [this, path, n = int(selection.size())](const ShareError& error) {
            finish(path, n, error);
        });
}

void ShareController::finish(const QString& path, int entryCount, const ShareError& error)
{
    if (error.kind == ShareError::Kind::Cancelled) {
        setMessages({}, tr("Cancelled. No file was saved."));
        return;
    }
    if (error) {
        setMessages({}, error.message());
        return;
    }
    m_savedPath = path;
    const QString where = QDir::toNativeSeparators(path);
    const QString message =
        m_protection.kind() == ShareProtectionChoice::CoachKey
            ? tr("Saved %n reflection(s) to “%1”. Only %2 can open it.", nullptr, entryCount)
                  .arg(where, m_protection.coachName())
            : tr("Saved %n reflection(s) to “%1”. Send the passphrase by "
                 "another channel (a call, a message app), never with the file.",
                 nullptr, entryCount)
                  .arg(where);
    setMessages(message, {});
    emit saved(path);
}

bool ShareController::showSaved()
{
    if (m_savedPath.isEmpty())
        return false;
    QString detail;
    if (m_sheet.share({m_savedPath, QStringLiteral("application/octet-stream"),
                       tr("Reflections for your coach")},
                      &detail))
        return true;
    setMessages(m_resultMessage,
                m_sheet.sendsToApps()
                    ? tr("The file is saved, but no app could take it. Find it in “%1”.")
                          .arg(QDir::toNativeSeparators(m_savedPath))
                    : tr("The file is saved, but its folder could not be opened. It is in “%1”.")
                          .arg(QDir::toNativeSeparators(m_savedPath)));
    return false;
}

void ShareController::setMessages(const QString& result, const QString& error)
{
    m_resultMessage = result;
    m_errorMessage = error;
    emit messagesChanged();
}

} // namespace debrief
