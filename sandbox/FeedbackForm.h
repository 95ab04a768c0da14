#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace lever::sandbox {

// A feedback form's fields: a template's fields filled in with values checked against each field's type
// (score-system, yes-no, dropdown, multiple-select, score, text, textarea).
class FeedbackForm
{
public:
    // `fields`: template fields (or those of an existing form); `fieldValues`: the body's [{id, value}].
    // Answers every field with `value` (null where none is given); 400 on unknown ids, repeats and values
    // the field's type does not allow.
    static QJsonArray fill(const QJsonArray &fields, const QJsonArray &fieldValues);
    // A template as served: every field lists `options` and a `prompt` (recorded answers always carry
    // both; empty options where the type has none).
    static QJsonObject served(QJsonObject templ);
    // One value for one field; `name` says where it came from in messages.
    static QJsonValue check(const QJsonObject &field, const QJsonValue &value, const QString &name);

private:
    static QStringList texts(const QJsonArray &choices);
    static QJsonObject servedField(QJsonObject field);
};

} // namespace lever::sandbox
