#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

struct SandboxContext;

// Builds a feedback template from a POST or PUT /feedback_templates body, with Lever's rules:
//   text       required (255); instructions optional (default "")
//   fields     required, 1..100, each {type, text, description?, required?, prompt?, options?, scores?}:
//              type one of FeedbackForm's (score-system, yes-no, dropdown, multiple-select, score, text,
//              textarea); dropdown and multiple-select need `options` [{text}], distinct and non-empty; score
//              needs `scores` [{text, description?}]; score-system takes `options` and defaults to Lever's
//              four ratings; other types take neither (an empty array, as GET answers, is accepted)
//   exactly one score-system field, as every Lever template has one
// Read-only keys a client echoes from GET (id, createdAt, updatedAt, group, stage, a field's value) are
// ignored; anything else is a 400. Fields get new ids, except that a PUT keeps the id of a field that
// names one of the template's current fields, so the answers of forms in progress stay matched.
class FeedbackTemplateWriter
{
public:
    static inline const QString kKind = QStringLiteral("feedback_template");
    // {id, apiCreated}: only API-created templates may be changed or deleted through the API (Lever's
    // rule for UI-created ones). The baseline templates have none, so they count as made in the UI.
    static inline const QString kMetaKind = QStringLiteral("feedback_template_meta");

    static QJsonObject create(SandboxContext &ctx, const QJsonObject &body);
    // PUT replaces every writable field of `current`.
    static QJsonObject replace(SandboxContext &ctx, const QJsonObject &current, const QJsonObject &body);
    // Throws 403 unless the template was created through the API.
    static void requireApiCreated(SandboxContext &ctx, const QString &id);

    static const QStringList &fieldTypes();

private:
    static QJsonArray fields(const QJsonArray &given, const QJsonArray &current);
    static QJsonObject field(const QJsonObject &given, const QString &name, const QStringList &keepIds);
    static QJsonArray choices(const QJsonValue &given, const QString &name, bool withDescription);
};

} // namespace lever::sandbox
