#pragma once

#include "AccountStore.h"
#include "AppController.h"
#include "RoutingSecretStore.h"
#include "SandboxFixture.h"

#include <QTest>

namespace lever::test {

// Saves an API-key account for the sandbox (acting as its first user) with the key in the keychain,
// as the sign-in dialog would; the account, or an empty one when saving failed.
inline auth::Account saveSandboxAccount(app::AppController &controller, SandboxFixture &f,
                                        const QString &name = QStringLiteral("Main"))
{
    auth::Account a;
    a.name = name;
    a.environment = auth::Account::Environment::Custom;
    a.baseUrl = f.sandbox().baseUrl();
    a.authMethod = auth::Account::AuthMethod::ApiKey;
    a.actingUserId = f.firstUserId();
    const auto added = controller.accounts()->add(a);
    if (!added)
        return {};
    bool done = false, stored = false;
    controller.secrets()->write(added->id, auth::SecretStore::Kind::ApiKey, f.apiKey(), &controller,
                                [&](const auth::SecretStore::Result &r) {
                                    stored = r.ok();
                                    done = true;
                                });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !stored)
        return {};
    return *added;
}

} // namespace lever::test
