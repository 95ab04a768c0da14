#include "common/OriginNames.h"

using namespace Qt::StringLiterals;

namespace lever::ui {

QList<QPair<QString, QString>> OriginNames::all()
{
    return {{u"sourced"_s, tr("Sourced")},   {u"applied"_s, tr("Applied")},   {u"referred"_s, tr("Referred")},
            {u"agency"_s, tr("Agency")},     {u"internal"_s, tr("Internal")}, {u"university"_s, tr("University")}};
}

QString OriginNames::label(const QString &origin)
{
    for (const auto &[id, text] : all()) {
        if (id == origin)
            return text;
    }
    return origin;
}

} // namespace lever::ui
