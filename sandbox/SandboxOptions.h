#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

// How a sandbox runs: where it listens, what it stores, how it misbehaves on purpose.
struct SandboxOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                 // 0: any free port
    QString dbPath;                   // empty: in memory
    int demoSize = 1000;              // opportunities seeded into an empty database
    quint64 seed = 1;
    QString apiKey;                   // empty: a fresh random key each start
    bool rateLimit = true;
    double rate = 10.0;               // requests/s per credential
    double burst = 20.0;
    int latencyMs = 0;                // added to every answer
    double failRate = 0.0;            // share of API requests answered 500/503
    double dropRate = 0.0;            // share of API requests whose connection is dropped unanswered
    int tokenTtlSeconds = 3600;       // OAuth access token lifetime
    int webhookRetryBaseMs = 2000;    // first gap between webhook delivery attempts; grows x4
    qint64 maxBodyBytes = 31 * 1024 * 1024; // 30 MB files plus multipart framing
    qint64 maxJsonBodyBytes = 1024 * 1024;

    // Parses `lever-sandbox` arguments (without argv[0]); returns nullopt and sets `error` on misuse.
    static std::optional<SandboxOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
};

} // namespace lever::sandbox
