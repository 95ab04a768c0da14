#pragma once

#include "Job.h"
#include "Result.h"

#include <memory>

namespace lever::api {

// The handle of one typed API call. It finishes exactly once, with a value or an ApiError:
//   client.opportunities().moveToStage(id, stageId).then(this, [](const Result<Opportunity> &r) { ... });
// Destroying the context object cancels the request (aborted if in flight, dropped from the pacer
// queue if not sent) and the callback never runs. cancel() finishes it with Category::Cancelled.
// The request starts on the next event-loop turn; a then() attached after the call ended still gets
// its outcome (on the next turn), as long as the handle was kept.
template <class T> class Call
{
public:
    Call() = default;
    explicit Call(std::shared_ptr<Job> job)
        : m_job(std::move(job))
    {}

    Call &then(QObject *context, std::function<void(const Result<T> &)> fn)
    {
        if (m_job) {
            m_job->setContinuation(context, [fn = std::move(fn)](Job::Outcome &outcome) {
                if (outcome.error)
                    fn(Result<T>(*outcome.error));
                else
                    fn(Result<T>(std::any_cast<T>(std::move(outcome.value))));
            });
        }
        return *this;
    }
    // Bytes sent or received so far (uploads and downloads); `total` is -1 when unknown.
    Call &onProgress(QObject *context, std::function<void(qint64 done, qint64 total)> fn)
    {
        if (m_job)
            m_job->setProgressHandler(context, std::move(fn));
        return *this;
    }
    // Until it is sent: moves it in the pacer's queue.
    Call &setPriority(Priority priority)
    {
        if (m_job)
            m_job->setPriority(priority);
        return *this;
    }
    Call &setTimeoutMs(int ms)
    {
        if (m_job)
            m_job->setTimeoutMs(ms);
        return *this;
    }
    void cancel()
    {
        if (m_job)
            m_job->cancel();
    }
    bool isValid() const { return bool(m_job); }
    bool isFinished() const { return m_job && m_job->isFinished(); }
    Priority priority() const { return m_job ? m_job->priority() : Priority::Interactive; }
    int attempts() const { return m_job ? m_job->attempts() : 0; }
    Job *job() const { return m_job.get(); }

private:
    std::shared_ptr<Job> m_job;
};

} // namespace lever::api
