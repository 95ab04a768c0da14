#include "SandboxOptions.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QString SandboxOptions::usage()
{
    return u"Usage: lever-sandbox [--listen 127.0.0.1:PORT] [--db FILE] [--demo-size N] [--seed S]\n"
           "                     [--api-key KEY] [--rate-limit RPS/BURST | --no-rate-limit]\n"
           "                     [--latency-ms MS] [--fail-rate P] [--drop-rate P] [--token-ttl S]\n"
           "                     [--webhook-retry-ms MS]\n"
           "A local server that behaves like the Lever Data API. When ready it prints one JSON line:\n"
           "{\"baseUrl\", \"apiKey\", \"oauth\": {\"authorizeUrl\", \"tokenUrl\", \"clientId\", \"clientSecret\",\n"
           " \"publicClientId\"}}. It stops cleanly on SIGINT and SIGTERM.\n"_s;
}

std::optional<SandboxOptions> SandboxOptions::parse(const QStringList &args, QString *error)
{
    SandboxOptions o;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size())
                return false;
            *out = args.at(++i);
            return true;
        };
        QString v;
        bool ok = true;
        if (arg == u"--no-rate-limit"_s) {
            o.rateLimit = false;
            continue;
        }
        if (!arg.startsWith(u"--"_s) || !value(&v))
            return fail(u"unknown or incomplete argument: "_s + arg);
        if (arg == u"--listen"_s) {
            const qsizetype colon = v.lastIndexOf(u':');
            if (colon < 0)
                return fail(u"--listen takes HOST:PORT"_s);
            QString host = v.left(colon);
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            o.address = QHostAddress(host);
            const uint port = v.mid(colon + 1).toUInt(&ok);
            if (o.address.isNull() || !ok || port > 65535)
                return fail(u"--listen takes HOST:PORT with a numeric address, e.g. 127.0.0.1:8080"_s);
            o.port = quint16(port);
        } else if (arg == u"--db"_s) {
            o.dbPath = v;
        } else if (arg == u"--demo-size"_s) {
            o.demoSize = v.toInt(&ok);
            if (!ok || o.demoSize < 0 || o.demoSize > 5000000)
                return fail(u"--demo-size takes a count from 0 to 5000000"_s);
        } else if (arg == u"--seed"_s) {
            o.seed = v.toULongLong(&ok);
            if (!ok)
                return fail(u"--seed takes a non-negative integer"_s);
        } else if (arg == u"--api-key"_s) {
            if (v.size() < 16)
                return fail(u"--api-key needs at least 16 characters"_s);
            o.apiKey = v;
        } else if (arg == u"--rate-limit"_s) {
            const QStringList parts = v.split(u'/');
            bool ok2 = parts.size() == 2;
            o.rate = parts.value(0).toDouble(&ok);
            o.burst = parts.value(1).toDouble(&ok2);
            if (!ok || !ok2 || o.rate <= 0 || o.burst < 1)
                return fail(u"--rate-limit takes RPS/BURST, e.g. 10/20"_s);
        } else if (arg == u"--latency-ms"_s) {
            o.latencyMs = v.toInt(&ok);
            if (!ok || o.latencyMs < 0)
                return fail(u"--latency-ms takes a non-negative integer"_s);
        } else if (arg == u"--fail-rate"_s || arg == u"--drop-rate"_s) {
            const double p = v.toDouble(&ok);
            if (!ok || p < 0 || p > 1)
                return fail(arg + u" takes a probability from 0 to 1"_s);
            (arg == u"--fail-rate"_s ? o.failRate : o.dropRate) = p;
        } else if (arg == u"--token-ttl"_s) {
            o.tokenTtlSeconds = v.toInt(&ok);
            if (!ok || o.tokenTtlSeconds < 1)
                return fail(u"--token-ttl takes seconds (at least 1)"_s);
        } else if (arg == u"--webhook-retry-ms"_s) {
            o.webhookRetryBaseMs = v.toInt(&ok);
            if (!ok || o.webhookRetryBaseMs < 1)
                return fail(u"--webhook-retry-ms takes milliseconds (at least 1)"_s);
        } else {
            return fail(u"unknown argument: "_s + arg);
        }
    }
    return o;
}

} // namespace lever::sandbox
