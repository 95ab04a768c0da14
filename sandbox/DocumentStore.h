#pragma once

#include "PageToken.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace lever::sandbox {

class Database;

// Every resource but opportunities: one JSON document per (kind, id), optionally under a parent
// (an opportunity id for interviews, notes, feedback, files, panels...). Lists run in insertion order.
class DocumentStore
{
public:
    explicit DocumentStore(Database &db);

    std::optional<QJsonObject> get(const QString &kind, const QString &id) const;
    // Like get(), but throws 404 "<what> <id> was not found" when absent.
    QJsonObject require(const QString &kind, const QString &id, const QString &what) const;
    QString parentOf(const QString &kind, const QString &id) const;

    // Insert, or replace keeping the original insertion order.
    void put(const QString &kind, const QString &id, const QString &parent, const QJsonObject &doc);
    bool remove(const QString &kind, const QString &id);
    void removeChildren(const QString &kind, const QString &parent);

    QList<QJsonObject> all(const QString &kind) const;
    QList<QJsonObject> children(const QString &kind, const QString &parent) const;
    qint64 count(const QString &kind) const;

    using Predicate = std::function<bool(const QJsonObject &)>;
    using Transform = std::function<QJsonObject(const QJsonObject &)>;
    struct Page
    {
        QList<QByteArray> items;
        bool hasNext = false;
        QString next;
    };
    // One page of `kind` (under `parent` when given) after the window's cursor; only documents the
    // predicate accepts count; `transform` (e.g. expand) shapes each item on the way out.
    Page page(const QString &kind, const std::optional<QString> &parent, const PageToken::Window &window,
              const Predicate &accept = {}, const Transform &transform = {}) const;

private:
    Database &m_db;
};

} // namespace lever::sandbox
