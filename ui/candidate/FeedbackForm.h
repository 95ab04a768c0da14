#pragma once

#include "types/FeedbackTemplate.h"

#include <QHash>
#include <QJsonValue>
#include <QWidget>

namespace lever::ui {

// A feedback template rendered as a form: one control per field by type (text, textarea, score-system,
// score, yes/no, dropdown or multiple-choice, multiple-select; anything else as text), required ones marked.
class FeedbackForm : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackForm(const api::FeedbackTemplate &form, QWidget *parent = nullptr);

    const api::FeedbackTemplate &feedbackTemplate() const { return m_template; }
    // Field id -> value as Lever wants it (empty ones left out).
    QHash<QString, QJsonValue> values() const;
    bool hasInput() const { return !values().isEmpty(); }
    // Marks these fields (by id) as missing, clears the marks of the others.
    void markMissing(const QStringList &fieldIds);
    // The control of field `index` (objectName "feedbackField<index>").
    QWidget *fieldWidget(int index) const { return m_widgets.value(index); }

private:
    api::FeedbackTemplate m_template;
    QList<QWidget *> m_widgets;
};

} // namespace lever::ui
