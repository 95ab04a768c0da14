#include "CommandLine.h"

#include "AccountStore.h"
#include "Client.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace lever::app {

CommandLine CommandLine::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lever Console: a desktop recruiting console for the Lever Data API.\n\n"
           "With --base-url, the API key is read from the LEVER_API_KEY environment variable and kept in "
           "memory only."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Shows this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Shows the version."));
    const QCommandLineOption demo(u"demo"_s, tr("Starts the built-in demo sandbox and signs in to it."));
    const QCommandLineOption account(u"account"_s, tr("Opens the saved account called NAME."), tr("NAME"));
    const QCommandLineOption baseUrl(
        u"base-url"_s,
        tr("Signs in to the Lever API at URL with the key in LEVER_API_KEY, for this "
           "session only."),
        tr("URL"));
    parser.addOptions({help, version, demo, account, baseUrl});

    CommandLine out;
    auto fail = [&out](const QString &message) {
        out.action = Action::Error;
        out.error = message;
        return out;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        out.action = Action::Help;
        out.text = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.action = Action::Version;
        out.text = u"lever-console "_s + QStringLiteral(LEVER_VERSION) + u'\n';
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    out.demo = parser.isSet(demo);
    out.accountName = parser.value(account).trimmed();
    if (parser.isSet(account) && out.accountName.isEmpty())
        return fail(tr("--account needs the name of a saved account."));
    const int modes = int(out.demo) + int(parser.isSet(account)) + int(parser.isSet(baseUrl));
    if (modes > 1)
        return fail(tr("Choose one of --demo, --account and --base-url."));
    if (parser.isSet(baseUrl)) {
        const QString raw = parser.value(baseUrl).trimmed();
        out.baseUrl = QUrl(raw, QUrl::StrictMode);
        if (raw.isEmpty() || !out.baseUrl.isValid() || out.baseUrl.host().isEmpty())
            return fail(
                tr("--base-url needs an address such as https://api.lever.co/v1, not “%1”.").arg(raw));
        const QString insecure = api::Client::checkBaseUrl(out.baseUrl);
        if (!insecure.isEmpty())
            return fail(tr("--base-url %1: %2").arg(raw, insecure));
        out.apiKey = environment.value(u"LEVER_API_KEY"_s).trimmed();
        if (out.apiKey.isEmpty())
            return fail(tr("--base-url needs an API key in the LEVER_API_KEY environment variable."));
    }
    return out;
}

QString CommandLine::checkAccounts(const auth::AccountStore &accounts) const
{
    if (accountName.isEmpty() || accounts.findByName(accountName))
        return {};
    QStringList names;
    const QList<auth::Account> list = accounts.list();
    for (const auth::Account &a : list)
        names.append(a.name);
    return names.isEmpty()
               ? tr("There is no saved account called “%1”: no accounts are saved yet.").arg(accountName)
               : tr("There is no saved account called “%1”. Saved accounts: %2.")
                     .arg(accountName, names.join(u", "_s));
}

} // namespace lever::app
