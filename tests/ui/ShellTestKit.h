#pragma once

// Shared by the shell and sign-in widget tests: settings and data in a temporary folder, secrets in memory
// (never the user's keychain), blocking-free waits, and optional screenshots for review.
#include "SecretStore.h"

#include <QDir>
#include <QTest>
#include <QWidget>
#include <optional>

namespace lever::test {

// Points XDG config/data/cache at `root` before anything reads them; call first thing in main().
inline void isolateFolders(const QString &root)
{
    qputenv("XDG_CONFIG_HOME", QString(root + u"/config").toLocal8Bit());
    qputenv("XDG_DATA_HOME", QString(root + u"/data").toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QString(root + u"/cache").toLocal8Bit());
}

template <typename R, typename Call> R awaitResult(Call call)
{
    std::optional<R> result;
    call([&](const R &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qWarning("no answer within 30 s");
    return result.value_or(R());
}

// With LEVER_SCREENSHOT_DIR set (and a real platform such as xcb), saves the widget as <name>.png.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEVER_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(200);
    widget->grab().save(dir + u'/' + name + u".png");
}

// A keychain that never answers: every call ends Unavailable (as KeychainSecretStore does after its retry).
class UnavailableSecretStore : public auth::SecretStore
{
public:
    using SecretStore::SecretStore;
    int calls = 0;
    void write(const QString &, Kind, const QString &, QObject *context, Callback done) override
    {
        answer(context, done);
    }
    void read(const QString &, Kind, QObject *context, Callback done) override { answer(context, done); }
    void remove(const QString &, Kind, QObject *context, Callback done) override { answer(context, done); }

private:
    void answer(QObject *context, const Callback &done)
    {
        ++calls;
        Result r;
        r.status = Result::Unavailable;
        r.message =
            QStringLiteral("No keychain answered. Install and start GNOME Keyring or KWallet, make sure "
                           "it is unlocked, or sign in for this session only.");
        deliver(context, done, r);
    }
};

} // namespace lever::test
