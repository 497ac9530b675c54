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
    };
    Command command = Command::Help;
    QString text;        // add: the text or "-"; search: the query
    ReflectionId id = 0; // show
    int limit = 20;      // list, search
    QString dataDir;     // empty: the standard data folder
    QString passphraseFile;
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

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_passphraseFile;
    QCommandLineOption m_limit;
};

} // namespace debrief::cli
