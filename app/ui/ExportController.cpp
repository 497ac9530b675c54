#include "ExportController.h"

#include "HistorySelection.h"
#include "VaultController.h"
#include "core/Clock.h"
#include "share/PdfExport.h"
#include "share/ShareExporter.h"
#include "vault/ReflectionStore.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>
#include <debrief/platform/ShareSheet.h>

namespace debrief {

namespace {

// Everything of each entry, oldest first (as it reads best).
ShareSelection everythingOldestFirst(Database& db, const QVector<qint64>& ids, ShareError* error)
{
    QVector<QPair<QDateTime, qint64>> dated;
    const ReflectionStore store(db);
    for (qint64 id : ids) {
        VaultError vaultError;
        const auto reflection = store.get(id, &vaultError);
        if (!reflection) {
            failWith(error,
                     ShareError::fromVault(vaultError ? vaultError : VaultError::Kind::NotFound));
            return {};
        }
        dated.append({reflection->created.utc, id});
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    ShareSelection selection;
    for (const auto& d : dated)
        selection.append({d.second, ShareFields::everything()});
    return selection;
}

} // namespace

ExportController::ExportController(VaultController& vault, const HistorySelection& selection,
                                   platform::ShareSheet& sheet, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_selection(selection)
    , m_sheet(sheet)
    , m_clock(clock)
    , m_task([&vault](VaultError* error) { return vault.openConnection(error); })
{
}

bool ExportController::sheetSendsToApps() const
{
    return m_sheet.sendsToApps();
}

QUrl ExportController::suggestedFile(Format format) const
{
    const QDate today = m_clock.nowUtc().toTimeZone(m_clock.timeZone()).date();
    const QString name = QStringLiteral("debrief-export-%1.%2")
                             .arg(today.toString(Qt::ISODate),
                                  format == Pdf ? QStringLiteral("pdf") : QStringLiteral("md"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

bool ExportController::exportTo(Format format, const QUrl& file)
{
    if (m_task.running())
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QVector<qint64> ids = m_selection.ids();
    m_savedPath.clear();
    if (ids.isEmpty() || path.isEmpty()) {
        setMessages({}, ids.isEmpty() ? ShareError(ShareError::Kind::NothingSelected).message()
                                      : tr("Choose where to save the file."));
        return false;
    }
    setMessages({}, {});
    const int n = int(ids.size());
    return m_task.start(
        [ids, format, path](Database& db, ShareProgress* progress, ShareError* error) {
            const ShareSelection selection = everythingOldestFirst(db, ids, error);
            if (selection.isEmpty() || progress->isCancelled())
                return progress->isCancelled() ? failWith(error, ShareError::Kind::Cancelled)
                                               : false;
            ShareExporter exporter(db);
            if (format == Markdown)
                return exporter.exportMarkdown(selection, path, error);
            const auto markdown = exporter.readableMarkdown(selection, error);
            if (!markdown)
                return false;
            if (progress->isCancelled())
                return failWith(error, ShareError::Kind::Cancelled);
            return pdfexport::write(*markdown, path, error);
        },
        [this, path, n](const ShareError& error) {
            if (error.kind == ShareError::Kind::Cancelled) {
                setMessages({}, tr("Cancelled. No file was saved."));
                return;
            }
            if (error) {
                setMessages({}, error.message());
                return;
            }
            m_savedPath = path;
            setMessages(tr("Exported %n reflection(s) to “%1”. This file is NOT encrypted: "
                           "anyone who has it can read it.",
                           nullptr, n)
                            .arg(QDir::toNativeSeparators(path)),
                        {});
            emit exported(path);
        });
}

bool ExportController::showSaved()
{
    if (m_savedPath.isEmpty())
        return false;
    QString detail;
    const bool pdf = m_savedPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (m_sheet.share({m_savedPath,
                       pdf ? QStringLiteral("application/pdf") : QStringLiteral("text/markdown"),
                       tr("Reflections (not encrypted)")},
                      &detail))
        return true;
    setMessages(m_resultMessage, tr("The file is saved, but it could not be shown. It is in “%1”.")
                                     .arg(QDir::toNativeSeparators(m_savedPath)));
    return false;
}

void ExportController::clearMessages()
{
    m_savedPath.clear();
    setMessages({}, {});
}

void ExportController::setMessages(const QString& result, const QString& error)
{
    m_resultMessage = result;
    m_errorMessage = error;
    emit messagesChanged();
}

} // namespace debrief
