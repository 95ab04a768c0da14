#include "ChildData.h"

using namespace Qt::StringLiterals;

namespace lever::models {

void ChildData::summarize(qint64 nowMs)
{
    nextInterviewAt = 0;
    nextInterviewConfirmed = false;
    for (const api::Interview &interview : std::as_const(interviews)) {
        if (interview.isCanceled() || interview.date <= nowMs)
            continue;
        if (nextInterviewAt != 0 && interview.date >= nextInterviewAt)
            continue;
        nextInterviewAt = interview.date;
        bool confirmed = !interview.interviewers.isEmpty();
        for (const auto &interviewer : interview.interviewers)
            confirmed = confirmed && interviewer.responseStatus.value_or(QString()) == u"accepted"_s;
        nextInterviewConfirmed = confirmed;
    }
}

} // namespace lever::models
