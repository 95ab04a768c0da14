#include "HtmlWhitelist.h"

#include "SandboxError.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kDescriptionTags = {u"div"_s, u"p"_s, u"span"_s, u"br"_s, u"b"_s,
                                      u"i"_s,   u"s"_s, u"u"_s,    u"a"_s};
const QStringList kListTags = {u"li"_s, u"b"_s, u"i"_s, u"s"_s, u"u"_s, u"a"_s};
const QStringList kAttributes = {u"class"_s, u"href"_s, u"style"_s};
const QStringList kFontSizes = {u"10px"_s, u"14px"_s, u"18px"_s, u"24px"_s, u"32px"_s};

bool isBlock(const QString &tag)
{
    return tag == u"div"_s || tag == u"p"_s || tag == u"li"_s;
}

// Elements whose end tag HTML lets authors omit: a new sibling or the parent's end closes them.
bool endTagOptional(const QString &tag)
{
    return tag == u"p"_s || tag == u"li"_s;
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QString decodeEntities(QStringView raw)
{
    static const QList<QPair<QString, QString>> named = {
        {u"amp"_s, u"&"_s},   {u"lt"_s, u"<"_s},   {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s}, {u"apos"_s, u"'"_s}, {u"nbsp"_s, QString(QChar(0xA0))}};
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        const qsizetype semi = c == u'&' ? raw.indexOf(u';', i + 1) : -1;
        if (semi < 0 || semi - i > 10) {
            out.append(c);
            continue;
        }
        const QStringView name = raw.sliced(i + 1, semi - i - 1);
        QString decoded;
        if (name.startsWith(u'#') && name.size() > 1) {
            bool ok = false;
            const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
            const uint code = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                const char32_t ucs4 = code;
                decoded = QString::fromUcs4(&ucs4, 1);
            }
        } else {
            for (const auto &[entity, text] : named) {
                if (name == entity)
                    decoded = text;
            }
        }
        if (decoded.isEmpty()) {
            out.append(c); // not an entity we know: literal text, as browsers show it
            continue;
        }
        out.append(decoded);
        i = semi;
    }
    return out;
}

// One pass over the fragment: a tokenizer and an open-element stack, no recursion.
class Checker
{
public:
    Checker(const QString &html, HtmlWhitelist::Profile profile, const QString &field)
        : m_html(html)
        , m_tags(profile == HtmlWhitelist::Profile::List ? kListTags : kDescriptionTags)
        , m_field(field)
    {}

    QString run()
    {
        while (m_pos < m_html.size()) {
            const QChar next = m_pos + 1 < m_html.size() ? m_html.at(m_pos + 1) : QChar();
            if (m_html.at(m_pos) != u'<') {
                qsizetype end = m_html.indexOf(u'<', m_pos + 1);
                if (end < 0)
                    end = m_html.size();
                appendText(QStringView(m_html).sliced(m_pos, end - m_pos));
                m_pos = end;
            } else if (isNameChar(next)) {
                startTag();
            } else if (next == u'/') {
                endTag();
            } else if (next == u'!' || next == u'?') {
                fail(u"comments, doctypes and processing instructions are not allowed"_s);
            } else {
                appendText(u"<");
                ++m_pos;
            }
        }
        while (!m_stack.isEmpty() && endTagOptional(m_stack.last()))
            close();
        if (!m_stack.isEmpty())
            fail(u"<"_s + m_stack.last() + u"> is never closed"_s);
        return finish();
    }

private:
    [[noreturn]] void fail(const QString &why) const
    {
        throw SandboxError::badRequest(m_field + u": "_s + why);
    }

