#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace lever::sandbox {

// Splits a multipart/form-data body (RFC 7578) into its parts. Built for hostile input: a missing or
// overlong boundary, truncated parts, oversized headers or too many parts are 400s, and names are
// returned as data (quotes, "../", newlines included), never interpreted as paths.
class MultipartParser
{
public:
    struct Part
    {
        QString name;
        std::optional<QString> fileName; // absent for plain fields
        QByteArray contentType;
        QByteArray data;
    };

    static constexpr int kMaxParts = 100;
    static constexpr int kMaxHeaderBytes = 8 * 1024; // per part, like common web servers
    static constexpr int kMaxBoundary = 70;          // RFC 2046

    // `contentType`: the request's Content-Type header, which must carry the boundary.
    static QList<Part> parse(const QByteArray &contentType, const QByteArray &body);

    // The boundary parameter of a multipart Content-Type; throws 400 when absent or malformed.
    static QByteArray boundary(const QByteArray &contentType);

private:
    static Part parseHeaders(const QByteArray &headers, int index);
    // `form-data; name="a"; filename="b"` -> lower-case parameter names and decoded values.
    static QHash<QByteArray, QString> dispositionParameters(const QByteArray &value, int index);
};

} // namespace lever::sandbox
