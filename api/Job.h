#pragma once

#include "ApiError.h"
#include "RequestSpec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <any>
#include <functional>
#include <optional>

class QNetworkReply;

namespace lever::api {

class Client;

// One API request from the first try to its single outcome: it waits for the pacer, sends, retries
// per RetryPolicy, refreshes credentials once on a 401, times out, parses (large bodies on the
// thread pool) and finishes exactly once. Callers see it through Call<T> or a Pager.
class Job : public QObject
{
    Q_OBJECT
public:
    struct Parsed
    {
        std::any value;
        std::optional<ApiError> error;
    };
    // Turns a 2xx body into a value; runs on a pool thread for large bodies, so it must be pure.
    using Parser = std::function<Parsed(const QByteArray &body, int status)>;
    struct Outcome
    {
        std::any value;
        std::optional<ApiError> error;
        int httpStatus = 0;
        int attempts = 0;
    };

    Job(Client *client, RequestSpec spec, Parser parser);
    ~Job() override;

    quint64 id() const { return m_id; }
    const RequestSpec &spec() const { return m_spec; }
    Priority priority() const { return m_spec.priority; }
    void setPriority(Priority priority); // moves it in the pacer queue if it is waiting there
    void setTimeoutMs(int ms) { m_spec.timeoutMs = ms; }
    bool isFinished() const { return m_state == State::Finished; }
    int attempts() const { return m_attempts; }

    // Runs `fn` with the outcome, unless `context` is destroyed first: that cancels the request and
    // `fn` never runs. A null context means the Client.
    void setContinuation(QObject *context, std::function<void(Outcome &)> fn);
    void setProgressHandler(QObject *context, std::function<void(qint64 done, qint64 total)> fn);

    void start();   // called by the Client on the next event-loop turn
    void cancel();  // finishes with Category::Cancelled
    void abandon(); // stops without running the continuation (its context is gone)

Q_SIGNALS:
    void finished();

private:
    enum class State { Created, Queued, Sending, Waiting, Parsing, Finished };

    void enqueue(bool front);
    void send();
    void writeToSink(QNetworkReply *reply);
    void onReplyFinished();
    void retryAfter(qint64 ms, bool holdPacer);
    void finishWith(Outcome outcome);
    void finishError(ApiError error);
    void stopActivity(bool abortReply);
    void deliver(const Parsed &parsed, int status);
    QByteArray effectiveQuery() const;

    Client *client() const;

    quint64 m_id;
    QPointer<Client> m_client;
    RequestSpec m_spec;
    Parser m_parser;
    State m_state = State::Created;
    int m_attempts = 0;
    int m_lastStatus = 0;
    bool m_refreshTried = false;
    bool m_aborting = false;
    bool m_hasContinuation = false;
    quint64 m_ticket = 0;
    quint64 m_generationUsed = 0;
    QNetworkReply *m_reply = nullptr;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    qint64 m_sinkStart = 0;
    qint64 m_sinkWritten = 0;
    QPointer<QObject> m_context;
    std::function<void(Outcome &)> m_continuation;
    std::optional<Outcome> m_unclaimed; // finished before then() was attached: kept for it
    QPointer<QObject> m_progressContext;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace lever::api
