#include "Job.h"

#include "Client.h"
#include "Logging.h"
#include "OneShotBody.h"

#include <QFutureWatcher>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>
#include <QUrl>
#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
std::atomic<quint64> g_nextJobId{1};

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}
} // namespace

Job::Job(Client *client, RequestSpec spec, Parser parser)
    : QObject(nullptr)
    , m_id(g_nextJobId++)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_parser(std::move(parser))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { enqueue(true); });
}

Job::~Job()
{
    stopActivity(true);
}

Client *Job::client() const
{
    return m_client.data();
}

void Job::setPriority(Priority priority)
{
    m_spec.priority = priority;
    if (m_state == State::Queued && client())
        client()->pacer().reprioritise(m_ticket, priority);
}

void Job::setContinuation(QObject *context, std::function<void(Outcome &)> fn)
{
    if (m_hasContinuation) {
        qCWarning(lcApi) << "a call's then() was attached twice; the second one is ignored";
        return;
    }
    m_hasContinuation = true;
    QObject *ctx = context ? context : static_cast<QObject *>(client());
    m_context = ctx;
    m_continuation = std::move(fn);
    if (m_unclaimed) {
        // Attached after the end (a handle kept across event-loop turns): deliver on the next turn,
        // still exactly once and only while the context lives.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_unclaimed || !m_continuation || !m_context)
                    return;
                Outcome outcome = *std::exchange(m_unclaimed, std::nullopt);
                std::exchange(m_continuation, nullptr)(outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    if (ctx)
        connect(ctx, &QObject::destroyed, this, &Job::abandon);
}

void Job::setProgressHandler(QObject *context, std::function<void(qint64, qint64)> fn)
{
    m_progressContext = context ? context : static_cast<QObject *>(client());
    m_progress = std::move(fn);
}

QByteArray Job::effectiveQuery() const
{
    QByteArray query = m_spec.query;
    const QString actor = client() ? client()->actingUserId() : QString();
    if (m_spec.performAs != RequestSpec::PerformAs::No && !actor.isEmpty() &&
        !QByteArray("&" + query).contains("&perform_as=")) {
        if (!query.isEmpty())
            query += '&';
        query += "perform_as=" + QUrl::toPercentEncoding(actor);
    }
    return query;
}

void Job::start()
{
    if (m_state != State::Created)
        return;
    Client *c = client();
    if (!c) {
        finishError(ApiError(ApiError::Category::Cancelled, u"The client was closed"_s));
        return;
    }
    if (!c->isValid()) {
        finishError(ApiError(ApiError::Category::Invalid, c->configurationError()));
        return;
    }
    if (!m_spec.refusal.isEmpty()) {
        finishError(ApiError(ApiError::Category::Invalid, m_spec.refusal));
        return;
    }
    // An empty id would turn "/webhooks/<id>" into "/webhooks": another operation entirely.
    if (m_spec.path.isEmpty() || m_spec.path.contains(u"//"_s) || m_spec.path.endsWith(u'/')) {
        finishError(ApiError(ApiError::Category::Invalid, u"An id is missing in "_s + m_spec.path));
        return;
    }
    if (!c->isReachable() && m_spec.method != "GET") {
        // Not sent, so certainly not applied: the caller keeps its input and can send it again later.
        finishError(ApiError(ApiError::Category::Network,
                             u"Lever cannot be reached right now, so nothing was sent"_s));
        return;
    }
    if (m_spec.performAs == RequestSpec::PerformAs::Required && c->actingUserId().isEmpty()) {
        finishError(ApiError(ApiError::Category::Invalid,
                             u"This action needs an acting Lever user (perform_as); none is set"_s));
        return;
    }
    if (c->credentials().isExpired() && c->credentials().canRefresh()) {
        // Known to be stale: refresh first instead of spending a request on a certain 401.
        m_state = State::Waiting;
        m_refreshTried = true;
        c->credentials().refresh(c->credentials().generation(), this, [this](bool ok) {
            if (m_state != State::Waiting)
                return;
            if (ok)
                enqueue(false);
            else
                finishError(ApiError(ApiError::Category::Auth, u"The sign-in could not be renewed"_s, 401));
        });
        return;
    }
    enqueue(false);
}

void Job::enqueue(bool front)
{
    Client *c = client();
    if (!c) {
        finishError(ApiError(ApiError::Category::Cancelled, u"The client was closed"_s));
        return;
    }
    m_state = State::Queued;
    m_ticket = c->pacer().enqueue(
        m_spec.priority, [this] { send(); }, front);
}

void Job::send()
{
    Client *c = client();
    if (!c || m_state != State::Queued)
        return;
    m_state = State::Sending;
    ++m_attempts;
    m_lastStatus = 0;
    m_aborting = false;
    if (m_spec.sink) {
        if (m_attempts == 1)
            m_sinkStart = m_spec.sink->pos();
        else if (!m_spec.sink->isSequential())
            m_spec.sink->seek(m_sinkStart); // a retry writes the body again from the start
        m_sinkWritten = 0;
    }

    QNetworkRequest request(c->urlFor(m_spec.path, effectiveQuery()));
    request.setRawHeader("Authorization", c->credentials().authorization());
    request.setRawHeader("Accept", m_spec.accept);
    request.setRawHeader("User-Agent", "LeverConsole/" LEVER_VERSION);
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    request.setTransferTimeout(m_spec.timeoutMs > 0 ? m_spec.timeoutMs : c->options().timeoutMs);
    // Credentials must not follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_generationUsed = c->credentials().generation();

    m_elapsed.start();
    if (m_spec.multipart) {
        QHttpMultiPart *multipart = m_spec.multipart();
        m_reply = c->network().sendCustomRequest(request, m_spec.method, multipart);
        multipart->setParent(m_reply);
    } else if (RetryPolicy::isIdempotent(m_spec.method)) {
        m_reply = c->network().sendCustomRequest(request, m_spec.method, m_spec.body);
    } else {
        // Never sent twice behind our back (see OneShotBody).
        auto *body = new OneShotBody(m_spec.body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        m_reply = c->network().sendCustomRequest(request, m_spec.method, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &Job::onReplyFinished);
    if (m_spec.sink)
        connect(m_reply, &QNetworkReply::readyRead, this, [this] { writeToSink(m_reply); });
    auto progress = [this](qint64 done, qint64 total) {
        if (m_progress && m_progressContext)
            m_progress(done, total);
    };
    // Uploads report what was sent, everything else what was received.
    if (m_spec.multipart || !m_spec.body.isEmpty())
        connect(m_reply, &QNetworkReply::uploadProgress, this, progress);
    else
        connect(m_reply, &QNetworkReply::downloadProgress, this, progress);
}

void Job::writeToSink(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!isSuccess(status))
        return; // an error body stays in the reply for onReplyFinished
    const QByteArray chunk = reply->readAll();
    if (!chunk.isEmpty()) {
        m_spec.sink->write(chunk);
        m_sinkWritten += chunk.size();
    }
}

void Job::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->deleteLater();
    Client *c = client();
    if (c)
        c->pacer().release(m_ticket);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    m_lastStatus = status;
    const bool timedOut = status == 0 && (netError == QNetworkReply::TimeoutError ||
                                          (netError == QNetworkReply::OperationCanceledError && !m_aborting));
    // Path only: queries may hold e-mail addresses; never headers, which hold the secret.
    qCDebug(lcApi).noquote() << QString::fromLatin1(m_spec.method) << m_spec.path << (status ? status : -1)
                             << QString::number(m_elapsed.elapsed()) + u"ms"_s << u"attempt"_s << m_attempts
                             << priorityName(m_spec.priority)
                             << (status == 0 ? (timedOut ? u"timed out"_s : reply->errorString())
                                             : QString());
    if (!c) {
        finishError(ApiError(ApiError::Category::Cancelled, u"The client was closed"_s));
        return;
    }
    // Any HTTP answer, even an error, means Lever can be reached.
    if (status != 0)
        c->noteReachable(true);

    if (status == 401 && c->credentials().canRefresh() && !m_refreshTried) {
        m_refreshTried = true;
        m_state = State::Waiting;
        c->credentials().refresh(m_generationUsed, this, [this](bool ok) {
            if (m_state != State::Waiting)
                return;
            if (ok)
                enqueue(true);
            else
                finishError(ApiError(ApiError::Category::Auth, u"The sign-in could not be renewed"_s, 401));
        });
        return;
    }

    if (isSuccess(status)) {
        if (m_spec.sink) {
            writeToSink(reply); // the rest of the body
            Outcome outcome;
            outcome.value = m_sinkWritten;
            outcome.httpStatus = status;
            finishWith(std::move(outcome));
            return;
        }
        const QByteArray body = reply->readAll();
        if (body.size() <= c->options().offThreadParseBytes) {
            deliver(m_parser(body, status), status);
            return;
        }
        // Large answer: parse on the pool, deliver back in this thread. The watcher dies with the job,
        // so a cancelled job never sees the result.
        m_state = State::Parsing;
        auto promise = std::make_shared<QPromise<Parsed>>();
        auto *watcher = new QFutureWatcher<Parsed>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, status] {
            watcher->deleteLater();
            if (m_state == State::Parsing)
                deliver(watcher->result(), status);
        });
        watcher->setFuture(promise->future());
        promise->start();
        QThreadPool::globalInstance()->start([promise, parser = m_parser, body, status] {
            promise->addResult(parser(body, status));
            promise->finish();
        });
        return;
    }

    RetryPolicy::Failure failure;
    failure.method = m_spec.method;
    failure.httpStatus = status;
    failure.networkError = netError;
    failure.timedOut = timedOut;
    failure.retryAfter = reply->rawHeader("Retry-After");
    const bool canRewind = !m_spec.sink || m_sinkWritten == 0 || !m_spec.sink->isSequential();
    // Known to be unreachable: one try tells whether Lever is back; retries would only add waiting.
    const bool retryable = status != 0 || c->isReachable();
    if (const auto delay = c->options().retry.retryDelayMs(failure, m_attempts);
        delay && canRewind && retryable) {
        retryAfter(*delay, status == 429 || status == 503);
        return;
    }
    ApiError error;
    if (status != 0) {
        error = ApiError::fromHttp(status, reply->readAll());
    } else if (timedOut) {
        error = ApiError(ApiError::Category::Timeout, u"No answer within the time-out"_s);
    } else {
        error = ApiError(ApiError::Category::Network, reply->errorString());
    }
    // No connection at all. A time-out is not counted: a slow Lever is still there, and a write that
    // timed out may have been applied.
    if (status == 0 && !timedOut)
        c->noteReachable(false);
    error.setMayHaveBeenApplied(RetryPolicy::mayHaveBeenApplied(failure));
    qCWarning(lcApi).noquote() << QString::fromLatin1(m_spec.method) << m_spec.path << "failed after"
                               << m_attempts << "attempt(s):" << error.toString();
    finishError(error);
}

