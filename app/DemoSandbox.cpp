#include "DemoSandbox.h"

#include "AppLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace lever::app {

namespace {
constexpr int kStopGraceMs = 5000;
}

DemoSandbox::DemoSandbox(QObject *parent)
    : QObject(parent)
    , m_executable(findExecutable())
    , m_dataFolder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s)
{
    bool ok = false;
    const int size = qEnvironmentVariableIntValue("LEVER_DEMO_SIZE", &ok);
    if (ok && size >= 0)
        m_demoSize = size;
}

DemoSandbox::~DemoSandbox()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
        // Shutdown only: the event loop is over, and the child saves its database on SIGTERM.
        if (!m_process->waitForFinished(kStopGraceMs))
            m_process->kill();
    }
}

QString DemoSandbox::findExecutable()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/lever-sandbox"_s;
    if (QFileInfo(beside).isExecutable())
        return beside;
#ifdef LEVER_BUILD_SANDBOX_EXE
    const QString built = QStringLiteral(LEVER_BUILD_SANDBOX_EXE);
    if (QFileInfo(built).isExecutable())
        return built;
#endif
    return QStandardPaths::findExecutable(u"lever-sandbox"_s);
}

QString DemoSandbox::databasePath() const
{
    return m_dataFolder + u"/demo.sqlite"_s;
}

void DemoSandbox::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (m_executable.isEmpty()) {
        fail(tr("The demo needs lever-sandbox, which was not found next to Lever Console nor on the PATH. "
                "Reinstall Lever Console, or build the whole project."));
        return;
    }
    if (!QDir().mkpath(m_dataFolder)) {
        fail(tr("The demo's folder %1 could not be created.").arg(QDir::toNativeSeparators(m_dataFolder)));
        return;
    }
    // Only the user may read the demo database.
    QFile::setPermissions(m_dataFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    m_startedFresh = !QFile::exists(databasePath());
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_apiKey.clear();
    m_oauth = {};
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProgram(m_executable);
    // Port 0: any free port; the ready line says which. The key is minted by the sandbox itself.
    m_process->setArguments({u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, databasePath(), u"--demo-size"_s,
                             QString::number(m_demoSize)});
    // No secret of the console's goes to the child: a key given for --base-url use stays here.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LEVER_API_KEY"_s);
    m_process->setProcessEnvironment(environment);
    m_process->setChildProcessModifier([] {
        // The sandbox goes when the console goes, even when the console is killed.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        m_stderr = m_stderr.right(4096);
    });
    connect(m_process, &QProcess::finished, this, &DemoSandbox::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo sandbox (%1) could not be started: %2")
                     .arg(QDir::toNativeSeparators(m_executable), m_process->errorString()));
    });
    m_state = State::Starting;
    qCInfo(lcApp) << "starting the demo sandbox:" << m_executable << "database" << databasePath();
    m_process->start();
}

void DemoSandbox::onStdout()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QJsonObject info = QJsonDocument::fromJson(m_stdout.left(newline)).object();
    m_stdout.clear(); // holds the key: not kept longer than needed
    const QUrl url(info.value(u"baseUrl"_s).toString());
    const QString key = info.value(u"apiKey"_s).toString();
    if (!url.isValid() || key.isEmpty()) {
        fail(tr("The demo sandbox answered in a way Lever Console does not understand."));
        stop();
        return;
    }
    m_baseUrl = url;
    m_apiKey = key;
    m_oauth = info.value(u"oauth"_s).toObject();
    m_state = State::Running;
    qCInfo(lcApp) << "demo sandbox ready at" << m_baseUrl.toString();
    Q_EMIT ready();
}

void DemoSandbox::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const State was = m_state;
    m_state = State::Stopped;
    m_apiKey.clear();
    qCInfo(lcApp) << "demo sandbox stopped, exit code" << exitCode
                  << (status == QProcess::CrashExit ? "(crashed)" : "");
    if (was == State::Stopping) {
        Q_EMIT stopped();
        if (m_resetPending) {
            m_resetPending = false;
            QString error;
            if (!deleteDatabase(&error)) {
                fail(error);
                return;
            }
            start();
        }
        return;
    }
    const QString details = QString::fromLocal8Bit(m_stderr).trimmed();
    if (was == State::Starting)
        fail(details.isEmpty() ? tr("The demo sandbox stopped while starting (exit code %1).").arg(exitCode)
                               : tr("The demo sandbox could not start: %1").arg(details));
    else
        fail(tr("The demo sandbox stopped unexpectedly (exit code %1).").arg(exitCode));
}

void DemoSandbox::fail(const QString &message)
{
    if (m_state == State::Starting)
        m_state = m_process && m_process->state() != QProcess::NotRunning ? State::Stopping : State::Stopped;
    m_resetPending = false;
    qCWarning(lcApp) << "demo sandbox:" << message;
    Q_EMIT failed(message);
}

void DemoSandbox::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        m_state = State::Stopped;
        QTimer::singleShot(0, this, &DemoSandbox::stopped);
        if (m_resetPending) {
            m_resetPending = false;
            QString error;
            if (!deleteDatabase(&error)) {
                QTimer::singleShot(0, this, [this, error] { fail(error); });
                return;
            }
            QTimer::singleShot(0, this, &DemoSandbox::start);
        }
        return;
    }
    m_state = State::Stopping;
    m_process->terminate();
    QTimer::singleShot(kStopGraceMs, m_process, [p = m_process] {
        if (p->state() != QProcess::NotRunning)
            p->kill();
    });
}

void DemoSandbox::reset()
{
    m_resetPending = true;
    stop();
}

bool DemoSandbox::deleteDatabase(QString *error)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(databasePath() + suffix);
        if (file.exists() && !file.remove()) {
            *error = tr("The demo data (%1) could not be deleted: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
    }
    qCInfo(lcApp) << "demo data deleted";
    return true;
}

} // namespace lever::app
