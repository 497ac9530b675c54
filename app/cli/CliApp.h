#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace debrief::cli {

// The CLI's composition root: parses the command line, builds the vault, keyring and console
// services the app also uses, and hands the request to its command.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    int run(const QStringList& arguments) const;
};

} // namespace debrief::cli
