#include "Credentials.h"

#include <QPointer>
#include <QTimer>

namespace lever::api {

void Credentials::refresh(quint64, QObject *context, std::function<void(bool)> done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] { done(false); });
}

} // namespace lever::api
