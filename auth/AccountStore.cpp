#include "AccountStore.h"

#include "AuthLog.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
const QString kOrder = u"accounts/order"_s;
const QString kLast = u"accounts/lastAccountId"_s;

QString group(const QString &id)
{
    return u"accounts/"_s + id + u'/';
}

bool isUuid(const QString &id)
{
    return !QUuid::fromString(id).isNull();
}
} // namespace

AccountStore::AccountStore(SecretStore *secrets, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{}

AccountStore::~AccountStore() = default;

QStringList AccountStore::ids() const
{
    return m_settings->value(kOrder).toStringList();
}

QList<Account> AccountStore::list() const
{
    QList<Account> out;
    const QStringList all = ids();
    for (const QString &id : all) {
        if (auto account = find(id))
            out.append(*account);
    }
    return out;
}

std::optional<Account> AccountStore::find(const QString &id) const
{
    if (!isUuid(id) || !ids().contains(id))
        return std::nullopt;
    const QString g = group(id);
    const auto environment = Account::environmentFromName(m_settings->value(g + u"environment"_s).toString());
    const auto method = Account::authMethodFromName(m_settings->value(g + u"authMethod"_s).toString());
    // An entry edited by hand into nonsense is skipped rather than guessed at.
    if (!environment || !method)
        return std::nullopt;
    Account a;
    a.id = id;
    a.name = m_settings->value(g + u"name"_s).toString();
    a.environment = *environment;
    a.baseUrl = QUrl(m_settings->value(g + u"baseUrl"_s).toString());
    a.authMethod = *method;
    a.oauthClientId = m_settings->value(g + u"oauthClientId"_s).toString();
    a.hasClientSecret = m_settings->value(g + u"hasClientSecret"_s).toBool();
    a.actingUserId = m_settings->value(g + u"actingUserId"_s).toString();
    a.actingUserName = m_settings->value(g + u"actingUserName"_s).toString();
    const qint64 opened = m_settings->value(g + u"lastOpened"_s).toLongLong();
    if (opened > 0)
        a.lastOpened = QDateTime::fromMSecsSinceEpoch(opened, Qt::UTC);
    return a;
}

std::optional<Account> AccountStore::findByName(const QString &name) const
{
    const QList<Account> all = list();
    for (const Account &a : all) {
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString AccountStore::nameTaken(const Account &account) const
{
    const auto other = findByName(account.name);
    if (other && other->id != account.id)
        return tr("An account named \"%1\" already exists.").arg(other->name);
    return {};
}

std::optional<Account> AccountStore::add(Account account, QString *error)
{
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.name = account.name.trimmed();
    QString problem = account.validate();
    if (problem.isEmpty())
        problem = nameTaken(account);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    write(account);
    m_settings->setValue(kOrder, QStringList(ids() << account.id));
    m_settings->sync();
    qCInfo(lcAuth) << "account added:" << account.id << Account::environmentName(account.environment);
    Q_EMIT accountsChanged();
    return account;
}

bool AccountStore::update(const Account &account, QString *error)
{
    Account a = account;
    a.name = a.name.trimmed();
    QString problem = ids().contains(a.id) ? a.validate() : tr("There is no such account.");
    if (problem.isEmpty())
        problem = nameTaken(a);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    write(a);
    m_settings->sync();
    Q_EMIT accountsChanged();
    return true;
}

void AccountStore::write(const Account &a)
{
    const QString g = group(a.id);
    m_settings->setValue(g + u"name"_s, a.name);
    m_settings->setValue(g + u"environment"_s, Account::environmentName(a.environment));
    m_settings->setValue(g + u"baseUrl"_s, a.baseUrl.toString());
    m_settings->setValue(g + u"authMethod"_s, Account::authMethodName(a.authMethod));
    m_settings->setValue(g + u"oauthClientId"_s, a.oauthClientId);
    m_settings->setValue(g + u"hasClientSecret"_s, a.hasClientSecret);
    m_settings->setValue(g + u"actingUserId"_s, a.actingUserId);
    m_settings->setValue(g + u"actingUserName"_s, a.actingUserName);
    m_settings->setValue(g + u"lastOpened"_s, a.lastOpened.isValid() ? a.lastOpened.toMSecsSinceEpoch() : 0);
}

void AccountStore::remove(const QString &id, QObject *context, SecretStore::Callback done)
{
    if (!ids().contains(id)) {
        SecretStore::Result missing;
        missing.status = SecretStore::Result::Failed;
        missing.message = tr("There is no such account.");
        QTimer::singleShot(0, context ? context : this, [done, missing] {
            if (done)
                done(missing);
        });
        return;
    }
    QStringList order = ids();
    order.removeAll(id);
    m_settings->setValue(kOrder, order);
    m_settings->remove(u"accounts/"_s + id);
    if (lastAccountId() == id)
        m_settings->remove(kLast);
    m_settings->sync();
    // isUuid() above (through ids()) keeps a hand-edited id from pointing outside the accounts folder.
    QDir folder(dataFolder(id));
    if (isUuid(id) && folder.exists() && !folder.removeRecursively())
        qCWarning(lcAuth) << "could not remove the data folder of account" << id;
    qCInfo(lcAuth) << "account removed:" << id;
    Q_EMIT accountsChanged();
    if (m_secrets) {
        m_secrets->removeAll(id, context, std::move(done));
    } else if (done) {
        QTimer::singleShot(0, context ? context : this, [done] { done(SecretStore::Result()); });
    }
}

QString AccountStore::lastAccountId() const
{
    const QString id = m_settings->value(kLast).toString();
    return ids().contains(id) ? id : QString();
}

void AccountStore::markOpened(const QString &id)
{
    if (!ids().contains(id))
        return;
    m_settings->setValue(group(id) + u"lastOpened"_s, QDateTime::currentMSecsSinceEpoch());
    m_settings->setValue(kLast, id);
    m_settings->sync();
    Q_EMIT accountsChanged();
}

QString AccountStore::dataFolder(const QString &id)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/accounts/"_s + id;
}

} // namespace lever::auth
