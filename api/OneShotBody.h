#pragma once

#include <QBuffer>
#include <QIODevice>
#include <QPointer>

namespace lever::api {

// A request body that can be sent once and never rewound. Qt's HTTP layer sends a request again by
// itself when the connection closes while it waits for the answer, whatever the method: for a POST
// that Lever may already have applied (a note, a candidate, a file) that is a duplicate nobody asked
// for. With this body Qt cannot rewind, so the request fails instead (ContentReSendError), and the
// Job reports that it may have been applied, as for any other lost answer. Rewinding to the start is
// allowed until the first byte was read, since nothing has gone out then.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);
    // Reads `source` (not owned) from its current position to its end.
    explicit OneShotBody(QIODevice *source, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    bool reset() override;
    bool hasStarted() const { return m_started; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QBuffer m_buffer;
    QPointer<QIODevice> m_source;
    qint64 m_size = 0;
    bool m_started = false;
};

} // namespace lever::api
