// Files (multipart upload, list, download, delete; nested and top-level), uploads, resumes, and the
// multipart parser under hostile input.
#include "DocumentStore.h"
#include "FileContent.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
const QByteArray kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
constexpr qint64 kDay = 24 * 3600 * 1000;
} // namespace

class TestFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void uploadListDownloadDelete();
    void statusByFormat_data();
    void statusByFormat();
    void tooLarge();
    void hostileMultipart_data();
    void hostileMultipart();
    void oddFileNames();
    void truncatedAndMutatedBodies();
    void topLevelFiles();
    void uploads();
    void resumes();
    void scopesAndNotFound();

private:
    SandboxFixture::Reply sendRaw(const QString &path, const QByteArray &contentType, const QByteArray &body);

    std::unique_ptr<SandboxFixture> m_f;
    QString m_opp;
};

void TestFiles::init()
{
    m_f = std::make_unique<SandboxFixture>();
    m_opp = m_f->seedOpportunity().value(u"id"_s).toString();
}

void TestFiles::cleanup()
{
    m_f.reset();
}

SandboxFixture::Reply TestFiles::sendRaw(const QString &path, const QByteArray &contentType,
                                         const QByteArray &body)
{
    auto headers = m_f->basicAuth();
    if (!contentType.isEmpty())
        headers.insert("Content-Type", contentType);
    return m_f->send("POST", m_f->apiUrl(path), body, headers);
}

void TestFiles::uploadListDownloadDelete()
{
    const qint64 before = m_f->sandbox().context().now();
    auto r = m_f->upload(u"/opportunities/"_s + m_opp + u"/files?perform_as="_s + m_f->firstUserId(),
                         u"CV.pdf"_s, kPdf);
    QCOMPARE(r.status, 201);
    const QJsonObject file = r.data();
    const QString id = file.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(file.value(u"name"_s).toString(), u"CV.pdf"_s);
    QCOMPARE(file.value(u"ext"_s).toString(), u"pdf"_s);
    QCOMPARE(file.value(u"status"_s).toString(), u"processed"_s);
    QCOMPARE(file.value(u"size"_s).toDouble(), double(kPdf.size()));
    QVERIFY(file.value(u"uploadedAt"_s).toDouble() >= double(before));
    const QString downloadUrl = file.value(u"downloadUrl"_s).toString();
    QCOMPARE(downloadUrl,
             m_f->sandbox().origin() + u"/v1/opportunities/"_s + m_opp + u"/files/"_s + id + u"/download"_s);

    r = m_f->get(u"/opportunities/"_s + m_opp + u"/files"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject(), file);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    r = m_f->get(u"/opportunities/"_s + m_opp + u"/files/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), file);

    // The download URL serves the same bytes.
    r = m_f->send("GET", QUrl(downloadUrl), {}, m_f->basicAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, kPdf);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/pdf"));
    QCOMPARE(r.headers.value("content-disposition"),
             QByteArray("attachment; filename=\"CV.pdf\"; filename*=UTF-8''CV.pdf"));

    // Range filters on uploadedAt.
    const QString at = QString::number(qint64(file.value(u"uploadedAt"_s).toDouble()));
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files?uploaded_at_start="_s + at).list().size(), 1);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files?uploaded_at_end="_s + at).list().size(), 1);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files?uploaded_at_start="_s +
                      QString::number(before + kDay))
                 .list()
                 .size(),
             0);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files?uploaded_at_end=yesterday"_s).status, 400);

    r = m_f->del(u"/opportunities/"_s + m_opp + u"/files/"_s + id);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files/"_s + id).status, 404);
    QCOMPARE(m_f->send("GET", QUrl(downloadUrl), {}, m_f->basicAuth()).status, 404);
    QVERIFY(!lever::sandbox::FileContent::blob(m_f->sandbox().context().db, id));
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files"_s).list().size(), 0);
}

