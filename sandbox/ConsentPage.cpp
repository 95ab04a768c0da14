#include "ConsentPage.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
struct Noun
{
    const char *resource;
    const char *text;
};

// Resource names as the consent page words them; marked for translation, translated when shown.
const Noun kNouns[] = {
    {"opportunities", QT_TRANSLATE_NOOP("ConsentPage", "candidates and opportunities")},
    {"postings", QT_TRANSLATE_NOOP("ConsentPage", "job postings")},
    {"stages", QT_TRANSLATE_NOOP("ConsentPage", "pipeline stages")},
    {"archive_reasons", QT_TRANSLATE_NOOP("ConsentPage", "archive reasons")},
    {"tags", QT_TRANSLATE_NOOP("ConsentPage", "tags")},
    {"sources", QT_TRANSLATE_NOOP("ConsentPage", "sources")},
    {"users", QT_TRANSLATE_NOOP("ConsentPage", "users")},
    {"interviews", QT_TRANSLATE_NOOP("ConsentPage", "interviews")},
    {"panels", QT_TRANSLATE_NOOP("ConsentPage", "interview panels")},
    {"notes", QT_TRANSLATE_NOOP("ConsentPage", "notes")},
    {"feedback", QT_TRANSLATE_NOOP("ConsentPage", "interview feedback")},
    {"feedback_templates", QT_TRANSLATE_NOOP("ConsentPage", "feedback templates")},
    {"files", QT_TRANSLATE_NOOP("ConsentPage", "files")},
    {"uploads", QT_TRANSLATE_NOOP("ConsentPage", "uploads")},
    {"requisitions", QT_TRANSLATE_NOOP("ConsentPage", "requisitions")},
    {"requisition_fields", QT_TRANSLATE_NOOP("ConsentPage", "requisition fields")},
    {"webhooks", QT_TRANSLATE_NOOP("ConsentPage", "webhooks")},
    {"offers", QT_TRANSLATE_NOOP("ConsentPage", "offers")},
    {"applications", QT_TRANSLATE_NOOP("ConsentPage", "applications")},
    {"referrals", QT_TRANSLATE_NOOP("ConsentPage", "referrals")},
    {"resumes", QT_TRANSLATE_NOOP("ConsentPage", "resumes")},
    {"contact", QT_TRANSLATE_NOOP("ConsentPage", "contacts")},
    {"audit_events", QT_TRANSLATE_NOOP("ConsentPage", "audit events")},
    {"eeo_responses", QT_TRANSLATE_NOOP("ConsentPage", "EEO responses")},
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kStyle =
    "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2230;margin:0}"
    "main{max-width:34rem;margin:3rem auto;background:#fff;border-radius:8px;padding:2rem;"
    "box-shadow:0 1px 4px rgba(0,0,0,.12)}"
    "h1{font-size:1.4rem;margin-top:0}h2{font-size:1rem;margin-top:1.5rem}"
    "select{width:100%;padding:.4rem;font-size:1rem}"
    "ul{padding-left:1.2rem}li{margin:.3rem 0}code{color:#5b6270;font-size:.85em}"
    ".actions{display:flex;gap:1rem;justify-content:flex-end;margin-top:2rem}"
    "button{font-size:1rem;padding:.5rem 1.4rem;border-radius:4px;border:1px solid #9aa0ac;background:#fff}"
    "button[value=approve]{background:#2e6be6;border-color:#2e6be6;color:#fff}"
    ".note{color:#5b6270;font-size:.9rem}";
} // namespace

QString ConsentPage::describeScope(const QString &scope)
{
    if (scope == u"offline_access"_s)
        return tr("Stay connected while you are away (refresh tokens)");
    if (scope == u"confidential:access:admin"_s)
        return tr("See confidential postings and candidates");
    if (scope == u"eeo_responses_pii:read:admin"_s)
        return tr("View EEO responses including personal details");
    const QStringList parts = scope.split(u':');
    if (parts.size() != 3 || parts.at(2) != u"admin"_s)
        return scope;
    QString noun = parts.at(0);
    noun.replace(u'_', u' ');
    for (const Noun &n : kNouns) {
        if (parts.at(0) == QLatin1StringView(n.resource)) {
            noun = tr(n.text);
            break;
        }
    }
    if (parts.at(1) == u"read"_s)
        return tr("View %1").arg(noun);
    if (parts.at(1) == u"write"_s)
        return tr("Create, change and delete %1").arg(noun);
    return scope;
}

QByteArray ConsentPage::document(const QString &title, const QString &body)
{
    //: The HTML language tag of the translated consent page.
    const QString lang = tr("en");
    const QString html =
        u"<!DOCTYPE html>\n<html lang=\""_s + esc(lang) +
        u"\">\n<head>\n<meta charset=\"utf-8\">\n"
        u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
        esc(title) + u"</title>\n<style>"_s + QString::fromLatin1(kStyle) +
        u"</style>\n</head>\n<body>\n<main>\n"_s + body + u"</main>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

QByteArray ConsentPage::render(const Content &content)
{
    QString body = u"<h1>"_s + esc(tr("Authorize %1").arg(content.clientName)) + u"</h1>\n<p>"_s +
                   esc(tr("%1 wants to access your Lever sandbox account.").arg(content.clientName)) +
                   u"</p>\n<form method=\"post\" action=\"/authorize\">\n"
                   u"<input type=\"hidden\" name=\"request_id\" value=\""_s +
                   esc(content.requestId) + u"\">\n<label for=\"user_id\">"_s + esc(tr("Sign in as")) +
                   u"</label>\n<select id=\"user_id\" name=\"user_id\">\n"_s;
    bool first = true;
    for (const QJsonObject &user : content.users) {
        const QString label =
            tr("%1 (%2) <%3>")
                .arg(user.value(u"name"_s).toString(), user.value(u"accessRole"_s).toString(),
                     user.value(u"email"_s).toString());
        body += u"<option value=\""_s + esc(user.value(u"id"_s).toString()) + u'"' +
                (first ? u" selected"_s : QString()) + u'>' + esc(label) + u"</option>\n"_s;
        first = false;
    }
    body +=
        u"</select>\n<h2>"_s + esc(tr("%1 will be able to:").arg(content.clientName)) + u"</h2>\n<ul>\n"_s;
    for (const QString &scope : content.scopes)
        body += u"<li>"_s + esc(describeScope(scope)) + u" <code>"_s + esc(scope) + u"</code></li>\n"_s;
    body += u"</ul>\n<p class=\"note\">"_s +
            esc(tr("Whatever you choose, you will be sent back to %1.").arg(content.redirectOrigin)) +
            u"</p>\n<div class=\"actions\">\n"
            u"<button type=\"submit\" name=\"decision\" value=\"deny\">"_s +
            esc(tr("Deny")) + u"</button>\n<button type=\"submit\" name=\"decision\" value=\"approve\">"_s +
            esc(tr("Approve")) + u"</button>\n</div>\n</form>\n"_s;
    return document(tr("Sign in to the Lever sandbox"), body);
}

QByteArray ConsentPage::error(const QString &title, const QString &detail)
{
    const QString body = u"<h1>"_s + esc(title) + u"</h1>\n<p>"_s + esc(detail) +
                         u"</p>\n<p class=\"note\">"_s +
                         esc(tr("Return to the application and start the sign-in again.")) + u"</p>\n"_s;
    return document(title, body);
}

} // namespace lever::sandbox
