#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QUrl>

namespace lever::app {

// The demo's server: `lever-sandbox` as a child process on 127.0.0.1 (a random port) with its database in
// the user's data folder, so demo changes survive restarts. Its one ready line gives the base URL and a
// key minted for this start (never passed on a command line). The child dies with the console.
class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override; // stops the child

    // Next to the console, then the build tree, then PATH; empty when none is found.
    static QString findExecutable();
    void setExecutable(const QString &path) { m_executable = path; }
    QString executable() const { return m_executable; }
    // Opportunities generated into a new database (LEVER_DEMO_SIZE, else 2000).
    void setDemoSize(int size) { m_demoSize = size; }
    // AppLocalDataLocation/demo unless set; created with mode 0700.
    void setDataFolder(const QString &folder) { m_dataFolder = folder; }
    QString dataFolder() const { return m_dataFolder; }
    QString databasePath() const;
    // The last start made a new database (none was there): whatever was cached of the old one is void.
    bool startedFresh() const { return m_startedFresh; }

    void start();
    void stop();
    // Stops, deletes the database, starts again (new demo data): ends with ready() or failed().
    void reset();

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }
    QJsonObject oauth() const { return m_oauth; }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void stopped();

private:
    void onStdout();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &message);
    bool deleteDatabase(QString *error);

    QProcess *m_process = nullptr;
    State m_state = State::Stopped;
    QString m_executable;
    QString m_dataFolder;
    int m_demoSize = 2000;
    bool m_resetPending = false;
    bool m_startedFresh = false;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_baseUrl;
    QString m_apiKey;
    QJsonObject m_oauth;
};

} // namespace lever::app
