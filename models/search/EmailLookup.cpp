#include "EmailLookup.h"

#include "LeverApi.h"
#include "ModelsLog.h"
#include "Store.h"
#include "search/OpportunitiesByEmail.h"

#include <QRegularExpression>
#include <memory>

namespace lever::models {

EmailLookup::EmailLookup(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    // Long enough that an address typed at speed is asked about once, short enough to feel live.
    m_timer.setInterval(400);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EmailLookup::send);
}

bool EmailLookup::looksLikeEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}$"));
    return email.match(text.trimmed()).hasMatch();
}

void EmailLookup::setQuery(const QString &text, bool storeHasMatch)
{
    const QString email = text.trimmed().toLower();
    if (email == m_email && (m_busy || m_timer.isActive()))
        return; // the same address, already on its way
    cancel();
    if (storeHasMatch || !looksLikeEmail(email) || m_answered.contains(email))
        return;
    m_email = email;
    m_timer.start();
}

void EmailLookup::cancel()
{
    m_timer.stop();
    ++m_generation; // an answer still on its way is dropped
    m_pager.cancel();
    m_pager = {};
    setBusy(false);
}

void EmailLookup::send()
{
    const quint64 generation = ++m_generation;
    const QString email = m_email;
    m_pager = OpportunitiesByEmail::fetch(
        m_client, {email}, {}, this, [this, generation, email](const api::Result<QList<api::Opportunity>> &r) {
            if (generation != m_generation)
                return; // typed past it
            m_pager = {};
            setBusy(false);
            if (!r.ok()) {
                if (r.error().category() != api::ApiError::Category::Cancelled)
                    Q_EMIT failed(email, r.error().userText());
                return;
            }
            m_answered.insert(email);
            qCInfo(lcModels) << "search: Lever has" << r->size() << "opportunities for an email";
            if (!r->isEmpty())
                m_store.upsert(r.value());
            Q_EMIT finished(email, int(r->size()));
        });
    setBusy(true);
}

void EmailLookup::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace lever::models
