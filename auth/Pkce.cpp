#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
// RFC 3986 unreserved characters, as RFC 7636 §4.1 allows them in a verifier.
constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr quint32 kUnreservedCount = sizeof(kUnreserved) - 1;

QString randomUnreserved(int length)
{
    QString out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kUnreserved[rng->bounded(kUnreservedCount)]));
    return out;
}
} // namespace

QString Pkce::verifier(int length)
{
    return randomUnreserved(qBound(kMinLength, length, kMaxLength));
}

QString Pkce::challenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Pkce::state()
{
    return randomUnreserved(kMinLength);
}

bool Pkce::isValidVerifier(const QString &verifier)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._~-]{43,128}$"_s);
    return pattern.match(verifier).hasMatch();
}

} // namespace lever::auth
