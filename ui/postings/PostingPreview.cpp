#include "PostingPreview.h"

#include "postings/PostingRules.h"

#include <QLocale>
#include <QScrollBar>

using namespace Qt::StringLiterals;
using lever::models::PostingForm;
using lever::models::PostingRules;

namespace lever::ui {

PostingPreview::PostingPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false); // a preview, not a browser: links are shown, not followed
    document()->setDocumentMargin(18);
}

void PostingPreview::showForm(const PostingForm &form)
{
    // Keep the reader's place while the text under it changes.
    const int scroll = verticalScrollBar()->value();
    setHtml(html(form));
    verticalScrollBar()->setValue(scroll);
}

QString PostingPreview::html(const PostingForm &form)
{
    QString out;
    const QString title = form.string(u"text"_s).trimmed();
    out += u"<h1 style=\"margin-bottom: 4px\">"_s +
           (title.isEmpty() ? tr("Untitled posting") : title).toHtmlEscaped() + u"</h1>"_s;
    QStringList meta;
    for (const QString &key : {u"location"_s, u"team"_s, u"department"_s, u"commitment"_s}) {
        const QString v = form.string(key).trimmed();
        if (!v.isEmpty())
            meta.append(v.toHtmlEscaped());
    }
    const QString workplace = form.string(u"workplaceType"_s);
    if (!workplace.isEmpty() && workplace != u"unspecified"_s)
        meta.append(PostingRules::workplaceLabel(workplace).toHtmlEscaped());
    if (!meta.isEmpty())
        out += u"<p style=\"color: #6b7280; font-size: 13px; text-transform: uppercase\">"_s +
               meta.join(u" &nbsp;/&nbsp; "_s) + u"</p>"_s;
    out += u"<div style=\"margin-top: 12px\">"_s + form.string(u"descriptionHtml"_s) + u"</div>"_s;
    const auto lists = form.lists();
    for (const auto &l : lists) {
        out += u"<h3 style=\"margin-top: 18px\">"_s + l.text.toHtmlEscaped() + u"</h3>"_s;
        out += u"<ul>"_s + l.content + u"</ul>"_s;
    }
    const QString closing = form.string(u"closingHtml"_s);
    if (!closing.isEmpty())
        out += u"<div style=\"margin-top: 12px\">"_s + closing + u"</div>"_s;
    const QString min = form.string(u"salaryMin"_s).trimmed();
    const QString max = form.string(u"salaryMax"_s).trimmed();
    const QString currency = form.string(u"salaryCurrency"_s).trimmed();
    if (!min.isEmpty() && !max.isEmpty() && !currency.isEmpty()) {
        const QLocale locale;
        auto amount = [&locale](const QString &n) -> QString {
            return locale.toString(n.toDouble(), 'f', 0);
        };
        const QString range = min == max ? tr("%1 %2").arg(currency, amount(min))
                                         : tr("%1 %2 – %3").arg(currency, amount(min), amount(max));
        out += u"<h3 style=\"margin-top: 18px\">"_s + tr("Pay").toHtmlEscaped() + u"</h3><p>"_s +
               range.toHtmlEscaped() + u" "_s +
               PostingRules::intervalLabel(form.string(u"salaryInterval"_s)).toHtmlEscaped() + u"</p>"_s;
    }
    out += u"<p style=\"margin-top: 24px\"><span style=\"background-color: #2563eb; color: white; "
           u"font-weight: bold\">&nbsp;&nbsp;"_s +
           tr("Apply for this job").toHtmlEscaped() + u"&nbsp;&nbsp;</span></p>"_s;
    return out;
}

} // namespace lever::ui
