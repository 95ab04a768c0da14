#pragma once

#include "Page.h"
#include "PagerCore.h"
#include "Result.h"

#include <QList>
#include <memory>

namespace lever::api {

// How a finished list went.
struct PagerSummary
{
    int pages = 0;
    qint64 items = 0;
    int restarts = 0; // times it started over after "Invalid offset token" (at most once)
};

// A typed handle on a paged list read. Pages stream to onPage() as they arrive; onFinished() runs
// exactly once at the end (a value when the last page arrived, an ApiError otherwise). Destroying
// the onPage() context cancels the read silently. It starts on the next event-loop turn.
//   client.opportunities().list(filter).onPage(this, [](const QList<Opportunity> &page, const PagerProgress
//   &p) {...})
//                                      .onFinished(this, [](const Result<PagerSummary> &r) {...});
template <class T> class Pager
{
public:
    Pager() = default;
    explicit Pager(std::shared_ptr<PagerCore> core)
        : m_core(std::move(core))
    {
        if (m_core)
            m_core->setCounter([](const std::any &page) {
                const auto &p = std::any_cast<const Page<T> &>(page);
                return std::make_pair(qint64(p.items.size()), p.next);
            });
    }

    Pager &onPage(QObject *context,
                  std::function<void(const QList<T> &items, const PagerProgress &progress)> fn)
    {
        if (m_core)
            m_core->setPageHandler(context,
                                   [fn = std::move(fn)](std::any &page, const PagerProgress &progress) {
                                       fn(std::any_cast<Page<T> &>(page).items, progress);
                                   });
        return *this;
    }
    Pager &onFinished(QObject *context, std::function<void(const Result<PagerSummary> &)> fn)
    {
        if (m_core)
            m_core->setFinishHandler(
                context, [fn = std::move(fn)](const std::optional<ApiError> &error, const PagerProgress &p) {
                    if (error)
                        fn(Result<PagerSummary>(*error));
                    else
                        fn(Result<PagerSummary>(PagerSummary{p.pages, p.items, p.restarts}));
                });
        return *this;
    }
    // Called when the pager starts over after a stale token: drop what the pages delivered so far.
    Pager &onRestart(QObject *context, std::function<void()> fn)
    {
        if (m_core)
            m_core->setRestartHandler(context, std::move(fn));
        return *this;
    }
    // Continue a read saved earlier (PagerCore::nextToken()); call before it starts.
    Pager &startFrom(const QString &token)
    {
        if (m_core)
            m_core->setStartToken(token);
        return *this;
    }
    Pager &setPriority(Priority priority)
    {
        if (m_core)
            m_core->setPriority(priority);
        return *this;
    }
    void pause()
    {
        if (m_core)
            m_core->pause();
    }
    void resume()
    {
        if (m_core)
            m_core->resume();
    }
    void cancel()
    {
        if (m_core)
            m_core->cancel();
    }
    PagerCore *core() const { return m_core.get(); }

private:
    std::shared_ptr<PagerCore> m_core;
};

} // namespace lever::api
