// POST /opportunities as multipart/form-data: the bracket notation of Lever's form, the resume and
// files that come along, parse=true reading a PDF or DOCX resume, and the form's refusals.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
// A multipart/form-data body built part by part.
class Form
{
public:
    Form &field(const QByteArray &name, const QByteArray &value)
    {
        m_body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" +
                  value + "\r\n";
        return *this;
    }
    Form &file(const QByteArray &name, const QByteArray &fileName, const QByteArray &content)
    {
        m_body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                  "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
                  content + "\r\n";
        return *this;
    }
    SandboxFixture::Reply post(SandboxFixture &f, const QString &query = {}) const
    {
        auto headers = f.basicAuth();
        headers.insert("Content-Type", "multipart/form-data; boundary=" + kBoundary);
        return f.send("POST",
                      f.apiUrl(u"/opportunities?perform_as="_s + f.firstUserId() + query),
                      m_body + "--" + kBoundary + "--\r\n", headers);
    }

private:
    static inline const QByteArray kBoundary = "lever-form-boundary";
    QByteArray m_body;
};

// A one-page PDF whose content stream shows `lines` with Tj, deflated as PDF writers do.
QByteArray pdf(const QStringList &lines)
{
    QByteArray content = "BT /F1 12 Tf 72 720 Td\n";
    for (const QString &line : lines)
        content += '(' + line.toLatin1().replace("(", "\\(").replace(")", "\\)") + ") Tj 0 -14 Td\n";
    content += "ET\n";
    const QByteArray deflated = qCompress(content).mid(4); // qCompress: a length, then a zlib stream
    return "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
           "4 0 obj << /Length " +
           QByteArray::number(deflated.size()) + " /Filter /FlateDecode >>\nstream\n" + deflated +
           "\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

QByteArray le(quint32 v, int bytes)
{
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
    return out;
}

// A DOCX (a zip) with only word/document.xml, deflated, one paragraph per line.
QByteArray docx(const QStringList &lines)
{
    QByteArray xml = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                     "wordprocessingml/2006/main\"><w:body>";
    for (const QString &line : lines)
        xml += "<w:p><w:r><w:t>" + line.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    xml += "</w:body></w:document>";
    const QByteArray z = qCompress(xml).mid(4);
    const QByteArray deflated = z.mid(2, z.size() - 6); // the raw deflate inside the zlib wrapper
    const QByteArray name = "word/document.xml";
    const QByteArray common = le(20, 2) + le(0, 2) + le(8, 2) + le(0, 4) + le(crc32(xml), 4) +
                              le(quint32(deflated.size()), 4) + le(quint32(xml.size()), 4) +
                              le(quint32(name.size()), 2) + le(0, 2);
    const QByteArray local = "PK\x03\x04" + common + name + deflated;
    const QByteArray central = "PK\x01\x02" + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) +
                               le(0, 4) + le(0, 4) + name;
    return local + central + "PK\x05\x06" + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) +
           le(quint32(central.size()), 4) + le(quint32(local.size()), 4) + le(0, 2);
}

const QStringList kResume = {u"Ana Ruiz"_s, u"Senior Backend Engineer"_s, u"ana.ruiz@example.com"_s,
                             u"+49 30 1234 5678"_s, u"https://github.com/anaruiz"_s,
                             u"2019 - 2024 Vandelay (Berlin)"_s};
} // namespace

class TestOpportunityForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createWithResumeAndFiles();
    void parseFillsWhatTheFormLeftOut_data();
    void parseFillsWhatTheFormLeftOut();
    void parsedEmailDedupes();
    void refusesBadForms_data();
    void refusesBadForms();
};

