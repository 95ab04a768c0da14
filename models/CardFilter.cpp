#include "CardFilter.h"

#include <cstring>

namespace lever::models {

bool CardFilter::isNarrowedBy(const CardFilter &narrower) const
{
    CardFilter sameText = narrower;
    sameText.text = text;
    if (!(sameText == *this))
        return false;
    // Typing on: every word of the old text is still a word, or the start of one, of the new text.
    return narrower.text.toLower().startsWith(text.toLower());
}

CompiledFilter::CompiledFilter(const CardFilter &filter, const QString &actingUserId)
    : m_filter(filter)
{
    if (filter.owner == CardFilter::Owner::Mine)
        m_ownerId = actingUserId.isEmpty() ? QStringLiteral("\x01none") : actingUserId;
    else if (filter.owner == CardFilter::Owner::User)
        m_ownerId = filter.ownerId;
    const QStringList words = filter.text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words)
        m_words.append(word.toUtf8());
    m_ids = QSet<QString>(filter.ids.cbegin(), filter.ids.cend());
    CardFilter plain = filter;
    plain.archived = CardFilter::Archived::Any;
    plain.idsLabel.clear();
    plain.text = plain.text.trimmed();
    m_anything = plain.isEmpty();
    plain.text.clear();
    m_fields = !plain.isEmpty();
}

bool CompiledFilter::matchesText(QByteArrayView key) const
{
    for (const QByteArray &word : m_words) {
        if (!memmem(key.data(), size_t(key.size()), word.constData(), size_t(word.size())))
            return false;
    }
    return true;
}

bool CompiledFilter::matchesFields(const OpportunityRecord &r) const
{
    if (!m_fields)
        return true;
    if (!m_ids.isEmpty() && !m_ids.contains(r.id))
        return false;
    if (!m_filter.postingIds.isEmpty() && !m_filter.postingIds.contains(r.postingId))
        return false;
    if (m_filter.owner != CardFilter::Owner::Any && r.ownerId != m_ownerId)
        return false;
    if (!m_filter.tag.isEmpty() && !r.tags.contains(m_filter.tag))
        return false;
    if (!m_filter.source.isEmpty() && !r.sources.contains(m_filter.source))
        return false;
    if (!m_filter.origin.isEmpty() && r.origin != m_filter.origin)
        return false;
    if (m_filter.createdSince > 0 && r.createdAt < m_filter.createdSince)
        return false;
    if (m_filter.updatedSince > 0 && r.updatedAt < m_filter.updatedSince)
        return false;
    return true;
}

} // namespace lever::models