void TestFiles::statusByFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("txt") << u"notes.txt"_s << QByteArray("plain text\n") << u"processed"_s
                         << QByteArray("text/plain");
    QTest::newRow("png") << u"photo.PNG"_s << QByteArray("\x89PNG\r\n\x1a\n....") << u"processed"_s
                         << QByteArray("image/png");
    QTest::newRow("jpg") << u"photo.jpg"_s << QByteArray("\xFF\xD8\xFF\xE0....") << u"processed"_s
                         << QByteArray("image/jpeg");
    QTest::newRow("docx") << u"cover.docx"_s << QByteArray("PK\x03\x04....") << u"processed"_s
                          << QByteArray(
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    QTest::newRow("unsupported") << u"archive.zip"_s << QByteArray("PK\x03\x04") << u"unsupported"_s
                                 << QByteArray("application/zip");
    QTest::newRow("no extension") << u"README"_s << QByteArray("hello") << u"unsupported"_s
                                  << QByteArray("application/octet-stream");
    QTest::newRow("corrupt pdf") << u"broken.pdf"_s << QByteArray("not a pdf at all") << u"error"_s
                                 << QByteArray();
    QTest::newRow("empty txt") << u"empty.txt"_s << QByteArray() << u"error"_s << QByteArray();
}

void TestFiles::statusByFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, status);
    QFETCH(QByteArray, contentType);
    auto r = m_f->upload(u"/opportunities/"_s + m_opp + u"/files"_s, name, content);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"status"_s).toString(), status);
    QCOMPARE(r.data().value(u"size"_s).toDouble(), double(content.size()));
    r = m_f->send("GET", QUrl(r.data().value(u"downloadUrl"_s).toString()), {}, m_f->basicAuth());
    if (status == u"error"_s) {
        // Lever answers 422 for files that failed processing.
        QCOMPARE(r.status, 422);
        QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
        return;
    }
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, content);
    QCOMPARE(r.headers.value("content-type"), contentType);
}

void TestFiles::tooLarge()
{
    const QByteArray big(lever::sandbox::FileContent::kMaxFileBytes + 1, 'a');
    auto r = m_f->upload(u"/opportunities/"_s + m_opp + u"/files"_s, u"big.txt"_s, big);
    QCOMPARE(r.status, 413);
    QVERIFY(!r.json.value(u"code"_s).toString().isEmpty());
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"30 MB"_s));
    r = m_f->upload(u"/uploads"_s, u"big.txt"_s, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(m_f->sandbox().context().docs.count(u"file"_s), 0);
    QCOMPARE(m_f->sandbox().context().docs.count(u"upload"_s), 0);
}

void TestFiles::hostileMultipart_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    const QByteArray ct = "multipart/form-data; boundary=XyZ";
    const QByteArray part =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello";
    QTest::newRow("json body") << QByteArray("application/json") << QByteArray("{\"file\": \"x\"}");
    QTest::newRow("no content type") << QByteArray() << part + "\r\n--XyZ--\r\n";
    QTest::newRow("missing boundary") << QByteArray("multipart/form-data") << part + "\r\n--XyZ--\r\n";
    QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=")
                                    << part + "\r\n--XyZ--\r\n";
    QTest::newRow("boundary too long") << "multipart/form-data; boundary=" + QByteArray(71, 'b')
                                       << QByteArray("--" + QByteArray(71, 'b') + "\r\n");
    QTest::newRow("boundary with CRLF")
        << QByteArray("multipart/form-data; boundary=\"a\rb\"") << QByteArray("--a\rb\r\n");
    QTest::newRow("boundary not in body") << ct << QByteArray("just some bytes");
    QTest::newRow("empty body") << ct << QByteArray();
    QTest::newRow("truncated part") << ct << part;
    QTest::newRow("truncated headers")
        << ct << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"file\"");
    QTest::newRow("no CRLF after boundary") << ct << QByteArray("--XyZgarbage");
    QTest::newRow("huge header")
        << ct
        << "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nX-Pad: " +
               QByteArray(10000, 'p') + "\r\n\r\nhello\r\n--XyZ--\r\n";
    QTest::newRow("no disposition") << ct
                                    << QByteArray(
                                           "--XyZ\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n");
    QTest::newRow("no headers") << ct << QByteArray("--XyZ\r\n\r\nhello\r\n--XyZ--\r\n");
    QTest::newRow("header without colon")
        << ct << QByteArray("--XyZ\r\nContent-Disposition form-data\r\n\r\nhello\r\n--XyZ--\r\n");
    QTest::newRow("not form-data") << ct
                                   << QByteArray("--XyZ\r\nContent-Disposition: attachment; name=\"file\"; "
                                                 "filename=\"a\"\r\n\r\nx\r\n--XyZ--\r\n");
    QTest::newRow("unterminated quote")
        << ct
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                      "filename=\"a.txt\r\n\r\nx\r\n--XyZ--\r\n");
    QTest::newRow("no name")
        << ct
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; filename=\"a.txt\"\r\n\r\nx\r\n--XyZ--\r\n");
    QTest::newRow("no file part")
        << ct
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--XyZ--\r\n");
    QTest::newRow("file part without filename")
        << ct
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nvalue\r\n--XyZ--\r\n");
    QTest::newRow("empty filename") << ct
                                    << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                                                  "filename=\"\"\r\n\r\nx\r\n--XyZ--\r\n");
    QTest::newRow("repeated parameter")
        << ct
        << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; name=\"x\"; "
                      "filename=\"a\"\r\n\r\nx\r\n--XyZ--\r\n");
    QTest::newRow("bad ext-value") << ct
                                   << QByteArray("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                                                 "filename*=a.txt\r\n\r\nx\r\n--XyZ--\r\n");
    QTest::newRow("filename too long")
        << ct
        << "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + QByteArray(300, 'n') +
               ".txt\"\r\n\r\nx\r\n--XyZ--\r\n";
    QByteArray many;
    for (int i = 0; i < 101; ++i)
        many +=
            "--XyZ\r\nContent-Disposition: form-data; name=\"f" + QByteArray::number(i) + "\"\r\n\r\nv\r\n";
    QTest::newRow("too many parts") << ct << many + "--XyZ--\r\n";
}

