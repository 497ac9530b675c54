#include "cli/CliArguments.h"

#include "cli/ExitCode.h"

#include <algorithm>

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
    , m_coachKey(QStringLiteral("coach-key"),
                 tr("export: encrypt to this coach's public key (age1…). With --coach, the key "
                    "is remembered under that name."),
                 QStringLiteral("KEY"))
    , m_coach(QStringLiteral("coach"), tr("export: encrypt to the coach remembered as NAME."),
              QStringLiteral("NAME"))
    , m_leaveOut(QStringLiteral("leave-out"),
                 tr("export: leave these parts out of every entry, comma-separated: text, "
                    "answers, lessons, voice."),
                 QStringLiteral("PARTS"))
    , m_markdown(QStringLiteral("markdown"),
                 tr("export: write readable Markdown instead. It is NOT encrypted."))
    , m_merge(QStringLiteral("merge"),
              tr("restore: add the backup to a vault in use; entries already there are kept "
                 "and nothing is added twice."))
    , m_recoveryCode(QStringLiteral("recovery-code"),
                     tr("backup: protect the backup with your recovery code instead of a new "
                        "passphrase."))
    , m_name(QStringLiteral("name"),
             tr("key, export: the name coaches see on what you send (remembered)."),
             QStringLiteral("NAME"))
    , m_filePassphraseFile(QStringLiteral("file-passphrase-file"),
                           tr("Read the passphrase of the .debrief or backup file (not the "
                              "vault's) from the first line of FILE instead of asking on the "
                              "terminal."),
                           QStringLiteral("FILE"))
{
    m_parser.addOptions({m_help, m_version, m_dataDir, m_passphraseFile, m_limit, m_coachKey,
                         m_coach, m_leaveOut, m_markdown, m_merge, m_recoveryCode, m_name,
                         m_filePassphraseFile});
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
    return readShareOptions(request, error);
}

bool CliArguments::readShareOptions(CliRequest* request, QString* error) const
{
    using C = CliRequest::Command;
    const C c = request->command;
    const auto only = [&](const QCommandLineOption& option, std::initializer_list<C> commands,
                          const QString& message) {
        if (m_parser.isSet(option) &&
            std::find(commands.begin(), commands.end(), c) == commands.end()) {
            *error = message;
            return false;
        }
        return true;
    };
    if (!only(m_coachKey, {C::Export}, tr("--coach-key only applies to export.")) ||
        !only(m_coach, {C::Export}, tr("--coach only applies to export.")) ||
        !only(m_leaveOut, {C::Export}, tr("--leave-out only applies to export.")) ||
        !only(m_markdown, {C::Export}, tr("--markdown only applies to export.")) ||
        !only(m_merge, {C::Restore}, tr("--merge only applies to restore.")) ||
        !only(m_recoveryCode, {C::Backup}, tr("--recovery-code only applies to backup.")) ||
        !only(m_name, {C::Key, C::Export}, tr("--name only applies to key and export.")) ||
        !only(m_filePassphraseFile, {C::Export, C::Import, C::Backup, C::Restore},
              tr("--file-passphrase-file only applies to export, import, backup and restore.")))
        return false;
    request->coachKey = m_parser.value(m_coachKey);
    request->coach = m_parser.value(m_coach);
    request->markdown = m_parser.isSet(m_markdown);
    request->merge = m_parser.isSet(m_merge);
    request->recoveryCode = m_parser.isSet(m_recoveryCode);
    request->name = m_parser.value(m_name);
    request->filePassphraseFile = m_parser.value(m_filePassphraseFile);
    const QStringList parts = {QStringLiteral("text"), QStringLiteral("answers"),
                               QStringLiteral("lessons"), QStringLiteral("voice")};
    for (const QString& part : m_parser.value(m_leaveOut).split(u',', Qt::SkipEmptyParts)) {
        if (!parts.contains(part.trimmed())) {
            *error = tr("--leave-out takes text, answers, lessons and voice, comma-separated.");
            return false;
        }
        request->leaveOut.append(part.trimmed());
    }
    if (request->markdown && (m_parser.isSet(m_coachKey) || m_parser.isSet(m_coach) ||
                              m_parser.isSet(m_filePassphraseFile))) {
        *error = tr("--markdown writes a readable file that is not encrypted: it takes no key "
                    "or passphrase.");
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
    } else if (name == QLatin1String("export") && rest.size() >= 2) {
        request->command = C::Export;
        request->file = rest.first();
        for (const QString& word : rest.mid(1)) {
            bool ok = false;
            const ReflectionId id = word.toLongLong(&ok);
            if (!ok || id < 1) {
                *error = tr("export needs a file name, then the numbers of the reflections, as "
                            "shown by list.");
                return false;
            }
            request->ids.append(id);
        }
    } else if ((name == QLatin1String("import") || name == QLatin1String("backup") ||
                name == QLatin1String("restore")) &&
               rest.size() == 1) {
        request->command = name == QLatin1String("import")   ? C::Import
                           : name == QLatin1String("backup") ? C::Backup
                                                             : C::Restore;
        request->file = rest.first();
    } else if (name == QLatin1String("key") && rest.isEmpty()) {
        request->command = C::Key;
    } else {
        const QStringList known = {QStringLiteral("init"),    QStringLiteral("add"),
                                   QStringLiteral("list"),    QStringLiteral("show"),
                                   QStringLiteral("search"),  QStringLiteral("export"),
                                   QStringLiteral("import"),  QStringLiteral("backup"),
                                   QStringLiteral("restore"), QStringLiteral("key")};
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
          << tr("  export FILE ID...  Share reflections with a coach as an encrypted .debrief "
                "file: to the coach's key with --coach-key or --coach, otherwise protected by "
                "a passphrase to send by another channel. --leave-out leaves parts out. With "
                "--markdown, a readable Markdown file instead (NOT encrypted). Asks for your "
                "vault passphrase again.")
          << tr("  import FILE    Open a .debrief file sent to you: a share goes under \"Shared "
                "with me\", comments beside your own reflections. Nothing is imported from a "
                "damaged file.")
          << tr("  backup FILE    Back up everything into one encrypted file, protected by a "
                "passphrase or, with --recovery-code, your recovery code. Asks for your vault "
                "passphrase again.")
          << tr("  restore FILE   Restore a backup into an empty vault; with --merge, into one in "
                "use (nothing is added twice).")
          << tr("  key            Show this vault's public key (age1…) to give a coach, who "
                "can then export to it.")
          << QString() << tr("Options:");
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const QCommandLineOption& option :
         {m_dataDir, m_passphraseFile, m_limit, m_coachKey, m_coach, m_leaveOut, m_markdown,
          m_merge, m_recoveryCode, m_name, m_filePassphraseFile, m_help, m_version}) {
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
          << tr("  %1  init refused: a vault already exists").arg(VaultExists)
          << tr("  %1  the file to import or restore: wrong key or passphrase").arg(FileLocked)
          << tr("  %1  the file to import or restore: damaged, too large, or not that kind of "
                "Debrief file")
                 .arg(BadFile)
          << tr("  %1  restore refused: the vault is not empty (use --merge)").arg(NotEmpty);
    return lines.join(QLatin1Char('\n'));
}

} // namespace debrief::cli
