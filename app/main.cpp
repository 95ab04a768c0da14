// lever-console: the desktop recruiting console. The wiring lives in lever_app (AppController).
#include "AccountStore.h"
#include "AppController.h"
#include "CommandLine.h"
#include "KeychainSecretStore.h"
#include "Translations.h"
#include "shell/ShellSettings.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
void setNames()
{
    QCoreApplication::setOrganizationName(u"leverconsole"_s);
    QCoreApplication::setOrganizationDomain(u"leverconsole.github.io"_s);
    QCoreApplication::setApplicationName(u"lever-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEVER_VERSION));
}

// Parsed before any window system is touched, so --help, --version and mistakes work without a display.
int checkCommandLine(int argc, char **argv, lever::app::CommandLine *out)
{
    QCoreApplication core(argc, argv);
    setNames();
    lever::app::Translations::install(lever::ui::ShellSettings::load().language);
    *out = lever::app::CommandLine::parse(QCoreApplication::arguments());
    using Action = lever::app::CommandLine::Action;
    if (out->action == Action::Help || out->action == Action::Version) {
        QTextStream(stdout) << out->text;
        return 0;
    }
    QString error = out->action == Action::Error ? out->error : QString();
    if (error.isEmpty()) {
        const lever::auth::AccountStore accounts(nullptr);
        error = out->checkAccounts(accounts);
    }
    if (!error.isEmpty()) {
        QTextStream(stderr) << "lever-console: " << error << '\n'
                            << QCoreApplication::translate("main", "Try “lever-console --help”.") << '\n';
        return 2;
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    lever::app::CommandLine commandLine;
    if (const int code = checkCommandLine(argc, argv, &commandLine); code >= 0)
        return code;

    // Everything the console writes (settings, drafts, the local cache, the demo database, exports)
    // is about people: owner-only, whatever the user's umask.
    ::umask(0077);
    QApplication app(argc, argv);
    setNames();
    QGuiApplication::setApplicationDisplayName(u"Lever Console"_s);
    QGuiApplication::setDesktopFileName(u"io.github.leverconsole.LeverConsole"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"io.github.leverconsole.LeverConsole"_s, QIcon(u":/icons/lever-console.svg"_s)));
    lever::app::Translations::install(lever::ui::ShellSettings::load().language);

    lever::auth::KeychainSecretStore keychain;
    lever::app::AppController controller(&keychain);
    // The controller builds each signed-in account's Workspace (models session and views).
    controller.start(commandLine);
    return app.exec();
}
