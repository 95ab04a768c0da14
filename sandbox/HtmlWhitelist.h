#pragma once

#include <QString>

namespace lever::sandbox {

// Checks posting HTML against the whitelist Lever accepts (lever-api-notes.md §6 "Posting HTML") and
// derives the plain text Lever answers beside it.
class HtmlWhitelist
{
public:
    // Description, closing and salary description: div p span br b i s u a. Lists: li b i s u a.
    // Attributes everywhere: class (only "postings-link"), style (only font-size 10/14/18/24/32px) and, on
    // <a>, href (http, https or mailto).
    enum class Profile { Description, List };

    // Validates the fragment `html` and returns its plain text (blocks and <br> become line breaks).
    // Throws 400 "<field>: ..." naming the refused tag or attribute, or saying why the markup is malformed
    // (unterminated tag, unclosed or mismatched element, comment...).
    static QString plainText(const QString &html, Profile profile, const QString &field);
    // The HTML Lever would store for plain text: one <div> per line, escaped.
    static QString fromPlainText(const QString &text);
};

} // namespace lever::sandbox