void Job::retryAfter(qint64 ms, bool holdPacer)
{
    Client *c = client();
    m_state = State::Waiting;
    if (holdPacer && c) {
        // The limit is the credential's, not this request's: hold everything queued behind it too.
        c->pacer().holdFor(ms);
        enqueue(true);
        return;
    }
    m_retryTimer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void Job::deliver(const Parsed &parsed, int status)
{
    if (parsed.error) {
        ApiError error = *parsed.error;
        finishError(error);
        return;
    }
    Outcome outcome;
    outcome.value = parsed.value;
    outcome.httpStatus = status;
    finishWith(std::move(outcome));
}

void Job::finishError(ApiError error)
{
    Outcome outcome;
    outcome.error = std::move(error);
    outcome.httpStatus = m_lastStatus;
    finishWith(std::move(outcome));
}

void Job::finishWith(Outcome outcome)
{
    if (m_state == State::Finished)
        return;
    stopActivity(false);
    m_state = State::Finished;
    outcome.attempts = m_attempts;
    if (m_continuation && m_context) {
        auto fn = std::move(m_continuation);
        fn(outcome);
    } else if (!m_hasContinuation) {
        m_unclaimed = std::move(outcome);
    }
    m_continuation = nullptr;
    m_progress = nullptr;
    Q_EMIT finished();
}

void Job::stopActivity(bool abortReply)
{
    m_retryTimer.stop();
    if (m_state == State::Queued && client())
        client()->pacer().cancel(m_ticket);
    if (m_reply) {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        disconnect(reply, nullptr, this, nullptr);
        if (abortReply || !reply->isFinished()) {
            m_aborting = true;
            reply->abort();
        }
        reply->deleteLater();
        if (client())
            client()->pacer().release(m_ticket);
    }
}

void Job::cancel()
{
    if (m_state == State::Finished)
        return;
    // A write already on the wire may have been processed before the abort reached the server.
    const bool inFlight = m_state == State::Sending;
    ApiError error(ApiError::Category::Cancelled, u"The request was cancelled"_s);
    error.setMayHaveBeenApplied(inFlight && m_spec.method != "GET");
    finishError(error);
}

void Job::abandon()
{
    if (m_state == State::Finished)
        return;
    m_continuation = nullptr;
    m_context = nullptr;
    stopActivity(true);
    m_state = State::Finished;
    Q_EMIT finished();
}

} // namespace lever::api
