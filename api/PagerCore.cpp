#include "PagerCore.h"

#include "Client.h"
#include "Logging.h"
#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

PagerCore::PagerCore(Client *client, QString path, QByteArray query, Job::Parser pageParser,
                     Priority priority, int limit)
    : m_client(client)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_parser(std::move(pageParser))
    , m_priority(priority)
    , m_limit(std::clamp(limit, 1, 100))
{}

PagerCore::~PagerCore()
{
    if (m_job)
        m_job->abandon();
}

void PagerCore::setPageHandler(QObject *context, PageHandler fn)
{
    QObject *ctx = context ? context : static_cast<QObject *>(m_client.data());
    m_pageContext = ctx;
    m_pageHandler = std::move(fn);
    // The consumer is gone: nobody wants the rest of the list.
    if (ctx)
        connect(ctx, &QObject::destroyed, this, [this] {
            m_pageHandler = nullptr;
            m_finishHandler = nullptr;
            if (m_state == State::Running || m_state == State::Paused || m_state == State::Idle)
                finish(State::Cancelled, std::nullopt);
        });
}

void PagerCore::setFinishHandler(
    QObject *context, std::function<void(const std::optional<ApiError> &, const PagerProgress &)> fn)
{
    QObject *ctx = context ? context : static_cast<QObject *>(m_client.data());
    m_finishContext = ctx;
    m_finishHandler = std::move(fn);
    if (ctx)
        connect(ctx, &QObject::destroyed, this, [this] {
            m_finishHandler = nullptr;
            if (!m_pageHandler && m_state != State::Finished && m_state != State::Failed &&
                m_state != State::Cancelled)
                finish(State::Cancelled, std::nullopt);
        });
}

void PagerCore::setRestartHandler(QObject *context, std::function<void()> fn)
{
    m_restartContext = context ? context : static_cast<QObject *>(m_client.data());
    m_restartHandler = std::move(fn);
}

void PagerCore::setCounter(std::function<std::pair<qint64, QString>(const std::any &)> counter)
{
    m_counter = std::move(counter);
}

QByteArray PagerCore::tokenForQuery(const QString &token)
{
    // Percent signs and sub-delimiters stay as issued; '&', '#', spaces, brackets and non-ASCII could
    // not appear raw in a query, so only those are escaped. (QUrl::toPercentEncoding always encodes '%'.)
    static const QByteArray keep = "-._~%!$'()*+,;=:@/?";
    const QByteArray raw = token.toUtf8();
    QByteArray out;
    out.reserve(raw.size());
    for (const char c : raw) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || keep.contains(c)) {
            out += c;
        } else {
            out += '%';
            out += QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        }
    }
    return out;
}

void PagerCore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int PagerCore::maxPages() const
{
    return m_path == u"/opportunities"_s || m_path == u"/opportunities/deleted"_s ? kMaxOpportunityPages
                                                                                  : kMaxPages;
}

void PagerCore::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Running);
    if (!m_refusal.isEmpty()) {
        finish(State::Failed, ApiError(ApiError::Category::Invalid, m_refusal));
        return;
    }
    requestNext();
}

void PagerCore::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Paused);
    // A page still waiting for a token is withdrawn; one already sent is delivered.
    if (m_job && !m_job->isFinished() && m_job->attempts() == 0) {
        m_job->abandon();
        m_job.reset();
    }
}

void PagerCore::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    if (!m_job)
        requestNext();
}

void PagerCore::cancel()
{
    if (m_state == State::Finished || m_state == State::Failed || m_state == State::Cancelled)
        return;
    finish(State::Cancelled, ApiError(ApiError::Category::Cancelled, u"The list was cancelled"_s));
}

void PagerCore::setPriority(Priority priority)
{
    m_priority = priority;
    if (m_job)
        m_job->setPriority(priority);
}

void PagerCore::requestNext()
{
    Client *client = m_client.data();
    if (!client) {
        finish(State::Failed, ApiError(ApiError::Category::Cancelled, u"The client was closed"_s));
        return;
    }
    QueryBuilder query(m_query);
    query.add("limit", qint64(m_limit));
    if (!m_token.isEmpty())
        query.addVerbatim("offset", tokenForQuery(m_token));
    RequestSpec spec;
    spec.method = "GET";
    spec.path = m_path;
    spec.query = query.encoded();
    spec.priority = m_priority;
    m_job = client->createJob(std::move(spec), m_parser);
    m_job->setContinuation(this, [this](Job::Outcome &outcome) { onPage(outcome); });
}

bool PagerCore::isInvalidToken(const ApiError &error)
{
    return error.httpStatus() == 400 &&
           error.message().contains(u"Invalid offset token"_s, Qt::CaseInsensitive);
}

void PagerCore::onPage(Job::Outcome &outcome)
{
    m_job.reset();
    if (m_state != State::Running && m_state != State::Paused)
        return;
    if (outcome.error) {
        if (isInvalidToken(*outcome.error) && !m_restarted && !m_token.isEmpty()) {
            // A stale token (tap-lever does the same): start over once; the consumer is told so it can
            // expect records it has already seen.
            qCInfo(lcApi) << "offset token rejected; restarting" << m_path << "from the first page";
            m_restarted = true;
            m_token.clear();
            m_seenTokens.clear();
            m_progress = PagerProgress{0, 0, true, m_progress.restarts + 1};
            if (m_restartHandler && m_restartContext)
                m_restartHandler();
            if (m_state == State::Running)
                requestNext();
            return;
        }
        finish(State::Failed, outcome.error);
        return;
    }
    qint64 count = 0;
    QString next;
    if (m_counter)
        std::tie(count, next) = m_counter(outcome.value);
    // A server that keeps saying "more" must not keep us reading: an empty page that claims more, a
    // token handed out twice, or more pages than any account has (kMaxPages) end the read with an error.
    if (!next.isEmpty()) {
        QString broken;
        if (count == 0)
            broken = u"an empty page claimed there were more"_s;
        else if (m_seenTokens.contains(next))
            broken = u"the same page token came twice"_s;
        else if (m_progress.pages + 1 >= maxPages())
            broken = u"more than %1 pages"_s.arg(maxPages());
        if (!broken.isEmpty()) {
            qCWarning(lcApi).noquote() << "paging of" << m_path << "stopped:" << broken;
            finish(State::Failed,
                   ApiError(
                       ApiError::Category::Parse,
                       u"Lever's paging went wrong (%1), so the list was not read to the end"_s.arg(broken)));
            return;
        }
        m_seenTokens.insert(next);
    }
    m_token = next;
    ++m_progress.pages;
    m_progress.items += count;
    m_progress.hasNext = !next.isEmpty();
    QPointer<PagerCore> alive(this);
    if (m_pageHandler && m_pageContext)
        m_pageHandler(outcome.value, m_progress);
    if (!alive)
        return;
    Q_EMIT progressChanged(m_progress.pages, m_progress.items);
    if (m_state == State::Cancelled || m_state == State::Failed || m_state == State::Finished)
        return; // the handler cancelled
    if (next.isEmpty()) {
        finish(State::Finished, std::nullopt);
        return;
    }
    if (m_state == State::Running)
        requestNext();
}

void PagerCore::finish(State state, const std::optional<ApiError> &error)
{
    if (m_job) {
        m_job->abandon();
        m_job.reset();
    }
    setState(state);
    auto fn = std::exchange(m_finishHandler, nullptr);
    m_pageHandler = nullptr;
    if (fn && m_finishContext && (error || state == State::Finished))
        fn(error, m_progress);
    Q_EMIT finished();
}

} // namespace lever::api
