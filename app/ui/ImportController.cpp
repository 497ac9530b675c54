#include "ImportController.h"

#include <QFileInfo>
#include <memory>

namespace debrief {

ImportController::ImportController(VaultTask::ConnectionSource connections, QObject* parent)
    : QObject(parent)
    , m_task(std::move(connections))
{
}

QString ImportController::fileName() const
{
    if (m_path.isEmpty())
        return {};
    const QUrl url(m_path);
    // content:// URIs (Android) end in an opaque id: show what there is.
    return url.scheme().isEmpty() || url.isLocalFile() ? QFileInfo(m_path).fileName()
                                                       : url.fileName();
}

void ImportController::setReady(bool ready)
{
    m_ready = ready;
    if (ready && !m_waiting.isEmpty() && !m_task.running() && !m_askingPassphrase)
        open(m_waiting.takeFirst());
}

void ImportController::openWhenReady(const QString& path)
{
    if (path.isEmpty())
        return;
    m_waiting.append(path);
    setReady(m_ready);
}

void ImportController::openFile(const QUrl& file)
{
    openWhenReady(file.isLocalFile() ? file.toLocalFile() : file.toString());
}

void ImportController::open(const QString& path)
{
    setResult(Result::Nothing, {}, {});
    setPath(path);
    ShareError error;
    const auto needsPassphrase = ShareImporter::needsPassphrase(path, &error);
    if (!needsPassphrase)
        return finish(error, {}, false);
    if (*needsPassphrase)
        return setAsking(true);
    start({});
}

void ImportController::submitPassphrase(const QString& passphrase)
{
    if (!m_askingPassphrase || m_task.running())
        return;
    if (passphrase.isEmpty())
        return setAsking(true, tr("Type the passphrase the sender gave you."));
    setAsking(true);
    start(passphrase);
}

void ImportController::cancelPassphrase()
{
    if (!m_askingPassphrase || m_task.running())
        return;
    setAsking(false);
    setPath({});
    setReady(m_ready); // the next file named, if any
}

void ImportController::dismissResult()
{
    setResult(Result::Nothing, {}, {});
}

void ImportController::start(QString passphrase)
{
    const bool withPassphrase = !passphrase.isEmpty();
    auto report = std::make_shared<ImportReport>();
    const auto job = [path = m_path, passphrase = std::move(passphrase),
                      report](Database& db, ShareProgress* progress, ShareError* error) mutable {
        const auto done = ShareImporter(db).importFile(path, passphrase, progress, error);
        passphrase.fill(QChar(u'0'));
        if (!done)
            return false;
        *report = *done;
        return true;
    };
    m_task.start(job, [this, report, withPassphrase](const ShareError& error) {
        finish(error, *report, withPassphrase);
    });
}

void ImportController::finish(const ShareError& error, const ImportReport& report,
                              bool withPassphrase)
{
    if (error && withPassphrase && error.kind == ShareError::Kind::Age &&
        error.age.kind == AgeError::Kind::WrongPassphrase)
        return setAsking(true, error.message()); // try again
    setAsking(false);
    setPath({});
    if (error.kind == ShareError::Kind::WrongKind)
        setResult(Result::Nothing, {},
                  tr("This is a backup: restore it from Settings > Backup. Nothing was "
                     "imported."));
    else if (error)
        setResult(Result::Nothing, {}, error.message());
    else if (report.kind == BundleKind::Comments)
        setResult(Result::Comments, describe(report), {});
    else
        setResult(Result::Shares, describe(report), {});
    if (!error && report.kind == BundleKind::Comments)
        emit commentsImported();
    else if (!error)
        emit sharesImported();
    setReady(m_ready); // the next file named, if any
}

QString ImportController::describe(const ImportReport& report)
{
    const QString sender = report.senderName.trimmed().isEmpty() ? tr("someone who gave no name")
                                                                 : report.senderName.simplified();
    const int count = report.added + report.replaced;
    if (report.kind == BundleKind::Comments) {
        QString text = count == 0 ? tr("No new comments from %1.").arg(sender)
                                  : tr("%n comments from %1.", "", count).arg(sender);
        if (report.skipped > 0)
            text += QLatin1Char(' ') + tr("Left out, being about reflections no longer here or "
                                          "older than the ones you have: %n.",
                                          "", report.skipped);
        return text;
    }
    return tr("%n reflections from %1, under Shared with me.", "", count).arg(sender);
}

void ImportController::setAsking(bool asking, const QString& error)
{
    if (error != m_passphraseError) {
        m_passphraseError = error;
        emit passphraseErrorChanged();
    }
    if (asking != m_askingPassphrase) {
        m_askingPassphrase = asking;
        emit askingPassphraseChanged();
    }
}

void ImportController::setPath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit fileNameChanged();
}

void ImportController::setResult(Result result, const QString& message, const QString& error)
{
    if (result == m_result && message == m_resultMessage && error == m_errorMessage)
        return;
    m_result = result;
    m_resultMessage = message;
    m_errorMessage = error;
    emit resultChanged();
}

} // namespace debrief
