#include "RichTextEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTextDocument>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::PostingHtml;

namespace lever::ui {

LeverTextEdit::LeverTextEdit(PostingHtml::Profile profile, QWidget *parent)
    : QTextEdit(parent)
    , m_profile(profile)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
}

bool LeverTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void LeverTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasHtml()) {
        insertPlainText(source->text());
        return;
    }
    const QString html = source->html();
    // What a clipboard wraps around a fragment is not content.
    static const QStringList wrappers = {u"html"_s,  u"head"_s,  u"body"_s, u"meta"_s,
                                         u"title"_s, u"style"_s, u"ul"_s,   u"ol"_s};
    QStringList dropped;
    const QStringList refused = PostingHtml::refusedTags(html, m_profile);
    for (const QString &tag : refused) {
        if (!wrappers.contains(tag))
            dropped.append(u'<' + tag + u'>');
    }
    QTextDocument scratch;
    scratch.setHtml(html);
    const QString clean = PostingHtml::fromDocument(scratch, m_profile);
    if (m_profile == PostingHtml::Profile::List)
        insertHtml(u"<ul>"_s + clean + u"</ul>"_s);
    else
        insertHtml(clean);
    if (!dropped.isEmpty())
        Q_EMIT cleaned(tr("Removed what Lever does not accept in postings: %1. The text was kept.")
                           .arg(dropped.join(u", "_s)));
}

RichTextEdit::RichTextEdit(PostingHtml::Profile profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_edit(new LeverTextEdit(profile, this))
    , m_notice(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    m_bold = formatButton(u"boldButton"_s, tr("B"), tr("Bold"));
    m_italic = formatButton(u"italicButton"_s, tr("I"), tr("Italic"));
    m_underline = formatButton(u"underlineButton"_s, tr("U"), tr("Underline"));
    m_strike = formatButton(u"strikeButton"_s, tr("S"), tr("Strike through"));
    QFont f = m_bold->font();
    f.setBold(true);
    m_bold->setFont(f);
    f = m_italic->font();
    f.setItalic(true);
    m_italic->setFont(f);
    f = m_underline->font();
    f.setUnderline(true);
    m_underline->setFont(f);
    f = m_strike->font();
    f.setStrikeOut(true);
    m_strike->setFont(f);
    for (QToolButton *b : {m_bold, m_italic, m_underline, m_strike})
        bar->addWidget(b);
    connect(m_bold, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_edit->mergeCurrentCharFormat(fmt);
    });
    connect(m_italic, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontItalic(on);
        m_edit->mergeCurrentCharFormat(fmt);
    });
    connect(m_underline, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontUnderline(on);
        m_edit->mergeCurrentCharFormat(fmt);
    });
    connect(m_strike, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat fmt;
        fmt.setFontStrikeOut(on);
        m_edit->mergeCurrentCharFormat(fmt);
    });
    if (profile == PostingHtml::Profile::Description) {
        m_size = new QComboBox(this);
        m_size->setObjectName(u"fontSizeCombo"_s);
        m_size->setAccessibleName(tr("Font size"));
        m_size->addItem(tr("Normal size"), 0);
        for (int px : PostingHtml::fontSizes())
            m_size->addItem(tr("%1 px").arg(px), px);
        bar->addWidget(m_size);
        connect(m_size, &QComboBox::activated, this, [this](int i) {
            QTextCharFormat fmt;
            const int px = m_size->itemData(i).toInt();
            if (px > 0) {
                fmt.setProperty(QTextFormat::FontPixelSize, px);
                m_edit->mergeCurrentCharFormat(fmt);
            } else {
                QTextCursor c = m_edit->textCursor();
                QTextCharFormat current = c.charFormat();
                current.clearProperty(QTextFormat::FontPixelSize);
                current.clearProperty(QTextFormat::FontPointSize);
                c.setCharFormat(current);
                m_edit->setTextCursor(c);
            }
            m_edit->setFocus();
        });
    }
    m_link = new QLineEdit(this);
    m_link->setObjectName(u"linkEdit"_s);
    m_link->setAccessibleName(tr("Link address"));
    m_link->setPlaceholderText(tr("https://… (select text, then Link)"));
    auto *linkButton = formatButton(u"linkButton"_s, tr("Link"), tr("Make the selected text a link"));
    linkButton->setCheckable(false);
    connect(linkButton, &QToolButton::clicked, this, &RichTextEdit::applyLink);
    connect(m_link, &QLineEdit::returnPressed, this, &RichTextEdit::applyLink);
    bar->addSpacing(8);
    bar->addWidget(m_link, 1);
    bar->addWidget(linkButton);
    layout->addLayout(bar);
    layout->addWidget(m_edit, 1);
    m_notice->setObjectName(u"cleanNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: palette(link);"_s);
    m_notice->hide();
    layout->addWidget(m_notice);
    setFocusProxy(m_edit);

    connect(m_edit, &QTextEdit::textChanged, this, &RichTextEdit::changed);
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEdit::syncButtons);
    connect(m_edit, &LeverTextEdit::cleaned, this, [this](const QString &message) {
        m_notice->setText(message);
        m_notice->show();
    });
}

QToolButton *RichTextEdit::formatButton(const QString &name, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(this);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

void RichTextEdit::syncButtons()
{
    const QTextCharFormat f = m_edit->currentCharFormat();
    const QSignalBlocker b1(m_bold), b2(m_italic), b3(m_underline), b4(m_strike);
    m_bold->setChecked(f.fontWeight() > QFont::Medium);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    m_strike->setChecked(f.fontStrikeOut());
    if (m_size) {
        const int px =
            f.hasProperty(QTextFormat::FontPixelSize) ? f.intProperty(QTextFormat::FontPixelSize) : 0;
        const QSignalBlocker b5(m_size);
        m_size->setCurrentIndex(qMax(0, m_size->findData(px)));
    }
}

void RichTextEdit::applyLink()
{
    const QString url = m_link->text().trimmed();
    const QString lower = url.toLower();
    QTextCursor c = m_edit->textCursor();
    if (!c.hasSelection())
        return;
    if (!url.isEmpty() && !lower.startsWith(u"http://"_s) && !lower.startsWith(u"https://"_s) &&
        !lower.startsWith(u"mailto:"_s)) {
        m_notice->setText(tr("Lever accepts only http, https and mailto links."));
        m_notice->show();
        return;
    }
    QTextCharFormat fmt;
    fmt.setAnchor(!url.isEmpty());
    fmt.setAnchorHref(url);
    fmt.setFontUnderline(!url.isEmpty());
    fmt.setForeground(url.isEmpty() ? palette().text() : palette().link());
    c.mergeCharFormat(fmt);
    m_link->clear();
}

QString RichTextEdit::html() const
{
    return PostingHtml::fromDocument(*m_edit->document(), m_profile);
}

void RichTextEdit::setHtml(const QString &html)
{
    m_notice->hide();
    if (m_profile == PostingHtml::Profile::List) {
        // Every paragraph is one bullet; an empty field starts as a bullet list too.
        m_edit->setHtml(u"<ul>"_s + html + u"</ul>"_s);
        if (html.isEmpty()) {
            m_edit->clear();
            QTextCursor(m_edit->document()).insertList(QTextListFormat::ListDisc);
        }
    } else {
        m_edit->setHtml(html);
    }
}

QString RichTextEdit::notice() const
{
    return m_notice->isVisible() || !m_notice->text().isEmpty() ? m_notice->text() : QString();
}

} // namespace lever::ui
