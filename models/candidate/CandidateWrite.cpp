#include "candidate/CandidateWrite.h"

#include <QTimer>

namespace lever::models {

CandidateWrite::CandidateWrite(QObject *parent)
    : QObject(parent)
{}

void CandidateWrite::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = ok;
    m_message = message;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(m_ok, m_message);
        deleteLater();
    });
}

} // namespace lever::models
