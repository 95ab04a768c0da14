#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace lever::test {

class SandboxFixture;

// A loopback HTTP endpoint that webhook tests register: it records every request it receives and
// answers with scripted statuses (or not at all, to provoke time-outs).
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Hit
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json; // the body, when it is a JSON object
    };

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    QString url(const QString &path = QStringLiteral("/hook")) const; // http://127.0.0.1:PORT/hook
    // Answers the next requests with `statuses` in order, then every later one with `thereafter`.
    // A 3xx answer carries `Location: /redirected`.
    void script(const QList<int> &statuses, int thereafter = 200);
    void setSilent(bool silent) { m_silent = silent; } // read requests but never answer them

    // Registers a webhook for `event` pointing at `path` here (through POST /webhooks, so its answer,
    // signature token included, is returned); `origins` narrows its conditions.
    QJsonObject subscribe(SandboxFixture &f, const QString &event,
                          const QString &path = QStringLiteral("/hook"),
                          const QStringList &origins = {}) const;
    // The sandbox's recorded delivery attempts (GET /_sandbox/webhook_deliveries + `query`).
    static QJsonArray deliveries(SandboxFixture &f, const QString &query = {});

    const QList<Hit> &hits() const { return m_hits; }
    // Spins the event loop until `count` requests arrived (true) or `timeoutMs` passed (false).
    bool waitForHits(qsizetype count, int timeoutMs = 10000);

Q_SIGNALS:
    void received();

private:
    void readFrom(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<int> m_script;
    int m_thereafter = 200;
    bool m_silent = false;
    QList<Hit> m_hits;
};

} // namespace lever::test