void TestFiles::hostileMultipart()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    for (const QString &path : QStringList{u"/opportunities/"_s + m_opp + u"/files"_s, u"/uploads"_s}) {
        const auto r = sendRaw(path, contentType, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
        QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
    }
    QCOMPARE(m_f->sandbox().context().docs.count(u"file"_s), 0);
}

void TestFiles::oddFileNames()
{
    const QString base = u"/opportunities/"_s + m_opp + u"/files"_s;
    auto post = [&](const QByteArray &disposition, const QByteArray &data = "data") {
        return sendRaw(
            base, "multipart/form-data; boundary=\"odd boundary'()\"",
            "preamble to ignore\r\n--odd boundary'()\r\nContent-Disposition: form-data; name=\"file\"; " +
                disposition + "\r\nContent-Type: text/plain\r\n\r\n" + data +
                "\r\n--odd boundary'()--\r\nepilogue");
    };
    // "../../x" is a name, not a path.
    auto r = post("filename=\"../../x.txt\"");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"../../x.txt"_s);
    QCOMPARE(r.data().value(u"ext"_s).toString(), u"txt"_s);
    auto d = m_f->send("GET", QUrl(r.data().value(u"downloadUrl"_s).toString()), {}, m_f->basicAuth());
    QCOMPARE(d.body, QByteArray("data"));
    QCOMPARE(d.headers.value("content-disposition"),
             QByteArray("attachment; filename=\"x.txt\"; filename*=UTF-8''x.txt"));

    r = post("filename=\"..\\\\..\\\\evil\"");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"..\\..\\evil"_s);
    QCOMPARE(r.data().value(u"ext"_s).toString(), QString());
    QCOMPARE(r.data().value(u"status"_s).toString(), u"unsupported"_s);

    // Escaped quotes stay in the name; the download header cannot be broken by them.
    r = post("filename=\"say \\\"hi\\\".txt\"");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"say \"hi\".txt"_s);
    d = m_f->send("GET", QUrl(r.data().value(u"downloadUrl"_s).toString()), {}, m_f->basicAuth());
    QCOMPARE(d.headers.value("content-disposition"),
             QByteArray("attachment; filename=\"say _hi_.txt\"; filename*=UTF-8''say%20_hi_.txt"));

    // A newline can only arrive percent-encoded (RFC 5987); it is kept as data, dropped from the header.
    r = post("filename*=UTF-8''line1%0D%0ASet-Cookie%3A%20x%3D1.txt");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"line1\r\nSet-Cookie: x=1.txt"_s);
    d = m_f->send("GET", QUrl(r.data().value(u"downloadUrl"_s).toString()), {}, m_f->basicAuth());
    QCOMPARE(d.status, 200);
    QVERIFY(!d.headers.contains("set-cookie"));
    QVERIFY(!d.headers.value("content-disposition").contains('\n'));

    // Non-ASCII names: exact in the record and in filename*, replaced in the plain filename.
    r = post("filename=\"x.txt\"; filename*=UTF-8''Lebenslauf_J%C3%BCrgen.pdf", kPdf);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"Lebenslauf_Jürgen.pdf"_s);
    QCOMPARE(r.data().value(u"status"_s).toString(), u"processed"_s);
    d = m_f->send("GET", QUrl(r.data().value(u"downloadUrl"_s).toString()), {}, m_f->basicAuth());
    QCOMPARE(
        d.headers.value("content-disposition"),
        QByteArray(
            "attachment; filename=\"Lebenslauf_J_rgen.pdf\"; filename*=UTF-8''Lebenslauf_J%C3%BCrgen.pdf"));
    QCOMPARE(d.body, kPdf);

    // Raw UTF-8 in the quoted form (what browsers send) and other parts next to the file.
    r = sendRaw(
        base, "multipart/form-data; boundary=B",
        "--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nignored\r\n"
        "--B\r\ncontent-disposition: FORM-DATA; NAME=file; filename=\"R\xC3\xA9sum\xC3\xA9.txt\"\r\n\r\n"
        "bytes with --B and \r\n-B inside\r\n\r\n--B--");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"Résumé.txt"_s);
    d = m_f->send("GET", QUrl(r.data().value(u"downloadUrl"_s).toString()), {}, m_f->basicAuth());
    QCOMPARE(d.body, QByteArray("bytes with --B and \r\n-B inside\r\n"));
}

