#pragma once

#include "ApiError.h"
#include "Job.h"
#include "Priority.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <any>
#include <functional>
#include <memory>
#include <optional>

namespace lever::api {

class Client;

// Where a pager is: pages and records delivered so far.
struct PagerProgress
{
    int pages = 0;
    qint64 items = 0;
    bool hasNext = true;
    int restarts = 0;
};

// Walks a Lever list page by page (the untyped engine of Pager<T>): `limit` <= 100, the `next`
// token sent back verbatim, each page handed over as it arrives. It can be paused (the token is
// kept), resumed, cancelled, and restarts from the first page once on "Invalid offset token".
class PagerCore : public QObject
{
    Q_OBJECT
public:
    // No account has this many pages (200,000 records at 100 a page; opportunities 5,000,000): past
    // it a server that always says "more" is stopped.
    static constexpr int kMaxPages = 2000;
    static constexpr int kMaxOpportunityPages = 50000;
    int maxPages() const;

    enum class State { Idle, Running, Paused, Finished, Cancelled, Failed };
    Q_ENUM(State)

    PagerCore(Client *client, QString path, QByteArray query, Job::Parser pageParser, Priority priority,
              int limit);
    ~PagerCore() override;

    // `page` is the parsed Page<T> inside std::any; `count` its number of records.
    using PageHandler = std::function<void(std::any &page, const PagerProgress &progress)>;
    void setPageHandler(QObject *context, PageHandler fn);
    void setFinishHandler(QObject *context,
                          std::function<void(const std::optional<ApiError> &, const PagerProgress &)> fn);
    void setRestartHandler(QObject *context, std::function<void()> fn);
    // Reads the page count of a parsed page (set by Pager<T>).
    void setCounter(std::function<std::pair<qint64, QString>(const std::any &page)> counter);

    void start(); // from the first page, or from setStartToken()
    void pause(); // no further page is requested; one in flight is still delivered
    void resume();
    void cancel(); // finishes with Category::Cancelled
    void setPriority(Priority priority);
    void setStartToken(const QString &token) { m_token = token; }
    // Makes start() fail with Category::Invalid and `reason` without sending anything.
    void refuse(const QString &reason) { m_refusal = reason; }

    State state() const { return m_state; }
    Priority priority() const { return m_priority; }
    QString nextToken() const { return m_token; } // where a resume continues; save it to continue later
    PagerProgress progress() const { return m_progress; }
    int limit() const { return m_limit; }
    // The offset token as it goes into the query: byte for byte, only characters that cannot stand
    // in a query at all are escaped.
    static QByteArray tokenForQuery(const QString &token);

Q_SIGNALS:
    void progressChanged(int pages, qint64 items);
    void stateChanged(lever::api::PagerCore::State state);
    void finished();

private:
    void requestNext();
    void onPage(Job::Outcome &outcome);
    void finish(State state, const std::optional<ApiError> &error);
    void setState(State state);
    static bool isInvalidToken(const ApiError &error);

    QPointer<Client> m_client;
    QString m_path;
    QByteArray m_query;
    Job::Parser m_parser;
    Priority m_priority;
    int m_limit;
    State m_state = State::Idle;
    QString m_token;
    QString m_refusal;
    PagerProgress m_progress;
    bool m_restarted = false;
    // Tokens already followed: a server that hands one out twice would page forever.
    QSet<QString> m_seenTokens;
    std::shared_ptr<Job> m_job;
    QPointer<QObject> m_pageContext;
    PageHandler m_pageHandler;
    QPointer<QObject> m_finishContext;
    std::function<void(const std::optional<ApiError> &, const PagerProgress &)> m_finishHandler;
    QPointer<QObject> m_restartContext;
    std::function<void()> m_restartHandler;
    std::function<std::pair<qint64, QString>(const std::any &)> m_counter;
};

} // namespace lever::api
