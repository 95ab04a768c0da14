// After a full OAuth sign-in (with a client secret, then a token refresh) and an API-key sign-in, both
// saved as accounts, no token, key or client secret is in any file under the config, data and cache
// folders, nor in any log message (every category at debug level). Secrets go to the keychain when a
// D-Bus session is there (scripts/test.sh), else to the session store.
#include "AccountStore.h"
#include "ApiKeyVerifier.h"
#include "BrowserPlayer.h"
#include "KeychainSecretStore.h"
#include "OAuthFlow.h"
#include "OAuthServer.h"
#include "SandboxFixture.h"
#include "SessionSecretStore.h"
#include "TokenRefresher.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::auth;
using lever::test::BrowserPlayer;
using lever::test::SandboxFixture;

namespace {
QTemporaryDir *g_root = nullptr;
QStringList g_messages;

template <typename R, typename Call> R await(Call call)
{
    std::optional<R> result;
    call([&](const R &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        qWarning("no answer within 60 s");
    return result.value_or(R());
}
} // namespace

class TestNoSecretsOnDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInsLeaveNoSecretsBehind();
};

void TestNoSecretsOnDisk::initTestCase()
{
    // QTest installs its handler when it starts; ours records every message and chains to it.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
        g_messages.append(QString::fromUtf8(ctx.category ? ctx.category : "") + u' ' + msg);
        previous(type, ctx, msg);
    });
}

