#pragma once
// Shared by the Admin page tests (users, webhooks, feedback templates): a client with a chosen key, a
// named child widget, and typing over a line edit's text as a user would.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "SandboxFixture.h"

#include <QLineEdit>
#include <QTest>
#include <QWidget>
#include <memory>

namespace lever::test::admin {

inline std::unique_ptr<api::Client> makeClient(SandboxFixture &f, const QString &key)
{
    api::Client::Options o;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 200;
    auto client = std::make_unique<api::Client>(f.sandbox().baseUrl(),
                                                std::make_shared<api::ApiKeyCredentials>(key), o);
    client->setActingUserId(f.firstUserId());
    return client;
}

template <class T> T *w(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning() << "no widget" << name;
    return found;
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace lever::test::admin
