#include "PageToken.h"

#include "Request.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
constexpr int kVersion = 3;
}

QString PageToken::encode() const
{
    const QByteArray json = "[" + QByteArray::number(kVersion) + "," + QByteArray::number(afterSeq) + "]";
    return QString::fromLatin1(json.toPercentEncoding());
}

std::optional<PageToken> PageToken::decode(const QString &text)
{
    QByteArray raw = text.toUtf8();
    // Tokens are sent back verbatim (already percent-encoded); tolerate one more layer of encoding.
    for (int round = 0; round < 2 && raw.startsWith('%'); ++round)
        raw = QByteArray::fromPercentEncoding(raw);
    if (raw.size() > 256)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    if (!doc.isArray())
        return std::nullopt;
    const QJsonArray parts = doc.array();
    if (parts.size() != 2 || parts.at(0).toInt(-1) != kVersion || !parts.at(1).isDouble())
        return std::nullopt;
    const double seq = parts.at(1).toDouble();
    if (seq < 0 || seq > 9.0e15 || seq != double(qint64(seq)))
        return std::nullopt;
    return PageToken{qint64(seq)};
}

PageToken::Window PageToken::window(const Request &request)
{
    Window w;
    if (request.hasQuery(u"limit"_s)) {
        bool ok = false;
        const int limit = request.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            throw SandboxError::badRequest(u"limit must be an integer from 1 to 100"_s);
        w.limit = limit;
    }
    if (request.hasQuery(u"offset"_s)) {
        const auto token = decode(request.queryValue(u"offset"_s));
        if (!token)
            throw SandboxError(400, u"BadRequestError"_s, u"Invalid offset token"_s);
        w.afterSeq = token->afterSeq;
    }
    return w;
}

} // namespace lever::sandbox
