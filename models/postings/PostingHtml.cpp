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
    return lower.startsWith(u"http://"_s) || lower.startsWith(u"https://"_s) || lower.startsWith(u"mailto:"_s);
}

QString inlineHtml(const QTextFragment &fragment, PostingHtml::Profile profile)
{
    const QTextCharFormat f = fragment.charFormat();
    QString text = fragment.text();
    // Images and other embedded objects have no place in Lever HTML.
    text.remove(QChar::ObjectReplacementCharacter);
    if (text.isEmpty())
        return {};
    QString out;
    const QStringList lines = text.split(QChar::LineSeparator);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += profile == PostingHtml::Profile::List ? u" "_s : u"<br>"_s;
        out += lines.at(i).toHtmlEscaped();
    }
    if (f.fontStrikeOut())
        out = u"<s>"_s + out + u"</s>"_s;
    if (f.fontUnderline() && !f.isAnchor())
        out = u"<u>"_s + out + u"</u>"_s;
    if (f.fontItalic())
        out = u"<i>"_s + out + u"</i>"_s;
    if (f.fontWeight() > QFont::Medium)
        out = u"<b>"_s + out + u"</b>"_s;
    if (profile == PostingHtml::Profile::Description && f.hasProperty(QTextFormat::FontPixelSize)) {
        const int px = f.intProperty(QTextFormat::FontPixelSize);
        if (PostingHtml::fontSizes().contains(px))
            out = u"<span style=\"font-size: "_s + QString::number(px) + u"px\">"_s + out + u"</span>"_s;
    }
    const QString href = f.anchorHref();
    if (f.isAnchor() && !href.isEmpty() && safeHref(href))
        out = u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s + out + u"</a>"_s;
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
        QString inner;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid())
                inner += inlineHtml(it.fragment(), profile);
        }
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
