#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>

namespace lever::api {
class Client;
}

namespace lever::bench {

// A colleague working in Lever itself at the same time (through a client of their own, so straight
// on the sandbox): moves, tags and archives on cards the scripted user leaves alone, and a new owner
// now and then on the scripted user's cards, which the console must take in by sync and which its
// outbox must notice before sending over them.
class OtherUser : public QObject
{
    Q_OBJECT
public:
    struct Choices
    {
        QStringList ownCards;
        QStringList sharedCards;
        QStringList stages;
        QStringList reasons;
        QStringList users;
    };

    OtherUser(api::Client &client, Choices choices, quint32 seed, QObject *parent = nullptr);

    void start(int intervalMs) { m_timer.start(intervalMs); }
    void stop() { m_timer.stop(); }
    bool isBusy() const { return m_out > 0; }
    int changes() const { return m_changes; }

private:
    void step();
    template <class Call> void send(Call call);

    api::Client &m_client;
    Choices m_choices;
    QRandomGenerator m_random;
    QTimer m_timer;
    int m_changes = 0;
    int m_out = 0;
};

} // namespace lever::bench
