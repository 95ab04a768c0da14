// The real console executable, started in demo mode with its config, data and cache folders in a
// fresh place: every file it writes there (settings, the local cache, the demo database…) is
// owner-only, whatever the umask it was started with.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestFileModes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFileIsOwnerOnly();
};

void TestFileModes::everyFileIsOwnerOnly()
{
    QTemporaryDir root;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LEVER_DEMO_SIZE"_s, u"30"_s);
    QProcess console;
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Started as a user with a permissive umask would start it.
    const mode_t previous = ::umask(0022);
    console.start(QStringLiteral(LEVER_CONSOLE_EXE), {u"--demo"_s});
    ::umask(previous);
    QVERIFY(console.waitForStarted());
    // Signed in and synced once its cache holds the demo's cards and the settings name the account.
    auto written = [&] {
        bool cache = false, settings = false;
        QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            cache = cache || (file.fileName() == u"cache.sqlite-wal"_s && file.size() > 0);
            settings = settings || file.suffix() == u"conf"_s;
        }
        return cache && settings;
    };
    QVERIFY(QTest::qWaitFor(written, 120000));
    QTest::qWait(1500); // the cache's next batch
    QStringList open;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        if (st.st_mode & 0077)
            open.append(u"%1 %2"_s.arg(QString::number(st.st_mode & 0777, 8), path.mid(root.path().size())));
    }
    console.terminate();
    console.waitForFinished(10000);
    QVERIFY2(open.isEmpty(), qPrintable(u"\n"_s + open.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_file_modes.moc"
