#include "JwtCodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QByteArray> fromBase64Url(const QByteArray &part)
{
    auto decoded = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> jsonObject(const QByteArray &part)
{
    const auto raw = fromBase64Url(part);
    if (!raw)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

JwtCodec::JwtCodec(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray JwtCodec::base64Url(const QByteArray &data)
{
    return data.toBase64(kBase64Url);
}

bool JwtCodec::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QByteArray JwtCodec::sign(const QByteArray &signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
}

QByteArray JwtCodec::encode(const QJsonObject &claims) const
{
    const QJsonObject header{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(sign(input));
}

std::optional<QJsonObject> JwtCodec::decode(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.at(2).isEmpty())
        return std::nullopt;
    const auto signature = fromBase64Url(parts.at(2));
    if (!signature || !constantTimeEquals(*signature, sign(parts.at(0) + '.' + parts.at(1))))
        return std::nullopt;
    // The signature is ours, so the header is too; still refuse anything that is not what we mint.
    const auto header = jsonObject(parts.at(0));
    if (!header || header->value(u"alg"_s).toString() != u"HS256"_s)
        return std::nullopt;
    if (header->contains(u"typ"_s) && header->value(u"typ"_s).toString() != u"JWT"_s)
        return std::nullopt;
    return jsonObject(parts.at(1));
}

} // namespace lever::sandbox
