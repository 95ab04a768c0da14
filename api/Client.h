#pragma once

#include "Credentials.h"
#include "Job.h"
#include "Pacer.h"
#include "RequestSpec.h"
#include "RetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace lever::api {

class PagerCore;
class ApplicationResource;
class AuditEventResource;
class CatalogResource;
class ContactResource;
class EeoResource;
class FeedbackResource;
class FileResource;
class InterviewResource;
class NoteResource;
class OfferResource;
class OpportunityResource;
class PanelResource;
class PostingResource;
class ReferralResource;
class RequisitionResource;
class UserResource;
class WebhookResource;

// One Lever account: base URL, credentials, one QNetworkAccessManager and the credential's pacer.
// Typed calls hang off the resource accessors (`client.opportunities().moveToStage(id, stage)`);
// include "LeverApi.h" for all of them. Lives in one thread; every call finishes in that thread.
class Client : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 30000; // per request, as a transfer time-out
        RetryPolicy retry;
        Pacer::Config pacer;                     // used when this credential's pacer is created
        qint64 offThreadParseBytes = 256 * 1024; // larger answers are parsed on QThreadPool
    };

    Client(const QUrl &baseUrl, std::shared_ptr<Credentials> credentials, QObject *parent = nullptr);
    Client(const QUrl &baseUrl, std::shared_ptr<Credentials> credentials, const Options &options,
           QObject *parent = nullptr);
    ~Client() override; // finishes every outstanding call with Category::Cancelled

    // Empty when `url` may carry credentials: https anywhere, http only to a loopback host
    // (127.0.0.0/8, ::1, localhost); otherwise why not.
    static QString checkBaseUrl(const QUrl &url);
    // A client built with a refused URL sends nothing: every call fails with this (Category::Invalid).
    bool isValid() const { return m_configurationError.isEmpty(); }
    QString configurationError() const { return m_configurationError; }
    QUrl baseUrl() const { return m_baseUrl; }

    // The Lever user writes are made as (`perform_as`): required by some writes, sent with the
    // optional ones too when set (lever-api-notes.md §6).
    void setActingUserId(const QString &userId) { m_actingUserId = userId; }
    QString actingUserId() const { return m_actingUserId; }

    const Options &options() const { return m_options; }
    void setTimeoutMs(int ms) { m_options.timeoutMs = ms; }
    void setRetryPolicy(const RetryPolicy &policy) { m_options.retry = policy; }
    Pacer &pacer() { return *m_pacer; }
    Credentials &credentials() { return *m_credentials; }
    QNetworkAccessManager &network() { return *m_network; }
    int activeCalls() const { return int(m_jobs.size()); }

    OpportunityResource opportunities();
    ApplicationResource applications();
    ContactResource contacts();
    PostingResource postings();
    RequisitionResource requisitions();
    UserResource users();
    CatalogResource catalog(); // stages, archive reasons, sources, tags, requisition fields
    PanelResource panels();
    InterviewResource interviews();
    FeedbackResource feedback();
    NoteResource notes();
    FileResource files();
    OfferResource offers();
    ReferralResource referrals();
    EeoResource eeo();
    AuditEventResource auditEvents();
    WebhookResource webhooks();

    // Building blocks of the resource classes: a request that starts on the next event-loop turn.
    std::shared_ptr<Job> createJob(RequestSpec spec, Job::Parser parser);
    // A pager over a list path; `query` holds the filters (encoded), not `limit` or `offset`.
    std::shared_ptr<PagerCore> createPager(const QString &path, const QByteArray &query,
                                           Job::Parser pageParser, Priority priority, int limit);
    // One path segment (an id) percent-encoded, so "a/b" stays one segment.
    static QString segment(const QString &id);
    // The URL of a request: base + path + "?" + query, with the query kept byte for byte.
    QUrl urlFor(const QString &path, const QByteArray &query) const;

    // Whether Lever answered lately: false after a request could not reach it at all (connection
    // refused or reset, no route, DNS; not a time-out, since a slow Lever is still there) once its
    // retries were spent; true again with the next HTTP answer of
    // any status. While unreachable, requests that are not reads fail at once without being sent
    // (they would not be safe to repeat later), and reads are tried once, without retries, so a
    // probe learns quickly whether Lever is back.
    bool isReachable() const { return m_reachable; }
    // Called by each Job as it ends.
    void noteReachable(bool reachable);

Q_SIGNALS:
    // The credentials could not be refreshed: the user must sign in again.
    void reauthenticationRequired();
    void reachabilityChanged(bool reachable);

private:
    void init();

    QUrl m_baseUrl;
    QByteArray m_baseEncoded;
    QString m_configurationError;
    std::shared_ptr<Credentials> m_credentials;
    Options m_options;
    std::shared_ptr<Pacer> m_pacer;
    QNetworkAccessManager *m_network = nullptr;
    QString m_actingUserId;
    bool m_reachable = true;
    QHash<QObject *, std::shared_ptr<QObject>> m_jobs; // outstanding jobs and pagers, kept alive here
};

} // namespace lever::api
