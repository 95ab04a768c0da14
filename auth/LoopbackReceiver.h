#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace lever::auth {

// The OAuth redirect target on 127.0.0.1: waits for the one redirect whose `state` matches, answers the
// browser with a short page, then stops listening. Everything else gets 400/404/405 and is ignored.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    // What the authorization server sent back (RFC 6749 §4.1.2): a code, or an error.
    struct Redirect
    {
        QString code;
        QString error;
        QString errorDescription;
    };

    static constexpr qsizetype kMaxRequestBytes = 16 * 1024;
    static constexpr int kMaxConnections = 16;
    static constexpr int kConnectionTimeoutMs = 10'000;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Listens on a random port of `address`, which must be 127.0.0.1: anything else (another interface,
    // any-address, IPv6) is refused, so no other machine can reach the listener.
    bool listen(const QString &expectedState,
                const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback
    // Stops listening and drops waiting connections; a page already being sent is still delivered.
    void close();

Q_SIGNALS:
    // The redirect with the matching state; emitted once, after which the receiver no longer listens.
    void received(const lever::auth::LoopbackReceiver::Redirect &redirect);
    // A request to /callback that was refused (wrong or missing state, malformed); the flow keeps waiting.
    void rejected(const QString &reason);

private:
    void accept();
    void read(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &head);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer *m_server = nullptr;
    QString m_state;
    bool m_done = false;
};

} // namespace lever::auth

Q_DECLARE_METATYPE(lever::auth::LoopbackReceiver::Redirect)
