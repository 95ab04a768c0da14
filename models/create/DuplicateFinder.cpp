#include "DuplicateFinder.h"

#include "Client.h"
#include "ModelsLog.h"
#include "Store.h"
#include "search/OpportunitiesByEmail.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::models {

DuplicateFinder::DuplicateFinder(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

QString DuplicateFinder::normalizedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (c.isSpace() || c == u'-')
            out.append(u' ');
        // combining accents and other marks are dropped
    }
    return out.simplified();
}

bool DuplicateFinder::namesClose(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    QStringList wordsA = a.split(u' ');
    QStringList wordsB = b.split(u' ');
    std::sort(wordsA.begin(), wordsA.end());
    std::sort(wordsB.begin(), wordsB.end());
    if (wordsA == wordsB)
        return true; // "Ruiz Ana" and "Ana Ruiz"
    if (a.size() < 6 || std::abs(a.size() - b.size()) > 2)
        return false;
    // Levenshtein distance, stopped as soon as it must exceed 2.
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int rowMin = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > 2)
            return false;
        std::swap(previous, current);
    }
    return previous[b.size()] <= 2;
}

void DuplicateFinder::check(const QStringList &emails, const QString &name)
{
    cancel();
    m_emails.clear();
    for (const QString &e : emails) {
        if (!e.trimmed().isEmpty())
            m_emails.append(e.trimmed().toLower());
    }
    m_name = normalizedName(name);
    m_askedLever = m_emails.isEmpty(); // no email: nothing to ask Lever
    collect();
    if (m_emails.isEmpty())
        return;
    const quint64 generation = m_generation;
    m_pager = OpportunitiesByEmail::fetch(
        m_client, m_emails, {}, this, [this, generation](const api::Result<QList<api::Opportunity>> &r) {
            if (generation != m_generation)
                return; // a newer check replaced this one
            m_pager = {};
            setBusy(false);
            if (!r.ok()) {
                if (r.error().category() != api::ApiError::Category::Cancelled)
                    Q_EMIT lookupFailed(r.error().userText());
                return;
            }
            m_askedLever = true;
            qCInfo(lcModels) << "new candidate: Lever has" << r->size() << "opportunities for the emails";
            if (!r->isEmpty())
                m_store.upsert(r.value());
            collect();
        });
    setBusy(true);
}

void DuplicateFinder::cancel()
{
    ++m_generation;
    m_pager.cancel();
    m_pager = {};
    setBusy(false);
}

void DuplicateFinder::collect()
{
    QList<DuplicateMatch> matches;
    for (int slot = 0; slot < m_store.slotCount(); ++slot) {
        if (!m_store.isLive(slot))
            continue;
        const OpportunityRecord &r = m_store.at(slot);
        bool sameEmail = false;
        if (!m_emails.isEmpty() && !r.emails.isEmpty()) {
            const QStringList theirs = r.emails.toLower().split(u", "_s);
            for (const QString &e : m_emails)
                sameEmail = sameEmail || theirs.contains(e);
        }
        // The cheap test first: a close name has nearly the same length.
        const bool nameWorthComparing = !m_name.isEmpty() && std::abs(r.nameLength - m_name.size()) <= 3;
        if (!sameEmail && !(nameWorthComparing && namesClose(m_name, normalizedName(r.name))))
            continue;
        matches.append({r.id, r.contactId, r.name, describe(r.id), sameEmail});
    }
    // Same email first (certain), then by name.
    std::stable_sort(matches.begin(), matches.end(), [](const DuplicateMatch &a, const DuplicateMatch &b) {
        return a.sameEmail != b.sameEmail ? a.sameEmail : a.name < b.name;
    });
    if (matches.size() > 20)
        matches.resize(20);
    m_matches = matches;
    Q_EMIT matchesChanged();
}

QString DuplicateFinder::describe(const QString &opportunityId) const
{
    const OpportunityRecord *r = m_store.opportunity(opportunityId);
    if (!r)
        return {};
    const PostingInfo *posting = m_store.posting(r->postingId);
    const QString postingText = posting ? posting->text : tr("no posting");
    if (r->archived) {
        const QString reason = m_store.archiveReasonName(r->archiveReasonId);
        return reason.isEmpty() ? tr("%1, archived").arg(postingText)
                                : tr("%1, archived (%2)").arg(postingText, reason);
    }
    return tr("%1, stage %2").arg(postingText, m_store.stageName(r->stageId));
}

void DuplicateFinder::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace lever::models
