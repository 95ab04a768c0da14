#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace lever::ui {

// Lever's origins (how a candidate came in) as a recruiter reads them: the filter bar, the new
// candidate form and the candidate page show the same words.
class OriginNames
{
    Q_DECLARE_TR_FUNCTIONS(OriginNames)
public:
    // {origin, label} for every origin Lever knows, in the order forms offer them.
    static QList<QPair<QString, QString>> all();
    // The label of `origin`; an origin Lever added after this list shows as Lever sends it.
    static QString label(const QString &origin);
};

} // namespace lever::ui
