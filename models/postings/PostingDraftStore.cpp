#include "PostingDraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lever::models {

PostingDraftStore::PostingDraftStore(const QString &accountFolder)
    : m_folder(QDir(accountFolder).filePath(u"posting-drafts"_s))
{}

QString PostingDraftStore::filePath(const QString &key) const
{
    // Ids are data: hash them so no id can name another path.
    const QByteArray name =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_folder).filePath(QString::fromLatin1(name) + u".json"_s);
}

bool PostingDraftStore::save(const Draft &draft) const
{
    QDir dir;
    if (!dir.mkpath(m_folder))
        return false;
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QJsonObject o{{u"key"_s, draft.key},
                  {u"savedAt"_s, draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                  {u"form"_s, draft.form.toJson()},
                  {u"base"_s, draft.base.toJson()}};
    if (draft.updatedAt)
        o.insert(u"updatedAt"_s, double(*draft.updatedAt));
    const QString path = filePath(draft.key);
    const QString temp = path + u".tmp"_s;
    QFile::remove(temp);
    QFile file(temp);
    // Created owner-only from the start: posting drafts may hold salary bands and internal plans.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFile::ReadOwner | QFile::WriteOwner))
        return false;
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    file.close();
    if (!written) {
        QFile::remove(temp);
        return false;
    }
    QFile::remove(path);
    return QFile::rename(temp, path);
}

std::optional<PostingDraftStore::Draft> PostingDraftStore::load(const QString &key) const
{
    QFile file(filePath(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(u"key"_s).toString() != key || !o.value(u"form"_s).isObject())
        return std::nullopt;
    Draft d;
    d.key = key;
    // The file may be damaged or edited: a number beyond what epoch ms can be (|x| > 2^53) is ignored,
    // as converting 1e300 to qint64 would be undefined.
    if (const QJsonValue updatedAt = o.value(u"updatedAt"_s);
        updatedAt.isDouble() && std::abs(updatedAt.toDouble()) <= 9007199254740992.0)
        d.updatedAt = qint64(updatedAt.toDouble());
    d.savedAt = QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    d.form = PostingForm::fromJson(o.value(u"form"_s).toObject());
    d.base = PostingForm::fromJson(o.value(u"base"_s).toObject());
    return d;
}

bool PostingDraftStore::remove(const QString &key) const
{
    return QFile::remove(filePath(key));
}

bool PostingDraftStore::contains(const QString &key) const
{
    return QFile::exists(filePath(key));
}

} // namespace lever::models
