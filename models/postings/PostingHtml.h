#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace lever::models {

// Converts between the rich text of the posting editor (QTextDocument) and the HTML Lever accepts
// (lever-api-notes.md §6 "Posting HTML"), so nothing outside the whitelist ever reaches a save.
class PostingHtml
{
    Q_DECLARE_TR_FUNCTIONS(PostingHtml)

public:
    // Description, closing: div p span br b i s u a. Lists: li b i s u a.
    enum class Profile { Description, List };

    // Lever HTML for the document: one <div> (or <li>) per paragraph, with bold, italic, underline,
    // strike-through, links and Lever's font sizes; everything else (images, tables, colours...) is left out.
    static QString fromDocument(const QTextDocument &document, Profile profile);
    // `html` as the editor would give it back after loading it (stable under a second pass), so values
    // from the server and from the editor compare equal when they say the same thing.
    static QString normalize(const QString &html, Profile profile);
    // The tags in `html` that Lever would refuse for `profile`, lower case, each once.
    static QStringList refusedTags(const QString &html, Profile profile);
    // Empty when Lever would accept `html`; otherwise why not (the first refused tag or attribute).
    static QString check(const QString &html, Profile profile);
    // Plain text of the HTML, for search and for the required-text checks.
    static QString plainText(const QString &html);
    // The font sizes Lever allows in description HTML, in pixels.
    static const QList<int> &fontSizes();
};

} // namespace lever::models
