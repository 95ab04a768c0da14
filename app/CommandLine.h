#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lever::auth {
class AccountStore;
}

namespace lever::app {

// The console's command line: --demo, --account NAME, --base-url URL (with LEVER_API_KEY from the
// environment), --help, --version. Parsing never exits the process: main() acts on the outcome.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(lever::app::CommandLine)
public:
    enum class Action { Run, Help, Version, Error };

    Action action = Action::Run;
    bool demo = false;
    QString accountName;
    QUrl baseUrl;   // with apiKey: a session-only account that is never saved
    QString apiKey; // from LEVER_API_KEY, never from the command line (it would show in `ps`)
    QString error;  // Action::Error: what is wrong, for stderr
    QString text;   // Action::Help / Version: what to print

    // `arguments` includes argv[0].
    static CommandLine
    parse(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Errors that need the saved accounts (an unknown --account); empty when fine.
    QString checkAccounts(const auth::AccountStore &accounts) const;
};

} // namespace lever::app
