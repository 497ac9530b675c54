#include "cli/CliArguments.h"

#include "cli/ExitCode.h"

namespace debrief::cli {

CliArguments::CliArguments()
    : m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_version(QStringLiteral("version"), tr("Show the version."))
    , m_dataDir(QStringLiteral("data-dir"),
                tr("Use the vault in DIR instead of the standard data folder."),
                QStringLiteral("DIR"))
    , m_passphraseFile(QStringLiteral("passphrase-file"),
                       tr("Read the passphrase or recovery code from the first line of FILE "
                          "instead of asking on the terminal (used when the keyring cannot "
                          "unlock the vault; for init, the new vault's passphrase)."),
                       QStringLiteral("FILE"))
    , m_limit(QStringLiteral("limit"), tr("Show at most N reflections (default 20)."),
              QStringLiteral("N"))
{
    m_parser.addOptions({m_help, m_version, m_dataDir, m_passphraseFile, m_limit});
}

bool CliArguments::parse(const QStringList& arguments, CliRequest* request, QString* error)
{
    if (!m_parser.parse(arguments)) {
        *error = tr("Unknown option or missing value. To save text that starts with \"-\", "
                    "use \"add -\" or put \"--\" before it. See --help.");
        return false;
    }
    if (m_parser.isSet(m_help)) {
        request->command = CliRequest::Command::Help;
        return true;
    }
    if (m_parser.isSet(m_version)) {
        request->command = CliRequest::Command::Version;
        return true;
    }
    request->dataDir = m_parser.value(m_dataDir);
    request->passphraseFile = m_parser.value(m_passphraseFile);
    if (m_parser.isSet(m_limit)) {
        bool ok = false;
        request->limit = m_parser.value(m_limit).toInt(&ok);
        if (!ok || request->limit < 1) {
            *error = tr("--limit needs a whole number of at least 1.");
            return false;
        }
    }
    if (!readCommand(m_parser.positionalArguments(), request, error))
        return false;
    const bool takesLimit = request->command == CliRequest::Command::List ||
                            request->command == CliRequest::Command::Search;
    if (m_parser.isSet(m_limit) && !takesLimit) {
        *error = tr("--limit only applies to list and search.");
        return false;
    }
    return true;
}

bool CliArguments::readCommand(const QStringList& words, CliRequest* request, QString* error) const
{
    using C = CliRequest::Command;
    if (words.isEmpty()) {
        *error = tr("No command given. See --help.");
        return false;
    }
    const QString name = words.first();
    const QStringList rest = words.mid(1);
    const QString joined = rest.join(QLatin1Char(' '));
    if (name == QLatin1String("init") && rest.isEmpty()) {
        request->command = C::Init;
    } else if (name == QLatin1String("list") && rest.isEmpty()) {
        request->command = C::List;
    } else if (name == QLatin1String("add") && !rest.isEmpty()) {
        request->command = C::Add;
        request->text = joined;
    } else if (name == QLatin1String("search") && !joined.trimmed().isEmpty()) {
        request->command = C::Search;
        request->text = joined;
    } else if (name == QLatin1String("show") && rest.size() == 1) {
        bool ok = false;
        request->command = C::Show;
        request->id = rest.first().toLongLong(&ok);
        if (!ok || request->id < 1) {
            *error = tr("show needs the number of a reflection, as shown by list.");
            return false;
        }
    } else {
        const QStringList known = {QStringLiteral("init"), QStringLiteral("add"),
                                   QStringLiteral("list"), QStringLiteral("show"),
                                   QStringLiteral("search")};
        *error = known.contains(name) ? tr("Wrong arguments for that command. See --help.")
                                      : tr("Unknown command. See --help.");
        return false;
    }
    return true;
}

QString CliArguments::helpText() const
{
    QStringList lines;
    lines << tr("Usage: debrief-cli [options] COMMAND [arguments]") << QString()
          << tr("Debrief on the command line: the same private, encrypted vault as the app. The "
                "vault is unlocked with the key in your system keyring, or else with your "
                "passphrase or recovery code.")
          << QString() << tr("Commands:")
          << tr("  init           Create a new vault. With --passphrase-file, that passphrase "
                "protects it; otherwise a recovery code is made and shown once.")
          << tr("  add -          Save a reflection typed or piped on standard input "
                "(recommended: other users can see command-line arguments).")
          << tr("  add TEXT       Save TEXT as a reflection.")
          << tr("  list           List reflections, newest first: number, date and time, "
                "first line.")
          << tr("  show ID        Show one reflection in full.")
          << tr("  search QUERY   Search reflections, best matches first; matches are marked.")
          << QString() << tr("Options:");
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const QCommandLineOption& option :
         {m_dataDir, m_passphraseFile, m_limit, m_help, m_version}) {
        QStringList names;
        for (const QString& n : option.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString head = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            head += QLatin1Char(' ') + option.valueName();
        width = qMax(width, head.size());
        rows.append({head, option.description()});
    }
    for (const auto& [head, description] : rows)
        lines << QStringLiteral("  %1  %2").arg(head, -int(width)).arg(description);
    lines << QString() << tr("Exit codes:") << tr("  %1  success").arg(Success)
          << tr("  %1  wrong usage").arg(Usage)
          << tr("  %1  still locked: wrong passphrase or recovery code, or none given").arg(Locked)
          << tr("  %1  the vault or its key file is damaged, missing or too new").arg(Damaged)
          << tr("  %1  the disk is full or the data folder cannot be read or written").arg(DiskOrIo)
          << tr("  %1  no reflection with that number").arg(NotFound)
          << tr("  %1  no vault yet (run init)").arg(NoVault)
          << tr("  %1  init refused: a vault already exists").arg(VaultExists);
    return lines.join(QLatin1Char('\n'));
}

} // namespace debrief::cli
