#pragma once

// Helpers of the local-cache tests: a session with its cache in a folder, the ids a sandbox would
// sync (non-confidential), and a read-only look into a cache file from outside.
#include "ModelsTestKit.h"
#include "Session.h"
#include "Sync.h"
#include "cache/LocalCache.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace lever::test {

using namespace Qt::StringLiterals;

inline QSet<QString> syncableIds(SandboxFixture &f)
{
    QSet<QString> ids;
    const auto all = f.allOpportunities();
    for (const QJsonObject &o : all) {
        if (o.value(u"confidentiality"_s).toString() != u"confidential"_s)
            ids.insert(o.value(u"id"_s).toString());
    }
    return ids;
}

inline QSet<QString> storeIds(const models::Store &store)
{
    QSet<QString> ids;
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (store.isLive(slot))
            ids.insert(store.at(slot).id);
    }
    return ids;
}

// A session with a cache in `folder`, no minute timer, flushing at once.
inline std::unique_ptr<models::Session> cachedSession(api::Client &client, const QString &folder)
{
    auto session = std::make_unique<models::Session>(client, folder);
    session->sync().setDeltaIntervalMs(0);
    session->cache()->setFlushDelayMs(0);
    return session;
}

// Starts and waits for a full, quiet sync, with everything written to the file.
inline bool syncFully(models::Session &session, int timeoutMs = 60000)
{
    session.start();
    if (!QTest::qWaitFor([&] { return session.sync().isArchivedLoaded() && !session.sync().isBusy(); },
                         timeoutMs))
        return false;
    session.cache()->waitForWrites();
    return true;
}

// Changes a closed cache file from outside (one statement, values bound in order), as a foreign
// program or an older version would have left it.
inline bool execOnFile(const QString &path, const QString &sql, const QVariantList &values = {})
{
    const QString name = u"cache-writer"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &value : values)
                q.addBindValue(value);
            ok = q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Reads a cache file from outside (its own connection), as another process would.
class CacheFileReader
{
public:
    explicit CacheFileReader(const QString &path)
        : m_name(u"cache-reader-"_s + QString::number(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
    }
    ~CacheFileReader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList column(const QString &sql) const
    {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (q.exec(sql)) {
            while (q.next())
                out.append(q.value(0).toString());
        }
        return out;
    }

private:
    QString m_name;
};

} // namespace lever::test
