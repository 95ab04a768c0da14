#include "DemoWords.h"

#include "DemoRandom.h"

#include <QFile>
#include <stdexcept>

using namespace Qt::StringLiterals;

// The resources live in a static library: make sure they are registered before the first read.
static void initDemoWordResources()
{
    Q_INIT_RESOURCE(demo_words);
}

namespace lever::sandbox {

namespace {
// Lines of one list, without blank lines and `#` comments.
QStringList lines(const QString &name)
{
    QFile file(u":/demo/"_s + name + u".txt"_s);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("demo word list missing: " + name.toStdString());
    QStringList out;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(u'#'))
            out.append(text);
    }
    if (out.isEmpty())
        throw std::runtime_error("demo word list empty: " + name.toStdString());
    return out;
}

QList<QStringList> fields(const QString &name, int count)
{
    QList<QStringList> out;
    const QStringList all = lines(name);
    for (const QString &line : all) {
        const QStringList parts = line.split(u'|');
        if (parts.size() != count)
            throw std::runtime_error("malformed line in demo word list " + name.toStdString() + ": " +
                                     line.toStdString());
        out.append(parts);
    }
    return out;
}

QList<DemoWords::Name> names(const QString &list)
{
    QList<DemoWords::Name> out;
    const QStringList all = lines(list);
    for (const QString &n : all)
        out.append({n, DemoWords::slug(n)});
    return out;
}
} // namespace

QString DemoWords::slug(const QString &text)
{
    // Letters that do not decompose into base letter + accent under NFD.
    static const QHash<QChar, QString> special = {
        {u'ø', u"o"_s}, {u'ß', u"ss"_s}, {u'æ', u"ae"_s}, {u'ł', u"l"_s}, {u'đ', u"d"_s},
        {u'ı', u"i"_s}, {u'œ', u"oe"_s}, {u'þ', u"th"_s}, {u'ð', u"d"_s},
    };
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (auto it = special.constFind(c); it != special.constEnd())
            out.append(*it);
    }
    return out;
}

QString DemoWords::phrase(DemoRandom &rng, const QString &kind,
                          const QList<QPair<QString, QString>> &values) const
{
    QString text = rng.pick(phrases.value(kind));
    for (const auto &[key, value] : values)
        text.replace(u'{' + key + u'}', value);
    for (qsizetype at = text.indexOf(u"{skill}"_s); at >= 0; at = text.indexOf(u"{skill}"_s))
        text.replace(at, 7, rng.pick(skills));
    return text;
}

DemoWords DemoWords::load()
{
    initDemoWordResources();
    DemoWords w;
    w.firstNames = names(u"first_names"_s);
    w.lastNames = names(u"last_names"_s);
    w.companies = lines(u"companies"_s);
    w.jobTitles = lines(u"job_titles"_s);
    w.skills = lines(u"skills"_s);
    w.schools = lines(u"schools"_s);
    const QList<QStringList> cities = fields(u"cities"_s, 4);
    for (const QStringList &c : cities)
        w.cities.append({c.at(0), c.at(1), c.at(2), c.at(3)});
    const QList<QStringList> roles = fields(u"postings"_s, 3);
    for (const QStringList &r : roles)
        w.roles.append({r.at(0), r.at(1), r.at(2)});
    const QList<QStringList> sources = fields(u"sources"_s, 2);
    for (const QStringList &s : sources)
        w.sourcesByOrigin[s.at(0)].append(s.at(1));
    const QList<QStringList> phrases = fields(u"phrases"_s, 2);
    for (const QStringList &p : phrases)
        w.phrases[p.at(0)].append(p.at(1));
    static const char *const origins[] = {"agency",   "applied", "internal",
                                          "referred", "sourced", "university"};
    for (const char *origin : origins) {
        if (w.sourcesByOrigin.value(QString::fromLatin1(origin)).isEmpty())
            throw std::runtime_error(std::string("demo sources lack origin ") + origin);
    }
    return w;
}

} // namespace lever::sandbox
