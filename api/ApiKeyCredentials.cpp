#include "ApiKeyCredentials.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace lever::api {

ApiKeyCredentials::ApiKeyCredentials(const QString &apiKey, QObject *parent)
    : Credentials(parent)
    , m_header("Basic " + QByteArray(apiKey.toUtf8() + ':').toBase64())
    // A digest, so the bucket key can appear in logs and status displays without revealing the key.
    , m_bucketKey(u"apikey:"_s +
                  QString::fromLatin1(
                      QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
{}

} // namespace lever::api