    QString readName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_html.size() && isNameChar(m_html.at(m_pos)))
            ++m_pos;
        return m_html.sliced(start, m_pos - start).toLower();
    }

    void skipSpace()
    {
        while (m_pos < m_html.size() && m_html.at(m_pos).isSpace())
            ++m_pos;
    }

    void requireTag(const QString &tag) const
    {
        if (!m_tags.contains(tag))
            fail(u"tag <"_s + tag + u"> is not allowed; allowed tags: "_s + m_tags.join(u", "_s));
    }

    void startTag()
    {
        ++m_pos;
        const QString tag = readName();
        requireTag(tag);
        QStringList seen;
        bool selfClosing = false;
        for (;;) {
            skipSpace();
            if (m_pos >= m_html.size())
                fail(u"unterminated tag <"_s + tag + u'>');
            if (m_html.at(m_pos) == u'>') {
                ++m_pos;
                break;
            }
            if (QStringView(m_html).sliced(m_pos).startsWith(u"/>")) {
                m_pos += 2;
                selfClosing = true;
                break;
            }
            const auto [name, value] = readAttribute(tag);
            if (seen.contains(name))
                fail(u"attribute "_s + name + u" appears twice on <"_s + tag + u'>');
            seen.append(name);
            checkAttribute(tag, name, value);
        }
        if (tag == u"br"_s) {
            m_text.append(u'\n');
            return;
        }
        if (m_stack.size() > 0 && endTagOptional(tag) && m_stack.last() == tag)
            close();
        if (isBlock(tag))
            lineBreak();
        if (selfClosing) {
            if (isBlock(tag))
                lineBreak();
            return;
        }
        m_stack.append(tag);
    }

    QPair<QString, QString> readAttribute(const QString &tag)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_html.size()) {
            const QChar c = m_html.at(m_pos);
            if (c.isSpace() || c == u'=' || c == u'>' || c == u'/' || c == u'"' || c == u'\'' || c == u'<')
                break;
            ++m_pos;
        }
        const QString name = m_html.sliced(start, m_pos - start).toLower();
        if (name.isEmpty())
            fail(u"malformed attribute in <"_s + tag + u'>');
        skipSpace();
        if (m_pos >= m_html.size() || m_html.at(m_pos) != u'=')
            return {name, QString()};
        ++m_pos;
        skipSpace();
        if (m_pos >= m_html.size())
            fail(u"unterminated tag <"_s + tag + u'>');
        const QChar quote = m_html.at(m_pos);
        QStringView raw;
        if (quote == u'"' || quote == u'\'') {
            const qsizetype end = m_html.indexOf(quote, m_pos + 1);
            if (end < 0)
                fail(u"unterminated attribute value in <"_s + tag + u'>');
            raw = QStringView(m_html).sliced(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
        } else {
            const qsizetype valueStart = m_pos;
            while (m_pos < m_html.size() && !m_html.at(m_pos).isSpace() && m_html.at(m_pos) != u'>') {
                const QChar c = m_html.at(m_pos);
                if (c == u'"' || c == u'\'' || c == u'<' || c == u'=' || c == u'`')
                    fail(u"malformed attribute value in <"_s + tag + u'>');
                ++m_pos;
            }
            raw = QStringView(m_html).sliced(valueStart, m_pos - valueStart);
        }
        return {name, decodeEntities(raw)};
    }

    void checkAttribute(const QString &tag, const QString &name, const QString &value) const
    {
        if (!kAttributes.contains(name))
            fail(u"attribute "_s + name + u" on <"_s + tag + u"> is not allowed; allowed attributes: "_s +
                 kAttributes.join(u", "_s));
        if (name == u"class"_s) {
            static const QRegularExpression space(u"\\s+"_s);
            const QStringList classes = value.split(space, Qt::SkipEmptyParts);
            for (const QString &cls : classes) {
                if (cls != u"postings-link"_s)
                    fail(u"class \""_s + cls +
                         u"\" is not allowed; the only allowed class is postings-link"_s);
            }
        } else if (name == u"style"_s) {
            const QStringList declarations = value.split(u';');
            for (const QString &declaration : declarations) {
                if (declaration.trimmed().isEmpty())
                    continue;
                const qsizetype colon = declaration.indexOf(u':');
                const QString property = declaration.left(colon).trimmed().toLower();
                if (colon < 0 || property != u"font-size"_s)
                    fail(u"style \""_s + declaration.trimmed() +
                         u"\" is not allowed; style may only set font-size"_s);
                if (!kFontSizes.contains(declaration.mid(colon + 1).trimmed().toLower()))
                    fail(u"font-size must be one of "_s + kFontSizes.join(u", "_s));
            }
        } else {
            if (tag != u"a"_s)
                fail(u"attribute href is only allowed on <a>, not on <"_s + tag + u'>');
            const QUrl url(value.trimmed(), QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            const bool web = (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
            const bool mail = scheme == u"mailto"_s && !url.path().isEmpty();
            if (!url.isValid() || !(web || mail))
                fail(u"href \""_s + value + u"\" is not allowed; links must be http, https or mailto URLs"_s);
        }
    }

    void endTag()
    {
        m_pos += 2;
        const QString tag = readName();
        if (tag.isEmpty())
            fail(u"malformed end tag"_s);
        requireTag(tag);
        skipSpace();
        if (m_pos >= m_html.size() || m_html.at(m_pos) != u'>')
            fail(u"unterminated end tag </"_s + tag + u'>');
        ++m_pos;
        if (tag == u"br"_s) { // browsers read </br> as <br>
            m_text.append(u'\n');
            return;
        }
        while (!m_stack.isEmpty() && m_stack.last() != tag && endTagOptional(m_stack.last()))
            close();
        if (m_stack.isEmpty())
            fail(u"</"_s + tag + u"> closes an element that is not open"_s);
        if (m_stack.last() != tag)
            fail(u"</"_s + tag + u"> does not match the open <"_s + m_stack.last() + u'>');
        close();
    }

    void close()
    {
        if (isBlock(m_stack.takeLast()))
            lineBreak();
    }

    void lineBreak()
    {
        if (!m_text.isEmpty() && !m_text.endsWith(u'\n'))
            m_text.append(u'\n');
    }

    void appendText(QStringView raw)
    {
        // HTML collapses white space runs in text into one space.
        const QString decoded = decodeEntities(raw);
        for (const QChar c : decoded) {
            if (c.isSpace() && c != QChar(0xA0)) {
                if (!m_text.isEmpty() && !m_text.endsWith(u' ') && !m_text.endsWith(u'\n'))
                    m_text.append(u' ');
            } else {
                m_text.append(c);
            }
        }
    }

    QString finish() const
    {
        QStringList lines = m_text.split(u'\n');
        for (QString &line : lines)
            line = line.trimmed();
        QString out = lines.join(u'\n');
        static const QRegularExpression blankRuns(u"\n{3,}"_s);
        out.replace(blankRuns, u"\n\n"_s);
        return out.trimmed();
    }

    const QString &m_html;
    const QStringList &m_tags;
    QString m_field;
    qsizetype m_pos = 0;
    QStringList m_stack;
    QString m_text;
};
} // namespace

QString HtmlWhitelist::plainText(const QString &html, Profile profile, const QString &field)
{
    return Checker(html, profile, field).run();
}

QString HtmlWhitelist::fromPlainText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    QString out;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        out += line.trimmed().isEmpty() ? u"<div><br></div>"_s
                                        : QString(u"<div>"_s + line.toHtmlEscaped() + u"</div>"_s);
    return out;
}

} // namespace lever::sandbox
