#include "OneShotBody.h"

namespace lever::api {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_size(data.size())
{
    m_buffer.setData(data);
    m_buffer.open(QIODevice::ReadOnly);
    m_source = &m_buffer;
    open(QIODevice::ReadOnly);
}

OneShotBody::OneShotBody(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
    , m_size(source && !source->isSequential() ? source->size() - source->pos() : 0)
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    // Staying where it is, or going back to the start before anything was read: nothing is resent.
    if (pos == QIODevice::pos() || (pos == 0 && !m_started))
        return QIODevice::seek(pos);
    return false;
}

bool OneShotBody::reset()
{
    return !m_started && QIODevice::reset();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    if (!m_source)
        return -1;
    const qint64 n = m_source->read(data, maxSize);
    if (n > 0)
        m_started = true;
    return n;
}

} // namespace lever::api
