// Account endpoints per environment, validation, and AccountStore: add, update, list, last account,
// persistence, and removal of an account's settings, secrets and local data folder.
#include "AccountStore.h"
#include "SessionSecretStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using lever::auth::Account;
using lever::auth::AccountStore;
using lever::auth::SecretStore;
using lever::auth::SessionSecretStore;
using Env = Account::Environment;

namespace {
QTemporaryDir *g_root = nullptr;

Account demoAccount(const QString &name)
{
    Account a;
    a.name = name;
    a.environment = Env::Demo;
    a.baseUrl = QUrl(u"http://127.0.0.1:4010/v1"_s);
    a.authMethod = Account::AuthMethod::ApiKey;
    return a;
}

template <typename Call> SecretStore::Result await(Call call)
{
    std::optional<SecretStore::Result> result;
    call([&](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return SecretStore::Result{SecretStore::Result::Failed, {}, u"no answer"_s};
    return *result;
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void endpoints();
    void validation();
    void addUpdateList();
    void lastAccountAndPersistence();
    void removeDeletesSecretsAndData();
};

void TestAccounts::init()
{
    QSettings().clear();
}

void TestAccounts::endpoints()
{
    Account prod;
    QCOMPARE(prod.apiBaseUrl(), QUrl(u"https://api.lever.co/v1"_s));
    QCOMPARE(prod.authorizeUrl(), QUrl(u"https://auth.lever.co/authorize"_s));
    QCOMPARE(prod.tokenUrl(), QUrl(u"https://auth.lever.co/oauth/token"_s));
    QCOMPARE(prod.audience(), u"https://api.lever.co/v1/"_s);

    Account sandbox;
    sandbox.environment = Env::LeverSandbox;
    sandbox.baseUrl = QUrl(u"https://ignored.example/v1"_s); // Lever's hosts win
    QCOMPARE(sandbox.apiBaseUrl(), QUrl(u"https://api.sandbox.lever.co/v1"_s));
    QCOMPARE(sandbox.authorizeUrl(), QUrl(u"https://sandbox-lever.auth0.com/authorize"_s));
    QCOMPARE(sandbox.tokenUrl(), QUrl(u"https://sandbox-lever.auth0.com/oauth/token"_s));
    QCOMPARE(sandbox.audience(), u"https://api.sandbox.lever.co/v1/"_s);

    Account demo = demoAccount(u"Demo"_s);
    QCOMPARE(demo.apiBaseUrl(), QUrl(u"http://127.0.0.1:4010/v1"_s));
    QCOMPARE(demo.authorizeUrl(), QUrl(u"http://127.0.0.1:4010/authorize"_s));
    QCOMPARE(demo.tokenUrl(), QUrl(u"http://127.0.0.1:4010/oauth/token"_s));
    QCOMPARE(demo.audience(), u"http://127.0.0.1:4010/v1/"_s);

    Account custom;
    custom.environment = Env::Custom;
    custom.baseUrl = QUrl(u"https://lever.example.com/api/v1/?x=1"_s);
    QCOMPARE(custom.apiBaseUrl(), QUrl(u"https://lever.example.com/api/v1"_s));
    QCOMPARE(custom.authorizeUrl(), QUrl(u"https://lever.example.com/authorize"_s));
    QCOMPARE(custom.tokenUrl(), QUrl(u"https://lever.example.com/oauth/token"_s));
    QCOMPARE(custom.audience(), u"https://lever.example.com/api/v1/"_s);

    for (Env e : {Env::Production, Env::LeverSandbox, Env::Demo, Env::Custom})
        QCOMPARE(Account::environmentFromName(Account::environmentName(e)), std::optional<Env>(e));
    QVERIFY(!Account::environmentFromName(u"moon"_s));
}

void TestAccounts::validation()
{
    Account a = demoAccount(u" "_s);
    QVERIFY(a.validate().contains(u"name"_s));
    a.name = u"Ok"_s;
    QVERIFY(a.validate().isEmpty());
    a.environment = Env::Custom;
    a.baseUrl = QUrl(u"http://lever.example.com/v1"_s);
    QVERIFY(a.validate().contains(u"https://"_s));
    a.baseUrl = QUrl();
    QVERIFY(!a.validate().isEmpty());
    a.baseUrl = QUrl(u"https://lever.example.com/v1"_s);
    a.authMethod = Account::AuthMethod::OAuth;
    QVERIFY(a.validate().contains(u"client id"_s));
    a.oauthClientId = u"client"_s;
    QVERIFY(a.validate().isEmpty());
    // Lever's own environments need no base URL.
    Account prod;
    prod.name = u"Acme"_s;
    prod.oauthClientId = u"client"_s;
    QVERIFY(prod.validate().isEmpty());
}

void TestAccounts::addUpdateList()
{
    SessionSecretStore secrets;
    AccountStore store(&secrets);
    QSignalSpy changed(&store, &AccountStore::accountsChanged);
    QVERIFY(store.list().isEmpty());
    QString error;
    Account draft = demoAccount(u"  Demo  "_s);
    draft.id = u"../../etc"_s; // ignored: add() assigns a uuid
    const auto a = store.add(draft, &error);
    QVERIFY2(a, qPrintable(error));
    QVERIFY(!QUuid::fromString(a->id).isNull());
    QCOMPARE(a->name, u"Demo"_s);
    QVERIFY(!store.add(demoAccount(u"demo"_s), &error));
    QVERIFY(error.contains(u"already exists"_s));
    QVERIFY(!store.add(demoAccount(QString()), &error));

    Account prod;
    prod.name = u"Acme production"_s;
    prod.oauthClientId = u"lever-client-id"_s;
    prod.hasClientSecret = true;
    const auto b = store.add(prod, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(changed.size(), 2);

    const QList<Account> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, a->id);
    QCOMPARE(all.at(1).id, b->id);
    QCOMPARE(all.at(1).environment, Env::Production);
    QCOMPARE(all.at(1).authMethod, Account::AuthMethod::OAuth);
    QCOMPARE(all.at(1).oauthClientId, u"lever-client-id"_s);
    QVERIFY(all.at(1).hasClientSecret);
    QCOMPARE(all.at(0).baseUrl, QUrl(u"http://127.0.0.1:4010/v1"_s));
    QCOMPARE(store.findByName(u"ACME PRODUCTION"_s)->id, b->id);
    QVERIFY(!store.find(u"no-such-id"_s));

    Account edited = *a;
    edited.actingUserId = u"user-1"_s;
    edited.actingUserName = u"Sofia Lindqvist"_s;
    QVERIFY(store.update(edited, &error));
    QCOMPARE(store.find(a->id)->actingUserName, u"Sofia Lindqvist"_s);
    edited.name = u"acme production"_s;
    QVERIFY(!store.update(edited, &error));
    QVERIFY(error.contains(u"already exists"_s));
    Account ghost = edited;
    ghost.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ghost.name = u"Ghost"_s;
    QVERIFY(!store.update(ghost, &error));
    QCOMPARE(store.list().size(), 2);
}

void TestAccounts::lastAccountAndPersistence()
{
    QString id;
    {
        SessionSecretStore secrets;
        AccountStore store(&secrets);
        QVERIFY(store.lastAccountId().isEmpty());
        id = store.add(demoAccount(u"Demo"_s))->id;
        store.add(demoAccount(u"Other"_s));
        QVERIFY(!store.find(id)->lastOpened.isValid());
        store.markOpened(id);
        QCOMPARE(store.lastAccountId(), id);
    }
    // A new store (as at the next start) reads the same from QSettings.
    SessionSecretStore secrets;
    AccountStore store(&secrets);
    QCOMPARE(store.list().size(), 2);
    QCOMPARE(store.lastAccountId(), id);
    QVERIFY(store.find(id)->lastOpened.isValid());
    QVERIFY(qAbs(store.find(id)->lastOpened.msecsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600 * 1000);
    store.markOpened(u"not-an-account"_s);
    QCOMPARE(store.lastAccountId(), id);
    // The settings live under the XDG config folder chosen for this test.
    QVERIFY(QSettings().fileName().startsWith(g_root->path()));
}

void TestAccounts::removeDeletesSecretsAndData()
{
    SessionSecretStore secrets;
    AccountStore store(&secrets);
    const QString gone = store.add(demoAccount(u"Gone"_s))->id;
    const QString kept = store.add(demoAccount(u"Kept"_s))->id;
    store.markOpened(gone);
    for (const QString &id : {gone, kept}) {
        for (SecretStore::Kind kind : SecretStore::allKinds())
            QVERIFY(await([&](auto done) { secrets.write(id, kind, u"s3cret"_s, this, done); }).ok());
        QVERIFY(QDir().mkpath(AccountStore::dataFolder(id) + u"/cache"_s));
        QFile file(AccountStore::dataFolder(id) + u"/cache/store.sqlite"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("data");
    }
    QVERIFY(AccountStore::dataFolder(gone).startsWith(g_root->path()));
    QVERIFY(AccountStore::dataFolder(gone).endsWith(u"/accounts/"_s + gone));

    const auto r = await([&](auto done) { store.remove(gone, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(!store.find(gone));
    QCOMPARE(store.list().size(), 1);
    QVERIFY(store.lastAccountId().isEmpty());
    QVERIFY(!QDir(AccountStore::dataFolder(gone)).exists());
    QVERIFY(QFile::exists(AccountStore::dataFolder(kept) + u"/cache/store.sqlite"_s));
    for (SecretStore::Kind kind : SecretStore::allKinds()) {
        QCOMPARE(await([&](auto done) { secrets.read(gone, kind, this, done); }).status,
                 SecretStore::Result::NotFound);
        QCOMPARE(await([&](auto done) { secrets.read(kept, kind, this, done); }).secret, u"s3cret"_s);
    }
    QSettings settings;
    QVERIFY(!settings.childGroups().isEmpty());
    settings.beginGroup(u"accounts"_s);
    QVERIFY(!settings.childGroups().contains(gone));
    QVERIFY(settings.childGroups().contains(kept));
    settings.endGroup();

    // Unknown ids are refused, and nothing else is touched.
    QCOMPARE(await([&](auto done) { store.remove(u"../.."_s, this, done); }).status,
             SecretStore::Result::Failed);
    QCOMPARE(store.list().size(), 1);
}

int main(int argc, char **argv)
{
    // Settings and data in a temporary folder, set before anything reads the XDG variables.
    QTemporaryDir root;
    g_root = &root;
    const QByteArray path = root.path().toUtf8();
    qputenv("XDG_CONFIG_HOME", path + "/config");
    qputenv("XDG_DATA_HOME", path + "/data");
    QCoreApplication app(argc, argv);
    app.setOrganizationName(u"lever-console-tests"_s);
    app.setApplicationName(u"tst_accounts"_s);
    TestAccounts test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accounts.moc"