void TestNoSecretsOnDisk::signInsLeaveNoSecretsBehind()
{
    SandboxFixture f;
    std::unique_ptr<SecretStore> secrets;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        secrets = std::make_unique<SessionSecretStore>();
    else
        secrets = std::make_unique<KeychainSecretStore>();
    AccountStore accounts(secrets.get());
    QStringList secretValues;

    // OAuth: the confidential client, as a registered Lever app would be.
    Account oauthDraft;
    oauthDraft.name = u"Sandbox OAuth"_s;
    oauthDraft.environment = Account::Environment::Demo;
    oauthDraft.baseUrl = f.sandbox().baseUrl();
    oauthDraft.oauthClientId = f.sandbox().clientId();
    oauthDraft.hasClientSecret = true;
    const QString clientSecret = f.sandbox().clientSecret();
    secretValues << clientSecret;
    QCOMPARE(oauthDraft.authorizeUrl().toString(), f.sandbox().oauth().authorizeUrl());
    QCOMPARE(oauthDraft.tokenUrl().toString(), f.sandbox().oauth().tokenUrl());

    BrowserPlayer browser(f);
    OAuthFlow flow({oauthDraft.authorizeUrl(),
                    oauthDraft.tokenUrl(),
                    oauthDraft.oauthClientId,
                    clientSecret,
                    {u"opportunities:read:admin"_s, u"users:read:admin"_s},
                    oauthDraft.audience()},
                   browser.opener());
    std::optional<TokenSet> tokens;
    QString failure;
    connect(&flow, &OAuthFlow::succeeded, this, [&](const TokenSet &t) { tokens = t; });
    connect(&flow, &OAuthFlow::failed, this, [&](OAuthFlow::Failure, const QString &m) { failure = m; });
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(tokens || !failure.isEmpty(), 30000);
    QVERIFY2(tokens, qPrintable(failure));
    oauthDraft.actingUserId = tokens->userId;
    const auto oauthAccount = accounts.add(oauthDraft);
    QVERIFY(oauthAccount);
    const QString oauthId = oauthAccount->id;
    secretValues << tokens->accessToken << tokens->refreshToken;
    using R = SecretStore::Result;
    QVERIFY(await<R>([&](auto done) {
                secrets->write(oauthId, SecretStore::Kind::ClientSecret, clientSecret, this, done);
            }).ok());
    QVERIFY(await<R>([&](auto done) {
                secrets->write(oauthId, SecretStore::Kind::AccessToken, tokens->accessToken, this, done);
            }).ok());
    QVERIFY(await<R>([&](auto done) {
                secrets->write(oauthId, SecretStore::Kind::RefreshToken, tokens->refreshToken, this, done);
            }).ok());

    // A refresh, whose rotated tokens go to the store.
    TokenRefresher refresher(secrets.get());
    const auto refreshed = await<TokenRefresher::Result>([&](auto done) {
        refresher.refresh(oauthId, {oauthAccount->tokenUrl(), oauthAccount->oauthClientId, clientSecret},
                          tokens->refreshToken, this, done);
    });
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.message));
    secretValues << refreshed.tokens.accessToken << refreshed.tokens.refreshToken;
    QCOMPARE(await<R>([&](auto done) {
                 secrets->read(oauthId, SecretStore::Kind::RefreshToken, this, done);
             }).secret,
             refreshed.tokens.refreshToken);

    // API key: verified, acting user chosen from the answer, saved.
    const QString apiKey =
        f.sandbox().createApiKey({u"users:read:admin"_s, u"opportunities:read:admin"_s}, false);
    secretValues << apiKey << f.apiKey();
    ApiKeyVerifier verifier;
    const auto verified = await<ApiKeyVerifier::Result>(
        [&](auto done) { verifier.verify(f.sandbox().baseUrl(), apiKey, this, done); });
    QVERIFY2(verified.ok(), qPrintable(verified.message));
    Account keyDraft;
    keyDraft.name = u"Sandbox key"_s;
    keyDraft.environment = Account::Environment::Custom;
    keyDraft.baseUrl = f.sandbox().baseUrl();
    keyDraft.authMethod = Account::AuthMethod::ApiKey;
    keyDraft.actingUserId = verified.users.first().id;
    keyDraft.actingUserName = verified.users.first().name;
    const auto keyAccount = accounts.add(keyDraft);
    QVERIFY(keyAccount);
    QVERIFY(await<R>([&](auto done) {
                secrets->write(keyAccount->id, SecretStore::Kind::ApiKey, apiKey, this, done);
            }).ok());
    accounts.markOpened(keyAccount->id);
    QVERIFY(QDir().mkpath(AccountStore::dataFolder(keyAccount->id)));

    // Scan every file under the temporary home (config, data, cache), raw and percent-encoded.
    QSettings().sync();
    int files = 0;
    bool sawSettings = false;
    QDirIterator it(g_root->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        sawSettings = sawSettings || content.contains("Sandbox OAuth");
        for (const QString &secret : std::as_const(secretValues)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!content.contains(secret.toUtf8()) && !content.contains(QUrl::toPercentEncoding(secret)),
                     qPrintable(path));
        }
    }
    QVERIFY(files > 0);
    QVERIFY(sawSettings); // the scan did see the saved accounts

    QVERIFY(g_messages.size() > 10);
    QVERIFY(!g_messages.filter(u"lever.auth"_s).isEmpty());
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : std::as_const(secretValues))
            QVERIFY2(!message.contains(secret), qPrintable(message.left(80)));
    }

    // Leave the keychain as it was.
    QVERIFY(await<R>([&](auto done) { accounts.remove(oauthId, this, done); }).ok());
    QVERIFY(await<R>([&](auto done) { accounts.remove(keyAccount->id, this, done); }).ok());
    QVERIFY(accounts.list().isEmpty());
}

int main(int argc, char **argv)
{
    QTemporaryDir root;
    g_root = &root;
    const QByteArray path = root.path().toUtf8();
    qputenv("XDG_CONFIG_HOME", path + "/config");
    qputenv("XDG_DATA_HOME", path + "/data");
    qputenv("XDG_CACHE_HOME", path + "/cache");
    qputenv("QT_LOGGING_RULES", "lever.*.debug=true");
    QCoreApplication app(argc, argv);
    app.setOrganizationName(u"lever-console-tests"_s);
    app.setApplicationName(u"tst_no_secrets_on_disk"_s);
    TestNoSecretsOnDisk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_no_secrets_on_disk.moc"
