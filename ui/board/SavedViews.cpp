#include "SavedViews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
// Names become settings keys: keep them readable but free of the separators QSettings uses.
QString keyOf(const QString &name)
{
    return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}
QString nameOf(const QString &key)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(key.toLatin1()));
}
} // namespace

SavedViews::SavedViews(const QString &accountId)
    : m_accountId(accountId)
{}

QString SavedViews::group() const
{
    return u"board/views/"_s + keyOf(m_accountId.isEmpty() ? u"default"_s : m_accountId);
}

QStringList SavedViews::names() const
{
    QSettings settings;
    settings.beginGroup(group());
    QStringList out;
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys)
        out.append(nameOf(key));
    out.sort(Qt::CaseInsensitive);
    return out;
}

void SavedViews::save(const QString &name, const View &view)
{
    QSettings settings;
    settings.beginGroup(group());
    settings.setValue(keyOf(name), QString::fromUtf8(toJson(view)));
}

std::optional<SavedViews::View> SavedViews::load(const QString &name) const
{
    QSettings settings;
    settings.beginGroup(group());
    const QVariant value = settings.value(keyOf(name));
    if (!value.isValid())
        return std::nullopt;
    return fromJson(value.toString().toUtf8());
}

void SavedViews::remove(const QString &name)
{
    QSettings settings;
    settings.beginGroup(group());
    settings.remove(keyOf(name));
}

QByteArray SavedViews::toJson(const View &view)
{
    const models::CardFilter &f = view.filter;
    const QJsonObject o{{u"postings"_s, QJsonArray::fromStringList(f.postingIds)},
                        {u"owner"_s, int(f.owner)},
                        {u"ownerId"_s, f.ownerId},
                        {u"tag"_s, f.tag},
                        {u"source"_s, f.source},
                        {u"origin"_s, f.origin},
                        {u"archived"_s, int(f.archived)},
                        {u"createdSince"_s, f.createdSince},
                        {u"updatedSince"_s, f.updatedSince},
                        {u"text"_s, f.text},
                        {u"sortKey"_s, int(view.sort.key)},
                        {u"sortOrder"_s, int(view.sort.order)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<SavedViews::View> SavedViews::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    View v;
    for (const QJsonValue &p : o.value(u"postings"_s).toArray())
        v.filter.postingIds.append(p.toString());
    v.filter.owner = models::CardFilter::Owner(qBound(0, o.value(u"owner"_s).toInt(), 2));
    v.filter.ownerId = o.value(u"ownerId"_s).toString();
    v.filter.tag = o.value(u"tag"_s).toString();
    v.filter.source = o.value(u"source"_s).toString();
    v.filter.origin = o.value(u"origin"_s).toString();
    v.filter.archived = models::CardFilter::Archived(qBound(0, o.value(u"archived"_s).toInt(), 2));
    v.filter.createdSince = qint64(o.value(u"createdSince"_s).toDouble());
    v.filter.updatedSince = qint64(o.value(u"updatedSince"_s).toDouble());
    v.filter.text = o.value(u"text"_s).toString();
    v.sort.key = models::CardSort::Key(qBound(0, o.value(u"sortKey"_s).toInt(), 3));
    v.sort.order = o.value(u"sortOrder"_s).toInt() == int(Qt::DescendingOrder) ? Qt::DescendingOrder
                                                                               : Qt::AscendingOrder;
    return v;
}

} // namespace lever::ui
