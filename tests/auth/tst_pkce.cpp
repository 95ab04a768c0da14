// PKCE verifiers and challenges (RFC 7636), state, and the unverified JWT claims reader.
#include "Pkce.h"
#include "TokenSet.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::auth::Pkce;
using lever::auth::TokenSet;

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7636AppendixB();
    void randomVerifiersAreValid();
    void stateIsRandom();
    void tokenResponseParsing();
};

void TestPkce::rfc7636AppendixB()
{
    // The verifier as printed in RFC 7636 appendix B (the octets 116, 24, 223, 180...).
    const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
    QCOMPARE(Pkce::challenge(verifier), u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s);
    QVERIFY(Pkce::isValidVerifier(verifier));
}

void TestPkce::randomVerifiersAreValid()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString v = Pkce::verifier();
        QCOMPARE(v.size(), 64);
        QVERIFY2(Pkce::isValidVerifier(v), qPrintable(v));
        seen.insert(v);
        const QString c = Pkce::challenge(v);
        QCOMPARE(c.size(), 43);
        QVERIFY(!c.contains(u'=') && !c.contains(u'+') && !c.contains(u'/'));
    }
    QCOMPARE(seen.size(), 200);
    // Lengths are clamped to RFC 7636's 43..128.
    QCOMPARE(Pkce::verifier(10).size(), 43);
    QCOMPARE(Pkce::verifier(500).size(), 128);
    QVERIFY(Pkce::isValidVerifier(Pkce::verifier(43)) && Pkce::isValidVerifier(Pkce::verifier(128)));
    QVERIFY(!Pkce::isValidVerifier(u"short"_s));
    QVERIFY(!Pkce::isValidVerifier(QString(43, u'+')));
    QVERIFY(!Pkce::isValidVerifier(QString(129, u'a')));
}

void TestPkce::stateIsRandom()
{
    const QString a = Pkce::state();
    const QString b = Pkce::state();
    QCOMPARE(a.size(), 43);
    QVERIFY(a != b);
    QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(a)), a); // needs no escaping in a URL
}

void TestPkce::tokenResponseParsing()
{
    const QJsonObject claims{{u"https://oauth.lever.co/userId"_s, u"u1"_s},
                             {u"https://oauth.lever.co/accountId"_s, u"a1"_s},
                             {u"https://oauth.lever.co/clientId"_s, u"c1"_s}};
    const QByteArray payload = QJsonDocument(claims)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString jwt = QString::fromLatin1("eyJhbGciOiJIUzI1NiJ9." + payload + ".sig");
    QString error;
    const TokenSet set = TokenSet::fromTokenResponse({{u"access_token"_s, jwt},
                                                      {u"refresh_token"_s, u"r1"_s},
                                                      {u"scope"_s, u"a:read b:write offline_access"_s},
                                                      {u"expires_in"_s, 3600}},
                                                     1000, &error);
    QVERIFY2(set.isValid(), qPrintable(error));
    QCOMPARE(set.userId, u"u1"_s);
    QCOMPARE(set.accountId, u"a1"_s);
    QCOMPARE(set.clientId, u"c1"_s);
    QCOMPARE(set.refreshToken, u"r1"_s);
    QCOMPARE(set.expiresAt, 1000 + 3600 * 1000);
    QCOMPARE(set.scopes, QStringList({u"a:read"_s, u"b:write"_s, u"offline_access"_s}));
    QVERIFY(!set.expiresWithin(1000, 60'000));
    QVERIFY(set.expiresWithin(1000 + 3600 * 1000 - 59'000, 60'000));

    QVERIFY(!TokenSet::fromTokenResponse({{u"expires_in"_s, 1}}, 0, &error).isValid());
    QVERIFY(error.contains(u"access_token"_s));
    QVERIFY(
        !TokenSet::fromTokenResponse({{u"access_token"_s, u"x"_s}, {u"expires_in"_s, u"1"_s}}, 0).isValid());
    QVERIFY(!TokenSet::fromTokenResponse(
                 {{u"access_token"_s, u"x"_s}, {u"expires_in"_s, 1}, {u"refresh_token"_s, 5}}, 0)
                 .isValid());
    QVERIFY(TokenSet::jwtClaims(u"not a jwt"_s).isEmpty());
    QVERIFY(TokenSet::jwtClaims(u"a.%%%.c"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
