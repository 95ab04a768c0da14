// The lever-sandbox executable: its ready line, command line, clean stop, and a file database that
// survives a restart.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestExecutable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpAndBadArguments();
    void readyLineServesAndStopsCleanly();
    void fileDatabaseSurvivesRestart();

private:
    QJsonObject start(QProcess &process, const QStringList &args);
    QJsonObject getJson(const QString &url, const QString &key, int *status = nullptr);
    QJsonObject postJson(const QString &url, const QString &key, const QByteArray &body, int *status);
    QNetworkAccessManager m_nam;
};

QJsonObject TestExecutable::start(QProcess &process, const QStringList &args)
{
    process.start(QStringLiteral(LEVER_SANDBOX_EXE), args);
    if (!process.waitForStarted(10000))
        return {};
    QByteArray line;
    while (!line.contains('\n') && process.waitForReadyRead(60000))
        line += process.readAllStandardOutput();
    return QJsonDocument::fromJson(line.trimmed()).object();
}

QJsonObject TestExecutable::getJson(const QString &url, const QString &key, int *status)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Basic " + QByteArray(key.toUtf8() + ':').toBase64());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return body;
}

QJsonObject TestExecutable::postJson(const QString &url, const QString &key, const QByteArray &body,
                                     int *status)
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Authorization", "Basic " + QByteArray(key.toUtf8() + ':').toBase64());
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

void TestExecutable::helpAndBadArguments()
{
    QProcess p;
    p.start(QStringLiteral(LEVER_SANDBOX_EXE), {u"--help"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().contains("--demo-size"));
    p.start(QStringLiteral(LEVER_SANDBOX_EXE), {u"--demo-size"_s, u"lots"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--demo-size"));
    p.start(QStringLiteral(LEVER_SANDBOX_EXE), {u"--listen"_s, u"nowhere"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
}

void TestExecutable::readyLineServesAndStopsCleanly()
{
    QProcess p;
    const QJsonObject ready = start(p, {u"--demo-size"_s, u"0"_s, u"--no-rate-limit"_s});
    const QString base = ready.value(u"baseUrl"_s).toString();
    QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base));
    QVERIFY(base.endsWith(u"/v1"_s));
    const QString key = ready.value(u"apiKey"_s).toString();
    QVERIFY(key.size() >= 32);
    int status = 0;
    getJson(base + u"/opportunities?limit=1"_s, key, &status);
    QCOMPARE(status, 200);
    // Nothing else on stdout: scripts parse exactly one line.
    QTest::qWait(100);
    QVERIFY(p.readAllStandardOutput().trimmed().isEmpty());
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

void TestExecutable::fileDatabaseSurvivesRestart()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"sandbox.sqlite"_s);
    QProcess first;
    QJsonObject ready = start(first, {u"--db"_s, db, u"--demo-size"_s, u"0"_s, u"--seed"_s, u"7"_s});
    const QString key = ready.value(u"apiKey"_s).toString();
    QVERIFY(!key.isEmpty());
    int status = 0;
    // A write in the first run...
    const QString created =
        postJson(ready.value(u"baseUrl"_s).toString() + u"/opportunities"_s, key,
                 R"({"name": "Restart Survivor", "emails": ["survivor@example.com"]})", &status)
            .value(u"data"_s)
            .toObject()
            .value(u"id"_s)
            .toString();
    QCOMPARE(status, 201);
    QVERIFY(!created.isEmpty());
    ::kill(pid_t(first.processId()), SIGINT);
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitCode(), 0);

    // Reopened as it is: another seed changes nothing, and the first run's key still works.
    QProcess second;
    ready = start(second, {u"--db"_s, db, u"--demo-size"_s, u"0"_s, u"--seed"_s, u"8"_s});
    QVERIFY(ready.value(u"apiKey"_s).toString() != key);
    // ...is there in the second, read with the first run's key.
    const QJsonObject survivor =
        getJson(ready.value(u"baseUrl"_s).toString() + u"/opportunities/"_s + created, key, &status);
    QCOMPARE(status, 200);
    QCOMPARE(survivor.value(u"data"_s).toObject().value(u"name"_s).toString(), u"Restart Survivor"_s);
    ::kill(pid_t(second.processId()), SIGTERM);
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);

    // A third start with a fixed key, on a fresh database, prints that key.
    QProcess third;
    ready = start(third, {u"--demo-size"_s, u"0"_s, u"--api-key"_s, u"fixed-test-key-0123456789"_s});
    QCOMPARE(ready.value(u"apiKey"_s).toString(), u"fixed-test-key-0123456789"_s);
    ::kill(pid_t(third.processId()), SIGTERM);
    QVERIFY(third.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
