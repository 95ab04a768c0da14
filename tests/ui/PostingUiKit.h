#pragma once
// Shared helpers of the posting and requisition widget tests: a Client on an in-process sandbox acting as
// its super admin, the users model the integrator provides (name / id / email roles), a prompter that
// answers in code, and small readers of what the sandbox holds.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "LeverApi.h"
#include "RequestLog.h"
#include "SandboxFixture.h"
#include "postings/Prompter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardItemModel>
#include <QTest>
#include <memory>

namespace lever::test::postingui {

using namespace Qt::StringLiterals;

inline std::unique_ptr<api::Client> makeClient(SandboxFixture &f)
{
    api::Client::Options o;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 200;
    auto client = std::make_unique<api::Client>(f.sandbox().baseUrl(),
                                                std::make_shared<api::ApiKeyCredentials>(f.apiKey()), o);
    client->setActingUserId(f.firstUserId());
    return client;
}

// The integrator's users model: DisplayRole = name, Qt::UserRole = id, Qt::UserRole + 1 = email, filled
// from GET /users like the product's UsersModel.
inline std::unique_ptr<QStandardItemModel> makeUsersModel(api::Client &client)
{
    auto model = std::make_unique<QStandardItemModel>();
    QStandardItemModel *m = model.get();
    bool done = false;
    client.users()
        .list()
        .onPage(m,
                [m](const QList<api::User> &page, const api::PagerProgress &) {
                    for (const api::User &u : page) {
                        if (u.isDeactivated())
                            continue;
                        auto *item = new QStandardItem(u.name);
                        item->setData(u.id, Qt::UserRole);
                        item->setData(u.email, Qt::UserRole + 1);
                        m->appendRow(item);
                    }
                })
        .onFinished(m, [&done](const api::Result<api::PagerSummary> &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning() << "the users did not load";
    return model;
}

// Answers every question with the next scripted answer (Cancel when none is left) and records it.
class ScriptedPrompter : public ui::Prompter
{
public:
    QList<QMessageBox::StandardButton> answers;
    QStringList asked;

    void ask(QWidget *, const QString &, const QString &text, QMessageBox::StandardButtons,
             QMessageBox::StandardButton, std::function<void(QMessageBox::StandardButton)> done) override
    {
        asked.append(text);
        done(answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst());
    }
};

inline QJsonObject getPosting(SandboxFixture &f, const QString &id)
{
    return f.get(u"/postings/"_s + id).data();
}

inline QString createPosting(SandboxFixture &f, const QJsonObject &body)
{
    const auto r = f.post(u"/postings?perform_as="_s + f.firstUserId(), body);
    if (r.status != 201)
        qWarning() << "seeding a posting failed:" << r.status << r.body;
    return r.data().value(u"id"_s).toString();
}

// Posting writes (POST /postings...) the console sent so far.
inline int postingWrites(SandboxFixture &f)
{
    int n = 0;
    const auto entries = f.sandbox().requestLog().entries();
    for (const auto &e : entries)
        n += e.method == "POST" && e.path.startsWith(u"/postings"_s) ? 1 : 0;
    return n;
}

// A user's name in the users model.
inline QString nameOf(const QStandardItemModel &users, const QString &id)
{
    for (int row = 0; row < users.rowCount(); ++row) {
        if (users.item(row)->data(Qt::UserRole).toString() == id)
            return users.item(row)->text();
    }
    return {};
}

} // namespace lever::test::postingui