void TestFiles::truncatedAndMutatedBodies()
{
    // Every prefix and a set of seeded random byte flips of a valid body: a 201 or a 400, never worse.
    const QByteArray valid =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".txt\"; "
        "filename*=UTF-8''a%20b.txt\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XyZ--\r\n";
    const QString path = u"/opportunities/"_s + m_opp + u"/files"_s;
    for (qsizetype n = 0; n <= valid.size(); ++n) {
        const auto r = sendRaw(path, "multipart/form-data; boundary=XyZ", valid.left(n));
        QVERIFY2(r.status == 201 || r.status == 400,
                 qPrintable(QString::number(n) + u": "_s + QString::number(r.status)));
    }
    QRandomGenerator rng(20260601);
    for (int i = 0; i < 200; ++i) {
        QByteArray body = valid;
        for (int flips = 0; flips < 3; ++flips)
            body[rng.bounded(int(body.size()))] = char(rng.bounded(256));
        const auto r = sendRaw(path, "multipart/form-data; boundary=XyZ", body);
        QVERIFY2(r.status == 201 || r.status == 400, body.toPercentEncoding().constData());
    }
}

void TestFiles::topLevelFiles()
{
    const QString other = m_f->seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(m_f->upload(u"/files"_s, u"a.txt"_s, "a").status, 400);
    QCOMPARE(m_f->upload(u"/files?opportunity_id=nope"_s, u"a.txt"_s, "a").status, 404);
    auto r = m_f->upload(u"/files?opportunity_id="_s + m_opp + u"&perform_as="_s + m_f->firstUserId(),
                         u"a.txt"_s, "aaa");
    QCOMPARE(r.status, 201);
    const QJsonObject file = r.data();
    const QString id = file.value(u"id"_s).toString();
    QCOMPARE(file.value(u"opportunityId"_s).toString(), m_opp);
    m_f->upload(u"/opportunities/"_s + other + u"/files"_s, u"b.txt"_s, "bbb");

    r = m_f->get(u"/files"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 2);
    r = m_f->get(u"/files?opportunity_id="_s + m_opp);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"id"_s).toString(), id);
    QCOMPARE(m_f->get(u"/files?opportunity_id=nope"_s).status, 404);
    r = m_f->get(u"/files?limit=1"_s);
    QCOMPARE(r.list().size(), 1);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = m_f->get(u"/files?limit=1&offset="_s + r.json.value(u"next"_s).toString());
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    const QString future = QString::number(m_f->sandbox().context().now() + kDay);
    QCOMPARE(m_f->get(u"/files?uploaded_at_start="_s + future).list().size(), 0);
    QCOMPARE(m_f->get(u"/files?uploaded_at_end="_s + future).list().size(), 2);
    QCOMPARE(m_f->get(u"/files?uploaded_at_start=-4"_s).status, 400);

    r = m_f->get(u"/files/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"a.txt"_s);
    r = m_f->get(u"/files/"_s + id + u"/download"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("aaa"));
    QCOMPARE(m_f->del(u"/files/"_s + id).status, 204);
    QCOMPARE(m_f->get(u"/files/"_s + id).status, 404);
    QCOMPARE(m_f->get(u"/files/"_s + id + u"/download"_s).status, 404);
    QCOMPARE(m_f->del(u"/files/"_s + id).status, 404);

    // Files of confidential opportunities stay hidden from keys without confidential access.
    const QString secret = m_f->seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}})
                               .value(u"id"_s)
                               .toString();
    r = m_f->upload(u"/files?opportunity_id="_s + secret, u"s.txt"_s, "s");
    QCOMPARE(r.status, 201);
    const QString plain = m_f->sandbox().createApiKey({u"files:read:admin"_s, u"files:write:admin"_s}, false);
    QCOMPARE(m_f->get(u"/files"_s, plain).list().size(), 1);
    QCOMPARE(m_f->get(u"/files"_s).list().size(), 2);
    QCOMPARE(m_f->get(u"/files/"_s + r.data().value(u"id"_s).toString(), plain).status, 403);
    QCOMPARE(m_f->upload(u"/files?opportunity_id="_s + secret, u"s.txt"_s, "s", plain).status, 403);
    QCOMPARE(m_f->upload(u"/opportunities/"_s + secret + u"/files"_s, u"s.txt"_s, "s", plain).status, 403);
}

