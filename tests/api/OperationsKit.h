#pragma once

// Helpers of the pending operation tests: run a call or a whole list to its end inside a test, and
// look at results without throwing when they are not what a test expected.
#include "ClientTestKit.h"
#include "LeverApi.h"

#include <QTest>

namespace lever::test {

using namespace lever::api;
using namespace Qt::StringLiterals;

// Runs a call to its end (the test's event loop spins meanwhile).
template <class T> Result<T> await(Call<T> call)
{
    std::optional<Result<T>> result;
    QObject context;
    call.then(&context, [&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Result<T>(ApiError(ApiError::Category::Timeout, QStringLiteral("the test gave up waiting")));
    return *result;
}

template <class T> Result<QList<T>> collect(Pager<T> pager)
{
    QList<T> items;
    std::optional<ApiError> error;
    bool done = false;
    QObject context;
    pager.onPage(&context, [&](const QList<T> &page, const PagerProgress &) { items += page; })
        .onFinished(&context, [&](const Result<PagerSummary> &r) {
            if (!r.ok())
                error = r.error();
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return Result<QList<T>>(
            ApiError(ApiError::Category::Timeout, QStringLiteral("the test gave up waiting")));
    if (error)
        return Result<QList<T>>(*error);
    return Result<QList<T>>(items);
}

// Test-friendly views of a result: never throw when the result is not what was expected.
template <class T> T valueOf(const Result<T> &result)
{
    if (!result.ok()) {
        qWarning("unexpected error: %s", qPrintable(result.errorString()));
        return T();
    }
    return result.value();
}

template <class T> QString categoryOf(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : ApiError::categoryName(result.error().category());
}

// A published posting with every category, content, a salary range and a workplace type; its id.
inline QString createPosting(lever::api::Client &client, const QString &title)
{
    PostingDraft d;
    d.text = title;
    d.state = u"published"_s;
    Posting::Categories c;
    c.team = u"Platform"_s;
    c.department = u"Engineering"_s;
    c.location = u"Berlin"_s;
    c.commitment = u"Full-time"_s;
    d.categories = c;
    Posting::Content content;
    content.descriptionHtml = u"<div><b>Build</b> the console</div>"_s;
    content.lists = {{u"Requirements"_s, u"<li>C++</li><li>Qt</li>"_s}};
    content.closingHtml = u"<p>Apply now</p>"_s;
    d.content = content;
    d.salaryRange = Posting::SalaryRange{60000, 90000, u"EUR"_s, u"per-year-salary"_s};
    d.workplaceType = u"hybrid"_s;
    const auto r = await(client.postings().create(d));
    return r.ok() ? r.value().id : QString();
}

// A sourced candidate with one email, phone, tag and source; its opportunity id.
inline QString createOpportunity(lever::api::Client &client, const QString &email)
{
    NewOpportunity n;
    n.name = u"Test Candidate"_s;
    n.headline = u"Engineer at Example"_s;
    n.emails = {email};
    n.phones = {Phone{u"mobile"_s, u"+49 30 1234"_s}};
    n.tags = {u"seed"_s};
    n.sources = {u"LinkedIn"_s};
    n.origin = u"sourced"_s;
    const auto r = await(client.opportunities().create(n));
    return r.ok() ? r.value().opportunity.id : QString();
}

} // namespace lever::test

// Evaluates `result` once: QVERIFY2 evaluates its message even when the check passes, which would send
// the request a second time.
#define REQUIRE_OK(result)                                                                                   \
    do {                                                                                                     \
        const auto &required_ = (result);                                                                    \
        QVERIFY2(required_.ok(), qPrintable(required_.errorString()));                                       \
    } while (false)
