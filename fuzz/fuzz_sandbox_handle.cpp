// Fuzzes whole requests through a real in-process sandbox (Sandbox::handle: auth, routing, validators,
// storage), above all the OAuth endpoints that parse application/x-www-form-urlencoded bodies and HTTP
// Basic client credentials by hand: POST /oauth/token, GET and POST /authorize.
//
// Input: an HTTP/1.1-like request (FuzzRequest.h). Placeholders let seeds carry credentials the fuzzer
// could never guess: {key} (the admin API key), {basic} (its HTTP Basic value), {client_id},
// {client_secret}, {public_client_id}, {client_basic} (HTTP Basic of the confidential client). A /v1 request
// without an Authorization header gets {basic}. The sandbox answers bad input with 4xx; a 500 is its own
// "internal error" (an exception other than SandboxError escaped a handler) and is treated as a finding, like
// a crash, UB or a leak. State carries over between inputs, as it does for a running sandbox, until a fresh
// sandbox replaces it every kInputsPerSandbox inputs; the control API (/_sandbox/..., the test harness's
// routes) is left out.

#include "FuzzInput.h"
#include "FuzzRequest.h"

#include "Request.h"
#include "Response.h"
#include "Sandbox.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

using namespace lever::sandbox;
using namespace Qt::StringLiterals;

namespace {
// Inputs one sandbox serves before a fresh one replaces it: what they write piles up (records, audit
// events) and would slow every later list request and grow memory without end.
constexpr int kInputsPerSandbox = 2000;

Sandbox *g_sandbox = nullptr;
int g_served = 0;
QList<QPair<QByteArray, QByteArray>> g_placeholders;

void startSandbox()
{
    delete g_sandbox;
    SandboxOptions options;
    options.demoSize = 20; // a few of everything; small to start fast
    options.rateLimit = false;
    options.seed = 7;
    // The last one is never destroyed: at exit, its database connection would outlive Qt SQL's globals.
    g_sandbox = new Sandbox(options);
    QString error;
    if (!g_sandbox->start(&error)) {
        std::fprintf(stderr, "fuzz_sandbox_handle: the sandbox did not start: %s\n", qPrintable(error));
        std::abort();
    }
    const QByteArray key = g_sandbox->apiKey().toUtf8();
    const QString client = g_sandbox->clientId() + u':' + g_sandbox->clientSecret();
    g_placeholders = {
        {"{key}", key},
        {"{basic}", "Basic " + QByteArray(key + ':').toBase64()},
        {"{client_id}", g_sandbox->clientId().toUtf8()},
        {"{client_secret}", g_sandbox->clientSecret().toUtf8()},
        {"{public_client_id}", g_sandbox->publicClientId().toUtf8()},
        {"{client_basic}", "Basic " + client.toUtf8().toBase64()},
    };
    g_served = 0;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    startSandbox();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (++g_served > kInputsPerSandbox)
        startSandbox();
    QByteArray input = lever::fuzz::bytes(data, size);
    for (const auto &[name, value] : std::as_const(g_placeholders))
        input.replace(name, value);
    Request request = lever::fuzz::requestFromHttp(input);
    if (request.path.startsWith(u"/_sandbox"_s))
        return 0;
    if (!request.headers.contains("authorization") &&
        (request.path == u"/v1"_s || request.path.startsWith(u"/v1/"_s)))
        request.headers.insert("authorization", g_placeholders.at(1).second);
    const QByteArray method = request.method;
    const QString path = request.path;
    const Response response = g_sandbox->handle(request);
    if (response.status == 500) {
        std::fprintf(stderr, "fuzz_sandbox_handle: %s %s answered 500: %s\n", method.constData(),
                     qPrintable(path), response.body.constData());
        std::abort();
    }
    return 0;
}