void TestOpportunityForm::createWithResumeAndFiles()
{
    SandboxFixture f;
    const QString posting = u"form-posting"_s;
    f.seedDocument(u"posting"_s, {},
                   QJsonObject{{u"id"_s, posting},
                               {u"text"_s, u"Platform Engineer"_s},
                               {u"state"_s, u"published"_s},
                               {u"confidentiality"_s, u"non-confidential"_s},
                               {u"owner"_s, f.firstUserId()},
                               {u"categories"_s, QJsonObject{{u"team"_s, u"Platform"_s}}}});
    const QByteArray resume = pdf(kResume);
    const auto r = Form()
                       .field("name", "Jo Example")
                       .field("headline", "Platform engineer")
                       .field("emails[]", "jo@example.com")
                       .field("emails[]", "jo.private@example.com")
                       .field("phones[0][type]", "mobile")
                       .field("phones[0][value]", "+1 555 0100")
                       .field("tags[]", "Referral drive")
                       .field("sources[]", "Meetup")
                       .field("origin", "referred")
                       .field("postings[]", posting.toUtf8())
                       .file("resumeFile", "Jo Example CV.pdf", resume)
                       .file("files[]", "cover-letter.txt", "Dear team")
                       .post(f);
    QVERIFY2(r.status == 201, r.body.constData());
    const QJsonObject opp = r.data();
    const QString id = opp.value(u"id"_s).toString();
    QCOMPARE(opp.value(u"name"_s).toString(), u"Jo Example"_s);
    QCOMPARE(opp.value(u"emails"_s).toArray().size(), 2);
    QCOMPARE(opp.value(u"phones"_s).toArray().first().toObject().value(u"type"_s).toString(), u"mobile"_s);
    QCOMPARE(opp.value(u"origin"_s).toString(), u"referred"_s);
    QVERIFY(opp.value(u"tags"_s).toArray().contains(u"Referral drive"_s));
    QCOMPARE(opp.value(u"applications"_s).toArray().size(), 1);
    // No parse=true: the resume's details stay out of the profile.
    QVERIFY(!opp.value(u"emails"_s).toArray().contains(u"ana.ruiz@example.com"_s));

    const QJsonArray resumes = f.get(u"/opportunities/"_s + id + u"/resumes"_s).list();
    QCOMPARE(resumes.size(), 1);
    const QJsonObject file = resumes.first().toObject().value(u"file"_s).toObject();
    QCOMPARE(file.value(u"name"_s).toString(), u"Jo Example CV.pdf"_s);
    QCOMPARE(file.value(u"ext"_s).toString(), u".pdf"_s);
    QCOMPARE(file.value(u"status"_s).toString(), u"processed"_s);
    const QString resumeId = resumes.first().toObject().value(u"id"_s).toString();
    QCOMPARE(f.get(u"/opportunities/"_s + id + u"/resumes/"_s + resumeId + u"/download"_s).body, resume);
    // The resume is one of the files too, beside the cover letter.
    const QJsonArray files = f.get(u"/opportunities/"_s + id + u"/files"_s).list();
    QCOMPARE(files.size(), 2);
    QStringList names;
    for (const QJsonValue &v : files)
        names.append(v.toObject().value(u"name"_s).toString());
    names.sort();
    QCOMPARE(names, (QStringList{u"Jo Example CV.pdf"_s, u"cover-letter.txt"_s}));
}

void TestOpportunityForm::parseFillsWhatTheFormLeftOut_data()
{
    QTest::addColumn<QByteArray>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("pdf") << QByteArray("cv.pdf") << pdf(kResume);
    QTest::newRow("docx") << QByteArray("cv.docx") << docx(kResume);
    QTest::newRow("txt") << QByteArray("cv.txt") << kResume.join(u'\n').toUtf8();
}

