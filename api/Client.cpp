#include "Client.h"

#include "Logging.h"
#include "PagerCore.h"
#include "resources/ApplicationResource.h"
#include "resources/AuditEventResource.h"
#include "resources/CatalogResource.h"
#include "resources/ContactResource.h"
#include "resources/EeoResource.h"
#include "resources/FeedbackResource.h"
#include "resources/FileResource.h"
#include "resources/InterviewResource.h"
#include "resources/NoteResource.h"
#include "resources/OfferResource.h"
#include "resources/OpportunityResource.h"
#include "resources/PanelResource.h"
#include "resources/PostingResource.h"
#include "resources/ReferralResource.h"
#include "resources/RequisitionResource.h"
#include "resources/UserResource.h"
#include "resources/WebhookResource.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
// Jobs and pagers are owned through shared pointers (by the Client while outstanding, and by the
// handles callers keep); the last owner may let go inside one of the object's own signals.
template <class T> std::shared_ptr<T> makeShared(T *object)
{
    return std::shared_ptr<T>(object, [](T *o) { o->deleteLater(); });
}
} // namespace

Client::Client(const QUrl &baseUrl, std::shared_ptr<Credentials> credentials, QObject *parent)
    : Client(baseUrl, std::move(credentials), Options(), parent)
{}

Client::Client(const QUrl &baseUrl, std::shared_ptr<Credentials> credentials, const Options &options,
               QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl.adjusted(QUrl::StripTrailingSlash))
    , m_credentials(std::move(credentials))
    , m_options(options)
{
    m_configurationError = checkBaseUrl(baseUrl);
    if (!m_credentials)
        m_configurationError = u"No credentials were given for this Lever account"_s;
    m_baseEncoded = m_baseUrl.toEncoded();
    m_network = new QNetworkAccessManager(this);
    if (m_credentials) {
        m_pacer = Pacer::forCredential(m_credentials->bucketKey(), m_options.pacer);
        connect(m_credentials.get(), &Credentials::reauthenticationRequired, this,
                &Client::reauthenticationRequired);
    } else {
        m_pacer = std::make_shared<Pacer>(m_options.pacer);
    }
    if (!m_configurationError.isEmpty())
        qCWarning(lcApi).noquote() << m_configurationError;
}

Client::~Client()
{
    // Pagers first: they withdraw their own page requests.
    const auto outstanding = m_jobs;
    for (const auto &object : outstanding) {
        if (auto *pager = qobject_cast<PagerCore *>(object.get()))
            pager->cancel();
    }
    for (const auto &object : outstanding) {
        if (auto *job = qobject_cast<Job *>(object.get()))
            job->cancel();
    }
    m_jobs.clear();
}

void Client::noteReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    qCInfo(lcApi) << (reachable ? "Lever answers again" : "Lever cannot be reached");
    Q_EMIT reachabilityChanged(reachable);
}

QString Client::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return u"The Lever address \"%1\" is not a valid URL"_s.arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme != u"http"_s)
        return u"The Lever address must start with https:// (got %1://)"_s.arg(scheme);
    const QString host = url.host().toLower();
    const QHostAddress address(host);
    if (host == u"localhost"_s || (!address.isNull() && address.isLoopback()))
        return {};
    return u"Refusing to send Lever credentials unencrypted to %1: use https://, or http:// only for a local "
           u"sandbox (127.0.0.1, ::1 or localhost)"_s.arg(url.host());
}

QString Client::segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrl Client::urlFor(const QString &path, const QByteArray &query) const
{
    QByteArray encoded = m_baseEncoded + path.toUtf8();
    if (!query.isEmpty())
        encoded += '?' + query;
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

std::shared_ptr<Job> Client::createJob(RequestSpec spec, Job::Parser parser)
{
    auto job = makeShared(new Job(this, std::move(spec), std::move(parser)));
    Job *raw = job.get();
    m_jobs.insert(raw, job);
    connect(raw, &Job::finished, this, [this, raw] { m_jobs.remove(raw); });
    QTimer::singleShot(0, raw, &Job::start);
    return job;
}

std::shared_ptr<PagerCore> Client::createPager(const QString &path, const QByteArray &query,
                                               Job::Parser pageParser, Priority priority, int limit)
{
    auto pager = makeShared(new PagerCore(this, path, query, std::move(pageParser), priority, limit));
    PagerCore *raw = pager.get();
    m_jobs.insert(raw, pager);
    connect(raw, &PagerCore::finished, this, [this, raw] { m_jobs.remove(raw); });
    QTimer::singleShot(0, raw, &PagerCore::start);
    return pager;
}

OpportunityResource Client::opportunities()
{
    return OpportunityResource(*this);
}
ApplicationResource Client::applications()
{
    return ApplicationResource(*this);
}
ContactResource Client::contacts()
{
    return ContactResource(*this);
}
PostingResource Client::postings()
{
    return PostingResource(*this);
}
RequisitionResource Client::requisitions()
{
    return RequisitionResource(*this);
}
UserResource Client::users()
{
    return UserResource(*this);
}
CatalogResource Client::catalog()
{
    return CatalogResource(*this);
}
PanelResource Client::panels()
{
    return PanelResource(*this);
}
InterviewResource Client::interviews()
{
    return InterviewResource(*this);
}
FeedbackResource Client::feedback()
{
    return FeedbackResource(*this);
}
NoteResource Client::notes()
{
    return NoteResource(*this);
}
FileResource Client::files()
{
    return FileResource(*this);
}
OfferResource Client::offers()
{
    return OfferResource(*this);
}
ReferralResource Client::referrals()
{
    return ReferralResource(*this);
}
EeoResource Client::eeo()
{
    return EeoResource(*this);
}
AuditEventResource Client::auditEvents()
{
    return AuditEventResource(*this);
}
WebhookResource Client::webhooks()
{
    return WebhookResource(*this);
}

} // namespace lever::api
