// A console's models without its windows, for the local-cache tests that need a second process or
// one to kill: a Session with its cache in --folder, synced from --base-url with the key in
// LEVER_API_KEY (never an argument). One JSON line per event on stdout:
//   {"event":"loaded","cards":N}      the cache is in the store
//   {"event":"elsewhere"}             another process holds the account (read-only)
//   {"event":"synced","cards":N}      a full, quiet sync, written to the file
// With --exit-when-synced it exits 0 after "synced"; otherwise it runs until killed.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "cache/LocalCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
void say(const QJsonObject &event)
{
    std::fputs(QJsonDocument(event).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"base-url"_s, u"Sandbox API base URL."_s, u"url"_s});
    parser.addOption({u"folder"_s, u"The account's data folder."_s, u"dir"_s});
    parser.addOption({u"exit-when-synced"_s, u"Exit after a full, quiet sync."_s});
    parser.process(app);
    const QByteArray key = qgetenv("LEVER_API_KEY");
    if (key.isEmpty() || !parser.isSet(u"base-url"_s) || !parser.isSet(u"folder"_s)) {
        std::fputs("cache_child: --base-url, --folder and LEVER_API_KEY are required\n", stderr);
        return 2;
    }
    auto credentials = std::make_shared<api::ApiKeyCredentials>(QString::fromUtf8(key));
    api::Client client(QUrl(parser.value(u"base-url"_s)), credentials);
    models::Session session(client, parser.value(u"folder"_s));
    session.sync().setDeltaIntervalMs(0);
    session.cache()->setFlushDelayMs(0);
    const bool exitWhenSynced = parser.isSet(u"exit-when-synced"_s);
    QObject::connect(&session, &models::Session::cacheLoaded, &app, [&session] {
        say({{u"event"_s, u"loaded"_s}, {u"cards"_s, session.store().opportunityCount()}});
    });
    QObject::connect(session.cache(), &models::LocalCache::openElsewhere, &app, [] {
        say({{u"event"_s, u"elsewhere"_s}});
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!session.sync().isArchivedLoaded() || session.sync().isBusy())
            return;
        poll.stop();
        session.cache()->waitForWrites();
        say({{u"event"_s, u"synced"_s}, {u"cards"_s, session.store().opportunityCount()}});
        if (exitWhenSynced)
            QCoreApplication::quit();
    });
    poll.start();
    session.start();
    return app.exec();
}
