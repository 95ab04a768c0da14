#include "SearchQuery.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace lever::models {

namespace {
// A word starts at the beginning or after anything that is not a letter or digit ("van Rossum",
// "Berners-Lee", "ada.lovelace@"). Bytes of multi-byte UTF-8 characters count as letters.
bool startsWordAt(QByteArrayView text, qsizetype at)
{
    if (at == 0)
        return true;
    const auto c = static_cast<unsigned char>(text[at - 1]);
    return c < 0x80 && !std::isalnum(c);
}

bool startsWordAt(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

// 1 when `word` starts a word of `text`, 2 when `text` only contains it, 0 when it does not.
int wordTier(QByteArrayView text, QByteArrayView word)
{
    int tier = 0;
    const char *data = text.data();
    const char *end = data + text.size();
    const char *from = data;
    while (from < end) {
        const void *hit = memmem(from, size_t(end - from), word.data(), size_t(word.size()));
        if (!hit)
            break;
        const qsizetype at = static_cast<const char *>(hit) - data;
        if (startsWordAt(text, at))
            return 1;
        tier = 2;
        from = data + at + 1;
    }
    return tier;
}

int wordTier(const QString &text, const QString &word)
{
    int tier = 0;
    qsizetype from = 0;
    while ((from = text.indexOf(word, from)) >= 0) {
        if (startsWordAt(text, from))
            return 1;
        tier = 2;
        ++from;
    }
    return tier;
}
} // namespace

SearchQuery::SearchQuery(const QString &text)
{
    // Leading spaces carry nothing; trailing ones stay, so "ada " still narrows "ada".
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    m_text = text.mid(start).toLower();
    m_whole = m_text.trimmed();
    m_wholeUtf8 = m_whole.toUtf8();
    m_words = m_text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : std::as_const(m_words))
        m_utf8.append(word.toUtf8());
}

int SearchQuery::rank(const QString &title, const QString &other) const
{
    if (isEmpty())
        return 0;
    const QString lower = title.toLower();
    if (lower.startsWith(m_whole))
        return 0;
    int worst = 1;
    for (const QString &word : m_words) {
        const int tier = wordTier(lower, word);
        if (tier == 0) {
            if (other.isEmpty() || !other.contains(word, Qt::CaseInsensitive))
                return -1;
            worst = 3;
        } else {
            worst = std::max(worst, tier);
        }
    }
    return worst;
}

int SearchQuery::rankName(QByteArrayView name) const
{
    if (m_utf8.isEmpty())
        return 0;
    if (name.startsWith(QByteArrayView(m_wholeUtf8)))
        return 0;
    int worst = 1;
    for (const QByteArray &word : m_utf8) {
        const int tier = wordTier(name, QByteArrayView(word));
        if (tier == 0)
            return 3;
        worst = std::max(worst, tier);
    }
    return worst;
}

QString SearchQuery::plainText(const QString &menuText)
{
    QString out;
    out.reserve(menuText.size());
    for (qsizetype i = 0; i < menuText.size(); ++i) {
        if (menuText.at(i) == u'&' && i + 1 < menuText.size())
            ++i; // "&&" keeps one "&"; "&R" keeps "R"
        out.append(menuText.at(i));
    }
    return out;
}

} // namespace lever::models
