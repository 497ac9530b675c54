#pragma once

#include "core/Reflection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace debrief::cli {

// What the person asked for, after parsing and checking the command line.
struct CliRequest
{
    enum class Command
    {
        Help,
        Version,
        Init,
        Add,
        List,
        Show,
        Search,
        Export,
        Import,
        Backup,
        Restore,
        Key,
    };
    Command command = Command::Help;
    QString text;        // add: the text or "-"; search: the query
    ReflectionId id = 0; // show
    int limit = 20;      // list, search
    QString dataDir;     // empty: the standard data folder
    QString passphraseFile;
    QString file;               // export, import, backup, restore
    QList<ReflectionId> ids;    // export
    QString coachKey;           // export: --coach-key
    QString coach;              // export: --coach
    QStringList leaveOut;       // export: --leave-out, each one of text, answers, lessons, voice
    bool markdown = false;      // export: readable (unencrypted) Markdown instead
    bool merge = false;         // restore
    bool recoveryCode = false;  // backup
    QString name;               // key, export: the name others see
    QString filePassphraseFile; // export, import, backup, restore
};

// Turns argv into a CliRequest (or a usage error) and writes the --help text, including the
// commands and exit codes. Error messages never repeat arguments: they may be a person's text.
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    CliArguments();
    bool parse(const QStringList& arguments, CliRequest* request, QString* error);
    QString helpText() const;

private:
    bool readCommand(const QStringList& words, CliRequest* request, QString* error) const;
    bool readShareOptions(CliRequest* request, QString* error) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_passphraseFile;
    QCommandLineOption m_limit;
    QCommandLineOption m_coachKey;
    QCommandLineOption m_coach;
    QCommandLineOption m_leaveOut;
    QCommandLineOption m_markdown;
    QCommandLineOption m_merge;
    QCommandLineOption m_recoveryCode;
    QCommandLineOption m_name;
    QCommandLineOption m_filePassphraseFile;
};

} // namespace debrief::cli