void TestOpportunityForm::parseFillsWhatTheFormLeftOut()
{
    QFETCH(QByteArray, fileName);
    QFETCH(QByteArray, content);
    SandboxFixture f;
    // Without parse=true a resume alone names nobody.
    QCOMPARE(Form().file("resumeFile", fileName, content).post(f).status, 400);

    const auto r = Form().file("resumeFile", fileName, content).post(f, u"&parse=true"_s);
    QCOMPARE(r.status, 201);
    const QJsonObject opp = r.data();
    QCOMPARE(opp.value(u"name"_s).toString(), u"Ana Ruiz"_s);
    QCOMPARE(opp.value(u"emails"_s).toArray(), QJsonArray{u"ana.ruiz@example.com"_s});
    const QJsonArray phones = opp.value(u"phones"_s).toArray();
    QCOMPARE(phones.size(), 1); // the year range is not a phone number
    QCOMPARE(phones.first().toObject().value(u"value"_s).toString(), u"+49 30 1234 5678"_s);
    QCOMPARE(opp.value(u"links"_s).toArray(), QJsonArray{u"https://github.com/anaruiz"_s});

    // What the form gives wins over the resume.
    const auto named = Form()
                           .field("name", "Ana R.")
                           .field("emails[]", "ana@work.example")
                           .file("resumeFile", fileName, content)
                           .post(f, u"&parse=true"_s);
    QCOMPARE(named.status, 201);
    QCOMPARE(named.data().value(u"name"_s).toString(), u"Ana R."_s);
    QCOMPARE(named.data().value(u"emails"_s).toArray(), QJsonArray{u"ana@work.example"_s});
}

void TestOpportunityForm::parsedEmailDedupes()
{
    SandboxFixture f;
    const auto first = f.post(u"/opportunities?perform_as="_s + f.firstUserId(),
                              QJsonObject{{u"name"_s, u"Ana Ruiz"_s},
                                          {u"emails"_s, QJsonArray{u"ana.ruiz@example.com"_s}}});
    QCOMPARE(first.status, 201);
    const auto again = Form().file("resumeFile", "cv.pdf", pdf(kResume)).post(f, u"&parse=true"_s);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json.value(u"deduped"_s).toBool(), true);
    QCOMPARE(again.data().value(u"contact"_s), first.data().value(u"contact"_s));
}

void TestOpportunityForm::refusesBadForms_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    auto field = [](const QByteArray &name, const QByteArray &value) -> QByteArray {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    };
    auto file = [](const QByteArray &name, const QByteArray &fileName) -> QByteArray {
        return "--b\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName +
               "\"\r\n\r\nx\r\n";
    };
    const QByteArray name = field("name", "A");
    QTest::newRow("field twice") << name + field("name", "B") << u"name"_s;
    QTest::newRow("index gap") << name + field("phones[1][value]", "1") << u"phones[1][value]"_s;
    QTest::newRow("list and value") << name + field("tags", "a") + field("tags[]", "b") << u"tags[]"_s;
    QTest::newRow("unknown shape") << name + field("emails[0]", "a@b.co") << u"emails[0]"_s;
    QTest::newRow("file as text") << name + file("headline", "h.txt") << u"headline"_s;
    QTest::newRow("resume without name") << name + field("resumeFile", "x") << u"resumeFile"_s;
    QTest::newRow("two resumes") << name + file("resumeFile", "a.pdf") + file("resumeFile", "b.pdf")
                                 << u"resumeFile"_s;
    QTest::newRow("bad email") << name + field("emails[]", "not-an-email") << u"emails"_s;
    QTest::newRow("bad timestamp") << name + field("createdAt", "yesterday") << u"createdAt"_s;
}

void TestOpportunityForm::refusesBadForms()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    static SandboxFixture f;
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "multipart/form-data; boundary=b");
    const qsizetype before = f.allOpportunities().size();
    const auto r = f.send("POST", f.apiUrl(u"/opportunities?perform_as="_s + f.firstUserId()),
                          body + "--b--\r\n", headers);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(mentions), r.body.constData());
    QCOMPARE(f.allOpportunities().size(), before); // nothing half-written
}

QTEST_GUILESS_MAIN(TestOpportunityForm)
#include "tst_opportunity_form.moc"