void TestFiles::uploads()
{
    auto &ctx = m_f->sandbox().context();
    qint64 now = ctx.now();
    ctx.clock = [&now] { return now; };
    auto r = m_f->upload(u"/uploads"_s, u"resume.pdf"_s, kPdf);
    QCOMPARE(r.status, 201);
    const QJsonObject upload = r.data();
    const QString id = upload.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(upload.value(u"filename"_s).toString(), u"resume.pdf"_s);
    QCOMPARE(upload.value(u"size"_s).toDouble(), double(kPdf.size()));
    QCOMPARE(upload.value(u"expiresAt"_s).toDouble(), double(now + kDay));
    QCOMPARE(upload.value(u"uri"_s).toString(), m_f->sandbox().origin() + u"/v1/uploads/"_s + id);
    r = m_f->send("GET", QUrl(upload.value(u"uri"_s).toString()), {}, m_f->basicAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, kPdf);

    // After 24 hours it is gone, and the next upload clears it out.
    now += kDay;
    QCOMPARE(m_f->send("GET", QUrl(upload.value(u"uri"_s).toString()), {}, m_f->basicAuth()).status, 404);
    QCOMPARE(m_f->upload(u"/uploads"_s, u"next.txt"_s, "n").status, 201);
    QVERIFY(!ctx.docs.get(u"upload"_s, id));
    QVERIFY(!lever::sandbox::FileContent::blob(ctx.db, id));

    const QString readOnly = m_f->sandbox().createApiKey({u"files:write:admin"_s}, false);
    r = m_f->upload(u"/uploads"_s, u"a.txt"_s, "a", readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"uploads:write:admin"_s));
    QCOMPARE(m_f->get(u"/uploads/nope"_s).status, 404);
}

