// lever-sandbox: a local Lever-compatible server with demo data, for the console's demo mode,
// the integration tests and the benchmarks.
#include "Sandbox.h"
#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(s_signalFds[0], &byte, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"lever-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEVER_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        QTextStream(stdout) << lever::sandbox::SandboxOptions::usage();
        return 0;
    }
    if (args.contains(u"--version"_s)) {
        QTextStream(stdout) << "lever-sandbox " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    QString error;
    const auto options = lever::sandbox::SandboxOptions::parse(args, &error);
    if (!options) {
        QTextStream(stderr) << "lever-sandbox: " << error << "\n\n"
                            << lever::sandbox::SandboxOptions::usage();
        return 2;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0) {
        std::perror("socketpair");
        return 1;
    }
    QSocketNotifier notifier(s_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    lever::sandbox::Sandbox sandbox(*options);
    if (!sandbox.start(&error)) {
        QTextStream(stderr) << "lever-sandbox: " << error << '\n';
        return 1;
    }
    // Exactly one line on stdout: scripts and the console read it to find the server.
    const QByteArray line = QJsonDocument(sandbox.readyInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    const int code = app.exec();
    return code;
}
