#pragma once

#include "Credentials.h"

namespace lever::api {

// A Lever API key sent as HTTP Basic: the key is the user name, the password is empty.
class ApiKeyCredentials : public Credentials
{
    Q_OBJECT
public:
    explicit ApiKeyCredentials(const QString &apiKey, QObject *parent = nullptr);

    QString bucketKey() const override { return m_bucketKey; }
    QByteArray authorization() const override { return m_header; }

private:
    QByteArray m_header;
    QString m_bucketKey;
};

} // namespace lever::api