void TestFiles::resumes()
{
    auto &ctx = m_f->sandbox().context();
    const qint64 at = ctx.now() - kDay;
    auto resume = [&](const QString &id, const QString &status) {
        return QJsonObject{
            {u"id"_s, id},
            {u"createdAt"_s, at},
            {u"file"_s,
             QJsonObject{{u"name"_s, u"Test_Person_Resume.pdf"_s},
                         {u"ext"_s, u".pdf"_s},
                         {u"downloadUrl"_s, QString(m_f->sandbox().origin() + u"/v1/opportunities/"_s +
                                                    m_opp + u"/resumes/"_s + id + u"/download"_s)},
                         {u"uploadedAt"_s, at},
                         {u"status"_s, status},
                         {u"size"_s, kPdf.size()}}},
            {u"parsedData"_s,
             QJsonObject{{u"positions"_s,
                          QJsonArray{QJsonObject{{u"org"_s, u"Example"_s}, {u"title"_s, u"Engineer"_s}}}},
                         {u"schools"_s, QJsonArray{QJsonObject{{u"org"_s, u"TU Berlin"_s}}}}}}};
    };
    const QJsonObject good = m_f->seedDocument(u"resume"_s, m_opp, resume(u"resume-1"_s, u"processed"_s));
    lever::sandbox::FileContent::storeBlob(ctx.db, u"resume-1"_s, kPdf);
    m_f->seedDocument(u"resume"_s, m_opp, resume(u"resume-2"_s, u"error"_s));
    lever::sandbox::FileContent::storeBlob(ctx.db, u"resume-2"_s, "broken");

    auto r = m_f->get(u"/opportunities/"_s + m_opp + u"/resumes"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 2);
    QCOMPARE(r.list().at(0).toObject(), good);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    QCOMPARE(
        m_f->get(u"/opportunities/"_s + m_opp + u"/resumes?uploaded_at_start="_s + QString::number(at + 1))
            .list()
            .size(),
        0);
    r = m_f->get(u"/opportunities/"_s + m_opp + u"/resumes/resume-1"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().value(u"parsedData"_s).toObject().value(u"positions"_s).isArray());
    QVERIFY(r.data().value(u"parsedData"_s).toObject().value(u"schools"_s).isArray());
    r = m_f->send("GET", QUrl(good.value(u"file"_s).toObject().value(u"downloadUrl"_s).toString()), {},
                  m_f->basicAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, kPdf);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/pdf"));
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/resumes/resume-2/download"_s).status, 422);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/resumes/nope"_s).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/resumes/nope/download"_s).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/nope/resumes"_s).status, 404);
    const QString other = m_f->seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(m_f->get(u"/opportunities/"_s + other + u"/resumes/resume-1"_s).status, 404);

    // A file that shares the resume's id can go without taking the resume's bytes along.
    m_f->seedDocument(
        u"file"_s, m_opp,
        QJsonObject{{u"id"_s, u"resume-1"_s}, {u"name"_s, u"r.pdf"_s}, {u"status"_s, u"processed"_s}});
    QCOMPARE(m_f->del(u"/opportunities/"_s + m_opp + u"/files/resume-1"_s).status, 204);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/resumes/resume-1/download"_s).body, kPdf);

    const QString filesOnly = m_f->sandbox().createApiKey({u"files:read:admin"_s}, false);
    r = m_f->get(u"/opportunities/"_s + m_opp + u"/resumes"_s, filesOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"resumes:read:admin"_s));
}

void TestFiles::scopesAndNotFound()
{
    const QString readOnly = m_f->sandbox().createApiKey({u"files:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files"_s, readOnly).status, 200);
    auto r = m_f->upload(u"/opportunities/"_s + m_opp + u"/files"_s, u"a.txt"_s, "a", readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"files:write:admin"_s));
    r = m_f->upload(u"/opportunities/"_s + m_opp + u"/files"_s, u"a.txt"_s, "a");
    const QString id = r.data().value(u"id"_s).toString();
    QCOMPARE(m_f->del(u"/opportunities/"_s + m_opp + u"/files/"_s + id, readOnly).status, 403);
    QCOMPARE(m_f->del(u"/files/"_s + id, readOnly).status, 403);
    const QString notesOnly = m_f->sandbox().createApiKey({u"notes:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files"_s, notesOnly).status, 403);
    QCOMPARE(m_f->get(u"/files/"_s + id + u"/download"_s, notesOnly).status, 403);

    QCOMPARE(m_f->get(u"/opportunities/nope/files"_s).status, 404);
    QCOMPARE(m_f->upload(u"/opportunities/nope/files"_s, u"a.txt"_s, "a").status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files/nope"_s).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files/nope/download"_s).status, 404);
    QCOMPARE(m_f->del(u"/opportunities/"_s + m_opp + u"/files/nope"_s).status, 404);
    const QString other = m_f->seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(m_f->get(u"/opportunities/"_s + other + u"/files/"_s + id).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + other + u"/files/"_s + id + u"/download"_s).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/files/"_s + id).status, 200);
}

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
