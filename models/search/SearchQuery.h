#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace lever::models {

// What the user typed, made ready for matching many records: lower-case words (UTF-16 for the short
// lists, UTF-8 for the store's byte keys), and the ranking every group shares, so a command and a
// candidate that match equally well rank equally.
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_words.isEmpty(); }
    // Lower case, leading spaces dropped: a query that starts with the previous text narrows it.
    const QString &text() const { return m_text; }
    const QStringList &words() const { return m_words; }
    const QList<QByteArray> &utf8Words() const { return m_utf8; }
    // Whether every record this query matches is matched by `previous` too (typing on).
    bool narrows(const SearchQuery &previous) const { return m_text.startsWith(previous.m_text); }

    // The tier (SearchHit::tier) of a short-list entry: 0–2 by `title`, 3 when every word is found in
    // the title or `other` but not all in the title, -1 when some word is found nowhere.
    int rank(const QString &title, const QString &other = {}) const;
    // The same over a lower-case UTF-8 name (a store search key's name part): 0–2, or 3 when some word
    // is not in the name.
    int rankName(QByteArrayView name) const;

    // Strips a menu text's mnemonic ("&Refresh" → "Refresh", "&&" → "&").
    static QString plainText(const QString &menuText);

private:
    QString m_text;
    QString m_whole; // m_text without trailing spaces, for "the title starts with the query"
    QByteArray m_wholeUtf8;
    QStringList m_words;
    QList<QByteArray> m_utf8;
};

} // namespace lever::models
