#include "PostingHtml.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFragment>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {

QStringList allowedTags(PostingHtml::Profile profile)
{
    if (profile == PostingHtml::Profile::List)
        return {u"li"_s, u"b"_s, u"i"_s, u"s"_s, u"u"_s, u"a"_s};
    return {u"div"_s, u"p"_s, u"span"_s, u"br"_s, u"b"_s, u"i"_s, u"s"_s, u"u"_s, u"a"_s};
}

bool safeHref(const QString &href)
{
    const QString lower = href.trimmed().toLower();
    return lower.startsWith(u"http://"_s) || lower.startsWith(u"https://"_s) ||
           lower.startsWith(u"mailto:"_s);
}

// The part of a character format Lever can express; runs with the same one are written as one element.
struct LeverFormat
{
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strike = false;
    int pixelSize = 0;
    QString href;

    bool operator==(const LeverFormat &o) const
    {
        return bold == o.bold && italic == o.italic && underline == o.underline && strike == o.strike &&
               pixelSize == o.pixelSize && href == o.href;
    }
};

LeverFormat leverFormat(const QTextCharFormat &f, PostingHtml::Profile profile)
{
    LeverFormat l;
    l.bold = f.fontWeight() > QFont::Medium;
    l.italic = f.fontItalic();
    l.strike = f.fontStrikeOut();
    const QString href = f.anchorHref();
    if (f.isAnchor() && !href.isEmpty() && safeHref(href))
        l.href = href;
    l.underline = f.fontUnderline() && !f.isAnchor();
    if (profile == PostingHtml::Profile::Description && f.hasProperty(QTextFormat::FontPixelSize)) {
        const int px = f.intProperty(QTextFormat::FontPixelSize);
        if (PostingHtml::fontSizes().contains(px))
            l.pixelSize = px;
    }
    return l;
}

QString wrap(const QString &text, const LeverFormat &f, PostingHtml::Profile profile)
{
    QString out;
    const QStringList lines = text.split(QChar::LineSeparator);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += profile == PostingHtml::Profile::List ? u" "_s : u"<br>"_s;
        out += lines.at(i).toHtmlEscaped();
    }
    if (f.strike)
        out = u"<s>"_s + out + u"</s>"_s;
    if (f.underline)
        out = u"<u>"_s + out + u"</u>"_s;
    if (f.italic)
        out = u"<i>"_s + out + u"</i>"_s;
    if (f.bold)
        out = u"<b>"_s + out + u"</b>"_s;
    if (f.pixelSize)
        out = u"<span style=\"font-size: "_s + QString::number(f.pixelSize) + u"px\">"_s + out + u"</span>"_s;
    if (!f.href.isEmpty())
        out = u"<a href=\""_s + f.href.toHtmlEscaped() + u"\">"_s + out + u"</a>"_s;
    return out;
}

QString blockHtml(const QTextBlock &block, PostingHtml::Profile profile)
{
    QString out;
    QString run;
    LeverFormat runFormat;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        QString text = fragment.text();
        // Images and other embedded objects have no place in Lever HTML.
        text.remove(QChar::ObjectReplacementCharacter);
        if (text.isEmpty())
            continue;
        const LeverFormat f = leverFormat(fragment.charFormat(), profile);
        if (!run.isEmpty() && !(f == runFormat)) {
            out += wrap(run, runFormat, profile);
            run.clear();
        }
        runFormat = f;
        run += text;
    }
    if (!run.isEmpty())
        out += wrap(run, runFormat, profile);
    return out;
}

} // namespace

const QList<int> &PostingHtml::fontSizes()
{
    static const QList<int> sizes = {10, 14, 18, 24, 32};
    return sizes;
}

QString PostingHtml::fromDocument(const QTextDocument &document, Profile profile)
{
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString inner = blockHtml(block, profile);
        if (profile == Profile::List) {
            if (!inner.trimmed().isEmpty())
                blocks.append(u"<li>"_s + inner + u"</li>"_s);
        } else {
            blocks.append(u"<div>"_s + (inner.isEmpty() ? u"<br>"_s : inner) + u"</div>"_s);
        }
    }
    // Trailing empty paragraphs are an artefact of editing, not content.
    while (!blocks.isEmpty() && blocks.constLast() == u"<div><br></div>"_s)
        blocks.removeLast();
    return blocks.join(QString());
}

QString PostingHtml::normalize(const QString &html, Profile profile)
{
    if (html.trimmed().isEmpty())
        return {};
    QTextDocument document;
    document.setHtml(profile == Profile::List ? u"<ul>"_s + html + u"</ul>"_s : html);
    return fromDocument(document, profile);
}

QStringList PostingHtml::refusedTags(const QString &html, Profile profile)
{
    static const QRegularExpression tag(u"<\\s*/?\\s*([A-Za-z][A-Za-z0-9:-]*)"_s);
    const QStringList allowed = allowedTags(profile);
    QStringList out;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(1).toLower();
        if (!allowed.contains(name) && !out.contains(name))
            out.append(name);
    }
    return out;
}

QString PostingHtml::check(const QString &html, Profile profile)
{
    const QStringList refused = refusedTags(html, profile);
    if (!refused.isEmpty())
        return tr("Lever does not accept the tag <%1> here").arg(refused.first());
    if (html.contains(u"<!--"_s))
        return tr("Lever does not accept HTML comments");
    static const QRegularExpression attribute(u"\\s([A-Za-z-]+)\\s*=\\s*\"([^\"]*)\""_s);
    for (auto it = attribute.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        const QString value = m.captured(2);
        if (name == u"href"_s && !safeHref(value))
            return tr("Links must be http, https or mailto addresses, not \"%1\"").arg(value);
        if (name == u"class"_s && value != u"postings-link"_s)
            return tr("Lever does not accept the class \"%1\"").arg(value);
        if (name != u"href"_s && name != u"class"_s && name != u"style"_s)
            return tr("Lever does not accept the attribute %1").arg(name);
    }
    return {};
}

QString PostingHtml::plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

} // namespace lever::models
