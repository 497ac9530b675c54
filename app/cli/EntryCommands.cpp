#include "cli/EntryCommands.h"

#include "vault/ReflectionStore.h"

#include <QFile>

namespace debrief::cli {

EntryCommands::EntryCommands(const VaultSession& session, const Console& console)
    : m_session(session)
    , m_console(console)
{
}

int EntryCommands::withStore(const std::function<int(ReflectionStore&)>& body) const
{
    Failure failure;
    OpenVault vault = m_session.open(&failure);
    if (!vault)
        return fail(failure);
    ReflectionStore store(*vault.db);
    return body(store);
}

int EntryCommands::fail(const Failure& failure) const
{
    m_console.message(failure.message);
    return failure.code;
}

QString EntryCommands::when(const LocalMoment& moment)
{
    // The time as it was where the person wrote it.
    return moment.local().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString EntryCommands::readStandardInput() const
{
    if (m_console.stdinIsTerminal())
        m_console.message(tr("Type your reflection, then press Ctrl-D on a new line."));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

int EntryCommands::add(const QString& argument) const
{
    const QString text = argument == QStringLiteral("-") ? readStandardInput() : argument;
    if (text.trimmed().isEmpty())
        return fail({Usage, tr("Nothing to save: the reflection is empty.")});
    return withStore([&](ReflectionStore& store) -> int {
        VaultError error;
        const ReflectionId id =
            store.add(text, LocalMoment::fromDateTime(QDateTime::currentDateTime()), &error);
        if (error)
            return fail(failureFor(error));
        m_console.print(tr("Saved reflection %1.").arg(id));
        return Success;
    });
}

int EntryCommands::list(int limit) const
{
    return withStore([&](ReflectionStore& store) -> int {
        VaultError error;
        const auto rows = store.page(std::nullopt, limit, &error);
        if (error)
            return fail(failureFor(error));
        for (const ReflectionSummary& row : rows)
            m_console.print(QStringLiteral("%1  %2  %3")
                                .arg(row.id, 6)
                                .arg(when(row.created), Console::oneLine(row.firstLine)));
        return Success;
    });
}

int EntryCommands::show(ReflectionId id) const
{
    return withStore([&](ReflectionStore& store) -> int {
        VaultError error;
        const auto reflection = store.get(id, &error);
        if (!reflection)
            return fail(failureFor(error));
        m_console.print(tr("Reflection %1, written %2").arg(id).arg(when(reflection->created)));
        if (!(reflection->updated == reflection->created))
            m_console.print(tr("Last changed %1").arg(when(reflection->updated)));
        m_console.print(QString());
        m_console.print(Console::printable(reflection->text));
        return Success;
    });
}

int EntryCommands::search(const QString& query, int limit) const
{
    return withStore([&](ReflectionStore& store) -> int {
        VaultError error;
        const auto hits = store.search(query, limit, &error);
        if (error)
            return fail(failureFor(error));
        if (hits.isEmpty())
            m_console.message(tr("No reflection matches that search."));
        for (const SearchHit& hit : hits)
            m_console.print(QStringLiteral("%1  %2  %3")
                                .arg(hit.id, 6)
                                .arg(when(hit.created), m_console.highlighted(hit.snippet)));
        return Success;
    });
}

} // namespace debrief::cli
